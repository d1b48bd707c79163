// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — numbered schema steps, applied in one transaction.
#pragma once

#include "Result.h"

#include <QCoreApplication>

namespace gw {

class Database;

/// The schema's history. A shipped step is never edited; a change is a new step.
class Migrations final
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)
public:
    /// The schema version this program writes.
    static int latestVersion();
    /// The version recorded in the database's meta table; 0 for an empty database.
    static int currentVersion(const Database &db);
    /// Applies every pending step up to `target` (-1: the latest) in one transaction; refuses a
    /// database newer than this program, and changes nothing when a step fails.
    static Status migrate(Database &db, int target = -1);
};

} // namespace gw
