// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — the quality ledger (差错台账) and review quality (核稿质量) against a month of
// the office counted by hand: errors by category, returns by the step that returned, first-reader
// failures, format findings, documents handled, errors that slipped past a reviewer, time at the step,
// the reader's clearance and a section head's own unit, and the period's edges in China time.
#include "ChainOffice.h"

#include "services/MarkupService.h"
#include "services/PrintingService.h"
#include "services/StatsService.h"

using namespace gw;
using namespace gw::test;

namespace {

QDateTime utc(int month, int day, int h, int m = 0, int s = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(h, m, s), Qt::UTC);
}

/// The month of March 2026, as written in the test's comments:
///  A  秘书科, 区政府办公室 notice: reviewer marks 政策 1 + 文字 2 and passes; deputy marks 文种格式 1 and
///     returns it; resubmitted, passed on late by the reviewer (4 days), signed, printed, failed by the
///     first reader for 文字.
///  B  区教育局 (代拟稿) by drafter2: the section head returns it; resubmitted and passed; the reviewer marks
///     文字 1 and returns it.
///  C  秘书科, 秘密: submitted, the reviewer marks 政策 1.
///  E  秘书科: a 请示 sent downward, saved over the genre finding with a reason, and submitted.
///  D  秘书科: submitted 23:59:59 on 31 March (China time); marked 文字 at 00:00 on 1 April.
struct StatsOffice : ChainOffice
{
    Principal drafter2, deptHead, viewer, plainViewer;
    qint64 a = 0, b = 0, c = 0, d = 0, e = 0;

    StatsOffice()
    {
        drafter2 = addUser(QStringLiteral("drafter2"), {Role::Drafter}, Clearance::Secret);
        viewer = addUser(QStringLiteral("viewer"), {Role::Supervisor}, Clearance::Secret);
        plainViewer = addUser(QStringLiteral("plainviewer"), {Role::Supervisor}, Clearance::None);
        User head;
        head.username = QStringLiteral("depthead");
        head.displayName = QStringLiteral("教育局科长");
        head.roles = {Role::SectionHead};
        head.clearance = Clearance::Secret;
        head.unitId = department;
        deptHead = Principal::fromUser(ws->users().create(admin, head, kPassword).value());
        buildMonth();
    }

    void at(const QDateTime &t) { clock->set(t); }

    Draft act(const Principal &who, qint64 id, ChainAction action, const QString &opinion = QStringLiteral("同意。"))
    {
        const Draft now = drafting().get(director, id).value();
        auto r = drafting().act(who, id, now.version, action, opinion, true);
        INFO((r.ok() ? std::string() : r.error().message.toStdString()));
        REQUIRE(r.ok());
        return r.value();
    }

    void mark(const Principal &who, qint64 id, MarkupCategory category, int n = 1)
    {
        const Draft now = drafting().get(director, id).value();
        QList<Markup> list;
        for (int i = 0; i < n; ++i) {
            Markup m;
            m.kind = MarkupKind::Highlight;
            m.category = category;
            m.comment = QStringLiteral("请核实");
            m.rects = {QRectF(72, 100 + i * 20, 120, 16)};
            list.append(m);
        }
        auto r = ws->markups().add(who, id, now.currentVersion, list);
        INFO((r.ok() ? std::string() : r.error().message.toStdString()));
        REQUIRE(r.ok());
    }

    qint64 draft(const Principal &by, qint64 unit, Clearance secrecy = Clearance::None, bool submit = true)
    {
        DraftFields f = fields(Issuer::DistrictOffice, unit == department);
        f.secrecy = secrecy;
        if (secrecy != Clearance::None)
            f.secrecyPeriod = QStringLiteral("1年");
        if (unit == department) { // a 代拟稿 is issued by 区政府 and signed by a leader
            f.issuer = Issuer::DistrictGovernment;
            f.signerId = vice.userId;
        }
        auto created = drafting().create(by, f, DraftBody{QStringLiteral("一、总体要求\n各镇要高度重视。"), {}});
        INFO((created.ok() ? std::string() : created.error().message.toStdString()));
        REQUIRE(created.ok());
        if (submit)
            act(by, created.value().id, ChainAction::Pass, QString());
        return created.value().id;
    }

