// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — 流转情况: the flow figures of the 统计 page.
#include "services/StatsService.h"

#include "Clock.h"
#include "services/StatsTables.h"
#include "storage/CalendarRepository.h"
#include "storage/FlowRepository.h"
#include "workflow/ChainTable.h"
#include "workflow/TriageRules.h"
#include "workflow/WorkCalendar.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

namespace gw {
namespace {

constexpr double kHour = 3600.0 * 1000;
constexpr double kDay = 24 * kHour;

/// Whether a step was finished after its limit on the work calendar (for the document's urgency).
bool finishedLate(const WorkCalendar &calendar, const StepAction &a)
{
    return a.arrivedMs > 0 && a.atMs >= a.arrivedMs &&
           a.atMs > calendar.reviewDeadline(QDateTime::fromMSecsSinceEpoch(a.arrivedMs), a.urgency).toMSecsSinceEpoch();
}

QStringList allSteps()
{
    QStringList out;
    for (const ChainRow &r : chainTable()) {
        const QString s = QLatin1String(r.step);
        if (!out.contains(s))
            out.append(s);
    }
    return out;
}

/// A time in hours or days, one decimal; "—" for none.
QVariant span(qint64 ms, double unit)
{
    return ms > 0 ? QVariant(std::round(ms / unit * 10.0) / 10.0) : QVariant(QStringLiteral("—"));
}

QVariant rate(int part, int whole)
{
    return whole > 0 ? QVariant(std::round(1000.0 * part / whole) / 10.0) : QVariant(QStringLiteral("—"));
}

QString genreName(const QString &code)
{
    const auto g = genreFromCode(code);
    return g ? genreLabel(*g) : code;
}

QString variantName(const QString &code)
{
    const auto v = chainVariantFromCode(code);
    return v ? chainVariantLabel(*v) : code;
}

/// The clause's number (（二）4) for a stored triage rule (an overridden one cites its proposal).
QString clauseOf(const QString &rule)
{
    IncomingItem item;
    item.triageRule = rule;
    const QString key = item.triageRuleProposed();
    for (const TriageClause &c : TriageRules::clauses()) {
        if (key == QLatin1String(c.rule))
            return QString::fromUtf8(c.clause);
    }
    return key.isEmpty() ? QString() : key;
}

} // namespace

Result<FlowFigures> StatsService::flow(const Actor &actor, const StatsPeriod &period, LedgerScope scope) const
{
    Principal who;
    auto range = rangeFor(actor, period, scope, &who);
    if (!range)
        return range.error();
    const StatsRange &r = range.value();
    const FlowRepository repo(m_ctx.db);
    FlowFigures out;
    out.period = period;
    out.scope = r.scope;
    auto cell = [&](FlowCell::What what, const QString &group = {}, const QString &detail = {}, qint64 key = 0) {
        FlowCell c;
        c.what = what;
        c.group = group;
        c.detail = detail;
        c.key = key;
        c.period = period;
        c.scope = r.scope;
        return std::optional<FlowCell>(c);
    };

    // Outgoing by genre and by chain: started and released in the period.
    for (const auto &[group, title, header] :
         {std::tuple{QStringLiteral("genre"), tr("Outgoing by genre"), tr("Genre")},
          std::tuple{QStringLiteral("variant"), tr("Outgoing by chain"), tr("Chain")}}) {
        auto started = repo.drafts(r, group, QStringLiteral("created_at"));
        auto released = started ? repo.drafts(r, group, QStringLiteral("released_at")) : started;
        if (!released)
            return released.error();
        QMap<QString, QPair<int, int>> by;
        for (const FlowGroup &g : started.value())
            by[g.keys.value(0)].first += g.count;
        for (const FlowGroup &g : released.value())
            by[g.keys.value(0)].second += g.count;
        FlowTable t;
        t.title = title;
        t.headers = {header, tr("Started"), tr("Released")};
        QPair<int, int> total;
        for (auto it = by.cbegin(); it != by.cend(); ++it) {
            const QString name = group == QLatin1String("genre") ? genreName(it.key()) : variantName(it.key());
            t.addRow({name, it->first, it->second}, {std::nullopt, cell(FlowCell::Created, group, it.key()),
                                                     cell(FlowCell::Released, group, it.key())});
            total.first += it->first;
            total.second += it->second;
        }
        t.addRow({tr("Total"), total.first, total.second},
                 {std::nullopt, cell(FlowCell::Created), cell(FlowCell::Released)});
        out.tables.append(t);
    }

    // Where the documents started in the period are now.
    {
        auto states = repo.drafts(r, QStringLiteral("state"), QStringLiteral("created_at"));
        if (!states)
            return states.error();
        FlowTable t;
        t.title = tr("Outgoing started in the period: where they are now");
        t.headers = {tr("Step"), tr("Documents")};
        for (const FlowGroup &g : states.value())
            t.addRow({StatsTables::stepName(g.keys.value(0)), g.count},
                     {std::nullopt, cell(FlowCell::Created, QStringLiteral("state"), g.keys.value(0))});
        out.tables.append(t);
    }

    // Time at each step, and the actions done after the step's limit on the work calendar.
    auto stored = CalendarRepository(m_ctx.db).list();
    if (!stored)
        return stored.error();
    const WorkCalendar calendar = WorkCalendar::around(period.first.year(), stored.value());
    {
        auto actions = StatsRepository(m_ctx.db).stepActions(r, allSteps());
        if (!actions)
            return actions.error();
        QMap<int, QString> order; // the steps in chain order
        QHash<QString, QList<qint64>> durations;
        QHash<QString, int> acted, late;
        for (const StepAction &a : actions.value()) {
            ++acted[a.step];
            if (!order.values().contains(a.step))
                order.insert(int(order.size()), a.step);
            if (a.arrivedMs <= 0 || a.atMs < a.arrivedMs)
                continue;
            durations[a.step].append(a.atMs - a.arrivedMs);
            if (finishedLate(calendar, a))
                ++late[a.step];
        }
        FlowTable t;
        t.title = tr("Time at each step");
        t.headers = {tr("Step"), tr("Actions"), tr("Median (hours)"), tr("90th percentile (hours)"),
                     tr("After the time limit")};
        for (const QString &step : allSteps()) {
            if (!acted.contains(step))
                continue;
            QList<qint64> d = durations.value(step);
            t.addRow({StatsTables::stepName(step), acted.value(step), span(percentile(d, 0.5), kHour),
                      span(percentile(d, 0.9), kHour), late.value(step)},
                     {std::nullopt, cell(FlowCell::StepActed, {}, step), std::nullopt, std::nullopt,
                      cell(FlowCell::StepLate, {}, step)});
        }
        t.note = tr("From the routing line that brought the document to the step to the action that finished "
                    "it there; the limit is the work calendar's for the document's urgency.");
        if (r.scope.userId > 0)
            t.note += QStringLiteral(" ") + tr("With a person chosen: the steps that person finished, on any "
                                               "document (the other tables: the documents they drafted).");
        out.tables.append(t);
    }

    // End to end: from the start of drafting to release, per chain.
    {
        auto releases = repo.releases(r);
        if (!releases)
            return releases.error();
        QMap<QString, QList<qint64>> by;
        QList<qint64> all;
        for (const FlowSpan &s : releases.value()) {
            if (s.toMs < s.fromMs)
                continue;
            by[s.kind].append(s.toMs - s.fromMs);
            all.append(s.toMs - s.fromMs);
        }
        FlowTable t;
        t.title = tr("End to end: from drafting to release");
        t.headers = {tr("Chain"), tr("Released"), tr("Median (days)"), tr("90th percentile (days)")};
        for (auto it = by.begin(); it != by.end(); ++it) {
            const int n = int(it->size());
            t.addRow({variantName(it.key()), n, span(percentile(*it, 0.5), kDay), span(percentile(*it, 0.9), kDay)},
                     {std::nullopt, cell(FlowCell::Released, QStringLiteral("variant"), it.key())});
        }
        const int n = int(all.size());
        t.addRow({tr("Total"), n, span(percentile(all, 0.5), kDay), span(percentile(all, 0.9), kDay)},
                 {std::nullopt, cell(FlowCell::Released)});
        out.tables.append(t);
    }

    // Overdue now, whatever the period.
    {
        auto overdue = repo.overdue(r, m_ctx.clock.now().toMSecsSinceEpoch());
        if (!overdue)
            return overdue.error();
        FlowTable t;
        t.title = tr("Overdue now");
        t.headers = {tr("Step"), tr("Documents past the step's limit")};
        int total = 0;
        for (const FlowGroup &g : overdue.value()) {
            t.addRow({StatsTables::stepName(g.keys.value(0)), g.count},
                     {std::nullopt, cell(FlowCell::OverdueNow, {}, g.keys.value(0))});
            total += g.count;
        }
        t.addRow({tr("Total"), total}, {});
        t.note = tr("Documents waiting now, whatever the period chosen.");
        out.tables.append(t);
    }

    // Printing and the first reader.
    {
        auto copies = repo.copies(r);
        auto readings = copies ? repo.readings(r) : Result<QList<FlowGroup>>(copies.error());
        if (!readings)
            return readings.error();
        int passed = 0, failed = 0;
        for (const FlowGroup &g : readings.value())
            (g.keys.value(0) == QLatin1String("pass") ? passed : failed) += g.count;
        FlowTable t;
        t.title = tr("Printing and the first reader");
        t.headers = {tr("Copies printed"), tr("Of them reprints"), tr("First reader passed"), tr("First reader failed"),
                     tr("Pass rate (%)")};
        t.addRow({copies.value().first, copies.value().second, passed, failed, rate(passed, passed + failed)},
                 {cell(FlowCell::Printed), cell(FlowCell::Reprinted), cell(FlowCell::ReadPassed),
                  cell(FlowCell::ReadFailed), std::nullopt});
        out.tables.append(t);
    }

    if (!seesWholeOffice(who) || r.scope.unitId > 0 || r.scope.userId > 0)
        return out; // incoming documents are the office's, not a unit's or a person's

    auto senders = StatsRepository(m_ctx.db).names(LedgerRows::Unit);
    if (!senders)
        return senders.error();
    // The incoming tables from one read of the period's items: sender, state, clause, genre and month.
    const QList<StatsPeriod> months = monthsOf(period);
    QList<qint64> bounds;
    for (const StatsPeriod &m : months) {
        if (m.first != period.first)
            bounds.append(m.fromMs());
    }
    auto groups = repo.incoming(r,
                                {QStringLiteral("sender_unit_id"), QStringLiteral("state"), QStringLiteral("triage_rule"),
                                 QStringLiteral("genre"), QStringLiteral("month")},
                                bounds);
    if (!groups)
        return groups.error();
    enum
    {
        kSender,
        kState,
        kRule,
        kGenre,
        kMonth
    };
    const QString returned = QLatin1String(incoming::kReturned), transferred = QLatin1String(incoming::kTransferred);
    // Incoming by sender, with what was returned or transferred and the clauses cited.
    {
        struct Tally
        {
            int received = 0, returned = 0, transferred = 0;
            QMap<QString, int> cited;
        };
        QHash<qint64, Tally> by;
        for (const FlowGroup &g : groups.value()) {
            Tally &t = by[g.keys.value(kSender).toLongLong()];
            t.received += g.count;
            if (g.keys.value(kState) == returned)
                t.returned += g.count;
            if (g.keys.value(kState) == transferred)
                t.transferred += g.count;
            if (g.keys.value(kState) == returned || g.keys.value(kState) == transferred)
                t.cited[clauseOf(g.keys.value(kRule))] += g.count;
        }
        QList<qint64> order = by.keys();
        std::sort(order.begin(), order.end(), [&](qint64 a, qint64 b) {
            if (by.value(a).received != by.value(b).received)
                return by.value(a).received > by.value(b).received;
            return senders.value().value(a) < senders.value().value(b);
        });
        FlowTable t;
        t.title = tr("Incoming by sender");
        t.headers = {tr("Sender"), tr("Received"), tr("Returned (退文)"), tr("Transferred (转办)"), tr("Clauses cited")};
        for (qint64 id : order) {
            const Tally &x = by.value(id);
            QStringList cited;
            for (auto it = x.cited.cbegin(); it != x.cited.cend(); ++it)
                cited.append(it.value() > 1 ? QStringLiteral("%1×%2").arg(it.key()).arg(it.value()) : it.key());
            t.addRow({senders.value().value(id, tr("(unit #%1)").arg(id)), x.received, x.returned, x.transferred,
                      cited.join(QStringLiteral("；"))},
                     {std::nullopt, cell(FlowCell::Received, {}, {}, id),
                      cell(FlowCell::Received, QStringLiteral("state"), returned, id),
                      cell(FlowCell::Received, QStringLiteral("state"), transferred, id)});
        }
        out.tables.append(t);
    }
    // Incoming by genre.
    {
        QMap<QString, int> byGenre;
        for (const FlowGroup &g : groups.value())
            byGenre[g.keys.value(kGenre)] += g.count;
        FlowTable t;
        t.title = tr("Incoming by genre");
        t.headers = {tr("Genre"), tr("Received")};
        for (auto it = byGenre.cbegin(); it != byGenre.cend(); ++it)
            t.addRow({genreName(it.key()), it.value()},
                     {std::nullopt, cell(FlowCell::Received, QStringLiteral("genre"), it.key())});
        out.tables.append(t);
    }
    // Incoming month by month.
    {
        QList<std::array<int, 3>> counts(months.size(), std::array<int, 3>{0, 0, 0});
        for (const FlowGroup &g : groups.value()) {
            const int i = g.keys.value(kMonth).toInt();
            if (i < 0 || i >= counts.size())
                continue;
            counts[i][0] += g.count;
            if (g.keys.value(kState) == returned)
                counts[i][1] += g.count;
            if (g.keys.value(kState) == transferred)
                counts[i][2] += g.count;
        }
        FlowTable t;
        t.title = tr("Incoming month by month");
        t.headers = {tr("Month"), tr("Received"), tr("Returned (退文)"), tr("Transferred (转办)")};
        for (int i = 0; i < months.size(); ++i) {
            auto c = [&](const QString &group, const QString &detail) {
                auto x = cell(FlowCell::Received, group, detail);
                x->period = months.at(i);
                return x;
            };
            t.addRow({StatsPeriod::month(months.at(i).first.year(), months.at(i).first.month()).label(), counts[i][0],
                      counts[i][1], counts[i][2]},
                     {std::nullopt, c({}, {}), c(QStringLiteral("state"), returned),
                      c(QStringLiteral("state"), transferred)});
        }
        out.tables.append(t);
    }
    // Circulation: from receipt to the last step of handling, and whether that was by the due time.
    {
        auto spans = repo.circulation(r);
        if (!spans)
            return spans.error();
        QList<qint64> d;
        int timed = 0, onTime = 0;
        for (const FlowSpan &s : spans.value()) {
            if (s.toMs >= s.fromMs)
                d.append(s.toMs - s.fromMs);
            if (s.dueMs > 0) {
                ++timed;
                if (s.toMs <= s.dueMs)
                    ++onTime;
            }
        }
        FlowTable t;
        t.title = tr("Incoming circulation");
        t.headers = {tr("Handled to the end"), tr("Median (days)"), tr("90th percentile (days)"), tr("With a due time"),
                     tr("Handled in time"), tr("On time (%)")};
        const int n = int(spans.value().size());
        t.addRow({n, span(percentile(d, 0.5), kDay), span(percentile(d, 0.9), kDay), timed, onTime, rate(onTime, timed)},
                 {cell(FlowCell::Finished)});
        t.note = tr("Items received in the period and handled to the end; from receipt to their last step.");
        out.tables.append(t);
    }
    return out;
}

Result<QList<qint64>> StatsService::flowDrafts(const Actor &actor, const FlowCell &cell) const
{
    auto range = rangeFor(actor, cell.period, cell.scope);
    if (!range)
        return range.error();
    const StatsRange &r = range.value();
    const FlowRepository repo(m_ctx.db);
    switch (cell.what) {
    case FlowCell::Created:
        return repo.draftIds(r, cell.group, cell.detail, QStringLiteral("created_at"));
    case FlowCell::Released:
        return repo.draftIds(r, cell.group, cell.detail, QStringLiteral("released_at"));
    case FlowCell::OverdueNow:
        return repo.overdueIds(r, m_ctx.clock.now().toMSecsSinceEpoch(), cell.detail);
    case FlowCell::Printed:
    case FlowCell::Reprinted:
        return repo.printedIds(r, cell.what == FlowCell::Reprinted);
    case FlowCell::ReadPassed:
    case FlowCell::ReadFailed:
        return repo.readIds(r, cell.what == FlowCell::ReadPassed ? QStringLiteral("pass") : QStringLiteral("fail"));
    case FlowCell::StepActed:
    case FlowCell::StepLate: {
        auto actions = StatsRepository(m_ctx.db).stepActions(r, {cell.detail});
        if (!actions)
            return actions.error();
        auto stored = CalendarRepository(m_ctx.db).list();
        if (!stored)
            return stored.error();
        const WorkCalendar calendar = WorkCalendar::around(cell.period.first.year(), stored.value());
        QSet<qint64> ids;
        for (const StepAction &a : actions.value()) {
            if (cell.what == FlowCell::StepActed || finishedLate(calendar, a))
                ids.insert(a.draftId);
        }
        QList<qint64> out(ids.cbegin(), ids.cend());
        std::sort(out.begin(), out.end(), std::greater<qint64>());
        return out;
    }
    case FlowCell::Received:
    case FlowCell::Finished:
        break;
    }
    return makeError(ErrorCode::Validation, tr("These figures count incoming items, not outgoing documents."));
}

Result<IncomingFilter> StatsService::flowIncoming(const Actor &actor, const FlowCell &cell) const
{
    auto who = m_ctx.authorize(actor, Action::ViewStatistics);
    if (!who)
        return who.error();
    if (!seesWholeOffice(who.value()))
        return makeError(ErrorCode::Permission, tr("A section head sees the figures of their own unit only."));
    if (!cell.incoming() || !cell.period.isValid())
        return makeError(ErrorCode::Validation, tr("These figures count outgoing documents, not incoming items."));
    IncomingFilter f;
    f.receivedFromMs = cell.period.fromMs();
    f.receivedToMs = cell.period.toMs();
    f.maxSecrecy = who.value().clearance;
    f.senderUnitId = cell.key;
    if (cell.what == FlowCell::Finished)
        f.states = {QLatin1String(incoming::kHandled), QLatin1String(incoming::kDone)};
    else if (cell.group == QLatin1String("state"))
        f.states = {cell.detail};
    else if (cell.group == QLatin1String("genre"))
        f.genre = cell.detail;
    return f;
}

} // namespace gw
