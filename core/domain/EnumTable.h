// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — enum ↔ stable text code ↔ label tables, written once.
#pragma once

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
