// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/records.h"

#include <QString>
#include <QVariant>

#include <array>

/// The columns of `observations` a write fills, in one order, and a figure's value in each:
/// every engine's insert reads them from here (StoreEngine::insertFigures).
namespace FigureColumns {

enum class Type { Text, Integer };

struct Column
{
    const char* name;
    Type type;
};

constexpr int Count = 17;

const std::array<Column, Count>& all();
/// "dataset, series, …" in that order.
QString names();
/// The figure's value in each column, `importId` in import_id. SQL NULL is a null QVariant or a
/// null string, as Qt binds them (isNull).
std::array<QVariant, Count> values(const Observation& o, const QVariant& importId);
/// Whether a value of values() is SQL NULL.
bool isNull(const QVariant& v);

} // namespace FigureColumns
