// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — headless subcommands.
#include "Cli.h"

#include "CliIo.h"

#include "security/AuditLog.h"
#include "services/AuditCheck.h"
#include "Settings.h"
#include "security/AuditSigner.h"
#include "services/DemoSeeder.h"
#include "services/Workspace.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "services/ArchiveService.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace gw::cli {

int verify(const QString &databaseUrl, const QString &publicKeyFile)
{
    auto url = urlFrom(databaseUrl);
    if (!url) {
        err() << url.error().message << Qt::endl;
        return 2;
    }
    if (url.value().backend == Backend::Sqlite && !QFileInfo::exists(url.value().path)) {
        err() << QCoreApplication::translate("Cli", "There is no database at %1.").arg(url.value().path)
              << Qt::endl;
        return 2;
    }
    Database::Options options;
    options.migrate = false; // verifying must not change the file
    auto db = Database::open(url.value(), options);
    if (!db) {
        err() << db.error().message << Qt::endl;
        return 2;
    }
    auto v = AuditLog::verify(*db.value());
    if (!v) {
        err() << v.error().message << Qt::endl;
        return 2;
    }
    if (!v.value().intact) {
        out() << QCoreApplication::translate("Cli", "Audit chain BROKEN at entry %1: %2")
                     .arg(v.value().firstBadSeq)
                     .arg(v.value().reason)
              << Qt::endl;
        return 1;
    }
    out() << QCoreApplication::translate("Cli", "Audit chain intact: entries 1 to %1 verified, last hash %2.")
                 .arg(v.value().entries)
                 .arg(v.value().headHash.left(16))
          << Qt::endl;
    const QString where = url.value().displayString();
    QByteArray trusted = AuditSigner::fromText(Settings::perDatabase(Settings::Key::AuditTrustedKeys, where).toString());
    if (!publicKeyFile.isEmpty()) {
        QFile f(publicKeyFile);
        if (!f.open(QIODevice::ReadOnly)) {
            err() << QCoreApplication::translate("Cli", "The public key file %1 cannot be read.").arg(publicKeyFile)
                  << Qt::endl;
            return 2;
        }
        trusted = AuditSigner::fromText(QString::fromLatin1(f.read(4096)));
        if (trusted.isEmpty()) {
            err() << QCoreApplication::translate("Cli", "%1 holds no auditor's public key.").arg(publicKeyFile)
                  << Qt::endl;
            return 2;
        }
    }
    auto cp = AuditCheck::checkpoint(*db.value(), trusted,
                                     Settings::perDatabase(Settings::Key::AuditSeenCheckpoints, where).toLongLong());
    if (!cp) {
        err() << cp.error().message << Qt::endl;
        return 2;
    }
    const bool checkpointFails = cp.value().outcome != CheckpointCheck::Outcome::Holds &&
                                 cp.value().outcome != CheckpointCheck::Outcome::NoKey &&
                                 cp.value().outcome != CheckpointCheck::Outcome::None;
    out() << (checkpointFails ? QCoreApplication::translate("Cli", "Checkpoint BROKEN: %1")
                              : QCoreApplication::translate("Cli", "Checkpoint: %1"))
                 .arg(cp.value().message)
          << Qt::endl;
    if (cp.value().forged > 0)
        out() << QCoreApplication::translate("Cli", "Checkpoint BROKEN: %n checkpoint(s) carry a signature that does not hold.", nullptr,
                                             cp.value().forged)
              << Qt::endl;
    auto rows = AuditCheck::compareRows(*db.value());
    if (!rows) {
        err() << rows.error().message << Qt::endl;
        return 2;
    }
    for (const RowFinding &f : rows.value())
        out() << QCoreApplication::translate("Cli", "Record CHANGED: %1").arg(f.message) << Qt::endl;
    if (!rows.value().isEmpty() || checkpointFails || cp.value().forged > 0)
        return 1;
    out() << QCoreApplication::translate("Cli", "Records match the audit: every audited row is as last recorded.")
          << Qt::endl;
    return 0;
}

int demo(const QString &databaseUrl)
{
    auto url = urlFrom(databaseUrl);
    if (!url) {
        err() << url.error().message << Qt::endl;
        return 2;
    }
    auto ws = Workspace::open(url.value());
    if (!ws) {
        err() << ws.error().message << Qt::endl;
        return 2;
    }
    if (auto st = DemoSeeder::seed(*ws.value()); !st) {
        err() << st.error().message << Qt::endl;
        return 1;
    }
    out() << QCoreApplication::translate("Cli", "Demo office written to %1. Every account's password is %2.")
                 .arg(url.value().displayString(), DemoSeeder::password())
          << Qt::endl;
    return 0;
}

int backup(const QString &databaseUrl, const QString &file)
{
    if (file.isEmpty()) {
        err() << QCoreApplication::translate("Cli", "Say where to write the backup: --to FILE.") << Qt::endl;
        return 2;
    }
    auto url = urlFrom(databaseUrl);
    if (!url) {
        err() << url.error().message << Qt::endl;
        return 2;
    }
    if (url.value().backend == Backend::Sqlite && !QFileInfo::exists(url.value().path)) {
        err() << QCoreApplication::translate("Cli", "There is no database at %1.").arg(url.value().path) << Qt::endl;
        return 2;
    }
    // The records as they are: a backup never brings the schema up to this program's version first (it
    // may be the one taken before an upgrade).
    Database::Options asIs;
    asIs.migrate = false;
    asIs.mayCreate = false;
    auto db = Database::open(url.value(), asIs);
    if (!db) {
        err() << db.error().message << Qt::endl;
        return 2;
    }
    Result<BackupManifest> made = makeError(ErrorCode::Storage, QString());
    if (db.value()->schemaVersion() == Migrations::latestVersion()) {
        db.value().reset();
        auto ws = Workspace::open(url.value());
        if (!ws) {
            err() << ws.error().message << Qt::endl;
            return 2;
        }
        made = ws.value()->archive().backupByProgram(file);
    } else {
        made = Backup::make(*db.value(), file);
        if (made)
            out() << QCoreApplication::translate("Cli", "The records are of an earlier version (%1); the backup is not "
                                                        "recorded in them.")
                         .arg(db.value()->schemaVersion())
                  << Qt::endl;
    }
    if (!made) {
        err() << made.error().message << Qt::endl;
        return 2;
    }
    out() << QCoreApplication::translate("Cli", "Backup written to %1: %2 bytes of records, %3 archive files, SHA-256 %4.")
                 .arg(file)
                 .arg(made.value().payloadSize)
                 .arg(made.value().archiveFiles)
                 .arg(made.value().payloadSha256.left(16))
          << Qt::endl;
    return 0;
}

int restore(const QString &file, const QString &databaseUrl, bool force)
{
    if (file.isEmpty()) {
        err() << QCoreApplication::translate("Cli", "Say which backup to restore: --from FILE.") << Qt::endl;
        return 2;
    }
    auto url = urlFrom(databaseUrl);
    if (!url) {
        err() << url.error().message << Qt::endl;
        return 2;
    }
    if (auto st = Backup::restore(file, url.value(), force); !st) {
        err() << st.error().message << Qt::endl;
        return 2;
    }
    out() << QCoreApplication::translate("Cli", "Backup %1 restored into %2; every archive file matches its digest.")
                 .arg(file, url.value().displayString())
          << Qt::endl;
    return verify(url.value().displayString());
}

} // namespace gw::cli
