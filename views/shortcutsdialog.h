// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QAction;
class QLabel;
class QPushButton;
class QTreeWidget;

/// Help → Keyboard shortcuts: every action of a window that has a shortcut, grouped by menu in
/// menu order, then the window's other actions, then the keys of its charts (ChartView::keyHelp())
/// when it has one. Read from the QActions themselves (their text and shortcuts()), and read
/// again whenever one changes or the language changes, so the list is always what the keys do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget* window, QWidget* parent = nullptr);

    /// The list as shown: one row per action, "Section\tAction\tShortcut" (for tests).
    QStringList rows() const;
    /// Menu or action text without its mnemonic: "&File" → "File", "파일(&F)" → "파일".
    static QString plainText(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void scheduleRebuild();
    void rebuild();
    void watch(QAction* action);

    QPointer<QWidget> m_window;
    QLabel* m_intro;
    QTreeWidget* m_tree;
    QPushButton* m_close;
    bool m_rebuildPending = false;
};
