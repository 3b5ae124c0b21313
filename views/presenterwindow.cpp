// SPDX-License-Identifier: GPL-3.0-or-later
#include "presenterwindow.h"

#include "core/catalog.h"
#include "core/formatter.h"
#include "core/language.h"
#include "core/terms.h"
#include "figurechartbase.h"
#include "itemmodels/roles.h"

#include <QChart>
#include <QChartView>
#include <QCloseEvent>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QVBoxLayout>

#include <algorithm>

namespace {
/// The application's type size in points (a pixel-sized font counts as 10 points).
qreal basePoints()
{
    const qreal points = QGuiApplication::font().pointSizeF();
    return points > 0 ? points : 10.0;
}

QFont scaled(qreal factor, bool bold = false)
{
    QFont f = QGuiApplication::font();
    f.setPointSizeF(basePoints() * factor);
    f.setBold(bold);
    return f;
}
} // namespace

PresenterWindow::PresenterWindow(Catalog* catalog, const QList<Slide>& slides, int first,
                                 QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_catalog(catalog)
    , m_slides(slides)
    , m_view(new QChartView(this))
    , m_counter(new QLabel(this))
    , m_value(new QLabel(this))
    , m_what(new QLabel(this))
    , m_pointSource(new QLabel(this))
    , m_sources(new QLabel(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("presenter"));
    setAttribute(Qt::WA_DeleteOnClose);
    setFocusPolicy(Qt::StrongFocus);
    // The projector theme: black on white, whatever the desktop's colours.
    QPalette p = palette();
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    setPalette(p);
    setAutoFillBackground(true);

    m_view->setObjectName(QStringLiteral("presenterChart"));
    m_view->setFocusPolicy(Qt::NoFocus); // the keys are the presenter's
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setBackgroundBrush(Qt::white);
    m_value->setObjectName(QStringLiteral("presenterValue"));
    m_what->setObjectName(QStringLiteral("presenterWhat"));
    m_pointSource->setObjectName(QStringLiteral("presenterPointSource"));
    m_sources->setObjectName(QStringLiteral("presenterSources"));
    m_hint->setObjectName(QStringLiteral("presenterHint"));
    m_counter->setObjectName(QStringLiteral("presenterCounter"));
    for (QLabel* label : {m_value, m_what, m_pointSource, m_sources, m_hint, m_counter}) {
        label->setTextFormat(Qt::PlainText);
        label->setFocusPolicy(Qt::NoFocus);
    }
    for (QLabel* label : {m_what, m_pointSource, m_sources})
        label->setWordWrap(true);
    QPalette muted = p;
    muted.setColor(QPalette::WindowText, QColor(0x40, 0x40, 0x40));
    m_hint->setPalette(muted);
    m_counter->setPalette(muted);

    auto* point = new QVBoxLayout;
    point->setSpacing(2);
    point->addWidget(m_value);
    point->addWidget(m_what);
    point->addWidget(m_pointSource);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_hint, 1);
    bottom->addWidget(m_counter);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 12, 24, 10);
    layout->setSpacing(6);
    layout->addWidget(m_view, 1);
    layout->addLayout(point);
    layout->addWidget(m_sources);
    layout->addLayout(bottom);

    retranslate();
    showSlide(first);
}

PresenterWindow::~PresenterWindow()
{
    // The chart belongs to the view; the figure (which drew it) goes first.
    delete m_figure;
}

qreal PresenterWindow::scaleFor(int height)
{
    return std::max(1.0, height / 450.0);
}

