// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "briefingwriter.h"

#include <QDialog>
#include <QPointer>
#include <QProgressDialog>

#include <functional>

class Catalog;
class QAction;
class QComboBox;
class QMenu;
class QWidget;

/// What the window asks before a briefing pack: its language and paper.
class BriefingDialog : public QDialog
{
    Q_OBJECT

public:
    BriefingDialog(const QString& language, QPageSize::PageSizeId paper, QWidget* parent = nullptr);
    QString language() const;
    QPageSize::PageSizeId paper() const;

private:
    QComboBox* m_language;
    QComboBox* m_paper;
};

/// File → Export Briefing…: asks for the language, paper and file, then draws the pack one page
/// per turn of the event loop (Qt Charts and the language scope live on the GUI thread), with a
/// progress dialog whose Cancel stops it; the window stays responsive. The file is written
/// atomically at the end (QSaveFile): a cancelled or failed export leaves nothing behind. Each
/// figure is drawn with the options its page shows.
class BriefingExport : public QObject
{
    Q_OBJECT

public:
    using FigureOptionsSource = std::function<QMap<FigureKind, FigureOptions>()>;

    BriefingExport(Catalog* catalog, FigureOptionsSource figures, QWidget* window, QMenu* menu,
                   QAction* before);
    QAction* action() const { return m_action; }

    /// Starts drawing the pack into `path` in the given language and paper (the figures'
    /// options are the window's); false when the target cannot be written (the reason in
    /// finished()) or a pack is being drawn.
    bool start(const QString& path, const QString& language, QPageSize::PageSizeId paper);
    bool isRunning() const { return m_writer != nullptr; }
    void cancel();
    QProgressDialog* progress() const { return m_progress; }

signals:
    /// ok: the file was written (message: its path); otherwise why not, or that it was
    /// cancelled, in the UI language.
    void finished(bool ok, const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void ask();
    void step();
    void done(bool ok, const QString& message);
    void retranslate();

    Catalog* m_catalog;
    FigureOptionsSource m_figures;
    QWidget* m_window;
    QAction* m_action;
    std::unique_ptr<BriefingWriter> m_writer;
    QPointer<QProgressDialog> m_progress;
    QString m_path;
};
