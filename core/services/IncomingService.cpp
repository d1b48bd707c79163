// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — incoming documents (收文办理).
#include "services/IncomingService.h"

#include "Clock.h"
#include "domain/DocNumber.h"
#include "domain/FileKind.h"
#include "services/IncomingRecords.h"
#include "storage/NumberingRepository.h"
#include "storage/RowConflict.h"
#include "storage/UnitRepository.h"
#include "storage/UserRepository.h"
#include "workflow/IncomingFlow.h"
#include "workflow/IncomingPolicy.h"
#include "workflow/TriageRules.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSet>

#include <algorithm>

namespace gw {
namespace {
/// The 收文编号 sequence, beside the document number prefixes in the same table.
constexpr char kReceiptSequence[] = "incoming:收";

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
}

Status IncomingService::checkReceivedAt(qint64 receivedAtMs, qint64 nowMs)
{
    constexpr qint64 k1980 = 315532800000; // 1980-01-01: older than any register a workstation keeps
    if (receivedAtMs < k1980)
        return makeError(ErrorCode::Validation, tr("The time received lies before 1980; check the year."));
    if (receivedAtMs > nowMs + kDayMs)
        return makeError(ErrorCode::Validation, tr("The time received lies in the future."));
    return {};
}

QStringList IncomingService::missingFields(const IncomingItem &it)
{
    QStringList out;
    if (it.senderUnitId <= 0)
        out << tr("the sending unit (来文机关)");
    if (it.title.simplified().isEmpty())
        out << tr("the title (标题)");
    return out;
}

Status IncomingService::checkNew(const Database &db, const Principal &who, qint64 nowMs, IncomingItem &it)
{
    if (!clearanceCovers(who.clearance, it.secrecy))
        return makeError(ErrorCode::Permission,
                         tr("Your clearance does not cover %1 documents: ask a colleague cleared for them "
                            "to register it.")
                             .arg(clearanceLabel(it.secrecy)));
    it.title = it.title.simplified();
    if (const QStringList missing = missingFields(it); !missing.isEmpty())
        return makeError(ErrorCode::Validation,
                         tr("Please fill in %1.").arg(missing.join(tr(", "))));
    if (!it.docNumber.trimmed().isEmpty()) {
        auto number = DocNumber::parse(it.docNumber);
        if (!number)
            return number.error();
        it.docNumber = number.value().toString();
    } else {
        it.docNumber.clear();
    }
    if (it.receivedAtMs == 0)
        it.receivedAtMs = nowMs;
    if (auto st = checkReceivedAt(it.receivedAtMs, nowMs); !st)
        return st;
    if (it.dueAtMs != 0 && it.dueAtMs < it.receivedAtMs) // 1970-01-01 in China is below zero
        return makeError(ErrorCode::Validation, tr("The time limit lies before the time received."));
    if (it.dueAtMs > 0 && it.dueAtMs > it.receivedAtMs + 366 * kDayMs)
        return makeError(ErrorCode::Validation,
                         tr("The time limit lies more than a year after the time received; check the year."));
    if (it.copies < 1 || it.copies > 9999)
        return makeError(ErrorCode::Validation, tr("The number of copies must be between 1 and 9999."));
    if (it.secrecy == Clearance::None && !it.secrecyPeriod.trimmed().isEmpty())
        return makeError(ErrorCode::Validation, tr("A secrecy period needs a secrecy level."));
    auto sender = UnitRepository(db).find(it.senderUnitId);
    if (!sender)
        return sender.error();
    if (!sender.value())
        return makeError(ErrorCode::Validation,
                         tr("Choose the sending unit from the directory, or add it there."));
    if (!it.docNumber.isEmpty()) {
        auto twin = IncomingRepository(db).findBySenderAndNumber(it.senderUnitId, it.docNumber);
        if (!twin)
            return twin.error();
        if (twin.value() && !clearanceCovers(who.clearance, twin.value()->secrecy))
            return makeError(ErrorCode::Validation, // that it exists, and nothing of what it is
                             tr("%1 %2 is registered already; that registration is not visible to you.")
                                 .arg(sender.value()->name, it.docNumber));
        if (twin.value())
            return makeError(ErrorCode::Validation, tr("%1 %2 is registered already (registration %3: “%4”).")
                                                        .arg(sender.value()->name, it.docNumber)
                                                        .arg(twin.value()->id)
                                                        .arg(twin.value()->title));
    }
    return {};
}

Result<IncomingItem> IncomingService::registerItem(const Actor &actor, IncomingItem item,
                                                   const QList<IncomingAttachment> &files)
{
    item.state = QString::fromLatin1(incoming::kRegistered);
    // A file is what its bytes say: a text file named .pdf is refused, before anything is written.
    for (const IncomingAttachment &f : files) {
        if (auto st = checkAttachment(f.name, f.bytes); !st)
            return st.error();
    }
    return m_ctx.create<IncomingItem>(
        actor, {Action::RegisterIncoming, QStringLiteral("incoming.register")}, item,
        [&](WriteScope &w, IncomingItem &it) -> Status {
            if (auto st = checkNew(w.db, w.who, w.nowMs, it); !st)
                return st;
            // 收文编号: the next of the year, in the same transaction, so a failed registration leaves
            // no gap.
            const int year = QDateTime::fromMSecsSinceEpoch(w.nowMs).toLocalTime().date().year();
            auto seq = NumberingRepository(w.db).next(QLatin1String(kReceiptSequence), year);
            if (!seq)
                return seq.error();
            it.receiptYear = year;
            it.receiptSeq = seq.value();
            it.holder = w.who.displayName;
            it.holderSinceMs = w.nowMs;
            it.createdBy = w.who.userId;
            it.updatedBy = w.who.displayName;
            it.updatedAtMs = w.nowMs;
            return {};
        },
        [&](WriteScope &w, IncomingItem &it) -> Status {
            const IncomingRepository repo(w.db);
            QStringList names;
            for (IncomingAttachment f : files) {
                f.sha256 = QString::fromLatin1(
                    QCryptographicHash::hash(f.bytes, QCryptographicHash::Sha256).toHex());
                f.size = f.bytes.size();
                if (auto st = repo.addAttachment(it.id, f); !st)
                    return st;
                names.append(f.name + QLatin1Char(' ') + f.sha256);
            }
            w.remark(QStringLiteral("attachments"), names.join(QStringLiteral("; ")));
            return repo.addEvent(it.id, QStringLiteral("register"), w.who.userId, w.who.displayName, w.nowMs,
                                 QString());
        });
}

Result<IncomingItem> IncomingService::triage(const Actor &actor, qint64 itemId, qint64 expectedVersion,
                                             const TriageFacts &facts, TriageOutcome decision,
                                             const QString &reason, qint64 transferTo, qint64 copyLeaderId)
{
    if (auto st = m_ctx.authorize(actor, Action::TriageIncoming); !st)
        return st.error();
    auto proposal = propose(actor, itemId, facts);
    if (!proposal)
        return proposal.error();
    User copyLeader;
    QString transferName;
    const bool overridden = decision != proposal.value().outcome;
    if (triageNeedsReason(decision, proposal.value().outcome) && reason.trimmed().isEmpty())
        return makeError(ErrorCode::Validation,
                         overridden ? tr("Give the reason for deciding otherwise than the rules propose.")
                                    : tr("Give the reason for the transfer or return."));
    if (decision == TriageOutcome::Transfer) {
        if (transferTo <= 0)
            transferTo = proposal.value().transferTo;
        auto dept = UnitRepository(m_ctx.db).find(transferTo);
        if (!dept)
            return dept.error();
        if (!dept.value() || dept.value()->type != UnitType::Department)
            return makeError(ErrorCode::Validation,
                             tr("Choose the department the document is transferred to."));
        transferName = dept.value()->name;
        auto leader = UserRepository(m_ctx.db).find(copyLeaderId);
        if (!leader)
            return leader.error();
        if (!leader.value() || !isLeader(leader.value()->user))
            return makeError(ErrorCode::Validation,
                             tr("Choose the leader concerned, who receives a copy of the transfer."));
        copyLeader = leader.value()->user;
    }
    return m_ctx.update<IncomingItem>(
        actor, {Action::TriageIncoming, QStringLiteral("incoming.triage")}, itemId, expectedVersion,
        [&](WriteScope &w, IncomingItem &item) -> Status {
            if (item.state != QLatin1String(incoming::kRegistered))
                return makeError(ErrorCode::Validation, tr("The document has been triaged already."));
            if (decision == TriageOutcome::Transfer && transferTo == item.senderUnitId)
                return makeError(
                    ErrorCode::Validation,
                    tr("%1 sent the document: it is not transferred back to its sender. Return it, "
                       "or accept it when a leader's review is asked for (rule (三)2).")
                        .arg(transferName));
            if (decision == TriageOutcome::Transfer && !clearanceCovers(copyLeader.clearance, item.secrecy))
                return makeError(ErrorCode::Permission,
                                 tr("%1's clearance does not cover this document's secrecy level; choose "
                                    "another leader for the copy.")
                                     .arg(copyLeader.displayName));
            item.state = QString::fromLatin1(decision == TriageOutcome::Accept     ? incoming::kAccepted
                                             : decision == TriageOutcome::Transfer ? incoming::kTransferred
                                                                                   : incoming::kReturned);
            item.triageRule = overridden
                                  ? QLatin1String(IncomingItem::kOverridePrefix) + proposal.value().rule
                                  : proposal.value().rule;
            item.triageReason = reason.trimmed();
            item.transferTo = decision == TriageOutcome::Transfer ? transferTo : 0;
            item.holderSinceMs = w.nowMs;
            const IncomingRepository repo(w.db);
            if (auto st = repo.addEvent(item.id, QStringLiteral("triage:") + item.state, w.who.userId,
                                        w.who.displayName, w.nowMs, item.triageReason);
                !st)
                return st;
            if (decision != TriageOutcome::Transfer)
                return {};
            w.remark(QStringLiteral("copy_to"), QString::number(copyLeaderId));
            IncomingRoute copy;
            copy.position = 1;
            copy.userId = copyLeaderId;
            copy.state = QStringLiteral("copy");
            copy.receivedAtMs = w.nowMs;
            return repo.setRoutes(item.id, {copy});
        });
}

bool IncomingService::triageNeedsReason(TriageOutcome decision, TriageOutcome proposed)
{
    return decision != TriageOutcome::Accept || decision != proposed;
}

Result<IncomingItem> IncomingService::reverseTriage(const Actor &actor, qint64 id, qint64 expectedVersion,
                                                    const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Validation, tr("Give the reason for reversing the triage decision."));
    return handle(
        actor, {Action::TriageIncoming, QStringLiteral("incoming.triage_reverse")}, id, expectedVersion,
        [&](WriteScope &w, IncomingItem &item, QString &event, QString &note) -> Status {
            // Until the next step has started: 拟办 for an accepted item, the leader's reading of the copy
            // for a transferred one; a return has no next step here.
            const bool decided = item.state == QLatin1String(incoming::kAccepted) ||
                                 item.state == QLatin1String(incoming::kTransferred) ||
                                 item.state == QLatin1String(incoming::kReturned);
            if (!decided)
                return makeError(ErrorCode::Validation,
                                 tr("Only a triage decision whose next step has not started can be reversed."));
            const IncomingRepository repo(w.db);
            if (item.state == QLatin1String(incoming::kTransferred)) {
                auto routes = repo.routes(item.id);
                if (!routes)
                    return routes.error();
                for (const IncomingRoute &r : routes.value()) {
                    if (r.doneAtMs > 0)
                        return makeError(ErrorCode::Validation,
                                         tr("%1 has read the copy of the transfer already: the decision stands.")
                                             .arg(r.userName));
                }
                if (auto st = repo.clearRoutes(item.id); !st)
                    return st;
            }
            const TriageOutcome was = item.state == QLatin1String(incoming::kAccepted)      ? TriageOutcome::Accept
                                      : item.state == QLatin1String(incoming::kTransferred) ? TriageOutcome::Transfer
                                                                                            : TriageOutcome::Return;
            note = tr("%1 reversed: %2").arg(TriageRules::outcomeLabel(was), reason.trimmed());
            event = QStringLiteral("triage:reversed");
            item.state = QString::fromLatin1(incoming::kRegistered);
            item.triageRule.clear();
            item.triageReason.clear();
            item.transferTo = 0;
            item.holder = w.who.displayName;
            item.holderSinceMs = w.nowMs;
            return {};
        });
}

