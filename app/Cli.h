// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — headless subcommands for administrators and scripts.
#pragma once

#include <QString>

namespace gw::cli {

/// `gongwen verify`: walks the audit chain; 0 when intact, 1 when not, 2 when the database fails.
int verify(const QString &databaseUrl);
/// `gongwen demo`: fills an empty database with the demonstration office; 0 on success.
int demo(const QString &databaseUrl);

} // namespace gw::cli
