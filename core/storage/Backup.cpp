// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — backup files: magic line, manifest line, gzip stream of the snapshot.
#include "storage/Backup.h"

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/PrivateFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <zlib.h>

#include <algorithm>

namespace gw {
namespace {
constexpr char kMagic[] = "GONGWEN-BACKUP 1\n";
constexpr qint64 kChunk = 1 << 20;

/// libpq's key=value connection string for `url` (the password goes in the environment).
QString conninfo(const DatabaseUrl &url)
{
    return QStringLiteral("host=%1 port=%2 user=%3 dbname=%4 sslmode=%5")
        .arg(url.host)
        .arg(url.port)
        .arg(url.user, url.dbName, url.sslMode);
}

Status runTool(const QString &program, const QStringList &args, const DatabaseUrl &url)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!url.password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), url.password);
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted(30000))
        return makeError(ErrorCode::Unsupported, Backup::tr("%1 could not be started; install the PostgreSQL client "
                                                            "(package postgresql-client-15).")
                                                     .arg(program));
    p.waitForFinished(-1);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return makeError(ErrorCode::Storage, Backup::tr("%1 failed: %2")
                                                 .arg(program, QString::fromLocal8Bit(p.readAllStandardError()).trimmed()));
    return {};
}

Result<QString> sha256OfFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Storage, Backup::tr("%1 cannot be read.").arg(path));
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return makeError(ErrorCode::Storage, Backup::tr("%1 cannot be read.").arg(path));
    return QString::fromLatin1(h.result().toHex());
}

Status gzipInto(QIODevice &out, const QString &inPath, const BackupProgress &going)
{
    QFile in(inPath);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Storage, Backup::tr("%1 cannot be read.").arg(inPath));
    z_stream z{};
    // The fastest level: a backup is written while people work, and its size matters less than its time.
    if (deflateInit2(&z, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return makeError(ErrorCode::Storage, Backup::tr("The compressor could not be started."));
    QByteArray buffer(kChunk, Qt::Uninitialized);
    const qint64 total = in.size();
    qint64 done = 0;
    Status st;
    for (bool last = false; !last && st.ok();) {
        const QByteArray chunk = in.read(kChunk);
        last = in.atEnd() || chunk.isEmpty();
        done += chunk.size();
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(chunk.constData()));
        z.avail_in = uInt(chunk.size());
        do {
            z.next_out = reinterpret_cast<Bytef *>(buffer.data());
            z.avail_out = uInt(buffer.size());
            deflate(&z, last ? Z_FINISH : Z_NO_FLUSH);
            const qint64 n = buffer.size() - z.avail_out;
            if (out.write(buffer.constData(), n) != n)
                st = makeError(ErrorCode::Storage, Backup::tr("The backup could not be written: %1").arg(out.errorString()));
        } while (z.avail_out == 0 && st.ok());
        if (going && !going(done, total))
            st = makeError(ErrorCode::Validation, Backup::tr("The backup was stopped; no file was written."));
    }
    deflateEnd(&z);
    return st;
}