    void buildMonth()
    {
        // A
        at(utc(3, 2, 1)); // 09:00 China time, Monday
        a = draft(drafter, section);
        at(utc(3, 2, 2));
        mark(reviewer, a, MarkupCategory::Policy);
        mark(reviewer, a, MarkupCategory::Wording, 2);
        at(utc(3, 2, 3)); // two hours at 秘书科核稿
        act(reviewer, a, ChainAction::Pass);
        at(utc(3, 2, 4));
        mark(deputy, a, MarkupCategory::Format);
        act(deputy, a, ChainAction::Return, QStringLiteral("格式不对"));
        at(utc(3, 3, 1));
        act(drafter, a, ChainAction::Pass, QString());
        at(utc(3, 7, 1)); // four days later: late
        act(reviewer, a, ChainAction::Pass);
        act(deputy, a, ChainAction::Pass);
        act(director, a, ChainAction::Pass); // 主任签发
        Draft ad = drafting().get(director, a).value();
        REQUIRE(drafting().registerDocument(reviewer, a, ad.version, QStringLiteral("测政发")).ok());
        ad = drafting().get(director, a).value();
        REQUIRE(ws->printing()
                    .recordPrint(printer, a, ad.version, {PrintCopy{1, QString(), false}}, QStringLiteral("PDF"),
                                 QByteArray("%PDF-1.4 test"))
                    .ok());
        ad = drafting().get(director, a).value();
        REQUIRE(ws->printing().sendToFirstReader(printer, a, ad.version).ok());
        at(utc(3, 9, 1));
        ad = drafting().get(director, a).value();
        REQUIRE(ws->printing()
                    .fail(firstReader, a, ad.version, MarkupCategory::Wording, FirstReadingReturn::Secretariat,
                          QStringLiteral("错字"))
                    .ok());

        // B
        at(utc(3, 10, 1));
        b = draft(drafter2, department);
        at(utc(3, 10, 2));
        act(deptHead, b, ChainAction::Return, QStringLiteral("请补充依据"));
        at(utc(3, 11, 1));
        act(drafter2, b, ChainAction::Pass, QString());
        act(deptHead, b, ChainAction::Pass);
        at(utc(3, 11, 1, 30));
        mark(reviewer, b, MarkupCategory::Wording);
        at(utc(3, 11, 2)); // an hour at 秘书科核稿
        act(reviewer, b, ChainAction::Return, QStringLiteral("文字差错较多"));

        // C
        at(utc(3, 12, 1));
        c = draft(drafter, section, Clearance::Secret);
        mark(reviewer, c, MarkupCategory::Policy);

        // E
        at(utc(3, 13, 1));
        DraftFields request = fields(Issuer::DistrictOffice, false);
        request.genre = Genre::Request;
        request.title = QStringLiteral("关于申请防汛专项资金的请示");
        auto saved = drafting().create(drafter, request, DraftBody{QStringLiteral("正文"), {}},
                                       QStringLiteral("按领导要求下发"));
        INFO((saved.ok() ? std::string() : saved.error().message.toStdString()));
        REQUIRE(saved.ok());
        e = saved.value().id;
        act(drafter, e, ChainAction::Pass, QString()); // submitted with the finding overridden

        // D: the last second of March, and the first of April, in China time
        at(utc(3, 31, 15, 59, 59));
        d = draft(drafter, section);
        at(utc(3, 31, 16, 0, 0));
        mark(reviewer, d, MarkupCategory::Wording);

    }

    const LedgerRow &rowOf(const Ledger &l, qint64 key) const
    {
        for (const LedgerRow &r : l.lines) {
            if (r.key == key)
                return r;
        }
        FAIL("no row for " << key);
        return l.total;
    }
};

