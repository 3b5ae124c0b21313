// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpreviewdialog.h"

#include "core/formatter.h"
#include "core/translations.h"
#include "storage/importplan.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QTableWidget* makeTable(const QString& name, QWidget* parent)
{
    auto* t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->setWordWrap(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

QTableWidgetItem* numberCell(int n)
{
    auto* item = new QTableWidgetItem(n > 0 ? QString::number(n) : QString());
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void setRows(QTableWidget* table, const QStringList& headers,
             const QList<QList<QTableWidgetItem*>>& rows)
{
    table->clear();
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c)
            table->setItem(r, c, rows.at(r).at(c));
    }
    table->resizeColumnsToContents();
    // Long texts wrap in the last column instead of widening the table past the dialog.
    for (int c = 0; c + 1 < table->columnCount(); ++c)
        table->setColumnWidth(c, std::min(table->columnWidth(c), 320));
    table->resizeRowsToContents();
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const ImportPlan& plan, QWidget* parent)
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
    if (valid) {
        m_additions = makeTable(QStringLiteral("additions"), m_tabs);
        m_changes = makeTable(QStringLiteral("changes"), m_tabs);
        m_conflicts = makeTable(QStringLiteral("conflicts"), m_tabs);
        m_tabs->addTab(m_additions, QString());
        m_tabs->addTab(m_changes, QString());
        m_tabs->addTab(m_conflicts, QString());
        m_missingKorean = makeTable(QStringLiteral("missingKorean"), m_tabs);
        m_tabs->addTab(m_missingKorean, QString());
    } else {
        m_problems = makeTable(QStringLiteral("problems"), m_tabs);
        m_tabs->addTab(m_problems, QString());
    }
    m_buttons =
        new QDialogButtonBox(valid ? QDialogButtonBox::Cancel : QDialogButtonBox::Close, this);
    m_import = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(valid && !plan.isEmpty());
    m_import->setVisible(valid);
    if (valid && !plan.isEmpty())
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
                .arg(m_plan.fileName())
                .arg(m_plan.additions().size())
                .arg(m_plan.newSources().size())
                .arg(m_plan.changes().size())
                .arg(m_plan.conflicts().size()));
    } else {
        m_summary->setText(
            tr("%1 cannot be imported: problems found: %2. Nothing was written; correct "
               "the file and import it again.")
                .arg(m_plan.fileName())
                .arg(m_plan.problemCount()));
    }
    fill();
}

void ImportPreviewDialog::fill()
{
    const Formatter f;
    if (!m_plan.isValid()) {
        QList<QList<QTableWidgetItem*>> rows;
        for (const ValidationIssue& i : m_plan.issues())
            rows.append({numberCell(i.line), numberCell(i.column), cell(i.message)});
        // Beyond the first problems, their kinds and how many of each.
        for (const auto& [kind, count] : m_plan.unlistedProblems())
            rows.append(
                {cell(QString()), cell(QString()), cell(tr("%1 more: %2").arg(count).arg(kind))});
        setRows(m_problems, {tr("Line"), tr("Column"), tr("Problem")}, rows);
        m_tabs->setTabText(0, tr("Problems (%1)").arg(m_plan.problemCount()));
        nameTables();
        return;
    }
    QList<QList<QTableWidgetItem*>> rows;
    for (const Observation& o : m_plan.additions())
        rows.append({numberCell(o.line), cell(m_plan.quantityText(o)), cell(m_plan.valueText(o)),
                     cell(m_plan.sourceText(o.sourceId))});
    setRows(m_additions, {tr("Line"), tr("Figure"), tr("Value"), tr("Source")}, rows);

    rows.clear();
    for (const ImportPlan::Change& c : m_plan.changes()) {
        const int line = c.superseded.line > 0 ? c.superseded.line : c.by.line;
        rows.append(
            {numberCell(line), cell(m_plan.quantityText(c.by)),
             cell(tr("%1 (%2)").arg(f.value(c.superseded),
                                    m_plan.shortSourceText(c.superseded.sourceId))),
             cell(tr("%1 (%2)").arg(f.value(c.by), m_plan.shortSourceText(c.by.sourceId)))});
    }
    setRows(m_changes, {tr("Line"), tr("Figure"), tr("Superseded"), tr("Corrected by")}, rows);

    rows.clear();
    for (const ImportPlan::Conflict& c : m_plan.conflicts()) {
        QStringList others;
        for (const Observation& o : c.others)
            others << tr("%1 (%2)").arg(f.value(o), m_plan.shortSourceText(o.sourceId));
        if (c.more > 0)
            others << tr("%1 more").arg(c.more);
        rows.append({numberCell(c.incoming.line), cell(m_plan.quantityText(c.incoming)),
                     cell(tr("%1 (%2)").arg(f.value(c.incoming),
                                            m_plan.shortSourceText(c.incoming.sourceId))),
                     cell(others.join(QLatin1Char('\n')))});
    }
    setRows(m_conflicts, {tr("Line"), tr("Figure"), tr("New figure"), tr("Differs from")}, rows);

    rows.clear();
    const QList<ImportPlan::MissingKorean> missing = m_plan.missingKorean();
    for (const ImportPlan::MissingKorean& m : missing) {
        rows.append({m.sourceId.isEmpty() ? numberCell(m.line) : cell(m.sourceId),
                     cell(m.sourceId.isEmpty() ? tr("figure") : tr("new source")),
                     cell(m.columns.join(QStringLiteral(", ")))});
    }
    setRows(m_missingKorean, {tr("Line or source"), tr("Row"), tr("Korean form missing")}, rows);

    m_tabs->setTabText(0, tr("New figures (%1)").arg(m_plan.additions().size()));
    //: Tab of the import preview: rows accepted without a Korean note or locator.
    m_tabs->setTabText(3, tr("Without Korean (%1)").arg(missing.size()));
    m_tabs->setTabToolTip(3, tr("Accepted: where a Korean form is missing, the Korean window and "
                                "exports show the English text, marked."));
    m_tabs->setTabText(1, tr("Changes (%1)").arg(m_plan.changes().size()));
    m_tabs->setTabText(2, tr("Conflicts (%1)").arg(m_plan.conflicts().size()));
    nameTables();
    // Open on what needs a decision first.
    if (!m_plan.conflicts().isEmpty())
        m_tabs->setCurrentIndex(2);
    else if (!m_plan.changes().isEmpty())
        m_tabs->setCurrentIndex(1);
}
