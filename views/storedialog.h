// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class StoreDialog;
}

/// File → Store Location…: where the window's figures are kept: the user's own store on this
/// computer, another store file, or a team store on a PostgreSQL server (docs/TEAM.md). The
/// dialog (a Designer form, storedialog.ui) only chooses and checks the address with
/// StoreLocation; opening the store is the caller's (StoreActions).
class StoreDialog : public QDialog
{
    Q_OBJECT

public:
    /// current: the location in use ("" for the user's own store); ownPath: that store's file.
    StoreDialog(const QString& current, const QString& ownPath, QWidget* parent = nullptr);
    ~StoreDialog() override;

    /// The chosen location: "" for the user's own store, a file path, or a postgresql:// URI.
    QString location() const;
    /// Why the choice cannot be used (translated); empty when it can.
    QString problem() const;

    void chooseOwn();
    void chooseFile(const QString& path);
    void chooseTeamStore(const QString& uri);

protected:
    void changeEvent(QEvent* event) override;

private:
    void update();
    void browse();

    std::unique_ptr<Ui::StoreDialog> m_ui;
    QString m_ownPath;
};