Result<IncomingItem> IncomingService::handle(const Actor &actor, const WriteSpec &spec, qint64 id,
                                             qint64 expectedVersion, const Change &change)
{
    return m_ctx.update<IncomingItem>(actor, spec, id, expectedVersion,
                                      [&](WriteScope &w, IncomingItem &item) -> Status {
                                          QString event, note;
                                          if (auto st = change(w, item, event, note); !st)
                                              return st;
                                          item.updatedAtMs = w.nowMs;
                                          item.updatedBy = w.who.displayName;
                                          w.remark(QStringLiteral("event"), event);
                                          w.remark(QStringLiteral("note"), note);
                                          return IncomingRepository(w.db).addEvent(
                                              item.id, event, w.who.userId, w.who.displayName, w.nowMs, note);
                                      });
}

Result<IncomingItem> IncomingService::proposeHandling(const Actor &actor, qint64 id, qint64 expectedVersion,
                                                      const QString &text)
{
    return handle(actor, {Action::DistributeIncoming, QStringLiteral("incoming.propose")}, id,
                  expectedVersion,
                  [&](WriteScope &, IncomingItem &item, QString &event, QString &note) -> Status {
                      if (item.state != QLatin1String(incoming::kAccepted))
                          return makeError(ErrorCode::Validation, tr("拟办 follows acceptance."));
                      if (text.trimmed().isEmpty())
                          return makeError(ErrorCode::Validation, tr("Write the proposal (拟办意见)."));
                      item.proposal = text.trimmed();
                      item.state = QString::fromLatin1(incoming::kProposed);
                      event = QStringLiteral("propose");
                      note = item.proposal;
                      return {};
                  });
}