/// Inflates the rest of `in` into `outPath`, hashing what it writes.
Result<QString> gunzipTo(QFile &in, const QString &outPath, qint64 expectedSize, const BackupProgress &going)
{
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Storage, Backup::tr("%1 cannot be written.").arg(outPath));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    z_stream z{};
    if (inflateInit2(&z, 15 + 16) != Z_OK)
        return makeError(ErrorCode::Storage, Backup::tr("The decompressor could not be started."));
    QCryptographicHash h(QCryptographicHash::Sha256);
    QByteArray buffer(kChunk, Qt::Uninitialized);
    qint64 written = 0;
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        const QByteArray chunk = in.read(kChunk);
        if (chunk.isEmpty())
            break;
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(chunk.constData()));
        z.avail_in = uInt(chunk.size());
        do {
            z.next_out = reinterpret_cast<Bytef *>(buffer.data());
            z.avail_out = uInt(buffer.size());
            rc = inflate(&z, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
                inflateEnd(&z);
                return makeError(ErrorCode::Validation, Backup::tr("The backup file is damaged; nothing was restored."));
            }
            const qint64 n = buffer.size() - z.avail_out;
            h.addData(QByteArrayView(buffer.constData(), n));
            written += n;
            if (written > expectedSize) { // more than the manifest says: not what was backed up
                inflateEnd(&z);
                return makeError(ErrorCode::Tampered,
                                 Backup::tr("The backup holds more than its manifest says; nothing was restored."));
            }
            if (out.write(buffer.constData(), n) != n) {
                inflateEnd(&z);
                return makeError(ErrorCode::Storage, Backup::tr("%1 cannot be written: %2").arg(outPath, out.errorString()));
            }
        } while (z.avail_out == 0 && rc != Z_STREAM_END);
        if (going && !going(written, expectedSize)) {
            inflateEnd(&z);
            return makeError(ErrorCode::Validation, Backup::tr("The restore was stopped; nothing was changed."));
        }
    }
    inflateEnd(&z);
    if (rc != Z_STREAM_END)
        return makeError(ErrorCode::Validation, Backup::tr("The backup file is cut short; nothing was restored."));
    if (!out.commit())
        return makeError(ErrorCode::Storage, Backup::tr("%1 cannot be written: %2").arg(outPath, out.errorString()));
    return QString::fromLatin1(h.result().toHex());
}

QString engineOf(Backend b)
{
    return b == Backend::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}
} // namespace

QByteArray BackupManifest::toJson() const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), format},
                                     {QStringLiteral("engine"), engine},
                                     {QStringLiteral("schema"), schemaVersion},
                                     {QStringLiteral("created"), createdAtMs},
                                     {QStringLiteral("sha256"), payloadSha256},
                                     {QStringLiteral("size"), payloadSize},
                                     {QStringLiteral("archive_files"), archiveFiles},
                                     {QStringLiteral("archive_digest"), archiveFilesDigest},
                                     {QStringLiteral("audit_entries"), auditEntries}})
        .toJson(QJsonDocument::Compact);
}

Result<BackupManifest> BackupManifest::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    BackupManifest m;
    m.format = o.value(QStringLiteral("format")).toInt();
    m.engine = o.value(QStringLiteral("engine")).toString();
    m.schemaVersion = o.value(QStringLiteral("schema")).toInt();
    m.createdAtMs = o.value(QStringLiteral("created")).toInteger();
    m.payloadSha256 = o.value(QStringLiteral("sha256")).toString();
    m.payloadSize = o.value(QStringLiteral("size")).toInteger();
    m.archiveFiles = o.value(QStringLiteral("archive_files")).toInteger();
    m.archiveFilesDigest = o.value(QStringLiteral("archive_digest")).toString();
    m.auditEntries = o.value(QStringLiteral("audit_entries")).toInteger();
    if (m.format != 1 || (m.engine != QLatin1String("sqlite") && m.engine != QLatin1String("postgresql")) ||
        m.payloadSha256.size() != 64)
        return makeError(ErrorCode::Unsupported, Backup::tr("This is not a Gongwen Desk backup this program can read."));
    return m;
}

Result<QPair<qint64, QString>> Backup::archiveFilesDigest(const Database &db)
{
    auto q = db.run(QStringLiteral("SELECT sha256 FROM archive_files ORDER BY sha256"));
    if (!q)
        return q.error();
    QCryptographicHash h(QCryptographicHash::Sha256);
    qint64 n = 0;
    while (q.value().next()) {
        h.addData(q.value().value(0).toString().toLatin1());
        ++n;
    }
    return QPair<qint64, QString>(n, QString::fromLatin1(h.result().toHex()));
}

