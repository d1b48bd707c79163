// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — what every headless subcommand prints to and how it reads a database address.
#pragma once

#include "Result.h"
#include "storage/DatabaseUrl.h"

#include <QTextStream>

namespace gw::cli {

inline QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

inline QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

/// The address given, or this account's own database when none is.
inline Result<DatabaseUrl> urlFrom(const QString &text)
{
    return text.isEmpty() ? Result<DatabaseUrl>(DatabaseUrl::defaultLocal()) : DatabaseUrl::parse(text);
}

} // namespace gw::cli
