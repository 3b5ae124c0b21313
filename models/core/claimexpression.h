// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

struct Vocabulary;

/// One quantity of the dataset: what observations.csv calls dataset, series, region and period.
struct QuantityRef
{
    QString dataset;
    QString series;
    QString region;
    QString period; ///< a period code as in observations.csv

    /// The same key as Observation::quantityKey().
    QString key() const
    {
        return dataset + QLatin1Char('|') + series + QLatin1Char('|') + period + QLatin1Char('|') +
               region;
    }
    bool operator==(const QuantityRef& o) const { return key() == o.key(); }
};

/// A node of a parsed check expression (see docs/DATA-FORMAT.md, "claims.csv").
struct ClaimExpression
{
    enum class Type {
        Number, ///< a literal; `percent` when written with %, `tolerance` from its digits or ±
        Value,  ///< v(dataset,series,region,period): one figure
        Sum,    ///< sum(dataset,series,region,periods…)
        Min,    ///< min(…): the lowest of the figures
        Max,    ///< max(…): the highest of the figures
        Part,   ///< part(e): an unpublished part of e, known only to lie between 0 and e
        Change, ///< change(a, b) = a / b − 1
        Add,
        Subtract,
        Multiply,
        Divide,
        Negate,
    };

    Type type = Type::Number;
    double number = 0;              ///< Number: the value (a percentage already divided by 100)
    bool percent = false;           ///< Number: written with %
    double tolerance = 0;           ///< Number: half the last written digit, or the explicit ±
    bool explicitTolerance = false; ///< Number: written with ± (only allowed right of a test)
    QString literal;                ///< Number: as written
    QList<QuantityRef> refs;        ///< Value: one; Sum, Min, Max: every period, ranges expanded
    QStringList periodItems;        ///< Sum, Min, Max: the periods as written ("1999..2020")
    std::vector<ClaimExpression> args;

    bool isAggregate() const { return type == Type::Sum || type == Type::Min || type == Type::Max; }
};

/// One comparison: `lhs op rhs`.
struct ClaimTest
{
    enum class Op { Equal, Less, LessEqual, Greater, GreaterEqual };
    ClaimExpression lhs;
    Op op = Op::Equal;
    ClaimExpression rhs;
};

/// One reading of a claim: all its tests must hold.
struct ClaimReading
{
    QString label; ///< empty when the claim has a single reading
    std::vector<ClaimTest> tests;
};

/// A parsed check: one or more readings, each judged on its own.
struct ClaimCheck
{
    QList<ClaimReading> readings;
};

/// Parses the check column of claims.csv. Strict: anything it does not understand is an error
/// with the column where it happened.
class ClaimParser
{
    Q_DECLARE_TR_FUNCTIONS(ClaimParser)

public:
    /// The fixed reading labels; besides these, `to:PERIOD` and `vs:PERIOD` are accepted.
    static const QStringList& readingLabels();

    /// vocabulary may be null (no check of dataset, series and region names).
    static bool parse(const QString& text, ClaimCheck* out, QString* error,
                      const Vocabulary* vocabulary = nullptr);

    /// Every period a range `from..to` covers, in order; empty when the range is invalid.
    static QStringList expandRange(const QString& from, const QString& to);
};