const StatsPeriod kMarch = StatsPeriod::month(2026, 3);

/// The row of reviewer `id`; the test fails when there is none.
ReviewerQuality qualityOf(const QList<ReviewerQuality> &rows, qint64 id)
{
    for (const ReviewerQuality &q : rows) {
        if (q.userId == id)
            return q;
    }
    FAIL("no reviewer " << id);
    return ReviewerQuality{};
}

} // namespace

TEST_CASE("quality ledger by unit: errors by category, returns by step, first-reader failures, findings, "
          "documents handled",
          "[stats][storage]")
{
    StatsOffice o;
    auto ledger = o.ws->stats().ledger(o.viewer, kMarch, LedgerRows::Unit);
    REQUIRE(ledger.ok());
    const Ledger &l = ledger.value();
    REQUIRE(l.lines.size() == 2);

    const LedgerRow &office = o.rowOf(l, o.section);
    CHECK(office.name == QStringLiteral("秘书科"));
    CHECK(office.handled == 4); // A (submitted twice, counted once), C, D, E
    CHECK(office.errors.value(MarkupCategory::Policy) == 2);
    CHECK(office.errors.value(MarkupCategory::Format) == 1);
    CHECK(office.errors.value(MarkupCategory::Wording) == 2); // D's mark fell on 1 April
    // The first reader's failure is counted in its own column, not again as a return.
    CHECK(office.backflowByStep == QMap<QString, int>{{QStringLiteral("deputy_review"), 1}});
    CHECK(office.firstReadFails == QMap<MarkupCategory, int>{{MarkupCategory::Wording, 1}});
    CHECK(office.findings == 1);
    CHECK(office.defects() == 5 + 1 + 1);
    CHECK(office.rate() == Approx(7.0 / 4));

    const LedgerRow &dept = o.rowOf(l, o.department);
    CHECK(dept.handled == 1);
    CHECK(dept.errorTotal() == 1);
    CHECK(dept.backflowByStep == QMap<QString, int>{{QStringLiteral("section_check"), 1},
                                                    {QStringLiteral("secretariat_review"), 1}});
    CHECK(dept.firstReadFailTotal() == 0);

    CHECK(l.lines.first().key == o.section); // most defects first
    CHECK(l.total.handled == 5);
    CHECK(l.total.errorTotal() == 6);
    CHECK(l.total.backflowTotal() == 3);
    CHECK(l.total.firstReadFailTotal() == 1);
    CHECK(l.total.findings == 1);
    CHECK(l.backflowSteps == QStringList{QStringLiteral("section_check"), QStringLiteral("secretariat_review"),
                                         QStringLiteral("deputy_review")});
}

TEST_CASE("quality ledger period: the month ends at midnight China time, not UTC", "[stats][storage]")
{
    StatsOffice o;
    auto april = o.ws->stats().ledger(o.viewer, StatsPeriod::month(2026, 4), LedgerRows::Unit);
    REQUIRE(april.ok());
    REQUIRE(april.value().lines.size() == 1);
    CHECK(april.value().lines.first().errors == QMap<MarkupCategory, int>{{MarkupCategory::Wording, 1}});
    CHECK(april.value().lines.first().handled == 0); // D was submitted in March
    // The last day of March alone: D's submission, and not the mark a second later.
    auto lastDay = o.ws->stats().ledger(o.viewer, StatsPeriod::days(QDate(2026, 3, 31), QDate(2026, 3, 31)),
                                        LedgerRows::Unit);
    REQUIRE(lastDay.ok());
    CHECK(lastDay.value().total.handled == 1);
    CHECK(lastDay.value().total.errorTotal() == 0);
    // The quarter and the year hold both.
    auto q1 = o.ws->stats().ledger(o.viewer, StatsPeriod::quarter(2026, 1), LedgerRows::Unit);
    CHECK(q1.value().total.errorTotal() == 6);
    auto year = o.ws->stats().ledger(o.viewer, StatsPeriod::year(2026), LedgerRows::Unit);
    CHECK(year.value().total.errorTotal() == 7);
    // A period that ends before it starts is refused.
    CHECK(o.ws->stats()
              .ledger(o.viewer, StatsPeriod::days(QDate(2026, 3, 2), QDate(2026, 3, 1)), LedgerRows::Unit)
              .error()
              .code == ErrorCode::Validation);
}

