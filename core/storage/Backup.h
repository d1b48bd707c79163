// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — backups of the records (with every stored file, which live in the database) and their
// restore: one compressed file with a manifest of hashes.
#pragma once

#include "Result.h"
#include "storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>

namespace gw {

class Database;

/// What a backup file says about itself (its first two lines; the compressed snapshot follows).
struct BackupManifest
{
    int format = 1;
    QString engine;        ///< "sqlite" (a database file) or "postgresql" (pg_dump's custom format)
    int schemaVersion = 0;
    qint64 createdAtMs = 0;
    QString payloadSha256; ///< of the snapshot before compression
    qint64 payloadSize = 0;
    qint64 archiveFiles = 0;      ///< how many stored archive files the snapshot holds
    QString archiveFilesDigest;   ///< SHA-256 over their SHA-256s in order
    qint64 auditEntries = 0;

    QByteArray toJson() const;
    static Result<BackupManifest> fromJson(const QByteArray &json);
};

/// Reports progress (bytes done, bytes in all) and returns false to stop.
using BackupProgress = std::function<bool(qint64 done, qint64 total)>;

class Backup final
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
public:
    /// Writes a consistent snapshot of `db` to `file` (SQLite: VACUUM INTO while others keep working;
    /// PostgreSQL: pg_dump), compressed, behind its manifest. The file appears only when complete.
    static Result<BackupManifest> make(const Database &db, const QString &file, const BackupProgress &going = {});
    /// Reads a backup's manifest without restoring it.
    static Result<BackupManifest> manifest(const QString &file);
    /// Restores `file` into `target`: refused when the target holds records and `force` is not given,
    /// and when the snapshot does not match its manifest (nothing is then changed). Afterwards every
    /// stored archive file is checked against its digests and the set against the manifest.
    static Status restore(const QString &file, const DatabaseUrl &target, bool force, const BackupProgress &going = {});
    /// The stored archive files of `db`: how many, and the digest over their SHA-256s.
    static Result<QPair<qint64, QString>> archiveFilesDigest(const Database &db);
    /// Every stored archive file hashed again; the first whose bytes do not match its SHA-256, if any.
    static Result<QString> firstDamagedFile(const Database &db);
};

/// A workstation's backup folder: gongwen-YYYYMMDD-HHMMSS.gwbackup files, the newest kept.
class BackupFolder final
{
public:
    static QString fileName(const QDateTime &at);
    /// When the newest backup in `folder` was made (by its name), or an invalid time when there is none.
    static QDateTime newest(const QString &folder);
    /// Removes all but the newest `keep` backups in `folder`; the names removed.
    static QStringList prune(const QString &folder, int keep = 10);
    /// Whether a backup is due at `now`, `hours` apart (0: never automatically).
    static bool due(const QDateTime &last, const QDateTime &now, int hours);
};

} // namespace gw
