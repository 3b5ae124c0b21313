// SPDX-License-Identifier: GPL-3.0-or-later
// What a newcomer trips over (issue 19, items 4 and 7): the copied figure follows the window's
// theme, not the last export's; an import reveals the new year; Quarterly off gives the annual
// range back; A4 starts at print density; a successful export says where, with Open Folder; the
// Show box fits its Korean items after a runtime switch.
#include "application.h"
#include "core/catalog.h"
#include "exportactions.h"
#include "exportdialog.h"
#include "figurechart.h"
#include "figurepage.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "ownsettings.h"
#include "storage/store.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QMainWindow>
#include <QMimeData>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

/// Stands in for the desktop's file manager (QDesktopServices::setUrlHandler).
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void openUrl(const QUrl& url) { urls << url; }
};

class tst_Interaction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void copyFollowsTheWindowTheme_data();
    void copyFollowsTheWindowTheme();
    void a4StartsAtPrintDensity();
    void exportSaysWhereWithOpenFolder();
    void windowExportShowsThePath();
    void importRevealsTheNewYear_data();
    void importRevealsTheNewYear();
    void quarterlyOffKeepsTheAnnualStart();
    void showBoxFitsKorean();

private:
    std::unique_ptr<FigurePage> page(FigureKind kind);
    /// The latest single year of a plotted arrivals total, and that figure.
    Observation latestTotal() const;

    Snapshot m_snapshot;
    Store m_store;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<LanguageManager> m_language;
    QTemporaryDir m_dir;
};

void tst_Interaction::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Application::setIdentity();
    Application::setApplicationFont();
    QVERIFY2(TestSupport::settingsProblem().isEmpty(), qPrintable(TestSupport::settingsProblem()));
    QVERIFY(m_store.openInMemory());
    QVERIFY(m_store.load(&m_snapshot));
}

void tst_Interaction::init()
{
    QSettings().clear();
    m_language = std::make_unique<LanguageManager>();
    QVERIFY(m_language->setLanguage("en"));
    m_catalog = std::make_unique<Catalog>();
    m_catalog->setSnapshot(m_snapshot);
}

void tst_Interaction::cleanup()
{
    m_catalog.reset();
    m_language.reset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

std::unique_ptr<FigurePage> tst_Interaction::page(FigureKind kind)
{
    auto p = std::make_unique<FigurePage>(FigureChart::create(kind, m_catalog.get()));
    p->resize(1000, 700);
    p->show();
    if (!QTest::qWaitForWindowExposed(p.get()))
        return nullptr;
    QCoreApplication::processEvents();
    return p;
}

Observation tst_Interaction::latestTotal() const
{
    Observation latest;
    for (const Observation& o : m_snapshot.observations) {
        if (o.dataset == Term::Dataset::Arrivals && o.series == QLatin1String("total") &&
            o.plotted && o.period.kind() == Period::Kind::Year &&
            (!latest.plotted || o.period.year() > latest.period.year()))
            latest = o;
    }
    return latest;
}

void tst_Interaction::copyFollowsTheWindowTheme_data()
{
    QTest::addColumn<int>("windowTheme");
    QTest::addColumn<bool>("darkBackground");
    QTest::newRow("light window") << int(Theme::Light) << false;
    QTest::newRow("dark window") << int(Theme::Dark) << true;
}

void tst_Interaction::copyFollowsTheWindowTheme()
{
    QFETCH(int, windowTheme);
    QFETCH(bool, darkBackground);
    // The last export was dark (and the one before it light): neither decides the copy.
    for (const char* last : {"light", "dark"}) {
        QSettings().setValue("export/theme", QString::fromLatin1(last));
        QMainWindow window;
        std::unique_ptr<FigureChart> figure(
            FigureChart::create(FigureKind::Arrivals, m_catalog.get()));
        figure->setTheme(Theme(windowTheme));
        ExportActions actions(
            m_catalog.get(), [&figure] { return figure.get(); }, &window);
        QApplication::clipboard()->clear();
        actions.copyAction()->trigger();
        const QMimeData* data = QApplication::clipboard()->mimeData();
        QVERIFY(data && data->hasImage());
        const QImage image = qvariant_cast<QImage>(data->imageData());
        // The background, in a corner and between title and chart.
        for (const QPoint at : {QPoint(4, 4), QPoint(image.width() - 5, image.height() - 5)}) {
            const int lightness = image.pixelColor(at).lightness();
            QVERIFY2(darkBackground ? lightness < 80 : lightness > 200,
                     qPrintable(QStringLiteral("%1 after a %2 export: lightness %3")
                                    .arg(QTest::currentDataTag())
                                    .arg(last)
                                    .arg(lightness)));
        }
        // The status bar says which colours the copy has.
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(darkBackground ? "dark" : "light"), qPrintable(message));
    }
}

