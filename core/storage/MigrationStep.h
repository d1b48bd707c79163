// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — one numbered schema step, shared by the files that list them.
#pragma once

#include <QStringList>

#include <functional>
#include <vector>

namespace gw {

class Database;

namespace migration {

struct Step
{
    int version;
    std::function<QStringList(const Database &)> statements;
};

/// The statements with {ID} replaced by the engine's auto-numbered primary key and {BLOB} by its
/// byte-string type.
QStringList expand(const Database &db, std::initializer_list<const char *> sql);

/// The steps from 22 on (MigrationsLater.cpp), after those Migrations.cpp lists.
std::vector<Step> laterSteps();

} // namespace migration
} // namespace gw