Result<QString> Backup::firstDamagedFile(const Database &db)
{
    auto q = db.run(QStringLiteral("SELECT sha256, bytes FROM archive_files ORDER BY sha256"));
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QString sha = q.value().value(0).toString();
        if (QString::fromLatin1(QCryptographicHash::hash(q.value().value(1).toByteArray(), QCryptographicHash::Sha256)
                                    .toHex()) != sha)
            return sha;
    }
    return QString();
}

namespace {
/// The manifest's counts of a database: its archive files and their digest, its audit entries.
Status countInto(const Database &db, BackupManifest &m)
{
    auto files = Backup::archiveFilesDigest(db);
    if (!files)
        return files.error();
    m.archiveFiles = files.value().first;
    m.archiveFilesDigest = files.value().second;
    auto audit = db.run(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    if (!audit)
        return audit.error();
    m.auditEntries = audit.value().next() ? audit.value().value(0).toLongLong() : 0;
    return {};
}

Database::Options ownConnection()
{
    Database::Options own;
    own.migrate = false;
    own.mayCreate = false;
    return own;
}
/// Refused while another connection, of this program on any workstation or of another program, has the
/// SQLite file open: in WAL mode SQLite grants an exclusive lock only to a connection that is alone.
Status aloneWith(const QString &path)
{
    Database::Options probe = ownConnection();
    probe.busyTimeoutMs = 0;
    auto db = Database::open(DatabaseUrl::sqliteFile(path), probe);
    Status st = db ? db.value()->exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")) : Status(db.error());
    if (st)
        st = db.value()->exec(QStringLiteral("BEGIN EXCLUSIVE"));
    if (st)
        return db.value()->exec(QStringLiteral("ROLLBACK"));
    // A file that is not a database at all is no one's: --force restores over it.
    if (st.error().code != ErrorCode::Busy)
        return {};
    return makeError(ErrorCode::Busy, Backup::tr("%1 is open, in Gongwen Desk or another program, on this or another "
                                                 "workstation. Close it everywhere, then restore; nothing was restored.")
                                          .arg(path));
}
} // namespace

Result<BackupManifest> Backup::make(const Database &db, const QString &file, const BackupProgress &going)
{
    // The snapshot is made in a folder only this account can read, beside the backup (the same disk).
    QTemporaryDir work(QFileInfo(file).absolutePath() + QStringLiteral("/.gongwen-backup-XXXXXX"));
    if (!work.isValid())
        return makeError(ErrorCode::Storage, tr("%1 cannot be written.").arg(QFileInfo(file).absolutePath()));
    const QString snapshot = work.filePath(QStringLiteral("snapshot"));
    BackupManifest m;
    m.engine = engineOf(db.backend());
    m.schemaVersion = db.schemaVersion();
    m.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    if (db.backend() == Backend::Sqlite) {
        // VACUUM INTO on a connection of its own (the workstation's may have statements open); the
        // manifest is counted from the snapshot itself, so writes made meanwhile cannot make it wrong.
        auto conn = Database::open(db.url(), ownConnection());
        if (!conn)
            return conn.error();
        if (auto st = conn.value()->exec(QStringLiteral("VACUUM INTO ?"), {snapshot}); !st)
            return makeError(st.error().code, tr("The snapshot of the records could not be taken: %1").arg(st.error().message));
        auto taken = Database::open(DatabaseUrl::sqliteFile(snapshot), ownConnection());
        if (!taken)
            return taken.error();
        if (auto st = countInto(*taken.value(), m); !st)
            return st.error();
    } else {
        // pg_dump reads one snapshot; the counts are taken before and after it, and the dump made again
        // when another workstation wrote archive files or audit entries meanwhile.
        bool steady = false;
        for (int attempt = 0; attempt < 3 && !steady; ++attempt) {
            BackupManifest before = m;
            if (auto st = countInto(db, before); !st)
                return st.error();
            if (auto st = runTool(QStringLiteral("pg_dump"),
                                  {QStringLiteral("--format=custom"), QStringLiteral("--no-owner"),
                                   QStringLiteral("--file=") + snapshot, QStringLiteral("--dbname=") + conninfo(db.url())},
                                  db.url());
                !st)
                return makeError(st.error().code, tr("The snapshot of the records could not be taken: %1").arg(st.error().message));
            if (auto st = countInto(db, m); !st)
                return st.error();
            steady = before.archiveFilesDigest == m.archiveFilesDigest && before.auditEntries == m.auditEntries;
        }
        if (!steady)
            return makeError(ErrorCode::Busy, tr("The records kept changing while they were backed up; try again in a "
                                                 "quieter moment."));
    }
    auto sha = sha256OfFile(snapshot);
    if (!sha)
        return sha.error();
    m.payloadSha256 = sha.value();
    m.payloadSize = QFileInfo(snapshot).size();
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Storage, tr("%1 cannot be written: %2").arg(file, out.errorString()));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(kMagic);
    out.write(m.toJson() + '\n');
    if (const Status st = gzipInto(out, snapshot, going); !st) {
        out.cancelWriting();
        return st.error();
    }
    if (!out.commit())
        return makeError(ErrorCode::Storage, tr("%1 cannot be written: %2").arg(file, out.errorString()));
    (void)privatefiles::tighten(file);
    return m;
}