void PresenterWindow::showSlide(int index)
{
    if (m_slides.isEmpty())
        return;
    index = std::clamp(index, 0, int(m_slides.size()) - 1);
    if (index == m_current && m_figure)
        return;
    m_current = index;
    const Slide& slide = m_slides.at(index);
    FigureChart* old = m_figure;
    // A figure not shown in the window yet: what it shows, before it is drawn.
    Figure::require(slide.kind, m_catalog, slide.options);
    m_figure = FigureChart::create(slide.kind, m_catalog, this);
    m_figure->setTheme(Theme::Contrast);
    m_figure->setOptions(slide.options);
    connect(m_figure, &FigureChart::rebuilt, this, [this] {
        applyFonts();
        updateSources();
        // The figures may have changed (language, an import): the same step, renewed.
        const QList<QPersistentModelIndex> all = steps();
        if (m_index.isValid() && !all.contains(m_index))
            m_index = QPersistentModelIndex();
        updatePoint();
    });
    m_view->setChart(m_figure->chart());
    delete old; // its chart was released by the view
    m_index = QPersistentModelIndex();
    applyFonts();
    updateSources();
    updatePoint();
    m_counter->setText(tr("%1 of %2").arg(m_current + 1).arg(m_slides.size()));
    setWindowTitle(tr("Presenting: %1").arg(m_figure->figure()->title()));
}

QList<QPersistentModelIndex> PresenterWindow::steps() const
{
    QList<QPersistentModelIndex> out;
    auto* base = qobject_cast<FigureChartBase*>(m_figure.data());
    if (!base)
        return out;
    for (const ChartMark& m : base->marks()) {
        if (m.index.isValid() && !out.contains(m.index))
            out << m.index;
    }
    // The table's order: by period (row), then by series (column).
    std::stable_sort(
        out.begin(), out.end(), [](const QPersistentModelIndex& a, const QPersistentModelIndex& b) {
            return std::make_pair(a.row(), a.column()) < std::make_pair(b.row(), b.column());
        });
    return out;
}

void PresenterWindow::step(int delta)
{
    const QList<QPersistentModelIndex> all = steps();
    if (all.isEmpty())
        return;
    const int at = int(all.indexOf(m_index));
    int next = 0;
    if (at < 0)
        next = delta >= 0 ? 0 : int(all.size()) - 1;
    else
        next = std::clamp(at + delta, 0, int(all.size()) - 1);
    m_index = all.at(next);
    updatePoint();
}

void PresenterWindow::updatePoint()
{
    if (!m_figure)
        return;
    m_figure->select(m_index);
    if (!m_index.isValid()) {
        m_value->clear();
        m_what->setText(tr("Right arrow: the figures one by one, each with its source"));
        m_pointSource->clear();
        return;
    }
    const Language language = m_catalog->language();
    const Formatter f;
    const Observation* o =
        m_catalog->observation(m_index.data(roleId(DataRole::ObservationId)).toLongLong());
    if (!o) {
        m_value->setText(m_index.data(Qt::DisplayRole).toString());
        m_what->clear();
        m_pointSource->clear();
        return;
    }
    m_value->setText(tr("%1: %2").arg(o->period.label(QLocale()), f.value(*o)));
    QStringList what;
    what << m_catalog->seriesName(o->dataset, o->series);
    if (!o->region.isEmpty())
        what << m_catalog->regionName(o->region);
    if (o->status != Term::Status::Final)
        what << f.status(o->status);
    what.removeAll(QString());
    m_what->setText(what.join(QStringLiteral(" · ")));
    // Who published it, what and when; the link is in the window's Sources panel.
    const Source s = m_catalog->source(o->sourceId);
    QStringList parts;
    if (!s.outletIn(language).isEmpty())
        parts << s.outletIn(language);
    if (!s.titleIn(language).isEmpty())
        parts << (language == Language::Korean
                      ? QStringLiteral("「%1」").arg(s.titleIn(language))
                      : QStringLiteral("\u201C%1\u201D").arg(s.titleIn(language)));
    if (!s.published.isEmpty())
        parts << f.date(s.published);
    QString source =
        tr("Source: %1").arg(parts.isEmpty() ? o->sourceId : parts.join(QStringLiteral(", ")));
    const QString where = o->locatorIn(language);
    if (!where.isEmpty())
        source += QLatin1Char('\n') + tr("Where: %1").arg(where);
    m_pointSource->setText(source);
}

