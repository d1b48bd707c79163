// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 统计 page's figures.
#include "services/StatsService.h"

#include "storage/CalendarRepository.h"
#include "storage/StatsRepository.h"
#include "workflow/ChainEngine.h"
#include "workflow/ChainTable.h"
#include "workflow/WorkCalendar.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <functional>

namespace gw {
namespace {

/// The steps whose holders are reviewers: what 核稿质量 is about.
QStringList reviewSteps()
{
    return ChainEngine::stepsOfKind(StepKind::Review);
}

/// Whether some chain has `a` before `b`.
bool comesBefore(const QString &a, const QString &b)
{
    QSet<ChainVariant> seen;
    for (const ChainRow &r : chainTable()) {
        if (seen.contains(r.variant))
            continue;
        seen.insert(r.variant);
        const int ia = StatsService::stepOrder(chainVariantCode(r.variant), a);
        const int ib = StatsService::stepOrder(chainVariantCode(r.variant), b);
        if (ia >= 0 && ib >= 0 && ia < ib)
            return true;
    }
    return false;
}

/// `steps` in the order the chains go through them (科室审核 before 秘书科核稿 before 副主任审核), merged
/// over every variant; a step no chain lists any more comes last.
QStringList inChainOrder(const QSet<QString> &steps)
{
    QStringList left(steps.cbegin(), steps.cend());
    std::sort(left.begin(), left.end());
    QStringList out;
    while (!left.isEmpty()) {
        auto next = std::find_if(left.cbegin(), left.cend(), [&](const QString &s) {
            return std::none_of(left.cbegin(), left.cend(), [&](const QString &t) { return comesBefore(t, s); });
        });
        if (next == left.cend())
            next = left.cbegin(); // no order between what is left: as sorted
        out.append(*next);
        left.removeAt(next - left.cbegin());
    }
    return out;
}

void add(LedgerRow &row, LedgerMeasure m, const StatsCount &c)
{
    switch (m) {
    case LedgerMeasure::Handled:
        row.handled += c.count;
        break;
    case LedgerMeasure::Markup:
        if (auto cat = markupCategoryFromCode(c.detail))
            row.errors[*cat] += c.count;
        break;
    case LedgerMeasure::Backflow:
        row.backflowByStep[c.detail] += c.count;
        break;
    case LedgerMeasure::FirstReadFail:
        if (auto cat = markupCategoryFromCode(c.detail))
            row.firstReadFails[*cat] += c.count;
        break;
    case LedgerMeasure::Finding:
        row.findings += c.count;
        break;
    }
}

} // namespace

bool StatsService::seesWholeOffice(const Principal &p)
{
    for (Role r : {Role::Reviewer, Role::DeputyDirector, Role::Director, Role::Leader, Role::Supervisor}) {
        if (p.hasRole(r))
            return true;
    }
    return false;
}

Result<StatsRange> StatsService::rangeFor(const Actor &actor, const StatsPeriod &period, LedgerScope scope,
                                          Principal *who, Clearance upTo) const
{
    auto current = m_ctx.authorize(actor, Action::ViewStatistics);
    if (!current)
        return current.error();
    if (who)
        *who = current.value();
    auto range = rangeFor(current.value(), period, scope);
    if (range)
        range.value().maxSecrecy = std::min(range.value().maxSecrecy, upTo);
    return range;
}

int StatsService::stepOrder(const QString &variant, const QString &step)
{
    int i = 0;
    for (const ChainRow &r : chainTable()) {
        if (chainVariantCode(r.variant) != variant)
            continue;
        if (step == QLatin1String(r.step))
            return i;
        ++i;
    }
    return -1;
}

Result<LedgerScope> StatsService::allowedScope(const Actor &actor) const
{
    auto who = m_ctx.authorize(actor, Action::ViewStatistics);
    if (!who)
        return who.error();
    if (seesWholeOffice(who.value()))
        return LedgerScope{};
    auto range = rangeFor(who.value(), StatsPeriod::year(2000), {});
    if (!range)
        return range.error();
    return range.value().scope;
}

Result<QList<QPair<qint64, QString>>> StatsService::people(const Actor &actor) const
{
    auto who = m_ctx.authorize(actor, Action::ViewStatistics);
    if (!who)
        return who.error();
    if (!seesWholeOffice(who.value()))
        return QList<QPair<qint64, QString>>();
    return StatsRepository(m_ctx.db).people();
}

Result<StatsRange> StatsService::rangeFor(const Principal &who, const StatsPeriod &period, LedgerScope scope) const
{
    if (!period.isValid())
        return makeError(ErrorCode::Validation, tr("Choose a period whose first day is not after its last."));
    if (!seesWholeOffice(who)) {
        if (who.unitId <= 0)
            return makeError(ErrorCode::Permission,
                             tr("A section head sees the figures of their own unit, and no unit is recorded "
                                "for your account. Ask the administrator to record it."));
        if ((scope.unitId > 0 && scope.unitId != who.unitId) || scope.userId > 0)
            return makeError(ErrorCode::Permission, tr("A section head sees the figures of their own unit only."));
        scope.unitId = who.unitId;
    }
    StatsRange r;
    r.fromMs = period.fromMs();
    r.toMs = period.toMs();
    r.maxSecrecy = who.clearance; // nothing above the viewer's clearance is counted
    r.scope = scope;
    r.reviewSteps = reviewSteps();
    return r;
}

Result<Ledger> StatsService::ledger(const Actor &actor, const StatsPeriod &period, LedgerRows rows,
                                    LedgerScope scope, Clearance upTo) const
{
    auto range = rangeFor(actor, period, scope, nullptr, upTo);
    if (!range)
        return range.error();
    const StatsRepository repo(m_ctx.db);
    auto names = repo.names(rows);
    if (!names)
        return names.error();

    Ledger out;
    out.period = period;
    out.rows = rows;
    out.scope = range.value().scope;
    QHash<qint64, LedgerRow> byKey;
    QSet<QString> steps;
    for (LedgerMeasure m : {LedgerMeasure::Handled, LedgerMeasure::Markup, LedgerMeasure::Backflow,
                            LedgerMeasure::FirstReadFail, LedgerMeasure::Finding}) {
        auto counts = repo.counts(m, rows, range.value());
        if (!counts)
            return counts.error();
        for (const StatsCount &c : counts.value()) {
            LedgerRow &row = byKey[c.key];
            row.key = c.key;
            add(row, m, c);
            if (m != LedgerMeasure::Handled)
                add(out.total, m, c);
            if (m == LedgerMeasure::Backflow)
                steps.insert(c.detail);
        }
    }
    // Documents are counted once in the totals, also when several reviewers acted on one.
    auto handled = repo.counts(LedgerMeasure::Handled, rows, range.value(), StatsRepository::GroupBy::None);
    if (!handled)
        return handled.error();
    for (const StatsCount &c : handled.value())
        out.total.handled += c.count;
    out.total.name = tr("Total");

    for (auto it = byKey.begin(); it != byKey.end(); ++it) {
        it->name = names.value().value(it.key());
        if (it->name.isEmpty())
            it->name = it.key() > 0 ? tr("(no longer in the records, #%1)").arg(it.key()) : tr("(not recorded)");
        out.lines.append(*it);
    }
    std::sort(out.lines.begin(), out.lines.end(), [](const LedgerRow &a, const LedgerRow &b) {
        if (a.defects() != b.defects())
            return a.defects() > b.defects();
        return a.name < b.name;
    });
    out.backflowSteps = inChainOrder(steps);
    return out;
}

QList<StatsPeriod> StatsService::monthsOf(const StatsPeriod &period)
{
    QList<StatsPeriod> out;
    if (!period.isValid())
        return out;
    for (QDate m(period.first.year(), period.first.month(), 1); m <= period.last; m = m.addMonths(1)) {
        const StatsPeriod month = StatsPeriod::month(m.year(), m.month());
        out.append(StatsPeriod::days(std::max(month.first, period.first), std::min(month.last, period.last)));
    }
    return out;
}

Result<QList<LedgerRow>> StatsService::trend(const Actor &actor, const StatsPeriod &period, LedgerScope scope) const
{
    auto range = rangeFor(actor, period, scope);
    if (!range)
        return range.error();
    const QList<StatsPeriod> months = monthsOf(period);
    QList<LedgerRow> out;
    QList<qint64> bounds;
    for (const StatsPeriod &m : months) {
        LedgerRow row;
        row.key = out.size();
        row.name = StatsPeriod::month(m.first.year(), m.first.month()).label();
        out.append(row);
        if (m.first != period.first)
            bounds.append(m.fromMs());
    }
    const StatsRepository repo(m_ctx.db);
    for (LedgerMeasure m : {LedgerMeasure::Handled, LedgerMeasure::Markup, LedgerMeasure::Backflow,
                            LedgerMeasure::FirstReadFail, LedgerMeasure::Finding}) {
        auto counts = repo.counts(m, LedgerRows::Unit, range.value(), StatsRepository::GroupBy::Bucket, bounds);
        if (!counts)
            return counts.error();
        for (const StatsCount &c : counts.value()) {
            if (c.key >= 0 && c.key < out.size())
                add(out[int(c.key)], m, c);
        }
    }
    return out;
}

Result<QList<qint64>> StatsService::draftsBehind(const Actor &actor, const LedgerCell &cell) const
{
    auto range = rangeFor(actor, cell.period, cell.scope);
    if (!range)
        return range.error();
    return StatsRepository(m_ctx.db).draftsBehind(cell.measure, cell.rows, range.value(), cell.detail, cell.key);
}

Result<QList<QuotedMarkup>> StatsService::quotedMarkups(const Actor &actor, const StatsPeriod &period,
                                                        MarkupCategory category, int limit, Clearance upTo) const
{
    auto range = rangeFor(actor, period, {}, nullptr, upTo);
    if (!range)
        return range.error();
    return StatsRepository(m_ctx.db).quotedMarkups(range.value(), markupCategoryCode(category), limit);
}

Result<QList<ReviewerQuality>> StatsService::reviewQuality(const Actor &actor, const StatsPeriod &period,
                                                          LedgerScope scope) const
{
    auto who = m_ctx.authorize(actor, Action::ViewReviewQuality);
    if (!who)
        return who.error();
    scope.userId = 0; // every reviewer's row
    auto range = rangeFor(who.value(), period, scope);
    if (!range)
        return range.error();
    const StatsRepository repo(m_ctx.db);
    const QStringList steps = reviewSteps();
    auto actions = repo.stepActions(range.value(), steps);
    if (!actions)
        return actions.error();
    auto findings = repo.findingsOnReviewed(range.value(), steps);
    if (!findings)
        return findings.error();
    auto found = repo.counts(LedgerMeasure::Markup, LedgerRows::Reviewer, range.value());
    if (!found)
        return found.error();
    auto stored = CalendarRepository(m_ctx.db).list();
    if (!stored)
        return stored.error();
    const WorkCalendar calendar = WorkCalendar::around(period.first.year(), stored.value());

    QHash<qint64, ReviewerQuality> byReviewer;
    QHash<qint64, QSet<qint64>> reviewedDrafts;
    QHash<qint64, QList<qint64>> durations;
    QHash<qint64, QList<const StepAction *>> passesOnDraft;
    for (const StepAction &a : actions.value()) {
        ReviewerQuality &q = byReviewer[a.actorId];
        q.userId = a.actorId;
        q.name = a.actorName;
        reviewedDrafts[a.actorId].insert(a.draftId);
        if (a.action == QLatin1String("return"))
            ++q.returned;
        if (a.action == QLatin1String("pass"))
            passesOnDraft[a.draftId].append(&a);
        if (a.arrivedMs <= 0 || a.atMs < a.arrivedMs)
            continue;
        durations[a.actorId].append(a.atMs - a.arrivedMs);
        ++q.timed;
        const QDateTime deadline =
            calendar.reviewDeadline(QDateTime::fromMSecsSinceEpoch(a.arrivedMs), a.urgency);
        if (a.atMs <= deadline.toMSecsSinceEpoch())
            ++q.onTime;
    }
    for (const StatsCount &c : found.value()) {
        if (!byReviewer.contains(c.key))
            continue; // errors found at a step that is not a review (a leader's markups at sign-off)
        if (auto cat = markupCategoryFromCode(c.detail))
            byReviewer[c.key].found[*cat] += c.count;
    }
    // A finding slipped past every reviewer who passed the draft before it was made, at an earlier
    // step, and is not theirs. Each reviewer counts it once however often they passed the draft.
    QHash<qint64, std::array<QSet<qint64>, 3>> slippedOn; // per reviewer: drafts, by kind of finding
    for (const LaterFinding &f : findings.value()) {
        QSet<qint64> slippedPast;
        for (const StepAction *p : passesOnDraft.value(f.draftId)) {
            if (p->actorId == f.byId || p->atMs >= f.atMs || slippedPast.contains(p->actorId))
                continue;
            // Only steps both in the draft's chain are compared (a draft whose variant changed on a
            // return, or a markup from before steps were kept, is not guessed at).
            const int passedAt = stepOrder(p->variant, p->step);
            const int foundAt = stepOrder(p->variant, f.step);
            if (passedAt < 0 || foundAt < 0 || passedAt >= foundAt)
                continue;
            slippedPast.insert(p->actorId);
            ReviewerQuality &q = byReviewer[p->actorId];
            switch (f.kind) {
            case LaterFinding::Markup:
                if (auto cat = markupCategoryFromCode(f.category))
                    q.slipped[*cat] += 1;
                slippedOn[p->actorId][0].insert(f.draftId);
                break;
            case LaterFinding::Return:
                ++q.slippedReturns;
                slippedOn[p->actorId][1].insert(f.draftId);
                break;
            case LaterFinding::FirstRead:
                ++q.slippedFirstReads;
                slippedOn[p->actorId][2].insert(f.draftId);
                break;
            }
        }
    }
    QList<ReviewerQuality> out;
    for (auto it = byReviewer.begin(); it != byReviewer.end(); ++it) {
        it->reviewed = int(reviewedDrafts.value(it.key()).size());
        QList<qint64> d = durations.value(it.key());
        it->medianMs = percentile(d, 0.5);
        it->p90Ms = percentile(d, 0.9);
        const std::array<QSet<qint64>, 3> on = slippedOn.value(it.key());
        for (auto [set, list] : {std::pair{&on[0], &it->slippedErrorIds}, std::pair{&on[1], &it->slippedReturnIds},
                                 std::pair{&on[2], &it->slippedFirstReadIds}}) {
            *list = QList<qint64>(set->cbegin(), set->cend());
            std::sort(list->begin(), list->end(), std::greater<qint64>());
        }
        out.append(*it);
    }
    std::sort(out.begin(), out.end(),
              [](const ReviewerQuality &a, const ReviewerQuality &b) { return a.name < b.name; });
    return out;
}

} // namespace gw