Result<IncomingItem> IncomingService::instruct(const Actor &actor, qint64 id, qint64 expectedVersion,
                                               const QString &text)
{
    return handle(actor, {Action::GiveInstruction, QStringLiteral("incoming.instruct")}, id, expectedVersion,
                  [&](WriteScope &, IncomingItem &item, QString &event, QString &note) -> Status {
                      if (item.state != QLatin1String(incoming::kProposed))
                          return makeError(ErrorCode::Validation, tr("签批 follows the secretariat's 拟办."));
                      if (text.trimmed().isEmpty())
                          return makeError(ErrorCode::Validation, tr("Write the instruction."));
                      item.instruction = text.trimmed();
                      item.state = QString::fromLatin1(incoming::kInstructed);
                      item.holder = QString::fromUtf8(incoming::kSecretariat);
                      item.holderSinceMs = m_ctx.clock.nowMs();
                      event = QStringLiteral("instruct");
                      note = item.instruction;
                      return {};
                  });
}

Result<IncomingItem> IncomingService::distribute(const Actor &actor, qint64 id, qint64 expectedVersion,
                                                 QList<IncomingRoute> routes)
{
    if (auto st = m_ctx.authorize(actor, Action::DistributeIncoming); !st)
        return st.error();
    if (auto st = IncomingPolicy::checkRoutes(routes); !st)
        return st.error();
    return handle(
        actor, {Action::DistributeIncoming, QStringLiteral("incoming.distribute")}, id, expectedVersion,
        [&](WriteScope &w, IncomingItem &item, QString &event, QString &note) -> Status {
            if (item.state != QLatin1String(incoming::kInstructed) &&
                item.state != QLatin1String(incoming::kAccepted))
                return makeError(ErrorCode::Validation, tr("The document is not waiting for distribution."));
            const UserRepository users(w.db);
            const qint64 now = w.nowMs;
            QStringList names;
            for (int i = 0; i < routes.size(); ++i) {
                auto u = users.find(routes[i].userId);
                if (!u)
                    return u.error();
                if (!u.value() || !u.value()->user.active)
                    return makeError(ErrorCode::Validation,
                                     tr("A reader on the list has no active account."));
                if (!clearanceCovers(u.value()->user.clearance, item.secrecy))
                    return makeError(ErrorCode::Permission,
                                     tr("%1's clearance does not cover this document's secrecy.")
                                         .arg(u.value()->user.displayName));
                routes[i].position = i + 1;
                routes[i].userName = u.value()->user.displayName;
                routes[i].state = i == 0 ? QStringLiteral("holding") : QStringLiteral("waiting");
                routes[i].receivedAtMs = i == 0 ? now : 0;
                routes[i].doneAtMs = 0;
                names.append(routes[i].userName + (routes[i].handles
                                                       ? (routes[i].lead ? tr("(lead)") : tr("(assist)"))
                                                       : tr("(read)")));
            }
            if (auto st = IncomingRepository(m_ctx.db).setRoutes(item.id, routes); !st)
                return st;
            item.state = QString::fromLatin1(incoming::kCirculating);
            item.holder = routes.first().userName;
            item.holderSinceMs = now;
            event = QStringLiteral("distribute");
            note = names.join(QStringLiteral("→"));
            return {};
        });
}