Result<BackupManifest> Backup::manifest(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, tr("%1 cannot be read.").arg(file));
    if (f.readLine(64) != QByteArray(kMagic))
        return makeError(ErrorCode::Unsupported, tr("%1 is not a Gongwen Desk backup.").arg(file));
    return BackupManifest::fromJson(f.readLine(1 << 16));
}

Status Backup::restore(const QString &file, const DatabaseUrl &target, bool force, const BackupProgress &going)
{
    auto m = manifest(file);
    if (!m)
        return m.error();
    if (m.value().engine != engineOf(target.backend))
        return makeError(ErrorCode::Unsupported, tr("This backup is of a %1 database; it is restored into one of the "
                                                    "same kind.")
                                                     .arg(m.value().engine));
    if (m.value().schemaVersion > Migrations::latestVersion())
        return makeError(ErrorCode::Unsupported, tr("This backup was made by a newer Gongwen Desk (schema version %1). "
                                                    "Install the newer program to restore it.")
                                                     .arg(m.value().schemaVersion));
    // A target that holds records is overwritten only when asked to.
    if (target.backend == Backend::Sqlite) {
        if (QFileInfo::exists(target.path) && QFileInfo(target.path).size() > 0 && !force)
            return makeError(ErrorCode::Conflict, tr("%1 exists; restoring over it needs --force.").arg(target.path));
    } else {
        Database::Options probe;
        probe.migrate = false;
        auto db = Database::open(target, probe);
        if (!db)
            return db.error();
        if (db.value()->connection().tables().contains(QStringLiteral("meta")) && !force)
            return makeError(ErrorCode::Conflict, tr("The database %1 holds records; restoring over it needs --force.")
                                                      .arg(target.displayString()));
    }
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, tr("%1 cannot be read.").arg(file));
    in.readLine(64);
    in.readLine(1 << 16);
    const QString staging = (target.backend == Backend::Sqlite ? target.path : file) + QStringLiteral(".restoring");
    auto sha = gunzipTo(in, staging, m.value().payloadSize, going);
    if (!sha) {
        QFile::remove(staging);
        return sha.error();
    }
    if (sha.value() != m.value().payloadSha256) {
        QFile::remove(staging);
        return makeError(ErrorCode::Tampered, tr("The backup does not match its manifest (SHA-256); nothing was restored."));
    }
    // The records as they will be, checked before anything is replaced: every archive file there and whole.
    const auto checkFiles = [&](const DatabaseUrl &url) -> Status {
        auto db = Database::open(url, ownConnection());
        if (!db)
            return db.error();
        auto files = archiveFilesDigest(*db.value());
        if (!files)
            return files.error();
        if (files.value().first != m.value().archiveFiles || files.value().second != m.value().archiveFilesDigest)
            return makeError(ErrorCode::Tampered, tr("The backup's records hold %1 archive files where its manifest lists "
                                                     "%2; nothing was restored.")
                                                      .arg(files.value().first)
                                                      .arg(m.value().archiveFiles));
        auto damaged = firstDamagedFile(*db.value());
        if (!damaged)
            return damaged.error();
        if (!damaged.value().isEmpty())
            return makeError(ErrorCode::Tampered,
                             tr("The archive file %1 in the backup does not match its digest.").arg(damaged.value()));
        return {};
    };
    if (target.backend == Backend::Sqlite) {
        if (auto st = checkFiles(DatabaseUrl::sqliteFile(staging)); !st) {
            QFile::remove(staging);
            return st;
        }
        if (QFileInfo::exists(target.path))
            if (auto st = aloneWith(target.path); !st) {
                QFile::remove(staging);
                return st;
            }
        // The records replaced are kept beside as …before-restore until the next restore.
        const QString before = target.path + QStringLiteral(".before-restore");
        for (const QString &side : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(before + side);
            if (QFileInfo::exists(target.path + side) && !QFile::rename(target.path + side, before + side)) {
                QFile::remove(staging);
                return makeError(ErrorCode::Storage, tr("%1 cannot be moved aside; nothing was restored.").arg(target.path));
            }
        }
        if (!QFile::rename(staging, target.path)) {
            for (const QString &side : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                if (QFileInfo::exists(before + side))
                    QFile::rename(before + side, target.path + side);
            QFile::remove(staging);
            return makeError(ErrorCode::Storage, tr("%1 cannot be written; the records are as they were.").arg(target.path));
        }
        return {};
    }
    const Status st = runTool(QStringLiteral("pg_restore"),
                              {QStringLiteral("--clean"), QStringLiteral("--if-exists"), QStringLiteral("--no-owner"),
                               QStringLiteral("--single-transaction"), QStringLiteral("--dbname=") + conninfo(target),
                               staging},
                              target);
    QFile::remove(staging);
    if (!st)
        return st;
    return checkFiles(target);
}

