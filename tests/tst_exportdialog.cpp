// SPDX-License-Identifier: GPL-3.0-or-later
// The Export dialog and the window's export actions (Export, Copy Figure, Print).
#include "application.h"
#include "core/catalog.h"
#include "exportactions.h"
#include "exportdialog.h"
#include "languagemanager.h"
#include "storage/store.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMimeData>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class tst_ExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void defaultsAndPreview();
    void formatChangesExtension_data();
    void formatChangesExtension();
    void presetFillsSize();
    void exportsAndRemembers();
    void refusesOversizedImage();
    void errorStaysInDialog();
    void mismatchedExtension();
    void followsLanguage();
    void actionsAndShortcuts();
    void copyPutsImageAndSources();
    void printsVectorPdf();

private:
    template <typename T> T* child(QWidget* parent, const char* name)
    {
        T* w = parent->findChild<T*>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    static void select(QComboBox* combo, int data)
    {
        combo->setCurrentIndex(combo->findData(data));
    }

    Store m_store;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<LanguageManager> m_language;
    QTemporaryDir m_dir;
};

void tst_ExportDialog::initTestCase()
{
    Application::setIdentity();
    // Settings of our own, cleared before each test.
    QCoreApplication::setApplicationName("Crossings-tst_exportdialog");
    Application::setApplicationFont();
    QVERIFY(m_store.openInMemory());
    m_catalog = std::make_unique<Catalog>();
    QVERIFY(m_catalog->reload(m_store));
}

void tst_ExportDialog::init()
{
    QSettings().clear();
    m_language = std::make_unique<LanguageManager>();
    QVERIFY(m_language->setLanguage("en"));
}

void tst_ExportDialog::cleanup()
{
    m_language.reset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ExportDialog::defaultsAndPreview()
{
    ExportDialog dialog(FigureKind::Arrivals, FigureOptions(), m_catalog.get());
    const ExportSettings s = dialog.settings();
    QCOMPARE(s.format, ExportFormat::Png);
    QCOMPARE(s.preset, ExportPreset::Slide16x9);
    QCOMPARE(s.theme, Theme::Light);
    QCOMPARE(s.language, QStringLiteral("en")); // the UI's
    QVERIFY(dialog.path().endsWith("arrivals-en.png"));
    QVERIFY(!child<QSpinBox>(&dialog, "width")->isEnabled());
    dialog.show();
    dialog.updatePreview();
    const QImage preview = dialog.previewImage();
    QVERIFY(!preview.isNull());
    // The preview keeps the output's proportions.
    const QSizeF logical = QSizeF(preview.size()) / preview.devicePixelRatio();
    QVERIFY2(qAbs(logical.width() / logical.height() - 16.0 / 9.0) < 0.02,
             qPrintable(QString::number(logical.width())));
    QVERIFY(child<QLabel>(&dialog, "preview")->pixmap().cacheKey() != 0);
}

void tst_ExportDialog::formatChangesExtension_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("PDF") << int(ExportFormat::Pdf) << ".pdf";
    QTest::newRow("SVG") << int(ExportFormat::Svg) << ".svg";
    QTest::newRow("PNG") << int(ExportFormat::Png) << ".png";
}

void tst_ExportDialog::formatChangesExtension()
{
    QFETCH(int, format);
    QFETCH(QString, suffix);
    ExportDialog dialog(FigureKind::Trade, FigureOptions(), m_catalog.get());
    child<QLineEdit>(&dialog, "path")->setText(m_dir.filePath("briefing figure.png"));
    select(child<QComboBox>(&dialog, "format"), format);
    QCOMPARE(dialog.path(), m_dir.filePath("briefing figure" + suffix));
}

void tst_ExportDialog::presetFillsSize()
{
    ExportDialog dialog(FigureKind::Arrivals, FigureOptions(), m_catalog.get());
    auto* preset = child<QComboBox>(&dialog, "preset");
    auto* width = child<QSpinBox>(&dialog, "width");
    auto* height = child<QSpinBox>(&dialog, "height");
    select(preset, int(ExportPreset::Slide4x3));
    QCOMPARE(QSize(width->value(), height->value()), QSize(1600, 1200));
    child<QSpinBox>(&dialog, "dpi")->setValue(150);
    select(preset, int(ExportPreset::A4Portrait));
    QCOMPARE(QSize(width->value(), height->value()), QSize(1240, 1754)); // A4 at 150 dpi
    select(preset, int(ExportPreset::Custom));
    QVERIFY(width->isEnabled());
    width->setValue(1000);
    height->setValue(500);
    QCOMPARE(dialog.settings().pixelSize(), QSize(1000, 500));
}

