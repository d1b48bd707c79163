// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the annual 文件评比.
#include "services/RatingService.h"

#include "Clock.h"

#include "services/StatsRecords.h"
#include "services/StatsService.h"

#include <QHash>

#include <algorithm>
#include <functional>

namespace gw {
namespace {

/// How a document due in the year counts: released by the end of its day (China time) is in time;
/// released later, or still unreleased once its day is over, is late; unreleased before then, not yet.
enum class Timing
{
    InTime,
    Late,
    NotYet
};

Timing timingOf(const LimitedRelease &r, qint64 nowMs)
{
    const qint64 endOfDay = StatsPeriod::days(r.due, r.due).toMs();
    if (r.releasedAtMs > 0)
        return r.releasedAtMs < endOfDay ? Timing::InTime : Timing::Late;
    return nowMs >= endOfDay ? Timing::Late : Timing::NotYet;
}

} // namespace

Result<QList<RatingScheme>> RatingService::schemes(const Actor &actor) const
{
    if (auto who = m_ctx.authorize(actor, Action::ViewRanking); !who)
        return who.error();
    return RatingRepository(m_ctx.db).schemes();
}

Result<RatingScheme> RatingService::saveScheme(const Actor &actor, RatingScheme scheme)
{
    const QString problem = scheme.problem();
    if (!problem.isEmpty())
        return makeError(ErrorCode::Validation, problem);
    scheme.note = scheme.note.trimmed();
    return m_ctx.create<RatingScheme>(
        actor, {Action::EditRatingScheme, QStringLiteral("rating_scheme.create")}, scheme,
        [](WriteScope &w, RatingScheme &s) -> Status {
            const RatingRepository repo(w.db);
            auto newest = repo.scheme(0);
            if (!newest)
                return newest.error();
            if (newest.value() && newest.value()->sameWeights(s))
                return makeError(ErrorCode::Validation,
                                 tr("These are the weights of version %1 already: nothing to save.")
                                     .arg(newest.value()->number));
            auto next = repo.nextNumber();
            if (!next)
                return next.error();
            s.number = next.value();
            s.createdBy = w.who.userId;
            s.createdByName = w.who.displayName;
            s.createdAtMs = w.nowMs;
            return {};
        });
}

Result<Rating> RatingService::rating(const Actor &actor, int year, int schemeNumber, Clearance upTo) const
{
    auto who = m_ctx.authorize(actor, Action::ViewRanking);
    if (!who)
        return who.error();
    if (year < 2000 || year > 2100)
        return makeError(ErrorCode::Validation, tr("Choose a year between 2000 and 2100."));
    auto scheme = RatingRepository(m_ctx.db).scheme(schemeNumber);
    if (!scheme)
        return scheme.error();
    if (!scheme.value())
        return makeError(ErrorCode::NotFound, schemeNumber > 0
                                                  ? tr("There is no version %1 of the scoring scheme.").arg(schemeNumber)
                                                  : tr("No scoring scheme is stored. Set one first."));
    const StatsPeriod period = StatsPeriod::year(year);
    auto ledger = m_stats.ledger(actor, period, LedgerRows::Unit, {}, upTo);
    if (!ledger)
        return ledger.error();
    auto limited = RatingRepository(m_ctx.db).dueIn(year, std::min(who.value().clearance, upTo), 0);
    if (!limited)
        return limited.error();
    const qint64 now = m_ctx.clock.now().toMSecsSinceEpoch();
    QHash<qint64, RatingInputs> timing;
    for (const LimitedRelease &r : limited.value()) {
        const Timing t = timingOf(r, now);
        if (t == Timing::NotYet)
            continue;
        RatingInputs &in = timing[r.unitId];
        ++in.timed;
        if (t == Timing::InTime)
            ++in.onTime;
    }

    Rating out;
    out.year = year;
    out.scheme = *scheme.value();
    for (const LedgerRow &row : ledger.value().lines) {
        if (row.key <= 0)
            continue; // documents whose drafting unit is not recorded are no unit's
        RatingLine line;
        line.unitId = row.key;
        line.name = row.name;
        line.inputs.handled = row.handled;
        line.inputs.policy = row.errors.value(MarkupCategory::Policy);
        line.inputs.format = row.errors.value(MarkupCategory::Format);
        line.inputs.wording = row.errors.value(MarkupCategory::Wording);
        line.inputs.backflow = row.backflowTotal();
        line.inputs.firstRead = row.firstReadFailTotal();
        line.inputs.timed = timing.value(row.key).timed;
        line.inputs.onTime = timing.value(row.key).onTime;
        line.parts = ratingScore(out.scheme, line.inputs);
        out.lines.append(line);
    }
    rankLines(out.lines);
    return out;
}

Result<QList<qint64>> RatingService::timedDrafts(const Actor &actor, int year, qint64 unitId, bool lateOnly) const
{
    auto who = m_ctx.authorize(actor, Action::ViewRanking);
    if (!who)
        return who.error();
    auto limited = RatingRepository(m_ctx.db).dueIn(year, who.value().clearance, unitId);
    if (!limited)
        return limited.error();
    const qint64 now = m_ctx.clock.now().toMSecsSinceEpoch();
    QList<qint64> out;
    for (const LimitedRelease &r : limited.value()) {
        const Timing t = timingOf(r, now);
        if (t == Timing::Late || (t == Timing::InTime && !lateOnly))
            out.append(r.draftId);
    }
    std::sort(out.begin(), out.end(), std::greater<qint64>());
    return out;
}

} // namespace gw
