// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — enum ↔ stable text code ↔ label tables, written once: the one pattern for every
// enumeration that is stored or shown (a table of Entry rows, and code(), label(), fromCode()).
#pragma once

#include <QCoreApplication>
#include <QLatin1String>
#include <QList>
#include <QString>

#include <cstddef>
#include <optional>

namespace gw::enumtable {

/// One row: the value, its stored code, and its label (a QT_TRANSLATE_NOOP source text).
template <typename E> struct Entry
{
    E value;
    const char *code;
    const char *label;
};

template <typename E, std::size_t N> QList<E> values(const Entry<E> (&table)[N])
{
    QList<E> out;
    for (const auto &e : table)
        out.append(e.value);
    return out;
}

/// The row of `value`; tables list their enum's values in declaration order.
template <typename E, std::size_t N> const Entry<E> &entry(const Entry<E> (&table)[N], E value)
{
    return table[static_cast<std::size_t>(value)];
}

/// The row of `value`, looked up (tables need not follow the enum's order).
template <typename E, std::size_t N> const Entry<E> &find(const Entry<E> (&table)[N], E value)
{
    for (const auto &e : table) {
        if (e.value == value)
            return e;
    }
    return table[0];
}

/// The stored code of `value`.
template <typename E, std::size_t N> QString code(const Entry<E> (&table)[N], E value)
{
    return QString::fromLatin1(find(table, value).code);
}

/// The label of `value` in the user's language; `context` is the QT_TRANSLATE_NOOP context of the table.
template <typename E, std::size_t N> QString label(const Entry<E> (&table)[N], const char *context, E value)
{
    return QCoreApplication::translate(context, find(table, value).label);
}

template <typename E, std::size_t N>
std::optional<E> fromCode(const Entry<E> (&table)[N], const QString &code)
{
    for (const auto &e : table) {
        if (code == QLatin1String(e.code))
            return e.value;
    }
    return std::nullopt;
}

} // namespace gw::enumtable
