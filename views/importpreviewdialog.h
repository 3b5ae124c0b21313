// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class ImportPlan;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

/// File → Import data…: what an import file would do, before anything is written. A valid
/// file shows its new figures, the figures it corrects (changes) and the figures it disagrees
/// with (conflicts), with Import and Cancel; a file with problems lists every problem with its
/// line and column, and can only be closed.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    /// plan must outlive the dialog.
    explicit ImportPreviewDialog(const ImportPlan& plan, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* additionsTable() const { return m_additions; }
    QTableWidget* changesTable() const { return m_changes; }
    QTableWidget* conflictsTable() const { return m_conflicts; }
    QTableWidget* problemsTable() const { return m_problems; }
    /// Figures and new sources without a Korean form (accepted, shown in English, marked).
    QTableWidget* missingKoreanTable() const { return m_missingKorean; }
    /// The Import button (disabled when the file has problems or no figures).
    QPushButton* importButton() const { return m_import; }
    QLabel* summaryLabel() const { return m_summary; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void nameTables();
    void retranslate();
    void fill();

    const ImportPlan& m_plan;
    QLabel* m_summary = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_additions = nullptr;
    QTableWidget* m_changes = nullptr;
    QTableWidget* m_conflicts = nullptr;
    QTableWidget* m_problems = nullptr;
    QTableWidget* m_missingKorean = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_import = nullptr;
};
