// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "languagescope.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

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
    , m_renderer(kind, catalog, options)
    , m_format(new QComboBox(this))
    , m_preset(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_dpi(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_preview(new QLabel(this))
    , m_sizeNote(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_export(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
    , m_formatLabel(new QLabel(this))
    , m_presetLabel(new QLabel(this))
    , m_customLabel(new QLabel(this))
    , m_dpiLabel(new QLabel(this))
    , m_themeLabel(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_pathLabel(new QLabel(this))
    , m_previewLabel(new QLabel(this))
    , m_previewTimer(new QTimer(this))
{
    m_format->setObjectName(QStringLiteral("format"));
    m_preset->setObjectName(QStringLiteral("preset"));
    m_width->setObjectName(QStringLiteral("width"));
    m_height->setObjectName(QStringLiteral("height"));
    m_dpi->setObjectName(QStringLiteral("dpi"));
    m_theme->setObjectName(QStringLiteral("theme"));
    m_language->setObjectName(QStringLiteral("language"));
    m_path->setObjectName(QStringLiteral("path"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_error->setObjectName(QStringLiteral("error"));

    // The combo boxes' widths follow their texts after a language switch.
    for (QComboBox* combo : {m_format, m_preset, m_theme, m_language})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QSpinBox* box : {m_width, m_height}) {
        box->setRange(ExportSettings::MinSide, ExportSettings::MaxSide);
        box->setSingleStep(10);
    }
    m_dpi->setRange(ExportSettings::MinDpi, ExportSettings::MaxDpi);
    m_preview->setMinimumSize(480, 300);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_sizeNote->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_path->setMinimumWidth(320);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);

    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("\u00D7"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch();
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    auto* form = new QFormLayout;
    form->addRow(m_formatLabel, m_format);
    form->addRow(m_presetLabel, m_preset);
    form->addRow(m_customLabel, sizeRow);
    form->addRow(m_dpiLabel, m_dpi);
    form->addRow(QString(), m_sizeNote);
    form->addRow(m_themeLabel, m_theme);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_pathLabel, pathRow);
    m_formatLabel->setBuddy(m_format);
    m_presetLabel->setBuddy(m_preset);
    m_customLabel->setBuddy(m_width);
    m_dpiLabel->setBuddy(m_dpi);
    m_themeLabel->setBuddy(m_theme);
    m_languageLabel->setBuddy(m_language);
    m_pathLabel->setBuddy(m_path);

    auto* previewColumn = new QVBoxLayout;
    previewColumn->addWidget(m_previewLabel);
    previewColumn->addWidget(m_preview, 1);

    auto* columns = new QHBoxLayout;
    columns->addLayout(form);
    columns->addLayout(previewColumn, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    m_export->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    for (QComboBox* combo : {m_preset, m_theme, m_language})
        connect(combo, &QComboBox::currentIndexChanged, this, &ExportDialog::settingsChanged);
    for (QSpinBox* box : {m_width, m_height, m_dpi})
        connect(box, &QSpinBox::valueChanged, this, &ExportDialog::settingsChanged);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateNotes);

    // Remembered choices.
    const ExportSettings saved = savedSettings();
    m_filling = true;
    fillCombos();
    selectData(m_format, int(saved.format));
    selectData(m_preset, int(saved.preset));
    selectData(m_theme, int(saved.theme));
    m_language->setCurrentIndex(std::max(0, m_language->findData(saved.language)));
    m_width->setValue(saved.customSize.width());
    m_height->setValue(saved.customSize.height());
    m_dpi->setValue(saved.dpi);
    m_lastPreset = saved.preset;
    m_filling = false;
    m_path->setText(QDir(savedFolder()).filePath(m_renderer.fileName(settings())));
    retranslate();
    settingsChanged();
}

void ExportDialog::setFactory(FigureRenderer::Factory factory)
{
    m_renderer.setFactory(std::move(factory));
    settingsChanged();
}

ExportSettings ExportDialog::settings() const
{
    ExportSettings s;
    s.format = ExportFormat(m_format->currentData().toInt());
    s.preset = ExportPreset(m_preset->currentData().toInt());
    s.customSize = QSize(m_width->value(), m_height->value());
    s.dpi = m_dpi->value();
    s.theme = Theme(m_theme->currentData().toInt());
    s.language = m_language->currentData().toString();
    return s;
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
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
    refill(m_format, {{tr("PNG image"), int(ExportFormat::Png)},
                      {tr("PDF document (vector)"), int(ExportFormat::Pdf)},
                      {tr("SVG drawing (vector)"), int(ExportFormat::Svg)}});
    refill(m_preset, {{tr("Slide 16:9 (1920 × 1080)"), int(ExportPreset::Slide16x9)},
                      {tr("Slide 4:3 (1600 × 1200)"), int(ExportPreset::Slide4x3)},
                      {tr("A4 landscape"), int(ExportPreset::A4Landscape)},
                      {tr("A4 portrait"), int(ExportPreset::A4Portrait)},
                      {tr("Custom size"), int(ExportPreset::Custom)}});
    refill(m_theme, {{tr("Light"), int(Theme::Light)},
                     {tr("Dark"), int(Theme::Dark)},
                     {tr("High contrast (projectors)"), int(Theme::Contrast)},
                     {tr("Print (grey scale)"), int(Theme::Print)}});
    // Each language in its own name, whatever the UI's.
    refill(m_language, {{QStringLiteral("English"), QStringLiteral("en")},
                        {QStringLiteral("한국어"), QStringLiteral("ko")}});
    m_filling = filling;
}

void ExportDialog::retranslate()
{
    setWindowTitle(tr("Export Figure"));
    m_formatLabel->setText(tr("&Format:"));
    m_presetLabel->setText(tr("&Size:"));
    m_customLabel->setText(tr("&Width × height:"));
    m_dpiLabel->setText(tr("&Resolution:"));
    m_themeLabel->setText(tr("&Theme:"));
    m_languageLabel->setText(tr("&Language:"));
    m_pathLabel->setText(tr("F&ile:"));
    m_previewLabel->setText(tr("Preview"));
    m_browse->setText(tr("&Browse…"));
    m_export->setText(tr("&Export"));
    m_width->setAccessibleName(tr("Width"));
    m_height->setAccessibleName(tr("Height"));
    m_width->setSuffix(tr(" px"));
    m_height->setSuffix(tr(" px"));
    m_dpi->setSuffix(tr(" dpi"));
    m_path->setToolTip(tr("The figure is written here; an existing file is replaced."));
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
        m_path->setText(
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
    m_width->setEnabled(custom);
    m_height->setEnabled(custom);
    if (!custom) {
        const QSize px = s.pixelSize();
        const QSignalBlocker w(m_width);
        const QSignalBlocker h(m_height);
        m_width->setValue(std::clamp(px.width(), ExportSettings::MinSide, ExportSettings::MaxSide));
        m_height->setValue(
            std::clamp(px.height(), ExportSettings::MinSide, ExportSettings::MaxSide));
    }
    // A file named after the figure follows the language too.
    const QFileInfo info(path());
    for (const QString& other : {QStringLiteral("en"), QStringLiteral("ko")}) {
        ExportSettings o = s;
        o.language = other;
        if (other != s.language && info.fileName() == m_renderer.fileName(o))
            m_path->setText(QDir(info.path()).filePath(m_renderer.fileName(s)));
    }
    m_error->hide();
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
    const QSignalBlocker blocker(m_dpi);
    if (page && !before.isPage() && m_dpi->value() == ScreenDpi) {
        m_dpi->setValue(PrintDpi);
        m_dpiRaised = true;
    } else if (!page && before.isPage() && m_dpiRaised && m_dpi->value() == PrintDpi) {
        m_dpi->setValue(ScreenDpi);
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
    m_sizeNote->setText(note);
    m_dpi->setEnabled(!(s.format == ExportFormat::Svg && !s.isPage()));
    m_export->setEnabled(!path().isEmpty() && invalid.isEmpty());
}

void ExportDialog::updatePreview()
{
    m_previewTimer->stop();
    const QSize room = m_preview->contentsRect().size() - QSize(8, 8);
    m_previewImage = m_renderer.preview(settings(), room.expandedTo(QSize(160, 90)));
    m_preview->setPixmap(QPixmap::fromImage(m_previewImage));
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
    m_path->setText(info.suffix().compare(suffix, Qt::CaseInsensitive) == 0
                        ? chosen
                        : chosen + QLatin1Char('.') + suffix);
}

void ExportDialog::showError(const QString& message)
{
    m_error->setText(message);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_error->setPalette(palette);
    m_error->show();
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
        m_path->setText(target);
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
