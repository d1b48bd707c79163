// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the audit log as the security auditor reads, checks and vouches for it.
#include "services/AuditService.h"

#include "security/Permissions.h"
#include "services/DraftRecords.h"
#include "services/IncomingRecords.h"

namespace gw {

bool AuditService::visibleObject(const Principal &who, const AuditEntry &e) const
{
    bool ok = false;
    const qint64 id = e.objectId.toLongLong(&ok);
    if (!ok)
        return true;
    auto check = [&](auto tag) {
        using T = decltype(tag);
        auto row = Records<T>::load(m_ctx.db, id);
        // A row that cannot be read is treated as hidden: nothing is shown rather than too much.
        return row && row.value() && Records<T>::visibleTo(m_ctx.db, who, *row.value());
    };
    if (e.objectType == QLatin1String(Records<IncomingItem>::kType))
        return check(IncomingItem{});
    if (e.objectType == QLatin1String(Records<Draft>::kType))
        return check(Draft{});
    if (e.objectType == QLatin1String(Records<Markup>::kType))
        return check(Markup{});
    return true;
}

Result<QList<AuditView>> AuditService::find(const Actor &actor, const AuditRepository::Filter &filter) const
{
    auto who = m_ctx.authorize(actor, Action::ViewAuditLog);
    if (!who)
        return who.error();
    auto entries = AuditRepository(m_ctx.db).find(filter);
    if (!entries)
        return entries.error();
    QList<AuditView> out;
    QHash<QString, bool> seen; // object -> visible
    for (AuditEntry &e : entries.value()) {
        const QString key = e.objectType + QLatin1Char('/') + e.objectId;
        auto it = seen.find(key);
        if (it == seen.end())
            it = seen.insert(key, visibleObject(who.value(), e));
        AuditView v{e, !*it};
        if (v.withheld)
            v.entry.summary.clear();
        out.append(v);
    }
    return out;
}

Result<AuditReport> AuditService::check(const Actor &actor, const QByteArray &trustedKey, qint64 seenSeq) const
{
    if (auto who = m_ctx.authorize(actor, Action::ViewAuditLog); !who)
        return who.error();
    AuditReport r;
    auto chain = AuditLog::verify(m_ctx.db);
    if (!chain)
        return chain.error();
    r.chain = chain.value();
    auto cp = AuditCheck::checkpoint(m_ctx.db, trustedKey, seenSeq);
    if (!cp)
        return cp.error();
    r.checkpoint = cp.value();
    auto rows = AuditCheck::compareRows(m_ctx.db);
    if (!rows)
        return rows.error();
    r.rows = rows.value();
    return r;
}

Result<std::optional<AuditCheckpoint>> AuditService::latestCheckpoint(const Actor &actor) const
{
    if (auto who = m_ctx.authorize(actor, Action::ViewAuditLog); !who)
        return who.error();
    auto all = AuditRepository(m_ctx.db).checkpoints();
    if (!all)
        return all.error();
    if (all.value().isEmpty())
        return std::optional<AuditCheckpoint>();
    return std::optional<AuditCheckpoint>(all.value().first());
}

Result<AuditCheckpoint> AuditService::signCheckpoint(const Actor &actor, const QByteArray &publicKey,
                                                     const std::function<QByteArray(const QByteArray &)> &sign)
{
    auto who = m_ctx.authorize(actor, Action::ViewAuditLog);
    if (!who)
        return who.error();
    AuditCheckpoint c;
    auto done = m_ctx.commit(who.value(), [&](WriteScope &w) -> Status {
        const AuditRepository repo(w.db);
        auto head = repo.lockHead();
        if (!head)
            return head.error();
        c.seq = head.value().seq;
        c.hash = head.value().hash;
        c.atMs = w.nowMs;
        c.signerId = w.who.userId;
        c.signerName = w.who.displayName;
        c.publicKey = publicKey;
        c.signature = sign(AuditSigner::message(c.seq, c.hash, c.atMs));
        if (!AuditSigner::verify(c))
            return makeError(ErrorCode::Validation, tr("The checkpoint could not be signed with this key."));
        if (auto st = repo.insertCheckpoint(c); !st)
            return st;
        AuditDiff diff;
        diff.remark(QStringLiteral("seq"), QString::number(c.seq));
        diff.remark(QStringLiteral("public_key"), AuditSigner::toText(publicKey));
        w.audit(AuditNote{QStringLiteral("audit.checkpoint"), QStringLiteral("audit"), c.seq, {}, diff});
        return {};
    });
    if (!done)
        return done.error();
    return c;
}

} // namespace gw
