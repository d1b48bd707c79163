// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — where the records live.
#include "storage/DatabaseUrl.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace gw {

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return makeError(ErrorCode::Validation, tr("No database address was given."));

    if (t.startsWith(QLatin1String("sqlite://"))) {
        const QString path = t.mid(int(qstrlen("sqlite://")));
        if (path.isEmpty())
            return makeError(ErrorCode::Validation, tr("The SQLite address names no file: %1").arg(t));
        return sqliteFile(path);
    }
    if (t.startsWith(QLatin1String("postgresql://")) || t.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(t, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return makeError(ErrorCode::Validation, tr("The PostgreSQL address is not valid: %1").arg(t));
        DatabaseUrl u;
        u.backend = Backend::Postgres;
        u.host = url.host();
        u.port = url.port(5432);
        u.user = url.userName();
        if (!url.password().isEmpty())
            return makeError(ErrorCode::Validation,
                             tr("Do not put the password in the database address: every user of this computer "
                                "could read it in the process list. Put it in ~/.pgpass (or the file PGPASSFILE "
                                "names), or leave it out and you will be asked for it."));
        u.dbName = url.path().mid(1);
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems()) {
            if (key != QLatin1String("sslmode"))
                return makeError(ErrorCode::Validation,
                                 tr("The PostgreSQL address has an unknown option “%1”; only sslmode is "
                                    "understood.")
                                     .arg(key));
            static const QStringList modes{QStringLiteral("disable"), QStringLiteral("allow"),
                                           QStringLiteral("prefer"),  QStringLiteral("require"),
                                           QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
            if (!modes.contains(value))
                return makeError(ErrorCode::Validation,
                                 tr("sslmode “%1” is not one of %2.").arg(value, modes.join(QStringLiteral(", "))));
            u.sslMode = value;
        }
        if (u.dbName.isEmpty())
            return makeError(ErrorCode::Validation,
                             tr("The PostgreSQL address names no database: %1").arg(displayStringOf(u)));
        return u;
    }
    if (t.contains(QLatin1String("://")))
        return makeError(ErrorCode::Validation,
                         tr("Unknown kind of database address: %1. Use sqlite:///path/file.db or "
                            "postgresql://user@host:port/database.")
                             .arg(t));
    return sqliteFile(t);
}

DatabaseUrl DatabaseUrl::defaultLocal()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return sqliteFile(QDir(dir).filePath(QStringLiteral("gongwen.db")));
}

DatabaseUrl DatabaseUrl::sqliteFile(const QString &path)
{
    DatabaseUrl u;
    u.backend = Backend::Sqlite;
    u.path = QDir::cleanPath(QDir::current().absoluteFilePath(path));
    return u;
}

QString DatabaseUrl::displayStringOf(const DatabaseUrl &u)
{
    if (u.backend == Backend::Sqlite)
        return QStringLiteral("sqlite://") + u.path;
    QString s = QStringLiteral("postgresql://");
    if (!u.user.isEmpty())
        s += u.user + QLatin1Char('@');
    s += u.host + QLatin1Char(':') + QString::number(u.port) + QLatin1Char('/') + u.dbName;
    if (u.sslMode != QLatin1String("prefer"))
        s += QStringLiteral("?sslmode=") + u.sslMode;
    return s;
}

QString DatabaseUrl::displayString() const
{
    return displayStringOf(*this);
}

} // namespace gw
