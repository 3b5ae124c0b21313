// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

class ImportPreview;
class ImportPreviewModel;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

/// File → Import data…: what an import file would do, before anything is written. A valid
/// file shows its new figures, the figures it corrects (changes) and the figures it disagrees
/// with (conflicts), with Import and Cancel; a file with problems lists every problem with its
/// line and column, and can only be closed.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    /// plan must outlive the dialog.
    explicit ImportPreviewDialog(const ImportPreview& plan, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    QTableView* additionsTable() const { return m_additions; }
    QTableView* changesTable() const { return m_changes; }
    QTableView* conflictsTable() const { return m_conflicts; }
    QTableView* problemsTable() const { return m_problems; }
    /// Figures and new sources without a Korean form (accepted, shown in English, marked).
    QTableView* missingKoreanTable() const { return m_missingKorean; }
    /// The Import button (disabled when the file has problems or no figures).
    QPushButton* importButton() const { return m_import; }
    QLabel* summaryLabel() const { return m_summary; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void nameTables();
    void retranslate();
    /// A count as the window's language writes it (grouped thousands).
    QString count(qint64 n) const;
    void fill();

    const ImportPreview& m_plan;
    QList<ImportPreviewModel*> m_models; ///< one per table, in tab order
    QLabel* m_summary = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_additions = nullptr;
    QTableView* m_changes = nullptr;
    QTableView* m_conflicts = nullptr;
    QTableView* m_problems = nullptr;
    QTableView* m_missingKorean = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_import = nullptr;
};
