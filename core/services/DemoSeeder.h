// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — fills a database with a demonstration office.
#pragma once

#include "Result.h"
#include "security/Actor.h"

#include <QHash>

namespace gw {

class Workspace;

/// A made-up district office (云溪区) with one account per post and a unit directory of towns,
/// departments, villages and enterprises, so a newcomer sees a working secretariat at once.
class DemoSeeder final
{
public:
    /// The password of every demo account.
    static QString password();
    /// Seeds an empty database; refuses one that is already set up.
    static Status seed(Workspace &ws);

private:
    /// Drafts of every variant, left waiting at different steps of their chains.
    static Status seedDrafts(Workspace &ws, const Actor &admin, const QHash<QString, qint64> &units);
    /// Incoming documents waiting for triage, accepted and in circulation, returned, transferred, done.
    static Status seedIncoming(Workspace &ws, const Actor &admin, const QHash<QString, qint64> &units);
};

} // namespace gw
