// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — one open connection to the records.
#include "storage/Database.h"

#include "storage/FilesystemCheck.h"
#include "storage/Migrations.h"
#include "storage/PrivateFiles.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlField>
#include <QSqlRecord>

namespace gw {
namespace {
QAtomicInt g_connectionCounter;
// The advisory lock every PostgreSQL write transaction (and so every migration) takes.
constexpr int kWriterLockKey = 770411;

int sqliteCode(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xFF) : -1;
}
} // namespace

Database::Database(DatabaseUrl url, QString connectionName)
    : m_url(std::move(url)), m_connectionName(std::move(connectionName))
{
}

struct Database::Cached
{
    QSqlQuery query;
    bool busy = false;
};

Database::~Database()
{
    m_cached.clear(); // prepared statements go before their connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (m_inTransaction)
                rollback();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl &url, const Options &options)
{
    const QString name = QStringLiteral("gongwen-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> self(new Database(url, name));

    if (url.backend == Backend::Sqlite) {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
            return makeError(ErrorCode::Unsupported,
                             tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)."));
        if (isNetworkFilesystemMagic(filesystemMagicOf(url.path)))
            return makeError(ErrorCode::Unsupported,
                             tr("%1 is on a network drive. SQLite files must stay on a local disk, because "
                                "network drives do not keep its locks and records can be lost. Offices that "
                                "share records between workstations use a PostgreSQL server: start with "
                                "--database postgresql://user@host:port/database.")
                                 .arg(QDir::toNativeSeparators(url.path)));
        // A connection that only reads (a count on its own thread) never makes a database.
        if (!options.mayCreate && !QFileInfo::exists(url.path))
            return makeError(ErrorCode::Storage,
                             tr("There is no database at %1.").arg(QDir::toNativeSeparators(url.path)));
        // The records are for their owner's eyes only: the folder made here 0700, the file and its
        // WAL and shared-memory files 0600 (SQLite gives those the main file's mode), an existing
        // looser file tightened and said so.
        if (auto st = privatefiles::ensureFolder(QFileInfo(url.path).absolutePath()); !st)
            return st.error();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            auto tightened = privatefiles::tighten(url.path + suffix);
            if (!tightened) { // a file of someone else's, or a disk without permissions: said, not fatal
                self->m_notices.append(tightened.error().message);
                continue;
            }
            if (tightened.value())
                self->m_notices.append(tr("%1 could be read by other users of this computer; it is now "
                                          "readable by its owner only.")
                                           .arg(QDir::toNativeSeparators(url.path + suffix)));
        }
        if (auto st = privatefiles::createEmpty(url.path); !st)
            return st.error();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        if (!db.open())
            return makeError(ErrorCode::Storage,
                             tr("Cannot open the database file %1: %2")
                                 .arg(QDir::toNativeSeparators(url.path), db.lastError().text()));
        if (auto st = self->configureSqlite(options.busyTimeoutMs); !st)
            return st.error();
    } else {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return makeError(ErrorCode::Unsupported,
                             tr("The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql)."));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setDatabaseName(url.dbName);
        db.setUserName(url.user);
        db.setPassword(url.password);
        db.setConnectOptions(QStringLiteral("connect_timeout=10;sslmode=%1").arg(url.sslMode));
        if (!db.open()) {
            const QString why = db.lastError().text().trimmed();
            // libpq found no password (none in ~/.pgpass) or a wrong one: the caller may ask for it.
            if (why.contains(QLatin1String("password"), Qt::CaseInsensitive))
                return makeError(ErrorCode::Auth, tr("The database server %1 asks for a password: %2")
                                                      .arg(url.displayString(), why));
            return makeError(ErrorCode::Storage,
                             tr("Cannot connect to the database server %1: %2")
                                 .arg(url.displayString(), why));
        }
        // A workstation that hangs while writing must not freeze the others: waits for a lock end
        // after the busy timeout, and a transaction left idle is ended by the server.
        const QString settings[] = {
            QStringLiteral("SET client_encoding TO 'UTF8'"),
            QStringLiteral("SET lock_timeout = %1").arg(options.busyTimeoutMs),
            QStringLiteral("SET idle_in_transaction_session_timeout = 300000"),
        };
        for (const QString &sql : settings) {
            if (auto r = self->run(sql); !r)
                return r.error();
        }
    }

    if (options.migrate) {
        if (auto st = Migrations::migrate(*self, options.targetVersion); !st)
            return st.error();
    }
    return self;
}

