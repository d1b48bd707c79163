// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — fills a database with a demonstration office.
#pragma once

#include "Result.h"
#include "security/Actor.h"

#include <QDate>
#include <QHash>

#include <functional>

namespace gw {

class ManualClock;
class Workspace;
struct OfficialDocument;

/// A made-up district office (云溪区) with one account per post and a unit directory of towns,
/// departments, villages and enterprises, so a newcomer sees a working secretariat at once.
class DemoSeeder final
{
public:
    /// The password of every demo account.
    static QString password();
    /// Lays a copy of a document out as the printer prints it (the PDF of the print log).
    using Typeset = std::function<QByteArray(const OfficialDocument &)>;
    /// Seeds an empty database; refuses one that is already set up. With `typeset`, the office also
    /// gets its past twelve months: drafts of several sections and departments carried through the
    /// chain and printed, with markups, returns and first-reader failures, at the times they happened.
    static Status seed(Workspace &ws, const Typeset &typeset = {});

private:
    /// Every demo account by its user name, as the records hold it.
    static Result<QHash<QString, Principal>> accounts(Workspace &ws, const Actor &admin);
    /// The past months, written through `past` (a workspace on the same records whose clock is moved
    /// along), `months` from `firstMonth` on.
    static Status seedHistory(Workspace &past, ManualClock &clock, const Typeset &typeset, const Actor &admin,
                              const QHash<QString, qint64> &units, const QDate &firstMonth, int months);
    /// Drafts of every variant, left waiting at different steps of their chains.
    static Status seedDrafts(Workspace &ws, const Actor &admin, const QHash<QString, qint64> &units);
    /// Supervised matters of every kind in every light and hotline calls, registered over the past
    /// month through `clock` (none: all today).
    static Status seedSupervision(Workspace &ws, ManualClock *clock, const Actor &admin,
                                  const QHash<QString, qint64> &units);
    /// Incoming documents waiting for triage, accepted and in circulation, returned, transferred, done.
    /// The incoming documents; with `typeset`, each comes with its PDF as received (for reading and archiving).
    static Status seedIncoming(Workspace &ws, const Actor &admin, const QHash<QString, qint64> &units,
                               const Typeset &typeset = {});
};

} // namespace gw