Result<IncomingItem> IncomingService::finishTurn(const Actor &actor, qint64 id, qint64 expectedVersion,
                                                 const QString &opinion)
{
    // No post is named: whoever holds the item on its circulation list finishes the turn.
    return handle(actor, {std::nullopt, QStringLiteral("incoming.turn")}, id, expectedVersion,
                  [&](WriteScope &w, IncomingItem &item, QString &event, QString &note) -> Status {
                      auto routes = IncomingRepository(m_ctx.db).routes(item.id);
                      if (!routes)
                          return routes.error();
                      for (IncomingRoute r : routes.value()) {
                          if (r.state != QLatin1String("holding"))
                              continue;
                          if (r.userId != w.who.userId)
                              return makeError(ErrorCode::Permission,
                                               tr("The document is with %1 now.").arg(r.userName));
                          r.state = QStringLiteral("done");
                          r.opinion = opinion.trimmed();
                          r.doneAtMs = m_ctx.clock.nowMs();
                          if (auto st = IncomingRepository(m_ctx.db).updateRoute(item.id, r); !st)
                              return st;
                          bool more = false;
                          for (const IncomingRoute &x : routes.value())
                              more = more || x.state == QLatin1String("waiting");
                          item.state =
                              QString::fromLatin1(more ? incoming::kCirculating : incoming::kHandled);
                          item.holder =
                              QString::fromUtf8(incoming::kSecretariat); // back to 秘书科 after every turn
                          item.holderSinceMs = r.doneAtMs;
                          event = QStringLiteral("turn:") +
                                  (r.handles ? QStringLiteral("handled") : QStringLiteral("read"));
                          note = r.opinion;
                          return {};
                      }
                      return makeError(ErrorCode::Validation, tr("The document is not with a reader now."));
                  });
}

