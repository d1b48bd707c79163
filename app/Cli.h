// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — headless subcommands for administrators and scripts.
#pragma once

#include <QString>

namespace gw::cli {

/// `gongwen verify`: walks the audit chain, checks it against the newest checkpoint signed with the
/// auditor's key (the one pinned on this workstation, or the one in `publicKeyFile`), and compares
/// every audited row with the audit; 0 when all hold, 1 when not, 2 when the database fails.
int verify(const QString &databaseUrl, const QString &publicKeyFile = {});
/// `gongwen demo`: fills an empty database with the demonstration office; 0 on success.
int demo(const QString &databaseUrl);
/// `gongwen backup --database URL --to FILE`: a consistent snapshot of the records with every stored file,
/// compressed, behind a manifest of hashes; recorded in the database. 0 on success, 2 on failure.
int backup(const QString &databaseUrl, const QString &file);
/// `gongwen restore --from FILE --database URL [--force]`: refuses to overwrite records without --force,
/// checks the manifest, restores, checks every stored file, then runs `verify`. 0 when all holds.
int restore(const QString &file, const QString &databaseUrl, bool force);

/// `gongwen reindex --database URL`: builds the search index again from the records, then reads the
/// text of every PDF file through the sandboxed worker, with progress. 0 on success, 2 on failure.
int reindex(const QString &databaseUrl);
/// `gongwen search --database URL --user NAME "query"`: asks for NAME's password on the terminal (or reads
/// it from standard input) and prints every hit the account may see, one per line: kind, 文号, title,
/// date, separated by tabs. 0 on success, 2 on failure.
int search(const QString &databaseUrl, const QString &user, const QString &query);

} // namespace gw::cli