Status Database::configureSqlite(int busyTimeoutMs)
{
    auto mode = run(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!mode)
        return mode.error();
    if (!mode.value().next() ||
        mode.value().value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return makeError(ErrorCode::Unsupported,
                         tr("The database file %1 cannot use write-ahead logging; it may be on a read-only "
                            "or unsuitable disk.")
                             .arg(QDir::toNativeSeparators(m_url.path)));
    const QString pragmas[] = {
        QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA busy_timeout=%1").arg(busyTimeoutMs),
    };
    for (const QString &p : pragmas) {
        if (auto r = run(p); !r)
            return r.error();
    }
    return {};
}

Status Database::begin()
{
    if (m_inTransaction)
        return makeError(ErrorCode::Storage, tr("Internal error: a transaction is already open."));
    auto r =
        run(m_url.backend == Backend::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    if (!r)
        return r.error();
    m_inTransaction = true;
    if (m_url.backend == Backend::Postgres) {
        // One writer at a time, as SQLite's BEGIN IMMEDIATE gives: the checks that decide a write
        // (versions, the last administrator, cycles, sequences) then read what no one else is changing.
        if (auto lock = run(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriterLockKey)); !lock) {
            rollback();
            return lock.error();
        }
    }
    return {};
}

Status Database::beginRead()
{
    if (m_inTransaction)
        return makeError(ErrorCode::Storage, tr("Internal error: a transaction is already open."));
    auto r = run(m_url.backend == Backend::Sqlite
                     ? QStringLiteral("BEGIN")
                     : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    if (!r)
        return r.error();
    m_inTransaction = true;
    return {};
}

Status Database::commit()
{
    if (!m_inTransaction)
        return makeError(ErrorCode::Storage, tr("Internal error: no transaction to commit."));
    auto r = run(QStringLiteral("COMMIT"));
    if (!r) {
        rollback();
        return r.error();
    }
    m_inTransaction = false;
    return {};
}

void Database::rollback()
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    QSqlQuery q(connection());
    q.exec(QStringLiteral("ROLLBACK"));
}

Result<QSqlQuery> Database::prepare(const QString &sql) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return errorFrom(q.lastError());
    return q;
}

Status Database::runCached(const QString &sql, const QVariantList &binds,
                           const std::function<Status(QSqlQuery &)> &read) const
{
    std::unique_ptr<Cached> &slot = m_cached[sql];
    if (slot && slot->busy) { // the same statement, nested: one of its own
        auto q = run(sql, binds);
        if (!q)
            return q.error();
        return read ? read(q.value()) : Status{};
    }
    if (!slot) {
        auto q = prepare(sql);
        if (!q) {
            m_cached.erase(sql);
            return q.error();
        }
        slot = std::make_unique<Cached>(Cached{std::move(q.value()), false});
    }
    Cached &c = *slot;
    c.busy = true;
    Status st = execPrepared(c.query, binds);
    if (st && read)
        st = read(c.query);
    c.query.finish();
    c.busy = false;
    return st;
}

Status Database::execPrepared(QSqlQuery &query, const QVariantList &binds) const
{
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        // An empty QString value is text, not NULL; NULL is bound as a typed null QVariant.
        if (v.metaType().id() == QMetaType::QString && !v.isNull() && v.toString().isNull())
            query.bindValue(i, QString(QLatin1String("")));
        else
            query.bindValue(i, v);
    }
    if (!query.exec())
        return errorFrom(query.lastError());
    return {};
}