TEST_CASE("quality ledger by drafter and by reviewer", "[stats][storage]")
{
    StatsOffice o;
    auto byDrafter = o.ws->stats().ledger(o.viewer, kMarch, LedgerRows::Drafter);
    REQUIRE(byDrafter.ok());
    const LedgerRow &first = o.rowOf(byDrafter.value(), o.drafter.userId);
    CHECK(first.handled == 4);
    CHECK(first.errorTotal() == 5);
    CHECK(first.findings == 1);
    const LedgerRow &second = o.rowOf(byDrafter.value(), o.drafter2.userId);
    CHECK(second.handled == 1);
    CHECK(second.backflowTotal() == 2);

    auto byReviewer = o.ws->stats().ledger(o.viewer, kMarch, LedgerRows::Reviewer);
    REQUIRE(byReviewer.ok());
    const Ledger &l = byReviewer.value();
    const LedgerRow &reviewer = o.rowOf(l, o.reviewer.userId);
    CHECK(reviewer.errors == QMap<MarkupCategory, int>{{MarkupCategory::Policy, 2}, {MarkupCategory::Wording, 3}});
    CHECK(reviewer.backflowByStep == QMap<QString, int>{{QStringLiteral("secretariat_review"), 1}});
    CHECK(reviewer.handled == 2); // A and B: acted on; C and D only marked
    CHECK(o.rowOf(l, o.deputy.userId).errors == QMap<MarkupCategory, int>{{MarkupCategory::Format, 1}});
    CHECK(o.rowOf(l, o.deptHead.userId).backflowTotal() == 1);
    CHECK(o.rowOf(l, o.firstReader.userId).firstReadFailTotal() == 1);
    // Each document once in the total, though several reviewers acted on it.
    CHECK(l.total.handled == 2);
    // A drafter's overridden finding is theirs, not a reviewer's: no drafter among the reviewers' rows.
    CHECK(l.total.findings == 0);
    for (const LedgerRow &row : l.lines) {
        CHECK(row.key != o.drafter.userId);
        CHECK(row.key != o.drafter2.userId);
    }
}

TEST_CASE("quality ledger clearance: a document above the viewer's clearance is not counted or listed",
          "[stats][storage]")
{
    StatsOffice o;
    auto plain = o.ws->stats().ledger(o.plainViewer, kMarch, LedgerRows::Unit);
    REQUIRE(plain.ok());
    const LedgerRow &office = o.rowOf(plain.value(), o.section);
    CHECK(office.handled == 3);                                // not C
    CHECK(office.errors.value(MarkupCategory::Policy) == 1); // not C's
    LedgerCell cell;
    cell.period = kMarch;
    cell.measure = LedgerMeasure::Markup;
    cell.detail = markupCategoryCode(MarkupCategory::Policy);
    cell.key = o.section;
    CHECK(o.ws->stats().draftsBehind(o.plainViewer, cell).value() == QList<qint64>{o.a});
    CHECK(o.ws->stats().draftsBehind(o.viewer, cell).value() == QList<qint64>{o.c, o.a});
}

