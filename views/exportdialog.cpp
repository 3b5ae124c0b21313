// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"
#include "ui_exportdialog.h"

#include "languagescope.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>

namespace {

const QLatin1String Group("export");
constexpr int ScreenDpi = ExportSettings::ScreenDpi; ///< slides and custom sizes
constexpr int PrintDpi = ExportSettings::PrintDpi;   ///< A4 pages

void selectData(QComboBox* combo, int value)
{
    const int i = combo->findData(value);
    if (i >= 0)
        combo->setCurrentIndex(i);
}

} // namespace

ExportSettings ExportDialog::savedSettings()
{
    QSettings settings;
    settings.beginGroup(Group);
    ExportSettings s;
    s.format = ExportFormat(std::clamp(settings.value(QStringLiteral("format"), 0).toInt(), 0, 2));
    s.preset = ExportPreset(std::clamp(settings.value(QStringLiteral("preset"), 0).toInt(), 0, 4));
    s.customSize = QSize(settings.value(QStringLiteral("width"), 1920).toInt(),
                         settings.value(QStringLiteral("height"), 1080).toInt())
                       .expandedTo(QSize(ExportSettings::MinSide, ExportSettings::MinSide))
                       .boundedTo(QSize(ExportSettings::MaxSide, ExportSettings::MaxSide));
    // A page is printed: A4 starts at print density unless the user chose another.
    s.dpi =
        std::clamp(settings.value(QStringLiteral("dpi"), s.isPage() ? PrintDpi : ScreenDpi).toInt(),
                   ExportSettings::MinDpi, ExportSettings::MaxDpi);
    s.theme = ExportSettings::themeFromName(settings.value(QStringLiteral("theme")).toString())
                  .value_or(Theme::Light);
    const QString language = settings.value(QStringLiteral("language")).toString();
    s.language = language == QLatin1String("ko") || language == QLatin1String("en")
                     ? language
                     : LanguageScope::current();
    return s;
}

QString ExportDialog::savedFolder()
{
    const QString folder = QSettings().value(QStringLiteral("export/folder")).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return QFileInfo(pictures).isDir() ? pictures : QDir::homePath();
}