QString BackupFolder::fileName(const QDateTime &at)
{
    return QStringLiteral("gongwen-%1.gwbackup").arg(at.toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

namespace {
QStringList backupsIn(const QString &folder)
{
    QStringList names = QDir(folder).entryList({QStringLiteral("gongwen-*.gwbackup")}, QDir::Files, QDir::Name);
    names.erase(std::remove_if(names.begin(), names.end(),
                               [](const QString &n) {
                                   return !QDateTime::fromString(n.mid(8, 15), QStringLiteral("yyyyMMdd-HHmmss")).isValid();
                               }),
                names.end());
    return names; // oldest first: the names sort by time
}
} // namespace

QDateTime BackupFolder::newest(const QString &folder)
{
    const QStringList names = backupsIn(folder);
    return names.isEmpty() ? QDateTime() : QDateTime::fromString(names.last().mid(8, 15), QStringLiteral("yyyyMMdd-HHmmss"));
}

QStringList BackupFolder::prune(const QString &folder, int keep)
{
    QStringList names = backupsIn(folder);
    QStringList removed;
    while (names.size() > std::max(1, keep)) {
        const QString oldest = names.takeFirst();
        if (QFile::remove(QDir(folder).filePath(oldest)))
            removed << oldest;
    }
    return removed;
}

bool BackupFolder::due(const QDateTime &last, const QDateTime &now, int hours)
{
    if (hours <= 0)
        return false;
    return !last.isValid() || last.secsTo(now) >= qint64(hours) * 3600;
}

} // namespace gw