TEST_CASE("quality ledger drill-down: every cell lists the documents behind its number", "[stats][storage]")
{
    StatsOffice o;
    LedgerCell cell;
    cell.period = kMarch;
    cell.measure = LedgerMeasure::Handled;
    cell.key = o.section;
    CHECK(o.ws->stats().draftsBehind(o.viewer, cell).value() == QList<qint64>{o.d, o.e, o.c, o.a});
    cell.measure = LedgerMeasure::Backflow;
    cell.key = o.department;
    cell.detail = QStringLiteral("section_check");
    CHECK(o.ws->stats().draftsBehind(o.viewer, cell).value() == QList<qint64>{o.b});
    cell.detail.clear();
    cell.key = 0; // the totals row
    CHECK(o.ws->stats().draftsBehind(o.viewer, cell).value() == QList<qint64>{o.b, o.a});
    cell.measure = LedgerMeasure::FirstReadFail;
    CHECK(o.ws->stats().draftsBehind(o.viewer, cell).value() == QList<qint64>{o.a});
    cell.measure = LedgerMeasure::Finding;
    CHECK(o.ws->stats().draftsBehind(o.viewer, cell).value() == QList<qint64>{o.e});
    cell.rows = LedgerRows::Reviewer;
    cell.measure = LedgerMeasure::Markup;
    cell.key = o.deputy.userId;
    CHECK(o.ws->stats().draftsBehind(o.viewer, cell).value() == QList<qint64>{o.a});
}

TEST_CASE("quality ledger scope: a section head sees their own unit only, others see the office",
          "[stats][storage][permissions]")
{
    StatsOffice o;
    CHECK(o.ws->stats().allowedScope(o.viewer).value().unitId == 0);
    CHECK(o.ws->stats().allowedScope(o.deptHead).value().unitId == o.department);
    auto own = o.ws->stats().ledger(o.deptHead, kMarch, LedgerRows::Unit);
    REQUIRE(own.ok());
    REQUIRE(own.value().lines.size() == 1);
    CHECK(own.value().lines.first().key == o.department);
    CHECK(own.value().total.errorTotal() == 1);
    CHECK(o.ws->stats().ledger(o.deptHead, kMarch, LedgerRows::Unit, LedgerScope{o.section, 0}).error().code ==
          ErrorCode::Permission);
    LedgerCell cell;
    cell.period = kMarch;
    cell.measure = LedgerMeasure::Handled;
    CHECK(o.ws->stats().draftsBehind(o.deptHead, cell).value() == QList<qint64>{o.b});
    // A section head with no unit recorded is told so; a drafter may not look at all.
    const Principal noUnit = o.addUser(QStringLiteral("nounit"), {Role::SectionHead});
    CHECK(o.ws->stats().ledger(noUnit, kMarch, LedgerRows::Unit).error().code == ErrorCode::Permission);
    CHECK(o.ws->stats().ledger(o.drafter, kMarch, LedgerRows::Unit).error().code == ErrorCode::Permission);
    // A person's scope: offered to those who see the office, refused to a section head.
    auto people = o.ws->stats().people(o.viewer);
    REQUIRE(people.ok());
    CHECK(people.value().contains(qMakePair(o.drafter2.userId, o.drafter2.displayName)));
    CHECK_FALSE(people.value().contains(qMakePair(o.admin.userId, o.admin.displayName)));
    CHECK(o.ws->stats().people(o.deptHead).value().isEmpty());
    CHECK(o.ws->stats().ledger(o.deptHead, kMarch, LedgerRows::Unit, LedgerScope{0, o.drafter2.userId}).error().code ==
          ErrorCode::Permission);
    // One drafter's documents.
    auto one = o.ws->stats().ledger(o.viewer, kMarch, LedgerRows::Unit, LedgerScope{0, o.drafter2.userId});
    REQUIRE(one.ok());
    CHECK(one.value().total.handled == 1);
    CHECK(one.value().total.errorTotal() == 1);
}

