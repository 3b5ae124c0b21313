// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figurerenderer.h"

#include <QDialog>

class Catalog;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

/// File → Export figure (Ctrl+E): format, size preset, theme and language with a live preview;
/// writes the file through FigureRenderer and says why when it cannot (the dialog then stays
/// open). The last folder and choices are remembered (QSettings group "export"). Child widgets
/// carry object names ("format", "preset", "width", "height", "dpi", "theme", "language", "path",
/// "preview", "error") for tests.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(FigureKind kind, const FigureOptions& options, Catalog* catalog,
                 QWidget* parent = nullptr);

    /// Replaces FigureChart::create (tests).
    void setFactory(FigureRenderer::Factory factory);

    ExportSettings settings() const;
    QString path() const;
    /// The preview as last drawn (tests).
    QImage previewImage() const { return m_previewImage; }
    /// Draws the preview now instead of after the short pause that gathers quick changes.
    void updatePreview();

    /// Remembered choices, and the folder of the last export.
    static ExportSettings savedSettings();
    static QString savedFolder();

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();
    void fillCombos();
    void settingsChanged();
    void formatChanged();
    void browse();
    void save() const;
    void showError(const QString& message);
    void updateNotes();
    void followPreset();

    FigureRenderer m_renderer;
    QComboBox* m_format;
    QComboBox* m_preset;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QSpinBox* m_dpi;
    QComboBox* m_theme;
    QComboBox* m_language;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_preview;
    QLabel* m_sizeNote;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_export;
    QLabel* m_formatLabel;
    QLabel* m_presetLabel;
    QLabel* m_customLabel;
    QLabel* m_dpiLabel;
    QLabel* m_themeLabel;
    QLabel* m_languageLabel;
    QLabel* m_pathLabel;
    QLabel* m_previewLabel;
    QTimer* m_previewTimer;
    QImage m_previewImage;
    bool m_filling = false;
    ExportPreset m_lastPreset = ExportPreset::Slide16x9;
    bool m_dpiRaised = false; ///< A4 raised the density to print density
};