Status Database::exec(const QString &sql, const QVariantList &binds) const
{
    // Nobody keeps the rows of an exec(): its statement is prepared once and reused.
    if (!binds.isEmpty())
        return runCached(sql, binds);
    auto q = run(sql, binds);
    if (!q)
        return q.error();
    return {};
}

Result<QSqlQuery> Database::run(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (binds.isEmpty()) {
        if (!q.exec(sql))
            return errorFrom(q.lastError());
        return q;
    }
    if (!q.prepare(sql))
        return errorFrom(q.lastError());
    if (auto st = execPrepared(q, binds); !st)
        return st.error();
    return q;
}

Error Database::errorFrom(const QSqlError &e) const
{
    const QString detail = e.text().trimmed();
    if (m_url.backend == Backend::Sqlite) {
        switch (sqliteCode(e)) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            return makeError(ErrorCode::Busy, tr("The database is in use by another workstation or program. "
                                                 "Nothing was saved; please try again in a moment."));
        case 13: // SQLITE_FULL
            return makeError(ErrorCode::Storage,
                             tr("The disk holding the database is full. Nothing was saved; free some space "
                                "and try again."));
        case 8: // SQLITE_READONLY
            return makeError(ErrorCode::Storage, tr("The database file is read-only. Nothing was saved."));
        case 10: // SQLITE_IOERR
            return makeError(
                ErrorCode::Storage,
                tr("The disk could not be read or written (%1). Nothing was saved.").arg(detail));
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            return makeError(ErrorCode::Unsupported,
                             tr("The file is damaged or is not a Gongwen Desk database (%1).").arg(detail));
        default:
            break;
        }
    } else {
        const QString state = e.nativeErrorCode();
        if (state == QLatin1String("40001") || state == QLatin1String("40P01") ||
            state == QLatin1String("55P03"))
            return makeError(ErrorCode::Busy, tr("The database is busy with another workstation's change. "
                                                 "Nothing was saved; please try again."));
        if (state == QLatin1String("53100"))
            return makeError(ErrorCode::Storage,
                             tr("The database server's disk is full. Nothing was saved."));
        if (e.type() == QSqlError::ConnectionError || state.startsWith(QLatin1String("08")))
            return makeError(
                ErrorCode::Storage,
                tr("The connection to the database server was lost (%1). Nothing was saved.").arg(detail));
    }
    return makeError(ErrorCode::Storage, tr("The database reported an error: %1").arg(detail));
}

QString Database::likeContaining(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped += QLatin1Char('%');
    for (QChar c : text) {
        if (c == QLatin1Char('!') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('!');
        escaped += c;
    }
    escaped += QLatin1Char('%');
    return escaped;
}

QString Database::likeAny(const QStringList &columns)
{
    QStringList terms;
    for (const QString &c : columns)
        terms.append(c + QStringLiteral(" LIKE ? ESCAPE '!'")); // no backslash: its meaning in a
                                                                  // PostgreSQL literal depends on a setting
    return QLatin1Char('(') + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

QString Database::forUpdate() const
{
    return m_url.backend == Backend::Postgres ? QStringLiteral(" FOR UPDATE") : QString();
}

QString Database::idColumnType() const
{
    return m_url.backend == Backend::Postgres ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                                              : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
}

QString Database::blobColumnType() const
{
    return m_url.backend == Backend::Postgres ? QStringLiteral("BYTEA") : QStringLiteral("BLOB");
}

int Database::schemaVersion() const
{
    return Migrations::currentVersion(*this);
}

QStringList Database::schemaDescription() const
{
    QStringList out;
    QSqlDatabase db = connection();
    for (const QString &table : db.tables(QSql::Tables)) {
        if (table.startsWith(QLatin1String("sqlite_")))
            continue;
        const QSqlRecord rec = db.record(table);
        for (int i = 0; i < rec.count(); ++i)
            out.append(table + QLatin1Char('.') + rec.fieldName(i) + QLatin1Char(' ') +
                       QString::fromLatin1(rec.field(i).metaType().name()));
    }
    out.sort();
    return out;
}

} // namespace gw