TEST_CASE("review quality: found, slipped past (later step, return, first reader), time at step, on time",
          "[stats][storage]")
{
    StatsOffice o;
    auto quality = o.ws->stats().reviewQuality(o.viewer, kMarch);
    CHECK(quality.error().code == ErrorCode::Permission); // a supervisor sees the ledger, not this
    quality = o.ws->stats().reviewQuality(o.director, kMarch);
    REQUIRE(quality.ok());
    auto of = [&](qint64 id) { return qualityOf(quality.value(), id); };
    const ReviewerQuality r = of(o.reviewer.userId);
    CHECK(r.reviewed == 2);
    CHECK(r.found == QMap<MarkupCategory, int>{{MarkupCategory::Policy, 2}, {MarkupCategory::Wording, 3}});
    CHECK(r.returned == 1);
    // Passed A twice: the deputy's format error and return came after the first pass, the first
    // reader's failure after the second; each counted once.
    CHECK(r.slipped == QMap<MarkupCategory, int>{{MarkupCategory::Format, 1}});
    CHECK(r.slippedReturns == 1);
    CHECK(r.slippedFirstReads == 1);
    CHECK(r.slippedTotal() == 3);
    CHECK(r.slippedDraftIds() == QList<qint64>{o.a});
    CHECK(r.slippedErrorIds == QList<qint64>{o.a});
    CHECK(r.slippedFirstReadIds == QList<qint64>{o.a});
    // At 秘书科核稿: 2 hours (A), 4 days (A again), 1 hour (B).
    CHECK(r.timed == 3);
    CHECK(r.medianMs == 2 * 3600 * 1000);
    CHECK(r.p90Ms == qint64(4 * 24) * 3600 * 1000);
    CHECK(r.onTime == 2);

    const ReviewerQuality deputy = of(o.deputy.userId);
    CHECK(deputy.found == QMap<MarkupCategory, int>{{MarkupCategory::Format, 1}});
    CHECK(deputy.slippedTotal() == 1); // the first reader's, after the deputy passed A
    CHECK(deputy.slippedFirstReads == 1);

    const ReviewerQuality head = of(o.deptHead.userId);
    CHECK(head.reviewed == 1);
    CHECK(head.returned == 1);
    CHECK(head.slipped == QMap<MarkupCategory, int>{{MarkupCategory::Wording, 1}});
    CHECK(head.slippedReturns == 1); // 秘书科 returned B after the section passed it
}

