// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpreviewdialog.h"

#include "core/formatter.h"
#include "core/translations.h"
#include "itemmodels/importpreviewmodel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QTableView* makeTable(const QString& name, QAbstractItemModel* model, QWidget* parent)
{
    auto* t = new QTableView(parent);
    t->setObjectName(name);
    t->setModel(model);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->setWordWrap(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

/// Rows measured one by one for their wrapped height; a larger table keeps the default height
/// (measuring 250,000 rows would freeze the window) and shows each cell whole in its tooltip.
constexpr int MaxMeasuredRows = 2000;

void fitColumns(QTableView* table)
{
    // Measures the first rows only (QHeaderView::resizeContentsPrecision).
    table->resizeColumnsToContents();
    // Long texts wrap in the last column instead of widening the table past the dialog.
    const int columns = table->model()->columnCount();
    for (int c = 0; c + 1 < columns; ++c)
        table->setColumnWidth(c, std::min(table->columnWidth(c), 320));
    if (table->model()->rowCount() <= MaxMeasuredRows)
        table->resizeRowsToContents();
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const ImportPreview& plan, QWidget* parent)
    : QDialog(parent)
    , m_plan(plan)
{
    setObjectName(QStringLiteral("importPreviewDialog"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    const bool valid = plan.isValid();
    auto add = [this, &plan](ImportPreviewModel::Part part, const QString& name) {
        auto* model = new ImportPreviewModel(plan, part, this);
        m_models.append(model);
        QTableView* table = makeTable(name, model, m_tabs);
        m_tabs->addTab(table, QString());
        return table;
    };
    if (valid) {
        m_additions = add(ImportPreviewModel::Part::Additions, QStringLiteral("additions"));
        m_changes = add(ImportPreviewModel::Part::Changes, QStringLiteral("changes"));
        m_conflicts = add(ImportPreviewModel::Part::Conflicts, QStringLiteral("conflicts"));
        m_missingKorean =
            add(ImportPreviewModel::Part::MissingKorean, QStringLiteral("missingKorean"));
    } else {
        m_problems = add(ImportPreviewModel::Part::Problems, QStringLiteral("problems"));
    }
    m_buttons =
        new QDialogButtonBox(valid ? QDialogButtonBox::Cancel : QDialogButtonBox::Close, this);
    m_import = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(valid && !plan.additions().isEmpty());
    m_import->setVisible(valid);
    if (valid && !plan.additions().isEmpty())
        m_import->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);
    resize(960, 560);
    retranslate();
}

void ImportPreviewDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ImportPreviewDialog::nameTables()
{
    // Each table is named after its tab, for a screen reader.
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (QWidget* table = m_tabs->widget(i))
            table->setAccessibleName(m_tabs->tabText(i));
    }
}

QString ImportPreviewDialog::count(qint64 n) const
{
    // 250,000 rather than 250000, as the tables write their values (the window's language).
    return Formatter(Translations::locale(Translations::instance().language())).number(n);
}

void ImportPreviewDialog::retranslate()
{
    m_plan.setLanguage(Translations::instance().language()); // the plan's texts follow the window
    setWindowTitle(tr("Import data"));
    m_import->setText(tr("&Import"));
    if (m_plan.isValid()) {
        m_summary->setText(
            tr("%1: figures to add: %2 · new sources: %3 · changes: %4 · conflicts: %5.\n"
               "A change marks a figure that a newer source corrects as superseded; a conflict is "
               "a "
               "figure that differs from another source's, and both are kept. Nothing is written "
               "until you choose Import, and File → Undo Last Import takes it back.")
                .arg(m_plan.fileName(), count(m_plan.additions().size()),
                     count(m_plan.newSourceCount()), count(m_plan.changeCount()),
                     count(m_plan.conflictCount())));
    } else {
        m_summary->setText(
            tr("%1 cannot be imported: problems found: %2. Nothing was written; correct "
               "the file and import it again.")
                .arg(m_plan.fileName(), count(m_plan.problemCount())));
    }
    fill();
}

void ImportPreviewDialog::fill()
{
    for (ImportPreviewModel* model : std::as_const(m_models))
        model->retranslate();
    for (int i = 0; i < m_tabs->count(); ++i)
        fitColumns(static_cast<QTableView*>(m_tabs->widget(i)));
    if (!m_plan.isValid()) {
        m_tabs->setTabText(0, tr("Problems (%1)").arg(count(m_plan.problemCount())));
        nameTables();
        return;
    }
    const int missing = m_missingKorean->model()->rowCount();
    m_tabs->setTabText(0, tr("New figures (%1)").arg(count(m_plan.additions().size())));
    //: Tab of the import preview: rows accepted without a Korean note or locator.
    m_tabs->setTabText(3, tr("Without Korean (%1)").arg(count(missing)));
    m_tabs->setTabToolTip(3, tr("Accepted: where a Korean form is missing, the Korean window and "
                                "exports show the English text, marked."));
    m_tabs->setTabText(1, tr("Changes (%1)").arg(count(m_plan.changeCount())));
    m_tabs->setTabText(2, tr("Conflicts (%1)").arg(count(m_plan.conflictCount())));
    nameTables();
    // Open on what needs a decision first.
    if (m_plan.conflictCount() > 0)
        m_tabs->setCurrentIndex(2);
    else if (m_plan.changeCount() > 0)
        m_tabs->setCurrentIndex(1);
}
