// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — what every service works with, and the one way every service writes.
#pragma once

#include "Result.h"
#include "security/Actor.h"
#include "security/AuditDiff.h"
#include "security/Permissions.h"
#include "services/Records.h"
#include "storage/Database.h"

#include <functional>
#include <optional>

namespace gw {

class ChangeFeed;
class Clock;
class PasswordHasher;

/// One audit entry a write makes: the action, the object and what changed in it.
struct AuditNote
{
    QString action;
    QString objectType;
    qint64 objectId = 0;
    QString objectKey; ///< for objects named by text (a user name at a failed log-in); else the id
    AuditDiff diff;
};

/// What a write's body works with: who acts (as the records hold them now), the moment of the write,
/// the open transaction, and the audit entries the write will add.
class WriteScope final
{
public:
    WriteScope(Database &db, const Principal &who, qint64 nowMs) : db(db), who(who), nowMs(nowMs) {}
    Q_DISABLE_COPY_MOVE(WriteScope)

    Database &db;
    const Principal &who;
    const qint64 nowMs;

    /// Something said with the main change (an opinion, a reason), recorded in its audit entry.
    void remark(const QString &key, const QString &value) { m_remarks.remark(key, value); }
    /// An audit entry for another object the same write changed.
    void audit(AuditNote note) { m_notes.append(std::move(note)); }
    const AuditDiff &remarks() const { return m_remarks; }
    const QList<AuditNote> &notes() const { return m_notes; }

private:
    AuditDiff m_remarks;
    QList<AuditNote> m_notes;
};

/// How a write is checked before it runs.
struct WriteSpec
{
    /// The action the account must be allowed now; none when the rule that decides is the object's
    /// own (the chain step's post, the holder of a circulating item) and is checked in the change.
    std::optional<Action> permission;
    QString auditAction; ///< stable key, e.g. "draft.update"
    /// Change the row as it stands, whatever its version: only for what an account does to its own
    /// row from scratch (changing its password), never for an edit made on something read earlier.
    bool anyVersion = false;
};

struct ServiceContext
{
    Database &db;
    Clock &clock;
    PasswordHasher &hasher;
    ChangeFeed &feed;

    /// The account as the records hold it now: refused when the Actor names no account, or an account
    /// that does not exist or is disabled. Every read and write starts here.
    Result<Principal> resolve(const Actor &actor) const { return resolveOn(db, actor); }
    /// resolve() on another connection (a read on a thread of its own).
    static Result<Principal> resolveOn(const Database &db, const Actor &actor);
    /// resolve(), and the account may do `action` now.
    Result<Principal> authorize(const Actor &actor, Action action) const;

    /// THE write path. Opens the write transaction, re-reads the account inside it and checks the
    /// permission, loads the row, checks that the account's clearance covers it and that it is still
    /// the version the caller read, runs `change` on it, saves it, appends the audit entry with the
    /// field-by-field diff (and any further entries the change asked for), commits, and publishes it.
    template <typename T>
    Result<T> update(const Actor &actor, const WriteSpec &spec, qint64 id, qint64 expectedVersion,
                     const std::function<Status(WriteScope &, T &)> &change) const
    {
        std::optional<T> out;
        auto st = run([&] { return check(actor, spec); },
                      [&](WriteScope &w) -> Status {
                          auto found = Records<T>::load(db, id);
                          if (!found)
                              return found.error();
                          if (!found.value() || !Records<T>::visibleTo(db, w.who, *found.value()))
                              return makeError(ErrorCode::NotFound, Records<T>::notFound());
                          T row = *found.value();
                          if (!spec.anyVersion && Records<T>::versionOf(row) != expectedVersion)
                              return Records<T>::conflict(row);
                          const AuditFields before = Records<T>::fields(row);
                          if (auto st = change(w, row); !st)
                              return st;
                          auto v = Records<T>::save(db, row, w.nowMs, w.who.displayName);
                          if (!v)
                              return v.error();
                          Records<T>::setVersion(row, v.value());
                          w.audit(AuditNote{
                              spec.auditAction,
                              QLatin1String(Records<T>::kType),
                              Records<T>::idOf(row),
                              {},
                              mergedDiff(AuditDiff::between(before, Records<T>::fields(row)), w.remarks())});
                          out = std::move(row);
                          return {};
                      });
        if (!st)
            return st.error();
        return std::move(*out);
    }

    /// The same path for a new row: `change` checks and completes it inside the transaction, then it
    /// is inserted; `then`, when given, writes what hangs on the new row's id (versions, attachments);
    /// last the row is audited with every field it was created with and what `then` remarked.
    template <typename T>
    Result<T> create(const Actor &actor, const WriteSpec &spec, T row,
                     const std::function<Status(WriteScope &, T &)> &change,
                     const std::function<Status(WriteScope &, T &)> &then = {}) const
    {
        std::optional<T> out;
        auto st =
            run([&] { return check(actor, spec); },
                [&](WriteScope &w) -> Status {
                    if (!Records<T>::visibleTo(db, w.who, row))
                        return Records<T>::notCleared(w.who, row);
                    if (auto st = change(w, row); !st)
                        return st;
                    if (!Records<T>::visibleTo(db, w.who, row))
                        return Records<T>::notCleared(w.who, row);
                    auto id = Records<T>::insert(db, row, w.nowMs, w.who.displayName);
                    if (!id)
                        return id.error();
                    Records<T>::setId(row, id.value());
                    Records<T>::setVersion(row, 1);
                    if (then) {
                        if (auto st = then(w, row); !st)
                            return st;
                    }
                    w.audit(AuditNote{spec.auditAction,
                                      QLatin1String(Records<T>::kType),
                                      id.value(),
                                      {},
                                      mergedDiff(AuditDiff::created(Records<T>::fields(row)), w.remarks())});
                    out = std::move(row);
                    return {};
                });
        if (!st)
            return st.error();
        return std::move(*out);
    }

    /// The same path for a write that makes several new rows at once (a meeting's decisions): the
    /// account is checked inside the transaction as in create(); `body` inserts and audits each row.
    Status createMany(const Actor &actor, const WriteSpec &spec, const std::function<Status(WriteScope &)> &body) const
    {
        return run([&] { return check(actor, spec); }, body);
    }

    /// The transaction, audit and publishing under update() and create(), for the writes that belong
    /// to no one row: first-run set-up and log-in bookkeeping (done as the program), calendars.
    /// `body` records its audit entries on the scope.
    Status commit(const Principal &who, const std::function<Status(WriteScope &)> &body) const;

    /// resolve() or authorize(), as the spec asks.
    Result<Principal> check(const Actor &actor, const WriteSpec &spec) const;

private:
    /// Opens the write transaction, then learns who acts (`who`, read inside it, so an account
    /// disabled a moment before is refused), runs `body`, appends its audit entries, commits and
    /// publishes.
    Status run(const std::function<Result<Principal>()> &who,
               const std::function<Status(WriteScope &)> &body) const;
    static AuditDiff mergedDiff(AuditDiff diff, const AuditDiff &remarks);
};

} // namespace gw