TEST_CASE("percentile: nearest rank, at the first and the last value", "[stats]")
{
    QList<qint64> none;
    CHECK(percentile(none, 0.5) == 0);
    QList<qint64> one{7};
    CHECK(percentile(one, 0.9) == 7);
    QList<qint64> ten{10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
    CHECK(percentile(ten, 0.5) == 5);
    CHECK(percentile(ten, 0.9) == 9);
    CHECK(percentile(ten, 0.91) == 10);
    CHECK(percentile(ten, 0.0) == 1);
    CHECK(percentile(ten, 1.0) == 10);
}

TEST_CASE("stats period: labels and China-time bounds of a month, a quarter, a year", "[stats]")
{
    const StatsPeriod march = StatsPeriod::month(2026, 3);
    CHECK(march.first == QDate(2026, 3, 1));
    CHECK(march.last == QDate(2026, 3, 31));
    CHECK(march.fromMs() == utc(2, 28, 16).toMSecsSinceEpoch());
    CHECK(march.toMs() == utc(3, 31, 16).toMSecsSinceEpoch());
    CHECK(StatsPeriod::quarter(2026, 4).last == QDate(2026, 12, 31));
    CHECK(StatsPeriod::month(2026, 2).last == QDate(2026, 2, 28));
    CHECK(StatsPeriod::year(2026).label() == QStringLiteral("Year 2026"));
    CHECK(march.label() == QStringLiteral("2026-3"));
    CHECK(StatsPeriod::quarter(2026, 2).label() == QStringLiteral("Q2 2026"));
    CHECK(StatsPeriod::days(QDate(2026, 3, 2), QDate(2026, 3, 8)).label() == QStringLiteral("2026-03-02 to 2026-03-08"));
}

TEST_CASE("quality ledger trend: one row per month, each month's events in it, cut to the period", "[stats][storage]")
{
    StatsOffice o;
    auto year = o.ws->stats().trend(o.viewer, StatsPeriod::year(2026));
    REQUIRE(year.ok());
    REQUIRE(year.value().size() == 12);
    CHECK(year.value().at(0).defects() == 0);
    CHECK(year.value().at(2).errorTotal() == 6); // March
    CHECK(year.value().at(2).handled == 5);
    CHECK(year.value().at(2).firstReadFailTotal() == 1);
    CHECK(year.value().at(3).errorTotal() == 1); // April: D's mark at 00:00 China time
    CHECK(year.value().at(11).defects() == 0);
    // From 31 March to 1 April: two months, each one day.
    auto edge = o.ws->stats().trend(o.viewer, StatsPeriod::days(QDate(2026, 3, 31), QDate(2026, 4, 1)));
    REQUIRE(edge.ok());
    REQUIRE(edge.value().size() == 2);
    CHECK(edge.value().at(0).handled == 1);
    CHECK(edge.value().at(0).errorTotal() == 0);
    CHECK(edge.value().at(1).errorTotal() == 1);
}

TEST_CASE("review quality scope: one unit's documents only", "[stats][storage]")
{
    StatsOffice o;
    auto dept = o.ws->stats().reviewQuality(o.director, kMarch, LedgerScope{o.department, 0});
    REQUIRE(dept.ok());
    QList<qint64> people;
    for (const ReviewerQuality &q : dept.value())
        people.append(q.userId);
    std::sort(people.begin(), people.end());
    // B went through the section's check and 秘书科 only: the deputy acted on A, a 秘书科 draft.
    CHECK(people == QList<qint64>{o.reviewer.userId, o.deptHead.userId});
    const ReviewerQuality r = qualityOf(dept.value(), o.reviewer.userId);
    REQUIRE(r.userId == o.reviewer.userId);
    CHECK(r.reviewed == 1); // B
    CHECK(r.found == QMap<MarkupCategory, int>{{MarkupCategory::Wording, 1}});
    CHECK(r.slippedTotal() == 0);
}

TEST_CASE("review quality: a later finding at an earlier step, or the reviewer's own, has not slipped past",
          "[stats][storage]")
{
    StatsOffice o;
    // F (April): the section checks and passes, 秘书科 passes, the deputy returns it; back through the
    // section, whose head now marks a policy error at the section's check — a step before 秘书科's.
    o.at(utc(4, 6, 1));
    const qint64 f = o.draft(o.drafter2, o.department);
    o.act(o.deptHead, f, ChainAction::Pass);
    o.at(utc(4, 6, 2));
    o.act(o.reviewer, f, ChainAction::Pass);
    o.at(utc(4, 6, 3));
    o.act(o.deputy, f, ChainAction::Return, QStringLiteral("请修改"));
    o.at(utc(4, 7, 1));
    o.act(o.drafter2, f, ChainAction::Pass, QString());
    o.at(utc(4, 7, 2));
    o.mark(o.deptHead, f, MarkupCategory::Policy);
    // G (April): one person holds both 秘书科核稿 and the deputy's review, and marks at the second.
    const Principal both =
        o.addUser(QStringLiteral("both"), {Role::Reviewer, Role::DeputyDirector}, Clearance::Secret);
    o.at(utc(4, 8, 1));
    const qint64 g = o.draft(o.drafter, o.section);
    o.at(utc(4, 8, 2));
    o.act(both, g, ChainAction::Pass);
    o.at(utc(4, 8, 3));
    o.mark(both, g, MarkupCategory::Format);
    o.act(both, g, ChainAction::Pass);

    auto quality = o.ws->stats().reviewQuality(o.director, StatsPeriod::month(2026, 4));
    REQUIRE(quality.ok());
    auto of = [&](qint64 id) { return qualityOf(quality.value(), id); };
    const ReviewerQuality r = of(o.reviewer.userId);
    CHECK(r.slipped.isEmpty());    // the section's later mark was at an earlier step
    CHECK(r.slippedReturns == 1);  // the deputy's return was at a later one
    CHECK(r.slippedReturnIds == QList<qint64>{f});
    CHECK(r.slippedErrorIds.isEmpty());
    CHECK(of(both.userId).slippedTotal() == 0); // their own finding
    CHECK(of(both.userId).reviewed == 1);
}