void tst_ExportDialog::exportsAndRemembers()
{
    const QString path = m_dir.filePath("remembered/arrivals.pdf");
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    {
        ExportDialog dialog(FigureKind::Arrivals, FigureOptions(), m_catalog.get());
        select(child<QComboBox>(&dialog, "format"), int(ExportFormat::Pdf));
        select(child<QComboBox>(&dialog, "theme"), int(Theme::Print));
        auto* language = child<QComboBox>(&dialog, "language");
        language->setCurrentIndex(language->findData("ko"));
        child<QLineEdit>(&dialog, "path")->setText(path);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QVERIFY(QFileInfo(path).size() > 1000);
    QProcess p;
    p.start("pdfinfo", {"-meta", path});
    QVERIFY(p.waitForFinished());
    const QString meta = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(meta.contains("<crossings:language>ko</crossings:language>"), qPrintable(meta));
    QVERIFY(meta.contains("&quot;theme&quot;:&quot;print&quot;"));

    // The next dialog starts where this one ended.
    ExportDialog again(FigureKind::Trade, FigureOptions(), m_catalog.get());
    const ExportSettings s = again.settings();
    QCOMPARE(s.format, ExportFormat::Pdf);
    QCOMPARE(s.theme, Theme::Print);
    QCOMPARE(s.language, QStringLiteral("ko"));
    QCOMPARE(again.path(), QDir(QFileInfo(path).absolutePath()).filePath("trade-ko.pdf"));
}

void tst_ExportDialog::refusesOversizedImage()
{
    // Issue 20: the dialog tried an A4 PNG at 1200 dpi (14031×9921, about 139 megapixels) that
    // the command line refuses; both now apply ExportSettings::validate().
    ExportDialog dialog(FigureKind::Arrivals, FigureOptions(), m_catalog.get());
    dialog.show();
    const QString path = m_dir.filePath("huge.png");
    child<QLineEdit>(&dialog, "path")->setText(path);
    select(child<QComboBox>(&dialog, "preset"), int(ExportPreset::A4Landscape));
    child<QSpinBox>(&dialog, "dpi")->setValue(1200);
    QCOMPARE(dialog.settings().pixelSize(), QSize(14031, 9921));
    QPushButton* ok = nullptr;
    for (QAbstractButton* b : dialog.findChild<QDialogButtonBox*>()->buttons())
        if (dialog.findChild<QDialogButtonBox*>()->buttonRole(b) == QDialogButtonBox::AcceptRole)
            ok = qobject_cast<QPushButton*>(b);
    QVERIFY(ok);
    QVERIFY(!ok->isEnabled());
    bool said = false;
    for (const QLabel* label : dialog.findChildren<QLabel*>())
        said = said || (label->isVisible() && label->text().contains("14031×9921 is out of range"));
    QVERIFY(said);
    dialog.accept(); // even when called: refused, nothing written
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!QFileInfo::exists(path));
    // A PDF page is vector: the same settings are fine; so is the PNG at 300 dpi.
    select(child<QComboBox>(&dialog, "format"), int(ExportFormat::Pdf));
    QVERIFY(ok->isEnabled());
    select(child<QComboBox>(&dialog, "format"), int(ExportFormat::Png));
    QVERIFY(!ok->isEnabled());
    child<QSpinBox>(&dialog, "dpi")->setValue(300);
    QVERIFY(ok->isEnabled());
}