Result<IncomingItem> IncomingService::forward(const Actor &actor, qint64 id, qint64 expectedVersion)
{
    return handle(
        actor, {Action::DistributeIncoming, QStringLiteral("incoming.forward")}, id, expectedVersion,
        [&](WriteScope &, IncomingItem &item, QString &event, QString &note) -> Status {
            auto routes = IncomingRepository(m_ctx.db).routes(item.id);
            if (!routes)
                return routes.error();
            for (const IncomingRoute &x : routes.value()) {
                if (x.state == QLatin1String("holding"))
                    return makeError(ErrorCode::Validation,
                                     tr("%1 still holds the document.").arg(x.userName));
            }
            for (IncomingRoute r : routes.value()) {
                if (r.state != QLatin1String("waiting"))
                    continue;
                r.state = QStringLiteral("holding");
                r.receivedAtMs = m_ctx.clock.nowMs();
                if (auto st = IncomingRepository(m_ctx.db).updateRoute(item.id, r); !st)
                    return st;
                item.holder = r.userName;
                item.holderSinceMs = r.receivedAtMs;
                event = QStringLiteral("forward");
                note = r.userName;
                return {};
            }
            return makeError(ErrorCode::Validation, tr("Everyone on the list has had the document."));
        });
}

Result<IncomingItem> IncomingService::urge(const Actor &actor, qint64 id, qint64 expectedVersion,
                                           const QString &method, const QString &text)
{
    static const QStringList kMethods = {QStringLiteral("phone"), QStringLiteral("notice"),
                                         QStringLiteral("in_person")};
    if (!kMethods.contains(method))
        return makeError(ErrorCode::Validation,
                         tr("Say how the urging was done: by phone, by notice or in person."));
    return handle(actor, {Action::UrgeItem, QStringLiteral("incoming.urge")}, id, expectedVersion,
                  [&](WriteScope &, IncomingItem &item, QString &event, QString &note) -> Status {
                      if (item.state == QLatin1String(incoming::kDone) ||
                          item.state == QLatin1String(incoming::kReturned) ||
                          item.state == QLatin1String(incoming::kTransferred))
                          return makeError(ErrorCode::Validation, tr("The document's handling has ended."));
                      event = QStringLiteral("urge:") + method;
                      note = item.holder + QStringLiteral("：") + text.trimmed();
                      return {};
                  });
}

Result<IncomingItem> IncomingService::reply(const Actor &actor, qint64 id, qint64 expectedVersion,
                                            const QString &text)
{
    return handle(actor, {Action::DistributeIncoming, QStringLiteral("incoming.reply")}, id, expectedVersion,
                  [&](WriteScope &, IncomingItem &item, QString &event, QString &note) -> Status {
                      if (item.state != QLatin1String(incoming::kHandled))
                          return makeError(ErrorCode::Validation, tr("The reply follows the handling."));
                      if (text.trimmed().isEmpty())
                          return makeError(ErrorCode::Validation, tr("Write the reply to the sender."));
                      item.reply = text.trimmed();
                      item.state = QString::fromLatin1(incoming::kDone);
                      event = QStringLiteral("reply");
                      note = item.reply;
                      return {};
                  });
}

} // namespace gw
