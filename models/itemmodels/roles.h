// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

/// The custom roles of every Crossings model: one enum, one meaning per role (issue 20). A model
/// answers the roles that apply to its rows and an invalid QVariant for the rest; no model
/// declares roles of its own, so two models never give one number two meanings.
enum class DataRole : int {
    // A cell that holds a figure (SeriesTableModel, DestinationsModel, ConflictsModel).
    Value = Qt::UserRole + 1, ///< qint64 in base units; invalid QVariant where nothing is known
    Status,                   ///< final, provisional, superseded, estimate, derived
    SourceId,                 ///< the source the row comes from (figures, events, claims)
    ObservationId,            ///< qint64
    Alternatives,             ///< QVariantList of observation ids reporting the same quantity
    /// bool: another source reports a value this figure does not agree with
    /// (Catalog::disagrees()), in every model; an erratum marks none.
    HasConflict,
    PeriodCode,
    PeriodStart, ///< QDate (figures and events)
    PeriodEnd,   ///< QDate
    Qualifier,
    Unit,
    Note,
    Series,
    Region,
    Sort, ///< a value that sorts naturally

    // ConflictsModel: the figures of quantities that sources report differently.
    QuantityKey = Qt::UserRole + 200, ///< Observation::quantityKey()
    Group,   ///< int: the index of the quantity, for shading alternate groups
    Plotted, ///< bool: this is the figure drawn
    Agrees,  ///< bool: the value is the plotted one, or consistent with it ("over 33,000")

    // AuditModel: the sources' claims checked against the data.
    ClaimId = Qt::UserRole + 300,
    VerdictKey,      ///< holds, differs, cannot_check, depends
    ReadingVerdicts, ///< QStringList of verdict keys, one per reading
    Locator,         ///< where in the source the claim is, in the current language
    ClaimKind,
    ObservationIds, ///< QVariantList of qint64: the figures the check used
    Missing,        ///< QStringList: the quantities the check needs that the data lack
    Url,            ///< the source's address, empty if unknown
    Citation,       ///< the full citation, in the current language
};

constexpr int roleId(DataRole r)
{
    return static_cast<int>(r);
}