ExportDialog::ExportDialog(FigureKind kind, const FigureOptions& options, Catalog* catalog,
                           QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_renderer(kind, catalog, options)
    , m_previewTimer(new QTimer(this))
{
    // The form (exportdialog.ui) names its widgets as the tests find them ("format", "preset",
    // "width", "height", "dpi", "theme", "language", "path", "preview", "error").
    m_ui->setupUi(this);
    m_export = m_ui->buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    // The sizes' limits: the one rule the command line applies too.
    for (QSpinBox* box : {m_ui->width, m_ui->height})
        box->setRange(ExportSettings::MinSide, ExportSettings::MaxSide);
    m_ui->dpi->setRange(ExportSettings::MinDpi, ExportSettings::MaxDpi);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);

    m_export->setDefault(true);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_ui->browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);
    connect(m_ui->format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    for (QComboBox* combo : {m_ui->preset, m_ui->theme, m_ui->language})
        connect(combo, &QComboBox::currentIndexChanged, this, &ExportDialog::settingsChanged);
    for (QSpinBox* box : {m_ui->width, m_ui->height, m_ui->dpi})
        connect(box, &QSpinBox::valueChanged, this, &ExportDialog::settingsChanged);
    connect(m_ui->path, &QLineEdit::textChanged, this, &ExportDialog::updateNotes);

    // Remembered choices.
    const ExportSettings saved = savedSettings();
    m_filling = true;
    fillCombos();
    selectData(m_ui->format, int(saved.format));
    selectData(m_ui->preset, int(saved.preset));
    selectData(m_ui->theme, int(saved.theme));
    m_ui->language->setCurrentIndex(std::max(0, m_ui->language->findData(saved.language)));
    m_ui->width->setValue(saved.customSize.width());
    m_ui->height->setValue(saved.customSize.height());
    m_ui->dpi->setValue(saved.dpi);
    m_lastPreset = saved.preset;
    m_filling = false;
    m_ui->path->setText(QDir(savedFolder()).filePath(m_renderer.fileName(settings())));
    retranslate();
    settingsChanged();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::setFactory(FigureRenderer::Factory factory)
{
    m_renderer.setFactory(std::move(factory));
    settingsChanged();
}

ExportSettings ExportDialog::settings() const
{
    ExportSettings s;
    s.format = ExportFormat(m_ui->format->currentData().toInt());
    s.preset = ExportPreset(m_ui->preset->currentData().toInt());
    s.customSize = QSize(m_ui->width->value(), m_ui->height->value());
    s.dpi = m_ui->dpi->value();
    s.theme = Theme(m_ui->theme->currentData().toInt());
    s.language = m_ui->language->currentData().toString();
    return s;
}

QString ExportDialog::path() const
{
    return m_ui->path->text().trimmed();
}

void ExportDialog::fillCombos()
{
    const bool filling = m_filling;
    m_filling = true;
    const auto refill = [](QComboBox* combo, const QList<std::pair<QString, QVariant>>& items) {
        const QVariant current = combo->currentData();
        combo->clear();
        for (const auto& [text, data] : items)
            combo->addItem(text, data);
        if (current.isValid())
            combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    refill(m_ui->format, {{tr("PNG image"), int(ExportFormat::Png)},
                          {tr("PDF document (vector)"), int(ExportFormat::Pdf)},
                          {tr("SVG drawing (vector)"), int(ExportFormat::Svg)}});
    refill(m_ui->preset, {{tr("Slide 16:9 (1920 × 1080)"), int(ExportPreset::Slide16x9)},
                          {tr("Slide 4:3 (1600 × 1200)"), int(ExportPreset::Slide4x3)},
                          {tr("A4 landscape"), int(ExportPreset::A4Landscape)},
                          {tr("A4 portrait"), int(ExportPreset::A4Portrait)},
                          {tr("Custom size"), int(ExportPreset::Custom)}});
    refill(m_ui->theme, {{tr("Light"), int(Theme::Light)},
                         {tr("Dark"), int(Theme::Dark)},
                         {tr("High contrast (projectors)"), int(Theme::Contrast)},
                         {tr("Print (grey scale)"), int(Theme::Print)}});
    // Each language in its own name, whatever the UI's.
    refill(m_ui->language, {{QStringLiteral("English"), QStringLiteral("en")},
                            {QStringLiteral("한국어"), QStringLiteral("ko")}});
    m_filling = filling;
}

void ExportDialog::retranslate()
{
    m_ui->retranslateUi(this);
    m_export->setText(tr("&Export"));
    fillCombos();
    updateNotes();
}

void ExportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ExportDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    if (!m_filling)
        m_previewTimer->start();
}

void ExportDialog::formatChanged()
{
    if (m_filling)
        return;
    // The file name follows the format.
    const QString current = path();
    if (!current.isEmpty()) {
        const QFileInfo info(current);
        const QString suffix = ExportSettings::suffix(settings().format);
        m_ui->path->setText(
            QDir(info.path()).filePath(info.completeBaseName() + QLatin1Char('.') + suffix));
    }
    settingsChanged();
}

void ExportDialog::settingsChanged()
{
    if (m_filling)
        return;
    followPreset();
    const ExportSettings s = settings();
    const bool custom = s.preset == ExportPreset::Custom;
    m_ui->width->setEnabled(custom);
    m_ui->height->setEnabled(custom);
    if (!custom) {
        const QSize px = s.pixelSize();
        const QSignalBlocker w(m_ui->width);
        const QSignalBlocker h(m_ui->height);
        m_ui->width->setValue(
            std::clamp(px.width(), ExportSettings::MinSide, ExportSettings::MaxSide));
        m_ui->height->setValue(
            std::clamp(px.height(), ExportSettings::MinSide, ExportSettings::MaxSide));
    }
    // A file named after the figure follows the language too.
    const QFileInfo info(path());
    for (const QString& other : {QStringLiteral("en"), QStringLiteral("ko")}) {
        ExportSettings o = s;
        o.language = other;
        if (other != s.language && info.fileName() == m_renderer.fileName(o))
            m_ui->path->setText(QDir(info.path()).filePath(m_renderer.fileName(s)));
    }
    m_ui->error->hide();
    updateNotes();
    m_previewTimer->start();
}

void ExportDialog::followPreset()
{
    // Choosing an A4 page raises the screen density to print density (an A4 PNG at 96 dpi prints
    // blurred); leaving A4 again lowers it back, unless the user typed a density in between.
    const ExportPreset preset = settings().preset;
    if (preset == m_lastPreset)
        return;
    ExportSettings before;
    before.preset = m_lastPreset;
    m_lastPreset = preset;
    const bool page = settings().isPage();
    const QSignalBlocker blocker(m_ui->dpi);
    if (page && !before.isPage() && m_ui->dpi->value() == ScreenDpi) {
        m_ui->dpi->setValue(PrintDpi);
        m_dpiRaised = true;
    } else if (!page && before.isPage() && m_dpiRaised && m_ui->dpi->value() == PrintDpi) {
        m_ui->dpi->setValue(ScreenDpi);
        m_dpiRaised = false;
    }
}

void ExportDialog::updateNotes()
{
    const ExportSettings s = settings();
    const QSize px = s.pixelSize();
    QString note;
    switch (s.format) {
    case ExportFormat::Png:
        note = tr("%1 × %2 pixels, %3 dpi").arg(px.width()).arg(px.height()).arg(s.dpi);
        break;
    case ExportFormat::Pdf:
        if (s.isPage())
            note = tr("A4 page, vector: text stays text");
        else
            note = tr("%1 × %2 mm page, vector: text stays text")
                       .arg(qRound(px.width() * 25.4 / s.dpi))
                       .arg(qRound(px.height() * 25.4 / s.dpi));
        break;
    case ExportFormat::Svg:
        note = tr("%1 × %2 pixels, vector: text stays text").arg(px.width()).arg(px.height());
        break;
    }
    if (QFileInfo::exists(path()) && !QFileInfo(path()).isDir())
        note += QLatin1Char('\n') + tr("The file exists and will be replaced.");
    // The size rule of `crossings export` too (an A4 PNG at 1200 dpi is 139 megapixels).
    const QString invalid = s.validate();
    if (!invalid.isEmpty())
        note += QLatin1Char('\n') + tr("Cannot export: %1").arg(invalid);
    m_ui->sizeNote->setText(note);
    m_ui->dpi->setEnabled(!(s.format == ExportFormat::Svg && !s.isPage()));
    m_export->setEnabled(!path().isEmpty() && invalid.isEmpty());
}

void ExportDialog::updatePreview()
{
    m_previewTimer->stop();
    const QSize room = m_ui->preview->contentsRect().size() - QSize(8, 8);
    m_previewImage = m_renderer.preview(settings(), room.expandedTo(QSize(160, 90)));
    m_ui->preview->setPixmap(QPixmap::fromImage(m_previewImage));
}

void ExportDialog::browse()
{
    const ExportSettings s = settings();
    const QString filter = s.format == ExportFormat::Png   ? tr("PNG images (*.png)")
                           : s.format == ExportFormat::Pdf ? tr("PDF documents (*.pdf)")
                                                           : tr("SVG drawings (*.svg)");
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Figure"), path(), filter);
    if (chosen.isEmpty())
        return;
    const QFileInfo info(chosen);
    const QString suffix = ExportSettings::suffix(s.format);
    m_ui->path->setText(info.suffix().compare(suffix, Qt::CaseInsensitive) == 0
                            ? chosen
                            : chosen + QLatin1Char('.') + suffix);
}

void ExportDialog::showError(const QString& message)
{
    m_ui->error->setText(message);
    QPalette palette = m_ui->error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_ui->error->setPalette(palette);
    m_ui->error->show();
}

void ExportDialog::accept()
{
    QString target = path();
    if (target.isEmpty()) {
        showError(tr("Choose a file to export to."));
        return;
    }
    const ExportSettings s = settings();
    if (const QString invalid = s.validate(); !invalid.isEmpty()) {
        showError(invalid);
        return;
    }
    // A name without the format's extension gets it; another extension is the user's mistake.
    const auto asked = ExportSettings::formatOf(target);
    if (!asked) {
        target += QLatin1Char('.') + ExportSettings::suffix(s.format);
        m_ui->path->setText(target);
    } else if (*asked != s.format) {
        showError(tr("The file name ends in .%1 but the format is %2: change one of them.")
                      .arg(QFileInfo(target).suffix(), ExportSettings::suffix(s.format).toUpper()));
        return;
    }
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_renderer.write(target, s, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        showError(error);
        return;
    }
    save();
    QSettings().setValue(QStringLiteral("export/folder"), QFileInfo(target).absolutePath());
    QDialog::accept();
}

void ExportDialog::save() const
{
    const ExportSettings s = settings();
    QSettings settings;
    settings.beginGroup(Group);
    settings.setValue(QStringLiteral("format"), int(s.format));
    settings.setValue(QStringLiteral("preset"), int(s.preset));
    settings.setValue(QStringLiteral("width"), s.customSize.width());
    settings.setValue(QStringLiteral("height"), s.customSize.height());
    settings.setValue(QStringLiteral("dpi"), s.dpi);
    settings.setValue(QStringLiteral("theme"), ExportSettings::themeName(s.theme));
    settings.setValue(QStringLiteral("language"), s.language);
}
