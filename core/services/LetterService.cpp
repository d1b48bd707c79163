// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — letters and calls from private persons.
#include "services/LetterService.h"

#include "services/IncomingService.h"
#include "services/LetterRecords.h"

namespace gw {

AuditFields Records<CitizenLetter>::fields(const CitizenLetter &l)
{
    return {
        {QStringLiteral("person"), l.personName},
        {QStringLiteral("contact"), l.contact},
        {QStringLiteral("call"), l.call ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("summary"), l.summary},
        {QStringLiteral("received_at"), QString::number(l.receivedAtMs)},
        {QStringLiteral("route"), letterRouteCode(l.route)},
        {QStringLiteral("note"), l.note},
    };
}

namespace {
constexpr int kMaxName = 60, kMaxContact = 120, kMaxSummary = 500, kMaxNote = 500;

Status check(const CitizenLetter &l, qint64 nowMs)
{
    if (l.personName.isEmpty())
        return makeError(ErrorCode::Validation,
                         LetterService::tr("Enter the name of the person who wrote or called."));
    if (l.personName.size() > kMaxName || l.contact.size() > kMaxContact)
        return makeError(ErrorCode::Validation, LetterService::tr("The name or the contact is too long."));
    if (l.summary.isEmpty())
        return makeError(ErrorCode::Validation,
                         LetterService::tr("Say briefly what the letter or call is about."));
    if (l.summary.size() > kMaxSummary || l.note.size() > kMaxNote)
        return makeError(
            ErrorCode::Validation,
            LetterService::tr("The summary or the remark is longer than %1 characters.").arg(kMaxSummary));
    return IncomingService::checkReceivedAt(l.receivedAtMs, nowMs);
}
} // namespace

Result<CitizenLetter> LetterService::record(const Actor &actor, CitizenLetter letter)
{
    letter.personName = letter.personName.simplified();
    letter.contact = letter.contact.simplified();
    letter.summary = letter.summary.trimmed();
    letter.note = letter.note.trimmed();
    return m_ctx.create<CitizenLetter>(actor, {Action::RegisterIncoming, QStringLiteral("letter.record")},
                                       letter, [&](WriteScope &w, CitizenLetter &l) -> Status {
                                           if (auto st = check(l, w.nowMs); !st)
                                               return st;
                                           l.createdBy = w.who.userId;
                                           l.createdByName = w.who.displayName;
                                           l.createdAtMs = w.nowMs;
                                           return {};
                                       });
}

Result<QList<CitizenLetter>> LetterService::list(const Actor &actor, int limit, qint64 beforeId) const
{
    if (auto st = m_ctx.authorize(actor, Action::RegisterIncoming); !st)
        return st.error();
    return LetterRepository(m_ctx.db).list(qBound(1, limit, 10000), beforeId);
}

Result<CitizenLetter> LetterService::get(const Actor &actor, qint64 id) const
{
    if (auto st = m_ctx.authorize(actor, Action::RegisterIncoming); !st)
        return st.error();
    auto found = LetterRepository(m_ctx.db).find(id);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, Records<CitizenLetter>::notFound());
    return *found.value();
}

} // namespace gw