void tst_Interaction::a4StartsAtPrintDensity()
{
    ExportDialog dialog(FigureKind::Arrivals, FigureOptions(), m_catalog.get());
    auto* preset = dialog.findChild<QComboBox*>("preset");
    auto* dpi = dialog.findChild<QSpinBox*>("dpi");
    QCOMPARE(dpi->value(), 96); // a slide
    preset->setCurrentIndex(preset->findData(int(ExportPreset::A4Landscape)));
    QCOMPARE(dpi->value(), 300);
    QCOMPARE(dialog.settings().pixelSize(), QSize(3508, 2480)); // A4 at 300 dpi
    preset->setCurrentIndex(preset->findData(int(ExportPreset::A4Portrait)));
    QCOMPARE(dpi->value(), 300);
    preset->setCurrentIndex(preset->findData(int(ExportPreset::Slide16x9)));
    QCOMPARE(dpi->value(), 96); // back to the screen density it came from
    // A density the user chose stays.
    dpi->setValue(150);
    preset->setCurrentIndex(preset->findData(int(ExportPreset::A4Portrait)));
    QCOMPARE(dpi->value(), 150);
    // Remembered A4 without a density of its own: print density.
    QSettings().setValue("export/preset", int(ExportPreset::A4Portrait));
    QCOMPARE(ExportDialog::savedSettings().dpi, 300);
    ExportDialog again(FigureKind::Trade, FigureOptions(), m_catalog.get());
    QCOMPARE(again.findChild<QSpinBox*>("dpi")->value(), 300);
}

void tst_Interaction::exportSaysWhereWithOpenFolder()
{
    QMainWindow window;
    window.statusBar(); // as the application window has one from the start
    window.resize(900, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    std::unique_ptr<FigureChart> figure(FigureChart::create(FigureKind::Trade, m_catalog.get()));
    ExportActions actions(
        m_catalog.get(), [&figure] { return figure.get(); }, &window);
    const QString path = m_dir.filePath("exported/trade slide.png");
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    bool accepted = false;
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = qobject_cast<ExportDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->findChild<QLineEdit*>("path")->setText(path);
        dialog->accept();
        accepted = dialog->result() == QDialog::Accepted;
    });
    actions.exportAction()->trigger();
    QVERIFY(accepted);
    QVERIFY(QFileInfo(path).size() > 1000);
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    auto* open = window.statusBar()->findChild<QToolButton*>("openExportFolder");
    QVERIFY(open);
    QVERIFY(open->isVisible());
    QCOMPARE(open->text(), QStringLiteral("Open Folder"));
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler("file", &catcher, "openUrl");
    open->click();
    QDesktopServices::unsetUrlHandler("file");
    QCOMPARE(catcher.urls, QList<QUrl>{QUrl::fromLocalFile(QFileInfo(path).absolutePath())});
    // In Korean, and gone with the message.
    QVERIFY(m_language->setLanguage("ko"));
    QCoreApplication::processEvents();
    QCOMPARE(open->text(), QStringLiteral("폴더 열기"));
    window.statusBar()->clearMessage();
    QVERIFY(!open->isVisible());
}

void tst_Interaction::windowExportShowsThePath()
{
    // The application window, end to end: File → Export Figure…, Export, and the status bar.
    MainWindow window(m_catalog.get(), &m_store, m_language.get());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* exportAction = window.findChild<QAction*>("exportFigure");
    QVERIFY(exportAction);
    const QString path = m_dir.filePath("window/arrivals.pdf");
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QTimer::singleShot(0, &window, [&] {
        if (auto* dialog = qobject_cast<ExportDialog*>(QApplication::activeModalWidget())) {
            auto* format = dialog->findChild<QComboBox*>("format");
            format->setCurrentIndex(format->findData(int(ExportFormat::Pdf)));
            dialog->findChild<QLineEdit*>("path")->setText(path);
            dialog->accept();
        }
    });
    exportAction->trigger();
    QVERIFY(QFileInfo(path).size() > 1000);
    QVERIFY2(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(path)),
             qPrintable(window.statusBar()->currentMessage()));
    auto* open = window.statusBar()->findChild<QToolButton*>("openExportFolder");
    QVERIFY(open && open->isVisible());
    QTRY_VERIFY(open->width() >= open->sizeHint().width()); // not squeezed by the message
    const QByteArray shots = qgetenv("CROSSINGS_SCREENSHOTS");
    if (!shots.isEmpty())
        window.grab().save(QString::fromLocal8Bit(shots) + "/export-status-en.png");
    // After a runtime switch to Korean the options bar fits its Korean texts (꺾은선).
    QVERIFY(m_language->setLanguage("ko"));
    QCoreApplication::processEvents();
    QCOMPARE(open->text(), QStringLiteral("폴더 열기"));
    QTRY_VERIFY(window.findChild<QComboBox*>("show")->width() >=
                window.findChild<QComboBox*>("show")->sizeHint().width());
    if (!shots.isEmpty())
        window.grab().save(QString::fromLocal8Bit(shots) + "/export-status-ko.png");
}

