// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include "chartview.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace {
QString shortcutText(const QAction* action)
{
    QStringList keys;
    for (const QKeySequence& key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}
} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget* window, QWidget* parent)
    : QDialog(parent)
    , m_window(window)
    , m_intro(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    m_intro->setWordWrap(true);
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::NoFocus);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Fixed);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);

    retranslate();
    rebuild();
    resize(520, 560);
}

QString ShortcutsDialog::plainText(const QString& text)
{
    // "파일(&F)": the mnemonic in brackets after a translated title goes with its brackets.
    static const QRegularExpression bracketed(QStringLiteral("\\s*\\(&[^&\\s]\\)"));
    QString plain = text;
    plain.remove(bracketed);
    QString result;
    result.reserve(plain.size());
    for (int i = 0; i < plain.size(); ++i) {
        if (plain.at(i) == QLatin1Char('&')) {
            if (i + 1 < plain.size() && plain.at(i + 1) == QLatin1Char('&'))
                result += plain.at(++i); // "&&" is a literal ampersand
            continue;
        }
        result += plain.at(i);
    }
    return result;
}

QStringList ShortcutsDialog::rows() const
{
    QStringList rows;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* section = m_tree->topLevelItem(i);
        for (int j = 0; j < section->childCount(); ++j) {
            const QTreeWidgetItem* item = section->child(j);
            rows << section->text(0) + QLatin1Char('\t') + item->text(0) + QLatin1Char('\t') +
                        item->text(1);
        }
    }
    return rows;
}

void ShortcutsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ShortcutsDialog::retranslate()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_intro->setText(
        tr("The keys of the window's commands, by menu, and of a chart that has the keyboard "
           "focus (click it or reach it with Tab)."));
    m_tree->setHeaderLabels({tr("Command"), tr("Shortcut")});
    m_close->setText(tr("Close"));
    // The window's actions are retranslated by their own LanguageChange, which may come after
    // this one: read them once every widget has had its turn.
    scheduleRebuild();
}

void ShortcutsDialog::scheduleRebuild()
{
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    QMetaObject::invokeMethod(this, &ShortcutsDialog::rebuild, Qt::QueuedConnection);
}

void ShortcutsDialog::watch(QAction* action)
{
    connect(action, &QAction::changed, this, &ShortcutsDialog::scheduleRebuild,
            Qt::UniqueConnection);
}

void ShortcutsDialog::rebuild()
{
    m_rebuildPending = false;
    m_tree->clear();
    if (!m_window)
        return;

    QSet<const QAction*> seen;
    QFont sectionFont = m_tree->font();
    sectionFont.setBold(true);
    auto addRows = [&](const QString& title, const QList<std::pair<QString, QString>>& rows) {
        if (rows.isEmpty())
            return;
        auto* section = new QTreeWidgetItem(m_tree, {title});
        section->setFirstColumnSpanned(true);
        section->setFont(0, sectionFont);
        for (const auto& [text, keys] : rows)
            new QTreeWidgetItem(section, {text, keys});
    };
    auto addSection = [&](const QString& title, const QList<QPair<QString, QAction*>>& entries) {
        QList<std::pair<QString, QString>> rows;
        for (const auto& [text, action] : entries)
            rows.append({text, shortcutText(action)});
        addRows(title, rows);
    };

    // Menus in menu-bar order; submenus inside their menu, as "Submenu › Command".
    std::function<void(const QMenu*, const QString&, QList<QPair<QString, QAction*>>&)> collect;
    collect = [&](const QMenu* menu, const QString& prefix,
                  QList<QPair<QString, QAction*>>& entries) {
        for (QAction* action : menu->actions()) {
            seen.insert(action);
            if (action->isSeparator())
                continue;
            watch(action);
            const QString text = prefix + plainText(action->text());
            if (action->menu())
                collect(action->menu(), text + QStringLiteral(" \u203A "), entries);
            else if (action->isVisible() && !action->shortcuts().isEmpty())
                entries.append({text, action});
        }
    };
    const auto* mainWindow = qobject_cast<QMainWindow*>(m_window.data());
    const QMenuBar* menuBar = mainWindow ? qobject_cast<QMenuBar*>(mainWindow->menuWidget())
                                         : m_window->findChild<QMenuBar*>();
    if (menuBar) {
        for (QAction* top : menuBar->actions()) {
            seen.insert(top);
            watch(top);
            QList<QPair<QString, QAction*>> entries;
            if (top->menu())
                collect(top->menu(), QString(), entries);
            addSection(plainText(top->text()), entries);
        }
    }

    // Actions with shortcuts that are in no menu (the window's own, tool bars, views). The same
    // command in several views (each table's Copy) is listed once.
    QList<QPair<QString, QAction*>> others;
    QSet<QString> listed;
    for (QAction* action : m_window->findChildren<QAction*>()) {
        if (seen.contains(action) || action->isSeparator() || action->menu())
            continue;
        watch(action);
        if (!action->isVisible() || action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        const QString text = plainText(action->text());
        const QString key = text + QLatin1Char('\t') + shortcutText(action);
        if (!listed.contains(key)) {
            listed.insert(key);
            others.append({text, action});
        }
    }
    addSection(tr("Other"), others);
    // The keys of a chart that has the keyboard focus (they are no actions).
    if (m_window->findChild<ChartView*>())
        addRows(tr("Chart"), ChartView::keyHelp());
    m_tree->expandAll();
    // The keys column as wide as its widest entry, with room to breathe before the edge.
    m_tree->resizeColumnToContents(1);
    m_tree->setColumnWidth(1,
                           m_tree->columnWidth(1) + m_tree->fontMetrics().averageCharWidth() * 4);
}
