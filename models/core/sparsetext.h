// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QExplicitlySharedDataPointer>
#include <QSharedData>
#include <QString>

/// A text most figures leave empty (a Korean note or locator, a formula): 8 bytes in each
/// figure and nothing more when empty, where a QString takes 24 (a 250,000-row import holds as
/// many figures, issue 23). Read as a QString; copies share the text.
class SparseText
{
public:
    SparseText() = default;
    SparseText(const QString& text) // NOLINT: read and written as the QString it stands for
        : m_text(text.isEmpty() ? nullptr : new Text{{}, text})
    {}
    operator QString() const { return m_text ? m_text->text : QString(); }
    QString toString() const { return *this; }
    bool isEmpty() const { return !m_text; }
    bool operator==(const SparseText& o) const { return toString() == o.toString(); }
    bool operator!=(const SparseText& o) const { return !(*this == o); }
    bool operator==(const QString& o) const { return toString() == o; }
    friend bool operator==(const QString& a, const SparseText& b) { return b == a; }

private:
    struct Text : QSharedData
    {
        QString text;
    };
    QExplicitlySharedDataPointer<Text> m_text;
};
Q_DECLARE_TYPEINFO(SparseText, Q_RELOCATABLE_TYPE);
