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

} // namespace gw::cli
