// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/claim.h"

#include <QList>
#include <QWidget>

#include <memory>

class AuditModel;
class Catalog;
class ConflictsModel;
class QModelIndex;
class QSortFilterProxyModel;

namespace Ui {
class AuditPage;
}

/// The Audit page: every claim the sources make with its verdict against the data (holds,
/// differs, cannot be checked, per reading where the basis is ambiguous), its citation and the
/// figures it was checked against; and the Conflicts list of quantities the sources disagree on.
/// The page selects nothing in the charts itself: it asks, and the window routes the request.
/// It names itself for the window's page list by its windowTitle and windowIcon.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPage(Catalog* catalog, QWidget* parent = nullptr);
    ~AuditPage() override;

    AuditModel* auditModel() const { return m_audit; }
    ConflictsModel* conflictsModel() const { return m_conflicts; }

    /// Selects a claim's row (clearing the verdict filter if it hides it); false if unknown.
    bool selectClaim(const QString& claimId);
    /// The claim selected in the table, or empty.
    QString currentClaim() const;
    /// The selected claim whole (an empty Claim when none), and the figures it was checked
    /// against: what the window's Sources panel cites on this page.
    Claim selectedClaim() const;
    QList<qint64> currentFigures() const;
    /// Shows the Claims (0) or Conflicts (1) tab.
    void showTab(int tab);

signals:
    /// Select these observations in their chart (a claim's figures, or one conflicting value).
    void figuresRequested(const QList<qint64>& observationIds);
    /// Another claim is selected (or none, or the language changed): selectedClaim() and
    /// currentFigures() say which.
    void claimShown();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateDetails();
    void updateSummary();
    void requestFigures();
    void openSource();
    /// The current claim's source address, empty when unknown or unconfirmed.
    QString sourceUrl() const;
    void updateIcon();
    /// Selects the first claim once there are claims (the first time only).
    void selectFirstClaim();
    void openLink(const class QUrl& url);

    std::unique_ptr<Ui::AuditPage> m_ui; ///< the form (auditpage.ui)
    Catalog* m_catalog;
    AuditModel* m_audit;
    ConflictsModel* m_conflicts;
    QSortFilterProxyModel* m_filter;
    bool m_filled = false; ///< claims were there once (the first was selected)
};
