// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — where the records live: a SQLite file or a PostgreSQL server.
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace gw {

enum class Backend
{
    Sqlite,
    Postgres
};

/// A parsed database address: `sqlite:///path/file.db` or
/// `postgresql://user@host:port/db[?sslmode=require]`. A password is never part of an address (it
/// would show in every user's process list): libpq reads it from ~/.pgpass or PGPASSFILE, else the
/// workstation asks for it and sets `password`.
struct DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)
public:
    Backend backend = Backend::Sqlite;
    QString path; ///< SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString password; ///< asked for, never parsed from the address
    QString dbName;
    QString sslMode = QStringLiteral("prefer"); ///< libpq's sslmode; offices should use require

    static Result<DatabaseUrl> parse(const QString &text);
    /// The default: a SQLite file in the user's data folder.
    static DatabaseUrl defaultLocal();
    static DatabaseUrl sqliteFile(const QString &path);
    /// The address as it can be shown (password left out).
    QString displayString() const;

private:
    static QString displayStringOf(const DatabaseUrl &u);
};

} // namespace gw
