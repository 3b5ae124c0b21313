// SPDX-License-Identifier: GPL-3.0-or-later
// Accessibility (issue 19.10): every control a keyboard reaches has a name a screen reader can
// say, in English and Korean: its accessible name, its text (buttons, check boxes), or the label
// that names it (QLabel::setBuddy). Walked on every page of the window and in every dialog.
#include "aboutdialog.h"
#include "application.h"
#include "briefingexport.h"
#include "checkexports.h"
#include "core/catalog.h"
#include "exportdialog.h"
#include "importpreviewdialog.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "ownsettings.h"
#include "shortcutsdialog.h"
#include "storage/importplan.h"
#include "storage/store.h"
#include "storedialog.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <functional>
#include <memory>

class tst_Accessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void everyControlIsNamed_data();
    void everyControlIsNamed();

private:
    /// The focusable, visible widgets under top without a name a screen reader can say.
    static QStringList unnamed(QWidget* top);

    Snapshot m_snapshot;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<LanguageManager> m_language;
};

void tst_Accessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Application::setIdentity();
    Application::setApplicationFont();
    QVERIFY2(TestSupport::settingsProblem().isEmpty(), qPrintable(TestSupport::settingsProblem()));
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->openInMemory());
    QVERIFY(m_store->load(&m_snapshot));
    m_catalog = std::make_unique<Catalog>();
    m_catalog->setSnapshot(m_snapshot);
    m_language = std::make_unique<LanguageManager>();
}

void tst_Accessibility::cleanup()
{
    QVERIFY(m_language->setLanguage("en"));
}

QStringList tst_Accessibility::unnamed(QWidget* top)
{
    QStringList out;
    QList<QWidget*> widgets = top->findChildren<QWidget*>();
    widgets.prepend(top);
    for (QWidget* w : std::as_const(widgets)) {
        if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(top) || w->isWindow())
            continue;
        // A spin box's or a combo box's own line edit speaks for its box.
        if (w->focusProxy() || qobject_cast<QAbstractSpinBox*>(w->parentWidget()) ||
            qobject_cast<QComboBox*>(w->parentWidget()))
            continue;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty() || name == QStringLiteral("&"))
            out << QStringLiteral("%1 \"%2\" in %3")
                       .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                            w->parentWidget()
                                ? QString::fromLatin1(w->parentWidget()->metaObject()->className())
                                : QString());
    }
    return out;
}

void tst_Accessibility::everyControlIsNamed_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("ko") << "ko";
}

void tst_Accessibility::everyControlIsNamed()
{
    QFETCH(QString, language);
    QVERIFY(m_language->setLanguage(language));
    QStringList problems;
    auto check = [&](const QString& where, QWidget* w) {
        for (const QString& p : unnamed(w))
            problems << where + QStringLiteral(": ") + p;
        // And behind every tab.
        for (QTabWidget* tabs : w->findChildren<QTabWidget*>()) {
            if (!tabs->isVisibleTo(w))
                continue;
            const int current = tabs->currentIndex();
            for (int t = 0; t < tabs->count(); ++t) {
                tabs->setCurrentIndex(t);
                for (const QString& p : unnamed(tabs->widget(t)))
                    problems << QStringLiteral("%1, tab %2: %3").arg(where).arg(t).arg(p);
            }
            tabs->setCurrentIndex(current);
        }
    };

    MainWindow window(m_catalog.get(), m_store.get(), m_language.get());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Every page of the window, with its docks and bars.
    auto* stack = window.findChild<QStackedWidget*>();
    QVERIFY(stack);
    for (int i = 0; i < stack->count(); ++i) {
        stack->setCurrentIndex(i);
        QCoreApplication::processEvents();
        check(QStringLiteral("page ") + stack->widget(i)->objectName(), &window);
    }

    // Every dialog.
    const auto dialog = [&](const QString& where, QWidget* d) {
        d->show();
        QCoreApplication::processEvents();
        check(where, d);
    };
    {
        ExportDialog d(FigureKind::Arrivals, FigureOptions(), m_catalog.get());
        dialog(QStringLiteral("export dialog"), &d);
    }
    {
        AboutDialog d(m_catalog.get());
        dialog(QStringLiteral("about dialog"), &d);
    }
    {
        ShortcutsDialog d(&window);
        dialog(QStringLiteral("shortcuts dialog"), &d);
    }
    {
        BriefingDialog d(language, QPageSize::A4);
        dialog(QStringLiteral("briefing dialog"), &d);
    }
    {
        CheckExportsDialog d(m_catalog.get(), {});
        dialog(QStringLiteral("check exports dialog"), &d);
    }
    {
        StoreDialog d(QString(), QStringLiteral("/tmp/crossings.sqlite"));
        dialog(QStringLiteral("store location dialog"), &d);
    }
    // The import preview of a file with problems, and of a good one.
    const QByteArray header =
        "dataset,series,period,region,value,qualifier,unit,status,source_id,locator,note,"
        "source_kind,source_title_en,source_outlet,source_published\n";
    for (const QByteArray& row :
         {QByteArray("arrivals,total,2025,KR,224,,persons,final,mou-2026-01-20,,,official,"
                     "[MOU: 2025 arrivals],Ministry of Unification,2026-01-20\n"),
          QByteArray("arrivals,total,20x5,XX,many,,persons,final,,,,,,,\n")}) {
        ImportPlan plan;
        plan.prepare(header + row, QStringLiteral("new.csv"), m_snapshot, m_store->stateToken());
        ImportPreviewDialog d(plan);
        dialog(QString::fromLatin1(plan.isValid() ? "import preview" : "import preview (problems)"),
               &d);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
