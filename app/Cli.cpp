// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — headless subcommands.
#include "Cli.h"

#include "security/AuditLog.h"
#include "services/DemoSeeder.h"
#include "services/Workspace.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace gw::cli {
namespace {
QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}
QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

Result<DatabaseUrl> urlFrom(const QString &text)
{
    return text.isEmpty() ? Result<DatabaseUrl>(DatabaseUrl::defaultLocal()) : DatabaseUrl::parse(text);
}
} // namespace

int verify(const QString &databaseUrl)
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

} // namespace gw::cli
