// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — one open connection to the records, with the engine's settings applied.
#pragma once

#include "Result.h"
#include "storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <memory>
#include <unordered_map>

class QSqlError;

namespace gw {

/// An open database. SQLite connections run in WAL mode with synchronous=FULL, foreign keys on and a
/// busy timeout; every write transaction begins IMMEDIATE. Not shared between threads.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    struct Options
    {
        bool migrate = true;    ///< bring the schema up to date on open
        int targetVersion = -1; ///< migrate only this far (tests of upgrades); -1: the latest
        int busyTimeoutMs = 15000;
        bool mayCreate = true;  ///< false: an SQLite file that is not there is an error, not a new database
    };

    static Result<std::unique_ptr<Database>> open(const DatabaseUrl &url, const Options &options);
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl &url) { return open(url, Options{}); }
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    Backend backend() const { return m_url.backend; }
    const DatabaseUrl &url() const { return m_url; }
    QSqlDatabase connection() const;

    /// Begins a write transaction (BEGIN IMMEDIATE on SQLite). Prefer WriteTransaction.
    Status begin();
    /// Begins a read-only snapshot: every read until commit() or rollback() sees the same state.
    Status beginRead();
    Status commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    /// Prepares, binds positionally and runs one statement.
    Result<QSqlQuery> run(const QString &sql, const QVariantList &binds = {}) const;
    /// Runs one statement whose rows, if any, are not wanted: only whether it worked.
    Status exec(const QString &sql, const QVariantList &binds = {}) const;
    Result<QSqlQuery> prepare(const QString &sql) const;
    /// Runs a statement prepared once on this connection and kept for the next call with the same
    /// text: for the statements a long write repeats per row. `read`, if given, takes what it needs
    /// from the result before this returns (the query is reused afterwards). A call made while the
    /// same statement is being read (nested) runs a statement of its own.
    Status runCached(const QString &sql, const QVariantList &binds,
                     const std::function<Status(QSqlQuery &)> &read = {}) const;
    Status execPrepared(QSqlQuery &query, const QVariantList &binds) const;

    /// Translates a driver error into a message for the user.
    Error errorFrom(const QSqlError &error) const;

    /// A LIKE pattern that finds `text` anywhere in a column, its %, _ and ! taken as themselves.
    static QString likeContaining(const QString &text);
    /// "(a LIKE ? ESCAPE '!' OR b LIKE ? ESCAPE '!')" over `columns`: one bind of likeContaining() a
    /// column. The same on SQLite and PostgreSQL, whatever standard_conforming_strings says.
    static QString likeAny(const QStringList &columns);

    /// " FOR UPDATE" where the engine locks rows that way, else empty.
    QString forUpdate() const;
    /// The column type for an auto-numbered primary key.
    QString idColumnType() const;
    /// The column type for byte strings (PDF files).
    QString blobColumnType() const;

    /// What opening found and put right that the user should know (a file others could read).
    const QStringList &notices() const { return m_notices; }

    int schemaVersion() const;
    /// Tables and columns with their types, sorted: compares schemas made by different paths.
    QStringList schemaDescription() const;

private:
    explicit Database(DatabaseUrl url, QString connectionName);
    Status configureSqlite(int busyTimeoutMs);

    struct Cached;
    DatabaseUrl m_url;
    QString m_connectionName;
    mutable std::unordered_map<QString, std::unique_ptr<Cached>> m_cached;
    bool m_inTransaction = false;
    QStringList m_notices;
};

/// A write transaction that rolls back unless committed.
class WriteTransaction final
{
public:
    explicit WriteTransaction(Database &db) : m_db(db), m_status(db.begin()) {}
    ~WriteTransaction()
    {
        if (m_status.ok() && !m_done)
            m_db.rollback();
    }
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    const Status &status() const { return m_status; }
    Status commit()
    {
        m_done = true;
        return m_db.commit();
    }

private:
    Database &m_db;
    Status m_status;
    bool m_done = false;
};

} // namespace gw
