// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figurerenderer.h"

#include <QDialog>

#include <memory>

class Catalog;
class QPushButton;
class QTimer;

namespace Ui {
class ExportDialog;
}

/// File → Export figure (Ctrl+E): format, size preset, theme and language with a live preview;
/// writes the file through FigureRenderer and says why when it cannot (the dialog then stays
/// open). The last folder and choices are remembered (QSettings group "export"). A Designer form
/// (exportdialog.ui: layout, labels, retranslateUi); its widgets carry object names ("format",
/// "preset", "width", "height", "dpi", "theme", "language", "path", "preview", "error") for tests.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(FigureKind kind, const FigureOptions& options, Catalog* catalog,
                 QWidget* parent = nullptr);
    ~ExportDialog() override;

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

    std::unique_ptr<Ui::ExportDialog> m_ui; ///< the form: exportdialog.ui
    FigureRenderer m_renderer;
    QPushButton* m_export = nullptr; ///< added to the form's button box
    QTimer* m_previewTimer;
    QImage m_previewImage;
    bool m_filling = false;
    ExportPreset m_lastPreset = ExportPreset::Slide16x9;
    bool m_dpiRaised = false; ///< A4 raised the density to print density
};
