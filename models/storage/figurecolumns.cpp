// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/figurecolumns.h"

#include "core/terms.h"

#include <QStringList>

namespace FigureColumns {

const std::array<Column, Count>& all()
{
    static const std::array<Column, Count> columns = {{
        {"dataset", Type::Text},
        {"series", Type::Text},
        {"period", Type::Text},
        {"region", Type::Text},
        {"value", Type::Integer},
        {"qualifier", Type::Text},
        {"unit", Type::Text},
        {"status", Type::Text},
        {"source_id", Type::Text},
        {"locator", Type::Text},
        {"note", Type::Text},
        {"note_ko", Type::Text},
        {"locator_ko", Type::Text},
        {"import_id", Type::Integer},
        {"value_to", Type::Integer},
        {"compiler", Type::Text},
        {"derived_from", Type::Text},
    }};
    return columns;
}

QString names()
{
    QStringList out;
    for (const Column& c : all())
        out << QLatin1String(c.name);
    return out.join(QStringLiteral(", "));
}

std::array<QVariant, Count> values(const Observation& o, const QVariant& importId)
{
    return {QVariant(Term::csvName(o.dataset)),
            QVariant(o.series),
            QVariant(o.period.code()),
            QVariant(o.region),
            QVariant(o.value),
            QVariant(Term::csvName(o.qualifier)),
            QVariant(Term::csvName(o.unit)),
            QVariant(Term::csvName(o.status)),
            QVariant(o.sourceId),
            QVariant(o.locator),
            QVariant(o.note),
            QVariant(QString(o.noteKo)),
            QVariant(QString(o.locatorKo)),
            importId,
            o.isRange() ? QVariant(o.valueTo) : QVariant(QMetaType::fromType<qint64>()),
            QVariant(o.compiler),
            QVariant(QString(o.derivedFrom))};
}

bool isNull(const QVariant& v)
{
    return v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isNull());
}

} // namespace FigureColumns
