// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchhooks.h"

#include "storage/store.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QChartView>
#include <QEvent>

#include <cstdio>
#include <ctime>

namespace {

/// Watches every paint until a chart view's viewport is painted; then reports and quits.
class FirstPaintFilter : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Paint || !qobject_cast<QChartView*>(watched->parent()) ||
            static_cast<QAbstractScrollArea*>(watched->parent())->viewport() != watched)
            return false;
        // Let the viewport paint first (without this filter), then take the time.
        qApp->removeEventFilter(this);
        QCoreApplication::sendEvent(watched, event);
        timespec now{};
        clock_gettime(CLOCK_REALTIME, &now);
        std::printf("first-paint %lld\n",
                    static_cast<long long>(now.tv_sec) * 1000000LL + now.tv_nsec / 1000);
        std::fflush(stdout);
        QCoreApplication::exit(0);
        deleteLater();
        return true;
    }
};

} // namespace

void BenchHooks::install()
{
    if (!qEnvironmentVariableIsEmpty(FirstPaintVariable))
        qApp->installEventFilter(new FirstPaintFilter(qApp));
}
