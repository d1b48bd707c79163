// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — outgoing documents (发文办理).
#include "services/DraftingService.h"

#include "Clock.h"
#include "security/Permissions.h"
#include "services/DraftRecords.h"
#include "storage/CalendarRepository.h"
#include "storage/MarkupRepository.h"
#include "storage/NumberingRepository.h"
#include "storage/SerialRepository.h"
#include "storage/OfficeRepository.h"
#include "storage/RowConflict.h"
#include "storage/UnitRepository.h"
#include "storage/UserRepository.h"
#include "workflow/DraftPolicy.h"

#include <QCryptographicHash>

#include <algorithm>

namespace gw {
namespace {
QString sha256Of(const DraftBody &body)
{
    const QByteArray bytes = body.pdf.isEmpty() ? body.text.toUtf8() : body.pdf;
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}
} // namespace

QString DraftingService::formatDocNumber(const QString &prefix, int year, int seq)
{
    return DraftPolicy::formatDocNumber(prefix, year, seq);
}

Result<WorkCalendar> DraftingService::calendar() const
{
    auto stored = CalendarRepository(m_ctx.db).list();
    if (!stored)
        return stored.error();
    return WorkCalendar::around(WorkCalendar::localDate(m_ctx.clock.now()).year(), stored.value());
}

qint64 DraftingService::dueFor(const Draft &d, const QString &stepKey) const
{
    const ChainRow *r = ChainEngine::row(d.variant, stepKey);
    if (!r || (r->kind != StepKind::Review && r->kind != StepKind::Sign))
        return 0;
    auto cal = calendar();
    if (!cal)
        return 0;
    return cal.value().reviewDeadline(m_ctx.clock.now(), d.fields.urgency).toMSecsSinceEpoch();
}

Urgency DraftingService::proposedUrgency(const DraftFields &fields, const QString &fromStep) const
{
    auto unit = UnitRepository(m_ctx.db).find(fields.draftingUnitId);
    const bool byDepartment = unit && unit.value() && unit.value()->type == UnitType::Department;
    ChainFacts facts;
    facts.variant = ChainEngine::variantFor(fields.issuer, byDepartment);
    facts.normative = fields.normative;
    return proposeUrgency(WorkCalendar::localDate(m_ctx.clock.now()), fields.dueDate,
                          ChainEngine::remainingApprovals(facts, fromStep), fields.needsConsultation);
}

Result<QList<GenreFinding>> DraftingService::checkGenre(const DraftFields &fields) const
{
    auto users = UserRepository(m_ctx.db).list();
    if (!users)
        return users.error();
    QStringList leaders;
    for (const User &u : users.value()) {
        if (u.hasRole(Role::Leader))
            leaders.append(u.displayName);
    }
    return GenreRules::check(fields, leaders);
}

Status DraftingService::validateFields(const DraftFields &f, const Principal &actor,
                                       const QString &overrideReason) const
{
    if (f.title.trimmed().isEmpty())
        return makeError(ErrorCode::Validation, tr("Enter the title."));
    if (f.title.size() > 200)
        return makeError(ErrorCode::Validation, tr("The title is longer than 200 characters."));
    auto unit = UnitRepository(m_ctx.db).find(f.draftingUnitId);
    if (!unit)
        return unit.error();
    if (!unit.value() || !unit.value()->active ||
        (unit.value()->type != UnitType::Section && unit.value()->type != UnitType::Department))
        return makeError(ErrorCode::Validation,
                         tr("Choose the drafting unit: a section of the office, or a district department."));
    if (!clearanceCovers(actor.clearance, f.secrecy))
        return makeError(ErrorCode::Permission,
                         tr("Your clearance (%1) does not cover the secrecy level %2.")
                             .arg(clearanceLabel(actor.clearance), clearanceLabel(f.secrecy)));
    if (f.secrecy == Clearance::None && !f.secrecyPeriod.trimmed().isEmpty())
        return makeError(ErrorCode::Validation, tr("A secrecy period needs a secrecy level."));

    const ChainVariant variant =
        ChainEngine::variantFor(f.issuer, unit.value()->type == UnitType::Department);
    bool needsLeader = false;
    for (const ChainRow &r : chainTable())
        needsLeader = needsLeader || (r.variant == variant && r.roles == QList<Role>{Role::Leader});
    if (f.signerId > 0 || needsLeader) {
        auto signer = UserRepository(m_ctx.db).find(f.signerId);
        if (!signer)
            return signer.error();
        if (!signer.value() || !signer.value()->user.active || !signer.value()->user.hasRole(Role::Leader))
            return makeError(ErrorCode::Validation, tr("Choose the district leader who will sign."));
        if (!clearanceCovers(signer.value()->user.clearance, f.secrecy))
            return makeError(ErrorCode::Validation,
                             tr("%1 is not cleared for %2 documents: choose a leader who is.")
                                 .arg(signer.value()->user.displayName, clearanceLabel(f.secrecy)));
        if (f.issuer == Issuer::DistrictGovernment && f.direction == Direction::Upward &&
            !signer.value()->user.districtHead)
            return makeError(ErrorCode::Validation,
                             tr("Upward documents of the district government are signed by the district head "
                                "(区长): choose the district head."));
    }

    auto findings = checkGenre(f);
    if (!findings)
        return findings.error();
    if (!findings.value().isEmpty() && overrideReason.trimmed().isEmpty()) {
        QStringList lines;
        for (const GenreFinding &g : findings.value())
            lines.append(g.message);
        return makeError(ErrorCode::Validation,
                         tr("%1\nCorrect the draft, or give a reason to save it as it is.")
                             .arg(lines.join(QLatin1Char('\n'))));
    }
    return {};
}

Result<int> DraftingService::appendVersion(const Principal &actor, Draft &d, const DraftBody &body,
                                           const QString &kind, const QString &note)
{
    if (body.text.trimmed().isEmpty() && body.pdf.isEmpty())
        return makeError(ErrorCode::Validation, tr("The body is empty."));
    DraftVersion v;
    v.draftId = d.id;
    v.number = d.currentVersion + 1;
    v.kind = kind;
    v.text = body.text;
    v.pdf = body.pdf;
    v.sha256 = sha256Of(body);
    v.authorId = actor.userId;
    v.authorName = actor.displayName;
    v.atMs = m_ctx.clock.nowMs();
    v.note = note;
    if (auto st = DraftRepository(m_ctx.db).addVersion(v); !st)
        return st.error();
    d.currentVersion = v.number;
    return v.number;
}

Result<Draft> DraftingService::create(const Actor &actor, const DraftFields &fieldsIn, const DraftBody &body,
                                      const QString &overrideReason)
{
    return createDraft(actor, {Action::CreateDraft, QStringLiteral("draft.create")}, fieldsIn, body, overrideReason,
                       {});
}

Result<Draft> DraftingService::createFor(const Actor &actor, Action permission, const QString &auditAction,
                                         const DraftFields &fields, const DraftBody &body,
                                         const std::function<Status(WriteScope &, const Draft &)> &alongside)
{
    return createDraft(actor, {permission, auditAction}, fields, body, QString(), alongside);
}

Result<Draft> DraftingService::createDraft(const Actor &actor, const WriteSpec &spec, const DraftFields &fieldsIn,
                                           const DraftBody &body, const QString &overrideReason,
                                           const std::function<Status(WriteScope &, const Draft &)> &alongside)
{
    Draft draft;
    draft.fields = fieldsIn;
    draft.fields.title = draft.fields.title.simplified();
    draft.state = QString::fromLatin1(step::kDrafting);
    draft.currentVersion = 1;
    return m_ctx.create<Draft>(
        actor, spec, draft,
        [&](WriteScope &w, Draft &d) -> Status {
            if (auto st = validateFields(d.fields, w.who, overrideReason); !st)
                return st;
            auto unit = UnitRepository(w.db).find(d.fields.draftingUnitId);
            if (!unit)
                return unit.error();
            d.variant = ChainEngine::variantFor(d.fields.issuer, unit.value()->type == UnitType::Department);
            d.createdBy = w.who.userId;
            d.createdAtMs = w.nowMs;
            w.remark(QStringLiteral("genre_override"), overrideReason.trimmed());
            return {};
        },
        [&](WriteScope &w, Draft &d) -> Status {
            d.currentVersion = 0;
            if (auto n = appendVersion(w.who, d, body, QStringLiteral("draft"), QString()); !n)
                return n.error();
            RoutingEntry e{d.id,
                           1,
                           d.state,
                           QStringLiteral("create"),
                           d.state,
                           w.who.userId,
                           w.who.displayName,
                           d.createdAtMs,
                           overrideReason.trimmed(),
                           1,
                           false,
                           0};
            if (auto st = DraftRepository(w.db).addRouting(e); !st)
                return st;
            return alongside ? alongside(w, d) : Status();
        });
}

Result<Draft> DraftingService::change(const Actor &actor, const WriteSpec &spec, qint64 draftId,
                                      qint64 expectedVersion, const Mutation &mutation)
{
    return m_ctx.update<Draft>(actor, spec, draftId, expectedVersion,
                               [&](WriteScope &w, Draft &d) -> Status { return mutateInScope(w, d, mutation); });
}

Status DraftingService::mutateInScope(WriteScope &w, Draft &d, const Mutation &mutation)
{
    const DraftRepository repo(w.db);
    auto seq = repo.nextRoutingSeq(d.id);
    if (!seq)
        return seq.error();
    RoutingEntry e;
    e.draftId = d.id;
    e.seq = seq.value();
    e.step = d.state;
    e.actorId = w.who.userId;
    e.actorName = w.who.displayName;
    e.atMs = w.nowMs;
    if (auto st = mutation(w, d, e); !st)
        return st;
    e.version = d.currentVersion;
    if (e.toStep.isEmpty())
        e.toStep = d.state;
    d.updatedAtMs = w.nowMs;
    d.updatedBy = w.who.displayName;
    if (e.action.isEmpty())
        return {};
    w.remark(QStringLiteral("opinion"), e.opinion);
    return repo.addRouting(e);
}

Result<Draft> DraftingService::updateFields(const Actor &actor, const Draft &edited,
                                            const QString &overrideReason)
{
    return change(actor, {Action::ReviseDraft, QStringLiteral("draft.update")}, edited.id, edited.version,
                  [&](WriteScope &w, Draft &d, RoutingEntry &e) -> Status {
                      if (d.state != QLatin1String(step::kDrafting))
                          return makeError(ErrorCode::Validation,
                                           tr("The draft can be edited only while it is with the drafter."));
                      if (auto st = ChainEngine::mayAct(ChainEngine::factsOf(d), d.state, w.who); !st)
                          return st; // the drafting step is the drafter's
                      DraftFields f = edited.fields;
                      f.title = f.title.simplified();
                      if (auto st = validateFields(f, w.who, overrideReason); !st)
                          return st;
                      auto unit = UnitRepository(w.db).find(f.draftingUnitId);
                      if (!unit)
                          return unit.error();
                      d.fields = f;
                      d.variant =
                          ChainEngine::variantFor(f.issuer, unit.value()->type == UnitType::Department);
                      if (!overrideReason.trimmed().isEmpty()) {
                          e.action = QStringLiteral("genre_override");
                          e.opinion = overrideReason.trimmed();
                      }
                      return {};
                  });
}

Result<Draft> DraftingService::addVersion(const Actor &actor, qint64 draftId, qint64 expectedVersion,
                                          const DraftBody &body, const QString &note)
{
    return change(actor, {Action::ReviseDraft, QStringLiteral("draft.version")}, draftId, expectedVersion,
                  [&](WriteScope &w, Draft &d, RoutingEntry &e) -> Status {
                      if (d.state != QLatin1String(step::kDrafting))
                          return makeError(
                              ErrorCode::Validation,
                              d.signedVersion > 0
                                  ? tr("The signed version is frozen: record a wording fix or a "
                                       "content change instead.")
                                  : tr("A new version can be written only while the draft is with "
                                       "the drafter."));
                      if (auto st = ChainEngine::mayAct(ChainEngine::factsOf(d), d.state, w.who); !st)
                          return st;
                      if (auto n = appendVersion(w.who, d, body, QStringLiteral("draft"), note); !n)
                          return n.error();
                      e.action = QStringLiteral("version");
                      e.opinion = note;
                      return {};
                  });
}

Result<Draft> DraftingService::act(const Actor &actor, qint64 draftId, qint64 expectedVersion,
                                   ChainAction action, const QString &opinion, bool leaveOwnMarkupsOpen)
{
    // No post is named here: the chain table says who acts at each step (checked in the change).
    const QString key = action == ChainAction::Pass     ? QStringLiteral("draft.pass")
                        : action == ChainAction::Return ? QStringLiteral("draft.return")
                                                        : QStringLiteral("draft.close");
    return change(actor, {std::nullopt, key}, draftId, expectedVersion,
                  [&](WriteScope &w, Draft &d, RoutingEntry &e) -> Status {
                      const ChainRow *r = ChainEngine::row(d.variant, d.state);
                      if (r && r->kind != StepKind::Drafting && r->kind != StepKind::Review &&
                          r->kind != StepKind::Sign)
                          return makeError(ErrorCode::Validation,
                                           tr("At “%1” the draft moves on by that step's own action.")
                                               .arg(ChainEngine::stepLabel(d.variant, d.state)));
                      if (action != ChainAction::Pass && opinion.trimmed().isEmpty())
                          return makeError(ErrorCode::Validation, tr("Give the reason."));
                      auto move = ChainEngine::transition(ChainEngine::factsOf(d), d.state, action, w.who);
                      if (!move)
                          return move.error();
                      const ChainMove &m = move.value();
                      QString note;
                      if (action == ChainAction::Pass && m.fromKind != StepKind::Drafting) {
                          auto markups = MarkupRepository(w.db).forDraft(d.id);
                          if (!markups)
                              return markups.error();
                          const int open = int(unclosedMarkupsBy(markups.value(), w.who.userId).size());
                          if (open > 0 && !leaveOwnMarkupsOpen)
                              return makeError(ErrorCode::Validation,
                                               tr("%n markup(s) of yours on this draft are not closed. Close "
                                                  "them, or confirm that the draft passes with them open.",
                                                  nullptr, open));
                          if (open > 0)
                              note = tr("(passed with %n of my markups not closed)", nullptr, open);
                      }
                      if (m.signs) {
                          d.signedVersion = d.currentVersion;
                          d.signedAtMs = e.atMs;
                          d.signedBy = w.who.displayName;
                          d.writtenDate = QDate();
                      }
                      e.action = action == ChainAction::Return      ? QStringLiteral("return")
                                 : action == ChainAction::Close     ? QStringLiteral("close")
                                 : m.signs                          ? QStringLiteral("sign")
                                 : m.fromKind == StepKind::Drafting ? QStringLiteral("submit")
                                                                    : QStringLiteral("pass");
                      e.toStep = m.to;
                      e.opinion = opinion.trimmed();
                      if (!note.isEmpty())
                          e.opinion = e.opinion.isEmpty() ? note : e.opinion + QLatin1Char(' ') + note;
                      e.backflow = m.backflow;
                      e.backflowUnitId = m.backflow ? d.fields.draftingUnitId : 0;
                      d.state = m.to;
                      d.dueAtMs = dueFor(d, m.to);
                      return {};
                  });
}

Result<Draft> DraftingService::wordingFix(const Actor &actor, qint64 draftId, qint64 expectedVersion,
                                          const DraftBody &body, const QString &note)
{
    return change(actor, {Action::ReviewDraft, QStringLiteral("draft.wording_fix")}, draftId, expectedVersion,
                  [&](WriteScope &w, Draft &d, RoutingEntry &e) -> Status {
                      if (!DraftPolicy::signedAndNotReleased(d))
                          return makeError(
                              ErrorCode::Validation,
                              tr("Wording fixes are recorded after sign-off and before release."));
                      if (note.trimmed().isEmpty())
                          return makeError(ErrorCode::Validation, tr("Say what wording was fixed."));
                      if (auto n = appendVersion(w.who, d, body, QStringLiteral("wording_fix"), note); !n)
                          return n.error();
                      e.action = QStringLiteral("wording_fix");
                      e.opinion = note.trimmed();
                      return {};
                  });
}

Result<Draft> DraftingService::contentChange(const Actor &actor, qint64 draftId, qint64 expectedVersion,
                                             const DraftBody &body, const QString &note)
{
    return change(actor, {Action::ReviewDraft, QStringLiteral("draft.content_change")}, draftId,
                  expectedVersion, [&](WriteScope &w, Draft &d, RoutingEntry &e) -> Status {
                      if (!DraftPolicy::signedAndNotReleased(d))
                          return makeError(
                              ErrorCode::Validation,
                              tr("Content changes are recorded after sign-off and before release."));
                      if (note.trimmed().isEmpty())
                          return makeError(ErrorCode::Validation, tr("Say what content changed."));
                      if (auto n = appendVersion(w.who, d, body, QStringLiteral("content_change"), note); !n)
                          return n.error();
                      // The signature is void: back to the signer with the signed original kept.
                      e.action = QStringLiteral("content_change");
                      e.opinion = note.trimmed();
                      d.signedVersion = 0;
                      d.signedAtMs = 0;
                      d.signedBy.clear();
                      d.writtenDate = QDate();
                      d.state = ChainEngine::signStep(d.variant);
                      e.toStep = d.state;
                      d.dueAtMs = dueFor(d, d.state);
                      return {};
                  });
}

Result<Draft> DraftingService::setWrittenDate(const Actor &actor, qint64 draftId, qint64 expectedVersion,
                                              const QDate &date)
{
    return change(
        actor, {Action::ReviseDraft, QStringLiteral("draft.written_date")}, draftId, expectedVersion,
        [&](WriteScope &, Draft &d, RoutingEntry &e) -> Status {
            if (!DraftPolicy::signedAndNotReleased(d))
                return makeError(ErrorCode::Validation, tr("The 成文日期 is set once the draft is signed."));
            const QDate signedOn = WorkCalendar::localDate(QDateTime::fromMSecsSinceEpoch(d.signedAtMs));
            const QDate today = WorkCalendar::localDate(m_ctx.clock.now());
            if (!date.isValid() || date < signedOn || date > today)
                return makeError(ErrorCode::Validation,
                                 tr("The 成文日期 lies between the signing date (%1) and today (%2).")
                                     .arg(signedOn.toString(Qt::ISODate), today.toString(Qt::ISODate)));
            d.writtenDate = date;
            e.action = QStringLiteral("written_date");
            e.opinion = date.toString(Qt::ISODate);
            return {};
        });
}

Result<Draft> DraftingService::registerDocument(const Actor &actor, qint64 draftId, qint64 expectedVersion,
                                                const QString &prefix)
{
    return change(
        actor, {std::nullopt, QStringLiteral("draft.register")}, draftId, expectedVersion,
        [&](WriteScope &w, Draft &d, RoutingEntry &e) -> Status {
            if (d.state != QLatin1String(step::kRegistration))
                return makeError(ErrorCode::Validation, tr("The draft is not waiting for registration."));
            auto move = ChainEngine::transition(ChainEngine::factsOf(d), d.state, ChainAction::Pass, w.who);
            if (!move)
                return move.error();
            auto office = OfficeRepository(m_ctx.db).load();
            if (!office)
                return office.error();
            bool known = false;
            for (const DocPrefix &p : office.value() ? office.value()->prefixes : QList<DocPrefix>())
                known = known || p.prefix == prefix;
            if (!known)
                return makeError(ErrorCode::Validation,
                                 tr("“%1” is not one of the office's document number prefixes.").arg(prefix));
            const QDate signedOn = WorkCalendar::localDate(QDateTime::fromMSecsSinceEpoch(d.signedAtMs));
            const QDate today = WorkCalendar::localDate(m_ctx.clock.now());
            if (!d.writtenDate.isValid()) {
                if (signedOn.daysTo(today) > kWrittenDateDays)
                    return makeError(ErrorCode::Validation,
                                     tr("The draft was signed more than %1 days ago (%2): the drafting "
                                        "unit must set the 成文日期 before registration.")
                                         .arg(kWrittenDateDays)
                                         .arg(signedOn.toString(Qt::ISODate)));
                d.writtenDate = signedOn; // 成文日期 is the signing date
            }
            if (d.docNumber.isEmpty()) {
                const int year = today.year();
                auto seq = NumberingRepository(m_ctx.db).next(prefix, year);
                if (!seq)
                    return seq.error();
                d.docNumber = formatDocNumber(prefix, year, seq.value());
            }
            e.action = QStringLiteral("register");
            e.opinion = d.docNumber;
            // An issue of a serial (《办文质量通报》) gets its issue number with its 发文字号, gap-free alike.
            auto issue = SerialRepository(m_ctx.db).number(d.id, today.year());
            if (!issue)
                return issue.error();
            if (issue.value()) {
                e.opinion += QStringLiteral(" ") + issue.value()->label();
                w.remark(QStringLiteral("serial_issue"), issue.value()->label());
            }
            e.toStep = move.value().to;
            d.state = move.value().to;
            d.dueAtMs = 0;
            return {};
        });
}

} // namespace gw