void tst_Interaction::importRevealsTheNewYear_data()
{
    QTest::addColumn<bool>("chosenRange");
    QTest::addColumn<QString>("status");
    QTest::newRow("range up to the latest year") << true << "final";
    QTest::newRow("opening range, estimate") << false << "estimate";
}

void tst_Interaction::importRevealsTheNewYear()
{
    QFETCH(bool, chosenRange);
    QFETCH(QString, status);
    const Observation latest = latestTotal();
    QVERIFY(latest.plotted);
    const int year = latest.period.year();
    auto p = page(FigureKind::Arrivals);
    QVERIFY(p);
    auto* from = p->findChild<QSpinBox*>("firstYear");
    auto* to = p->findChild<QSpinBox*>("lastYear");
    if (chosenRange) {
        from->setValue(2005);
        to->setValue(year);
        QCOMPARE(p->figure()->figure()->yearsShown(), std::make_pair(2005, year));
    }
    const auto before = p->figure()->figure()->yearsShown();
    QVERIFY(before);
    // An import of the next year, as the window's import does it: the catalog reloads.
    Snapshot later = m_snapshot;
    Observation next = latest;
    next.id = 999999;
    next.period = Period::parse(QString::number(year + 1));
    next.value = 223;
    next.status = Term::fromCsv<Term::Status>(status).value();
    later.observations << next;
    m_catalog->setSnapshot(later);
    QCoreApplication::processEvents();
    QCOMPARE(p->figure()->figure()->yearsShown(), std::make_pair(before->first, year + 1));
    QCOMPARE(to->value(), year + 1);
    QCOMPARE(from->value(), before->first);
}

void tst_Interaction::quarterlyOffKeepsTheAnnualStart()
{
    auto p = page(FigureKind::Arrivals);
    QVERIFY(p);
    const auto opening = p->figure()->figure()->yearsShown();
    QVERIFY(opening);
    QCOMPARE(opening->first, 1998);
    auto* quarterly = p->findChild<QCheckBox*>("quarterly");
    quarterly->setChecked(true);
    QCoreApplication::processEvents();
    QVERIFY(p->figure()->figure()->options().quarterly);
    quarterly->setChecked(false);
    QCoreApplication::processEvents();
    QCOMPARE(p->figure()->figure()->yearsShown(), opening);
    QCOMPARE(p->findChild<QSpinBox*>("firstYear")->value(), 1998);
    // The end year changed while quarterly: the start, clamped to the first quarterly year, was
    // never the user's choice and goes back to 1998.
    auto* from = p->findChild<QSpinBox*>("firstYear");
    auto* to = p->findChild<QSpinBox*>("lastYear");
    quarterly->setChecked(true);
    QCoreApplication::processEvents();
    const int quarterlyStart = from->value();
    QVERIFY2(quarterlyStart > 1998, qPrintable(QString::number(quarterlyStart)));
    to->setValue(2020);
    QCOMPARE(p->figure()->figure()->yearsShown(), std::make_pair(quarterlyStart, 2020));
    quarterly->setChecked(false);
    QCoreApplication::processEvents();
    QCOMPARE(p->figure()->figure()->yearsShown(), std::make_pair(1998, 2020));
    QCOMPARE(from->value(), 1998);
    QCOMPARE(to->value(), 2020);
    // A start the user chose stays.
    from->setValue(2005);
    quarterly->setChecked(true);
    QCoreApplication::processEvents();
    quarterly->setChecked(false);
    QCoreApplication::processEvents();
    QCOMPARE(p->figure()->figure()->yearsShown(), std::make_pair(2005, 2020));
}

void tst_Interaction::showBoxFitsKorean()
{
    auto p = page(FigureKind::Arrivals);
    QVERIFY(p);
    auto* show = p->findChild<QComboBox*>("show");
    QVERIFY(show);
    QVERIFY(m_language->setLanguage("ko"));
    QCoreApplication::processEvents();
    QCOMPARE(show->itemText(0), QStringLiteral("꺾은선"));
    // The box is wide enough for its widest item, with the arrow beside it.
    int widest = 0;
    for (int i = 0; i < show->count(); ++i)
        widest = std::max(widest, show->fontMetrics().horizontalAdvance(show->itemText(i)));
    QVERIFY2(show->width() >= widest + 20,
             qPrintable(QStringLiteral("%1 < %2").arg(show->width()).arg(widest + 20)));
    QVERIFY(show->sizeHint().width() >= widest + 20);
}

QTEST_MAIN(tst_Interaction)
#include "tst_interaction.moc"