void tst_ExportDialog::errorStaysInDialog()
{
    ExportDialog dialog(FigureKind::Arrivals, FigureOptions(), m_catalog.get());
    dialog.show();
    child<QLineEdit>(&dialog, "path")->setText(m_dir.filePath("missing/folder/a.png"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    auto* error = child<QLabel>(&dialog, "error");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains("does not exist"), qPrintable(error->text()));
    QVERIFY(!QFileInfo::exists(m_dir.filePath("missing")));
}

void tst_ExportDialog::mismatchedExtension()
{
    ExportDialog dialog(FigureKind::Arrivals, FigureOptions(), m_catalog.get());
    dialog.show();
    child<QLineEdit>(&dialog, "path")->setText(m_dir.filePath("figure.pdf")); // format is PNG
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(child<QLabel>(&dialog, "error")->text().contains(".pdf"));
    QVERIFY(!QFileInfo::exists(m_dir.filePath("figure.pdf")));
    // A name without an extension gets the format's.
    child<QLineEdit>(&dialog, "path")->setText(m_dir.filePath("plain-name"));
    dialog.accept();
    QVERIFY(QFileInfo::exists(m_dir.filePath("plain-name.png")));
}

void tst_ExportDialog::followsLanguage()
{
    ExportDialog dialog(FigureKind::Arrivals, FigureOptions(), m_catalog.get());
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Export Figure"));
    QVERIFY(m_language->setLanguage("ko"));
    QCoreApplication::processEvents();
    QCOMPARE(dialog.windowTitle(), QStringLiteral("그림 내보내기"));
    QCOMPARE(child<QComboBox>(&dialog, "theme")->itemText(0), QStringLiteral("밝게"));
    // Language names stay in their own language.
    auto* language = child<QComboBox>(&dialog, "language");
    QCOMPARE(language->itemText(0), QStringLiteral("English"));
    QCOMPARE(language->itemText(1), QStringLiteral("한국어"));
}

void tst_ExportDialog::actionsAndShortcuts()
{
    QMainWindow window;
    ExportActions actions(
        m_catalog.get(), [] { return nullptr; }, &window);
    QCOMPARE(actions.exportAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QCOMPARE(actions.copyAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QCOMPARE(actions.printAction()->shortcut(), QKeySequence(QKeySequence::Print));
    for (QAction* a : actions.actions())
        QVERIFY(window.actions().contains(a));
    QCOMPARE(actions.exportAction()->text(), QStringLiteral("&Export Figure…"));
    QVERIFY(m_language->setLanguage("ko"));
    QCoreApplication::processEvents();
    QCOMPARE(actions.exportAction()->text(), QStringLiteral("그림 내보내기(&E)…"));
    // No figure on the page: nothing happens but a word in the status bar.
    actions.copyAction()->trigger();
    QVERIFY(!window.statusBar()->currentMessage().isEmpty());
    actions.updateActions();
    QVERIFY(!actions.copyAction()->isEnabled());
}

void tst_ExportDialog::copyPutsImageAndSources()
{
    QMainWindow window;
    std::unique_ptr<FigureChart> figure(FigureChart::create(FigureKind::Arrivals, m_catalog.get()));
    ExportActions actions(
        m_catalog.get(), [&figure] { return figure.get(); }, &window);
    QApplication::clipboard()->clear();
    actions.copyAction()->trigger();
    const QMimeData* data = QApplication::clipboard()->mimeData();
    QVERIFY(data && data->hasImage());
    QCOMPARE(qvariant_cast<QImage>(data->imageData()).size(), QSize(1920, 1080));
    QVERIFY2(data->text().contains("Ministry of Unification"), qPrintable(data->text()));
    QVERIFY(data->text().startsWith(figure->figure()->title()));
}

void tst_ExportDialog::printsVectorPdf()
{
    // Print goes through the same renderer: printed to a PDF file, the text is there.
    std::unique_ptr<FigureChart> figure(FigureChart::create(FigureKind::Trade, m_catalog.get()));
    const FigureRenderer renderer(FigureKind::Trade, m_catalog.get(), figure->figure()->options());
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_dir.filePath("printed.pdf");
    printer.setOutputFileName(path);
    printer.setPageOrientation(QPageLayout::Landscape);
    ExportSettings settings;
    settings.theme = Theme::Print;
    renderer.print(&printer, settings);
    QProcess p;
    p.start("pdftotext", {path, "-"});
    QVERIFY(p.waitForFinished());
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    text.remove(QRegularExpression("\\s"));
    QVERIFY2(text.contains("Sources:"), qPrintable(text));
    QVERIFY(text.contains("2020"));
    QProcess images;
    images.start("pdfimages", {"-list", path});
    QVERIFY(images.waitForFinished());
    QCOMPARE(
        QString::fromUtf8(images.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts).size(),
        2);
}

QTEST_MAIN(tst_ExportDialog)
#include "tst_exportdialog.moc"
