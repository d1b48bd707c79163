// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — the quality ledger (差错台账) and review quality (核稿质量) against a month of
// the office counted by hand: errors by category, returns by the step that returned, first-reader
// failures, format findings, documents handled, errors that slipped past a reviewer, time at the step,
// the reader's clearance and a section head's own unit, and the period's edges in China time.
#include "ChainOffice.h"
#include "StressWriters.h"

#include "services/BulletinService.h"
#include "services/MarkupService.h"
#include "services/PrintingService.h"
#include "services/RatingService.h"
#include "services/StatsService.h"
#include "services/StatsTables.h"
#include "storage/SerialRepository.h"

#include <QProcess>

#include <functional>

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
    Principal drafter2, deptHead, viewer, plainViewer, secretary;
    qint64 a = 0, b = 0, c = 0, d = 0, e = 0;

    StatsOffice()
    {
        drafter2 = addUser(QStringLiteral("drafter2"), {Role::Drafter}, Clearance::Secret);
        // 秘书科 writes the bulletins: one who reviews and drafts.
        secretary = addUser(QStringLiteral("secretary"), {Role::Reviewer, Role::Drafter}, Clearance::Secret);
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

// ---------------------------------------------------------------------------------------------------
// The annual 文件评比 and the quality bulletin.

namespace {

/// A unit's line of a ranking; the test fails when there is none.
RatingLine lineOf(const Rating &r, qint64 unitId)
{
    for (const RatingLine &l : r.lines) {
        if (l.unitId == unitId)
            return l;
    }
    FAIL("no line for unit " << unitId);
    return RatingLine{};
}

/// Takes a draft of `o` from drafting to release, the first reader passing it at `releasedAt`.
Draft release(StatsOffice &o, DraftFields f, const QDateTime &releasedAt)
{
    Draft d = o.create(f);
    o.walkToRegistration(d);
    d = o.drafting().registerDocument(o.reviewer, d.id, d.version, QStringLiteral("测政发")).value();
    REQUIRE(o.ws->printing()
                .recordPrint(o.printer, d.id, d.version, {PrintCopy{1, QString(), false}}, QStringLiteral("PDF"),
                             QByteArray("%PDF-1.4 test"))
                .ok());
    d = o.drafting().get(o.director, d.id).value();
    d = o.ws->printing().sendToFirstReader(o.printer, d.id, d.version).value();
    o.at(releasedAt);
    auto passed = o.ws->printing().pass(o.firstReader, d.id, d.version, FirstReaderChecklist::codes(),
                                        {QStringLiteral("各镇")});
    INFO((passed.ok() ? std::string() : passed.error().message.toStdString()));
    REQUIRE(passed.ok());
    return passed.value();
}

} // namespace

TEST_CASE("ranking formula: defects per document taken off, on time and volume added, parts add up",
          "[stats][rating]")
{
    const RatingScheme s; // 60; 20 / 10 / 5 per error per document; 10 per return, 10 per failure; 30; 10 at 20
    RatingInputs in;
    in.handled = 4;
    in.policy = 2;
    in.format = 1;
    in.wording = 3;
    in.backflow = 1;
    in.firstRead = 1;
    RatingParts p = ratingScore(s, in);
    CHECK(p.policy == Approx(-10));
    CHECK(p.format == Approx(-2.5));
    CHECK(p.wording == Approx(-3.75));
    CHECK(p.backflow == Approx(-2.5));
    CHECK(p.firstRead == Approx(-2.5));
    CHECK(p.onTime == Approx(30)); // nothing had a time limit: none was missed
    CHECK(p.volume == Approx(2));  // 4 of 20
    CHECK(p.total == Approx(70.75));
    // On time: one of two in time earns half; the volume is full at 20 documents and stays full above.
    in.timed = 2;
    in.onTime = 1;
    CHECK(ratingScore(s, in).onTime == Approx(15));
    in.handled = 19;
    CHECK(ratingScore(s, in).volume == Approx(9.5));
    in.handled = 20;
    CHECK(ratingScore(s, in).volume == Approx(10));
    in.handled = 21;
    CHECK(ratingScore(s, in).volume == Approx(10));
    // Each part is rounded to cents before the sum: what is shown adds up to the total.
    RatingInputs third;
    third.handled = 3;
    third.wording = 1;
    const RatingParts t = ratingScore(s, third);
    CHECK(t.wording == Approx(-1.67));
    CHECK(t.total == Approx(60 - 1.67 + 30 + 1.5));
}

TEST_CASE("ranking order: best first, equal scores share a rank, a unit that handled nothing is not ranked",
          "[stats][rating]")
{
    auto line = [](const char *name, int handled, double total) {
        RatingLine l;
        l.name = QString::fromUtf8(name);
        l.inputs.handled = handled;
        l.parts.total = total;
        return l;
    };
    QList<RatingLine> lines{line("乙科", 5, 80), line("甲科", 0, 90), line("丙科", 3, 92), line("丁科", 7, 80),
                            line("戊科", 1, 70)};
    rankLines(lines);
    QStringList names;
    QList<int> ranks;
    for (const RatingLine &l : lines) {
        names << l.name;
        ranks << l.rank;
    }
    CHECK(names == QStringList{QStringLiteral("丙科"), QStringLiteral("丁科"), QStringLiteral("乙科"),
                               QStringLiteral("戊科"), QStringLiteral("甲科")});
    CHECK(ranks == QList<int>{1, 2, 2, 4, 0});
}

TEST_CASE("ranking of a year from the ledger, with the scheme version it was made with", "[stats][rating][storage]")
{
    StatsOffice o;
    auto rating = o.ws->rating().rating(o.viewer, 2026);
    REQUIRE(rating.ok());
    const Rating &r = rating.value();
    CHECK(r.year == 2026);
    CHECK(r.scheme.number == 1); // the scheme the office starts with
    CHECK(r.scheme.formula().contains(QStringLiteral("60")));
    REQUIRE(r.lines.size() == 2);
    // 秘书科: A, C, D, E; 政策 2, 格式 1, 文字 3 (D's mark of 1 April is in the year), 1 return, 1 failure.
    const RatingLine office = lineOf(r, o.section);
    CHECK(office.inputs.handled == 4);
    CHECK(office.inputs.policy == 2);
    CHECK(office.inputs.format == 1);
    CHECK(office.inputs.wording == 3);
    CHECK(office.inputs.backflow == 1);
    CHECK(office.inputs.firstRead == 1);
    CHECK(office.parts.total == Approx(70.75));
    // 区教育局: B; 文字 1, 2 returns: 60 − 5 − 20 + 30 + 0.5.
    const RatingLine dept = lineOf(r, o.department);
    CHECK(dept.parts.total == Approx(65.5));
    CHECK(r.lines.first().unitId == o.section);
    CHECK(office.rank == 1);
    CHECK(dept.rank == 2);
    // Within the viewer's clearance: without C (秘密), 秘书科 has 3 documents and one 政策 error less.
    auto plain = o.ws->rating().rating(o.plainViewer, 2026);
    REQUIRE(plain.ok());
    CHECK(lineOf(plain.value(), o.section).inputs.handled == 3);
    CHECK(lineOf(plain.value(), o.section).inputs.policy == 1);
    // A year with nothing in it ranks nobody; a section head may not see the ranking.
    CHECK(o.ws->rating().rating(o.viewer, 2025).value().lines.isEmpty());
    CHECK(o.ws->rating().rating(o.sectionHead, 2026).error().code == ErrorCode::Permission);
    CHECK(o.ws->rating().rating(o.viewer, 1999).error().code == ErrorCode::Validation);
}

TEST_CASE("ranking scheme: saved as a new version, old versions kept and usable, bad weights refused",
          "[stats][rating][storage]")
{
    StatsOffice o;
    RatingScheme s = o.ws->rating().schemes(o.reviewer).value().first();
    CHECK(s.number == 1);
    // The same weights again: nothing to save.
    CHECK(o.ws->rating().saveScheme(o.reviewer, s).error().code == ErrorCode::Validation);
    s.backflow = 0;
    s.onTime = 0;
    s.note = QStringLiteral("  倒流不扣分  ");
    // Only 秘书科 and the director set it.
    CHECK(o.ws->rating().saveScheme(o.deputy, s).error().code == ErrorCode::Permission);
    auto saved = o.ws->rating().saveScheme(o.reviewer, s);
    REQUIRE(saved.ok());
    CHECK(saved.value().number == 2);
    CHECK(saved.value().note == QStringLiteral("倒流不扣分"));
    CHECK(saved.value().createdByName == o.reviewer.displayName);
    // A negative weight, one beyond 1000, a volume target of 0: refused, nothing stored.
    for (auto bad : {std::function<void(RatingScheme &)>([](RatingScheme &x) { x.policy = -1; }),
                     std::function<void(RatingScheme &)>([](RatingScheme &x) { x.base = 1000.5; }),
                     std::function<void(RatingScheme &)>([](RatingScheme &x) { x.volumeFull = 0; })}) {
        RatingScheme b = s;
        b.wording = 7;
        bad(b);
        CHECK(o.ws->rating().saveScheme(o.reviewer, b).error().code == ErrorCode::Validation);
    }
    const QList<RatingScheme> all = o.ws->rating().schemes(o.director).value();
    REQUIRE(all.size() == 2);
    CHECK(all.first().number == 2);
    // The newest is used unless an older version is asked for; each result names its version.
    const RatingLine now = lineOf(o.ws->rating().rating(o.viewer, 2026).value(), o.department);
    CHECK(now.parts.total == Approx(60 - 5 + 0.5)); // no returns taken off, no on-time points
    auto first = o.ws->rating().rating(o.viewer, 2026, 1);
    REQUIRE(first.ok());
    CHECK(first.value().scheme.number == 1);
    CHECK(lineOf(first.value(), o.department).parts.total == Approx(65.5));
    CHECK(o.ws->rating().rating(o.viewer, 2026, 9).error().code == ErrorCode::NotFound);
    // The version is audited as created.
    CHECK(o.raw(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'rating_scheme.create'")).toInt() == 1);
}

TEST_CASE("ranking on time: released by the end of the due day (China time) is in time, a second later is not",
          "[stats][rating][storage]")
{
    StatsOffice o;
    DraftFields f = o.fields(Issuer::DistrictOffice, false);
    f.dueDate = QDate(2026, 5, 8);
    o.at(utc(5, 6, 1));
    const Draft inTime = release(o, f, utc(5, 8, 15, 59, 59)); // 23:59:59 on the 8th
    o.at(utc(5, 6, 1));
    const Draft late = release(o, f, utc(5, 8, 16, 0, 0)); // 00:00 on the 9th
    o.at(utc(5, 6, 1));
    f.dueDate = QDate();
    release(o, f, utc(5, 9, 1)); // no limit: not counted either way
    // Still unreleased: late once its day is over (the 8th, now the 9th); not yet counted before (the 9th).
    o.at(utc(5, 6, 1));
    f.dueDate = QDate(2026, 5, 8);
    const Draft held = o.create(f);
    f.dueDate = QDate(2026, 5, 9);
    o.create(f);
    o.at(utc(5, 9, 1));
    const RatingLine office = lineOf(o.ws->rating().rating(o.viewer, 2026).value(), o.section);
    CHECK(office.inputs.timed == 3);
    CHECK(office.inputs.onTime == 1);
    CHECK(office.parts.onTime == Approx(10));
    CHECK(o.ws->rating().timedDrafts(o.viewer, 2026, o.section).value() ==
          QList<qint64>{held.id, late.id, inTime.id});
    CHECK(o.ws->rating().timedDrafts(o.viewer, 2026, o.section, true).value() == QList<qint64>{held.id, late.id});
    // Due in another year: not this year's.
    CHECK(o.ws->rating().timedDrafts(o.viewer, 2025, o.section).value().isEmpty());
}

TEST_CASE("bulletin text: the period's totals, a paragraph per unit, frequent errors quoted anonymised or "
          "attributed, the ranking",
          "[stats][bulletin][storage]")
{
    StatsOffice o;
    const qint64 serial = o.ws->bulletins().serials(o.reviewer).value().first().id;
    BulletinRequest req{serial, kMarch, o.section, false, false, 2};
    auto text = o.ws->bulletins().composeText(o.reviewer, req);
    INFO((text.ok() ? std::string() : text.error().message.toStdString()));
    REQUIRE(text.ok());
    const BulletinText &t = text.value();
    CHECK(t.title == QStringLiteral("关于2026年3月办文质量情况的通报"));
    const QStringList lines = t.body.split(QLatin1Char('\n'));
    CHECK(lines.contains(QStringLiteral("一、总体情况")));
    // The bulletin is not classified, nor is what it counts: C (秘密) is left out, whoever composes it.
    // March without C: 4 documents; 5 errors (政策 1, 格式 1, 文字 3), 3 returns, 1 failure; 1.25 errors each.
    CHECK(t.body.contains(QStringLiteral("涉密文件不在统计之列")));
    CHECK(t.body.contains(QStringLiteral("共办理文稿4件。核稿中发现差错5处，其中政策差错1处、文种格式差错1处、文字差错3处；"
                                         "文件倒流3次；第一读者退回1次；平均每件差错1.25处。")));
    // A paragraph per unit, the unit with the most defects first.
    const int office = int(lines.indexOf(QStringLiteral("秘书科：办理文稿3件，政策差错1处、文种格式差错1处、文字差错2处，"
                                                        "文件倒流1次，第一读者退回1次，平均每件差错1.33处。")));
    CHECK(office > 0);
    CHECK(lines.value(office + 1).startsWith(QStringLiteral("区教育局：办理文稿1件")));
    // The most frequent kind first (文字, 3), with comments; none names anyone when anonymised.
    const int wording = int(lines.indexOf(QStringLiteral("（一）文字差错（3处）")));
    const int policy = int(lines.indexOf(QStringLiteral("（二）政策差错（1处）")));
    CHECK(wording > 0);
    CHECK(policy > wording);
    CHECK(lines.value(wording + 1).startsWith(QStringLiteral("如：")));
    CHECK(t.body.contains(QStringLiteral("核稿意见：“请核实”")));
    CHECK_FALSE(t.body.contains(o.reviewer.displayName));
    CHECK_FALSE(t.body.contains(QStringLiteral("文件评比")));
    // The ranking goes with a whole year only.
    req.withRanking = true;
    CHECK(o.ws->bulletins().composeText(o.reviewer, req).error().code == ErrorCode::Validation);
    // Attributed: the unit and the reviewer; with the ranking of the year and the scheme's version.
    req.attributed = true;
    req.period = StatsPeriod::year(2026);
    const QString named = o.ws->bulletins().composeText(o.reviewer, req).value().body;
    CHECK(named.contains(QStringLiteral("（秘书科，%1）").arg(o.reviewer.displayName)));
    CHECK(named.contains(QStringLiteral("四、2026年度文件评比情况")));
    CHECK(named.contains(QStringLiteral("五、有关要求")));
    CHECK(named.contains(QStringLiteral("评分方案（第1版）")));
    // 秘书科 without C: 60 − 20/3 − 10/3 − 5·3/3 − 10/3 − 10/3 + 30 + 10·3/20.
    CHECK(named.contains(QStringLiteral("第1名秘书科（69.84分）；第2名区教育局（65.50分）")));
    // A period with nothing in it is refused; so is a composer without the permission.
    req.period = StatsPeriod::month(2026, 6);
    CHECK(o.ws->bulletins().composeText(o.reviewer, req).error().code == ErrorCode::Validation);
    req.period = kMarch;
    CHECK(o.ws->bulletins().composeText(o.sectionHead, req).error().code == ErrorCode::Permission);
}

TEST_CASE("bulletin issue numbers: given at registration with the 发文字号, gap-free, yearly, printed in the 附注",
          "[stats][bulletin][storage]")
{
    StatsOffice o;
    const qint64 serial = o.ws->bulletins().serials(o.reviewer).value().first().id;
    const BulletinRequest req{serial, kMarch, o.section, false, false, 2};
    o.at(utc(4, 1, 1));
    auto composed = o.ws->bulletins().compose(o.secretary, req);
    INFO((composed.ok() ? std::string() : composed.error().message.toStdString()));
    REQUIRE(composed.ok());
    Draft first = composed.value();
    CHECK(first.fields.genre == Genre::Bulletin);
    CHECK(first.fields.title == QStringLiteral("关于2026年3月办文质量情况的通报"));
    CHECK(first.state == QStringLiteral("drafting"));
    CHECK(first.createdBy == o.secretary.userId);
    // One who reviews but does not draft cannot carry it, and is told so.
    auto reviewerOnly = o.ws->bulletins().compose(o.reviewer, req);
    REQUIRE_FALSE(reviewerOnly.ok());
    CHECK(reviewerOnly.error().code == ErrorCode::Permission);
    CHECK(o.ws->bulletins().issueOf(o.reviewer, first.id).value()->number == 0); // not before registration
    Draft second = o.ws->bulletins().compose(o.secretary, req).value();
    Draft abandoned = o.ws->bulletins().compose(o.secretary, req).value();
    (void)abandoned; // never registered: takes no number

    // The composer carries it as the drafter would, through the chain to registration.
    auto walk = [&](Draft &d) {
        auto submitted = o.drafting().act(o.secretary, d.id, d.version, ChainAction::Pass, QString());
        INFO((submitted.ok() ? std::string() : submitted.error().message.toStdString()));
        REQUIRE(submitted.ok());
        d = submitted.value();
        o.walkToRegistration(d);
        auto r = o.drafting().registerDocument(o.reviewer, d.id, d.version, QStringLiteral("测政发"));
        INFO((r.ok() ? std::string() : r.error().message.toStdString()));
        REQUIRE(r.ok());
        d = r.value();
    };
    walk(second); // registered first: number 1
    walk(first);
    const SerialIssue one = *o.ws->bulletins().issueOf(o.reviewer, second.id).value();
    const SerialIssue two = *o.ws->bulletins().issueOf(o.reviewer, first.id).value();
    CHECK(one.number == 1);
    CHECK(one.year == 2026);
    CHECK(two.number == 2);
    CHECK(two.label() == QStringLiteral("《办文质量通报》2026年第2期"));
    // The routing slip and the printed document say it.
    const QList<RoutingEntry> slip = o.drafting().routing(o.reviewer, first.id).value();
    CHECK(slip.last().action == QStringLiteral("register"));
    CHECK(slip.last().opinion.endsWith(QStringLiteral("《办文质量通报》2026年第2期")));
    const OfficialDocument doc = o.ws->printing().officialDocument(o.reviewer, first.id, 1).value();
    CHECK(doc.annotation == QStringLiteral("《办文质量通报》2026年第2期"));
    // The register lists the issues: the unnumbered one first, then the newest number.
    const QList<SerialIssue> issues = o.ws->bulletins().issues(o.reviewer, serial).value();
    REQUIRE(issues.size() == 3);
    CHECK(issues.at(0).number == 0);
    CHECK(issues.at(1).number == 2);
    CHECK(issues.at(2).number == 1);
    CHECK(issues.at(1).period == QStringLiteral("2026年3月"));
}

TEST_CASE("serial register: names unique without 《》, an issuer required, numbering fixed once issues are numbered",
          "[stats][bulletin][storage]")
{
    StatsOffice o;
    Serial s;
    s.name = QStringLiteral("《调查与思考》");
    s.issuer = QStringLiteral("综合一科");
    s.yearly = false;
    CHECK(o.ws->bulletins().saveSerial(o.drafter, s).error().code == ErrorCode::Permission);
    auto saved = o.ws->bulletins().saveSerial(o.reviewer, s);
    REQUIRE(saved.ok());
    CHECK(saved.value().name == QStringLiteral("调查与思考"));
    CHECK(o.ws->bulletins().saveSerial(o.director, s).error().code == ErrorCode::Validation); // the same name
    Serial noIssuer = s;
    noIssuer.name = QStringLiteral("信息专报");
    noIssuer.issuer = QStringLiteral("  ");
    CHECK(o.ws->bulletins().saveSerial(o.reviewer, noIssuer).error().code == ErrorCode::Validation);
    CHECK(o.ws->bulletins().serials(o.reviewer).value().size() == 4); // with 办文质量通报, 督查通报, 督查专报
    // A running serial's issue is numbered on from the first, with no year.
    Serial running = saved.value();
    const BulletinRequest req{running.id, kMarch, o.section, false, false, 2};
    Draft d = o.ws->bulletins().compose(o.secretary, req).value();
    d = o.drafting().act(o.secretary, d.id, d.version, ChainAction::Pass, QString()).value();
    o.walkToRegistration(d);
    d = o.drafting().registerDocument(o.reviewer, d.id, d.version, QStringLiteral("测政发")).value();
    CHECK(o.ws->bulletins().issueOf(o.reviewer, d.id).value()->label() == QStringLiteral("《调查与思考》第1期"));
    running.yearly = true;
    CHECK(o.ws->bulletins().saveSerial(o.reviewer, running).error().code == ErrorCode::Validation);
    // Nor is it renamed: the issues printed under its name keep it.
    running.yearly = false;
    running.name = QStringLiteral("调研专报");
    CHECK(o.ws->bulletins().saveSerial(o.reviewer, running).error().code == ErrorCode::Validation);
    running.name = QStringLiteral("调查与思考");
    // The register is for those who see the ranking or keep it: not a section head's.
    CHECK(o.ws->bulletins().serials(o.deptHead).error().code == ErrorCode::Permission);
    // A stale edit is a conflict.
    running.yearly = false;
    running.issuer = QStringLiteral("区政府办公室综合一科");
    REQUIRE(o.ws->bulletins().saveSerial(o.reviewer, running).ok());
    CHECK(o.ws->bulletins().saveSerial(o.reviewer, running).error().code == ErrorCode::Conflict);
}

TEST_CASE("bulletin issue numbers under 4 concurrent processes x 25: exactly 1..100", "[stats][bulletin][storage][concurrent]")
{
    StatsOffice o;
    const qint64 serial = o.ws->bulletins().serials(o.reviewer).value().first().id;
    QList<QStringList> ids(4);
    for (int i = 0; i < 100; ++i) {
        const BulletinRequest req{serial, kMarch, o.section, false, false, 0};
        auto d = o.ws->bulletins().compose(o.secretary, req);
        REQUIRE(d.ok());
        ids[i % 4].append(QString::number(d.value().id));
    }
    QList<QStringList> writers;
    for (int w = 0; w < 4; ++w)
        writers.append({o.db.url().displayString(), QStringLiteral("admin"), kPassword,
                        ids.at(w).join(QLatin1Char(',')), QStringLiteral("25"), QStringLiteral("issues")});
    CHECK(committedNumbers(QStringLiteral(GONGWEN_STRESS_WRITER), writers) == oneTo(100));
    CHECK(o.raw(QStringLiteral("SELECT COUNT(DISTINCT number) FROM serial_issues WHERE number > 0")).toInt() == 100);
}

// ---------------------------------------------------------------------------------------------------
// 流转情况: the flow figures.

namespace {

const FlowTable &tableNamed(const FlowFigures &f, const QString &title)
{
    for (const FlowTable &t : f.tables) {
        if (t.title == title)
            return t;
    }
    FAIL("no table " << title.toStdString());
    return f.tables.first();
}

/// The row whose first cell is `name`; the test fails when there is none.
int rowNamed(const FlowTable &t, const QString &name)
{
    for (int i = 0; i < t.rows.size(); ++i) {
        if (t.rows.at(i).value(0).toString() == name)
            return i;
    }
    FAIL("no row " << name.toStdString() << " in " << t.title.toStdString());
    return -1;
}

} // namespace

TEST_CASE("flow figures: outgoing by genre, time at each step with the late ones, printing and the first reader",
          "[stats][storage][flow]")
{
    StatsOffice o;
    auto flow = o.ws->stats().flow(o.viewer, kMarch);
    REQUIRE(flow.ok());
    const FlowFigures &f = flow.value();
    // Started in March: A, B, C, D (通知) and E (请示); none released (A failed the first reader).
    const FlowTable &genres = tableNamed(f, StatsService::tr("Outgoing by genre"));
    const QVariantList total = genres.rows.last();
    CHECK(total.at(1).toInt() == 5);
    CHECK(total.at(2).toInt() == 0);
    const int request = rowNamed(genres, genreLabel(Genre::Request));
    CHECK(genres.rows.at(request).at(1).toInt() == 1);
    CHECK(o.ws->stats().flowDrafts(o.viewer, *genres.cells.at(request).at(1)).value() == QList<qint64>{o.e});
    CHECK(genres.rows.at(rowNamed(genres, genreLabel(Genre::Circular))).at(1).toInt() == 4);
    // 秘书科核稿: A passed after 2 hours and after 4 days (late), B returned after an hour.
    const FlowTable &steps = tableNamed(f, StatsService::tr("Time at each step"));
    const int review = rowNamed(steps, StatsTables::stepName(QStringLiteral("secretariat_review")));
    CHECK(steps.rows.at(review).at(1).toInt() == 3);
    CHECK(steps.rows.at(review).at(2).toDouble() == Approx(2.0));
    CHECK(steps.rows.at(review).at(3).toDouble() == Approx(96.0));
    CHECK(steps.rows.at(review).at(4).toInt() == 1);
    CHECK(o.ws->stats().flowDrafts(o.viewer, *steps.cells.at(review).at(4)).value() == QList<qint64>{o.a});
    CHECK(o.ws->stats().flowDrafts(o.viewer, *steps.cells.at(review).at(1)).value() == QList<qint64>{o.b, o.a});
    // A printed once (one copy), failed by the first reader: a pass rate of 0.
    const FlowTable &print = tableNamed(f, StatsService::tr("Printing and the first reader"));
    CHECK(print.rows.first().at(0).toInt() == 1);
    CHECK(print.rows.first().at(1).toInt() == 0);
    CHECK(print.rows.first().at(2).toInt() == 0);
    CHECK(print.rows.first().at(3).toInt() == 1);
    CHECK(print.rows.first().at(4).toDouble() == Approx(0.0));
    CHECK(o.ws->stats().flowDrafts(o.viewer, *print.cells.first().at(3)).value() == QList<qint64>{o.a});
    // The reader's clearance: C (秘密) is not counted for one cleared for nothing.
    auto plain = o.ws->stats().flow(o.plainViewer, kMarch);
    REQUIRE(plain.ok());
    CHECK(tableNamed(plain.value(), StatsService::tr("Outgoing by genre")).rows.last().at(1).toInt() == 4);
    // April: D's draft was started on the last second of March, China time.
    CHECK(tableNamed(o.ws->stats().flow(o.viewer, StatsPeriod::month(2026, 4)).value(),
                     StatsService::tr("Outgoing by genre"))
              .rows.last()
              .at(1)
              .toInt() == 0);
}

TEST_CASE("flow figures: incoming by sender with returns and the clause cited, by month, and the register's "
          "filter behind each count",
          "[stats][storage][flow]")
{
    StatsOffice o;
    o.at(utc(3, 16, 1));
    const qint64 kept = o.registerAt(o.clerk, Clearance::None, QStringLiteral("关于学校安全检查情况的报告"));
    const qint64 back = o.registerAt(o.clerk, Clearance::Secret, QStringLiteral("关于调整学区划分的请示"));
    const IncomingItem item = o.ws->incoming().get(o.clerk, back).value();
    auto returned = o.ws->incoming().triage(o.clerk, back, item.version, TriageFacts{}, TriageOutcome::Return,
                                            QStringLiteral("应由区教育局自行办理"));
    INFO((returned.ok() ? std::string() : returned.error().message.toStdString()));
    REQUIRE(returned.ok());
    o.at(utc(4, 2, 1));
    IncomingItem april;
    april.senderUnitId = o.department;
    april.title = QStringLiteral("关于四月教学检查的报告");
    april.docNumber = QStringLiteral("教发〔2026〕9号");
    REQUIRE(o.ws->incoming().registerItem(o.clerk, april, {}).ok());

    const FlowFigures f = o.ws->stats().flow(o.viewer, StatsPeriod::quarter(2026, 1)).value();
    const FlowTable &senders = tableNamed(f, StatsService::tr("Incoming by sender"));
    const int dept = rowNamed(senders, QStringLiteral("区教育局"));
    CHECK(senders.rows.at(dept).at(1).toInt() == 2); // the April one is outside the quarter
    CHECK(senders.rows.at(dept).at(2).toInt() == 1);
    CHECK(senders.rows.at(dept).at(3).toInt() == 0);
    CHECK_FALSE(senders.rows.at(dept).at(4).toString().isEmpty()); // the clause the return rests on
    // The count's items, through the 收文 register's own filter.
    auto filter = o.ws->stats().flowIncoming(o.viewer, *senders.cells.at(dept).at(2));
    REQUIRE(filter.ok());
    const QList<IncomingItem> listed = o.ws->incoming().list(o.viewer, filter.value()).value();
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().id == back);
    auto all = o.ws->stats().flowIncoming(o.viewer, *senders.cells.at(dept).at(1));
    CHECK(o.ws->incoming().list(o.viewer, all.value()).value().size() == 2);
    Q_UNUSED(kept);
    // By month: all of it in March.
    const FlowTable &months = tableNamed(f, StatsService::tr("Incoming month by month"));
    REQUIRE(months.rows.size() == 3);
    CHECK(months.rows.at(0).at(1).toInt() == 0);
    CHECK(months.rows.at(2).at(1).toInt() == 2);
    CHECK(months.rows.at(2).at(2).toInt() == 1);
    // Cleared for nothing: the 秘密 item is neither counted nor listed.
    const FlowFigures plain = o.ws->stats().flow(o.plainViewer, StatsPeriod::quarter(2026, 1)).value();
    const FlowTable &plainSenders = tableNamed(plain, StatsService::tr("Incoming by sender"));
    CHECK(plainSenders.rows.at(rowNamed(plainSenders, QStringLiteral("区教育局"))).at(1).toInt() == 1);
    // A section head sees no incoming tables, and may not list incoming items through the figures.
    const FlowFigures own = o.ws->stats().flow(o.deptHead, kMarch).value();
    for (const FlowTable &t : own.tables)
        CHECK(t.title != StatsService::tr("Incoming by sender"));
    CHECK(o.ws->stats().flowIncoming(o.deptHead, *senders.cells.at(dept).at(1)).error().code == ErrorCode::Permission);
}