void PresenterWindow::updateSources()
{
    if (!m_figure)
        return;
    // The outlets of the figures drawn, most-used first, and the events' sources after them.
    const Language language = m_catalog->language();
    QMap<QString, int> uses;
    for (const Observation& o : m_figure->figure()->plottedObservations())
        ++uses[o.sourceId];
    QStringList ids = uses.keys();
    std::stable_sort(ids.begin(), ids.end(), [&](const QString& a, const QString& b) {
        return uses.value(a) > uses.value(b);
    });
    for (const QString& id : m_figure->figure()->eventSourceIds()) {
        if (!ids.contains(id))
            ids << id;
    }
    QStringList names;
    for (const QString& id : std::as_const(ids)) {
        const Source s = m_catalog->source(id);
        QString name = s.outletIn(language);
        if (name.isEmpty())
            name = s.titleIn(language);
        if (name.isEmpty())
            name = id;
        if (!names.contains(name))
            names << name;
    }
    m_sources->setText(names.isEmpty() ? QString()
                       : names.size() == 1
                           ? tr("Source: %1").arg(names.first())
                           : tr("Sources: %1").arg(names.join(QStringLiteral("; "))));
}

void PresenterWindow::applyFonts()
{
    const qreal scale = scaleFor(height());
    if (auto* base = qobject_cast<FigureChartBase*>(m_figure.data())) {
        // The chart's own texts, tick density and label placement follow its font scale; the
        // key shows its numbered badges (the texts are in the window's key and tooltips).
        base->setCompactKey(true);
        base->setFontScale(scale);
    }
    m_value->setFont(scaled(2.0 * scale, true));
    m_what->setFont(scaled(1.1 * scale));
    m_pointSource->setFont(scaled(0.95 * scale));
    m_sources->setFont(scaled(0.9 * scale));
    m_hint->setFont(scaled(0.7 * scale));
    m_counter->setFont(scaled(0.7 * scale));
}

QString PresenterWindow::titleText() const
{
    return m_figure ? m_figure->chart()->title() : QString();
}

QString PresenterWindow::valueText() const
{
    return m_value->text();
}

QString PresenterWindow::pointSourceText() const
{
    return m_pointSource->text();
}

QString PresenterWindow::sourcesText() const
{
    return m_sources->text();
}

void PresenterWindow::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
        step(1);
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
        step(-1);
        break;
    case Qt::Key_PageDown:
        showSlide(m_current + 1);
        break;
    case Qt::Key_PageUp:
        showSlide(m_current - 1);
        break;
    case Qt::Key_L:
        emit languageSwitchRequested();
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PresenterWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    applyFonts();
}

void PresenterWindow::closeEvent(QCloseEvent* event)
{
    if (!m_finished && m_current >= 0) {
        m_finished = true;
        emit finished(m_slides.at(m_current).kind);
    }
    QWidget::closeEvent(event);
}

void PresenterWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PresenterWindow::retranslate()
{
    // The other language, named in itself (as the Language menu names it).
    const QString other = m_catalog->language() == Language::Korean
                              ? QStringLiteral("English")
                              : QStringLiteral("\uD55C\uAD6D\uC5B4");
    m_hint->setText(tr("Right/Left: the figures one by one · Page Down/Up: the next or previous "
                       "chart · L: %1 · Esc: leave")
                        .arg(other));
    setAccessibleName(tr("Presenter"));
    m_value->setAccessibleName(tr("The figure shown"));
    m_sources->setAccessibleName(tr("Sources of the chart"));
    if (m_current >= 0) {
        m_counter->setText(tr("%1 of %2").arg(m_current + 1).arg(m_slides.size()));
        if (m_figure) {
            m_figure->retranslate(); // a chart gets no LanguageChange; rebuilt() renews the rest
            setWindowTitle(tr("Presenting: %1").arg(m_figure->figure()->title()));
        }
    }
}
