// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — the rules at their edges: the day itself and the one after, the level just
// above, the 18:00 end of the day in China time, each urgency on each kind of day, and the rules a
// step checks again when it is taken rather than only when the draft was made.
#include "ChainOffice.h"

#include "services/IncomingService.h"
#include "workflow/ChainEngine.h"
#include "workflow/DraftPolicy.h"
#include "workflow/FormatRules.h"
#include "workflow/TriageRules.h"
#include "workflow/WorkCalendar.h"

#include <QTimeZone>

using namespace gw;
using namespace gw::test;

namespace {
const QTimeZone kChina(8 * 3600);

QDateTime chinaTime(const QDate &d, int h, int m = 0, int s = 0, int ms = 0)
{
    return QDateTime(d, QTime(h, m, s, ms), kChina);
}
} // namespace

TEST_CASE("Triage: a document sent to a leader personally goes back unless a reason is stated — a leader's "
          "instruction or request is cited as its own exception",
          "[incoming][triage]")
{
    TriageFacts base;
    base.senderType = UnitType::Town;
    base.addressee = Addressee::LeaderPersonally;
    REQUIRE(TriageRules::propose(base).rule == QStringLiteral("return.to_leader"));
    // A stated reason means the return rule does not apply: a plain acceptance.
    TriageFacts reason = base;
    reason.reasonForLeader = true;
    CHECK(TriageRules::propose(reason).outcome == TriageOutcome::Accept);
    CHECK(TriageRules::propose(reason).rule == QStringLiteral("accept.no_return"));
    // The leader's instruction (三)3 and the leader's request (三)4 accept it by their own clause.
    const QList<QPair<bool TriageFacts::*, const char *>> exceptions = {
        {&TriageFacts::leaderInstructed, "exception.leader_instructed"},
        {&TriageFacts::leaderAskedDirect, "exception.leader_asked"},
    };
    for (const auto &[flag, rule] : exceptions) {
        TriageFacts f = base;
        f.*flag = true;
        const TriageProposal p = TriageRules::propose(f);
        INFO(rule);
        CHECK(p.outcome == TriageOutcome::Accept);
        CHECK(p.rule == QString::fromLatin1(rule));
        CHECK_FALSE(p.citation.isEmpty());
    }
    // Nothing to except, nothing cited as an exception.
    TriageFacts plain;
    plain.senderType = UnitType::Town;
    plain.leaderAskedDirect = true;
    CHECK(TriageRules::propose(plain).rule == QStringLiteral("accept.no_return"));
}

TEST_CASE("Urgency: the sign-off is an approval still ahead, and each threshold holds on its day and not the "
          "day after",
          "[chain][urgency]")
{
    // The office-drafted chain from its first review: every review and the sign-off are ahead.
    const ChainFacts facts{
        ChainVariant::OfficeDrafted, false, Issuer::DistrictGovernment, Direction::Downward, 0, 0, 0};
    const QStringList path = ChainEngine::path(facts);
    const QString sign = ChainEngine::signStep(ChainVariant::OfficeDrafted);
    REQUIRE(path.contains(sign));
    CHECK(ChainEngine::remainingApprovals(facts, sign) == 1); // the sign-off itself
    CHECK(ChainEngine::remainingApprovals(facts, path.at(path.indexOf(sign) + 1)) == 0);
    CHECK(ChainEngine::remainingApprovals(facts, QString::fromLatin1(step::kDrafting)) ==
          ChainEngine::remainingApprovals(facts, path.at(1)));
    int approvals = 0;
    for (const QString &s : path) {
        const ChainRow *r = ChainEngine::row(ChainVariant::OfficeDrafted, s);
        approvals += (r->kind == StepKind::Review || r->kind == StepKind::Sign) ? 1 : 0;
    }
    CHECK(ChainEngine::remainingApprovals(facts, path.at(1)) == approvals);
    REQUIRE(approvals >= kManyApprovalSteps); // so the proposal below depends on counting the sign-off

    const QDate today(2026, 3, 2);
    // Due in a week with the sign-off as the fourth approval ahead: 特急; without it, 加急.
    CHECK(proposeUrgency(today, today.addDays(7), kManyApprovalSteps, false) == Urgency::VeryUrgent);
    CHECK(proposeUrgency(today, today.addDays(0), 0, false) == Urgency::VeryUrgent);  // due today
    CHECK(proposeUrgency(today, today.addDays(-1), 0, false) == Urgency::VeryUrgent); // already late
    CHECK(proposeUrgency(today, today.addDays(3), 0, false) == Urgency::VeryUrgent);
    CHECK(proposeUrgency(today, today.addDays(4), 0, false) == Urgency::Urgent);
    CHECK(proposeUrgency(today, today.addDays(4), kManyApprovalSteps, false) == Urgency::VeryUrgent);
    CHECK(proposeUrgency(today, today.addDays(8), kManyApprovalSteps, false) == Urgency::Normal);
    CHECK(proposeUrgency(today, today.addDays(8), 0, true) == Urgency::Urgent);
    CHECK(proposeUrgency(today, today.addDays(14), kManyApprovalSteps, true) == Urgency::Urgent);
    CHECK(proposeUrgency(today, today.addDays(15), kManyApprovalSteps, true) == Urgency::Normal);
}

TEST_CASE("Urgency: the proposal for a draft counts the approvals ahead of its step, the sign-off included",
          "[chain][storage][urgency]")
{
    ChainOffice o;
    DraftFields f = o.fields(Issuer::DistrictGovernment, false);
    const ChainFacts facts{ChainVariant::OfficeDrafted, false, f.issuer, f.direction, f.signerId, 0, 0};
    const QString sign = ChainEngine::signStep(ChainVariant::OfficeDrafted);
    // A week ahead: from the first review (many approvals ahead) 特急; at the sign-off alone, 加急.
    f.dueDate = WorkCalendar::localDate(o.clock->now()).addDays(7);
    const QStringList path = ChainEngine::path(facts);
    REQUIRE(ChainEngine::remainingApprovals(facts, path.at(1)) >= kManyApprovalSteps);
    CHECK(o.drafting().proposedUrgency(f, path.at(1)) == Urgency::VeryUrgent);
    CHECK(o.drafting().proposedUrgency(f, sign) == Urgency::Urgent);
    // Three days ahead: 特急 even at the last approval.
    f.dueDate = WorkCalendar::localDate(o.clock->now()).addDays(3);
    CHECK(o.drafting().proposedUrgency(f, sign) == Urgency::VeryUrgent);
}

TEST_CASE("Work calendar: the working day ends at 18:00 China time — due then, overdue a moment later",
          "[chain][calendar]")
{
    const QDate monday(2026, 3, 2);
    const QDateTime end = WorkCalendar::endOfDay(monday);
    CHECK(end == chinaTime(monday, 18));
    CHECK(end.toUTC() == QDateTime(monday, QTime(10, 0), Qt::UTC));
    Draft d;
    d.variant = ChainVariant::OfficeDrafted;
    d.state = QStringLiteral("secretariat_review");
    d.dueAtMs = end.toMSecsSinceEpoch();
    CHECK_FALSE(DraftPolicy::isOverdue(d, chinaTime(monday, 17, 59, 59, 999).toMSecsSinceEpoch()));
    CHECK_FALSE(DraftPolicy::isOverdue(d, chinaTime(monday, 18).toMSecsSinceEpoch()));
    CHECK(DraftPolicy::isOverdue(d, chinaTime(monday, 18, 0, 0, 1).toMSecsSinceEpoch()));
    // The day is China's: 07:30 on Monday in China is still Sunday in UTC.
    CHECK(WorkCalendar::localDate(chinaTime(monday, 7, 30)) == monday);
    CHECK(WorkCalendar::localDate(chinaTime(monday.addDays(-1), 23, 59)) == monday.addDays(-1));
}

TEST_CASE(
    "Work calendar: 特急 and 加急 are due the day they arrive when it is a working day, others one working "
    "day later — on a weekday, a Friday, a weekend, a holiday and a 调休 Saturday",
    "[chain][calendar]")
{
    QList<CalendarDay> days = WorkCalendar::defaultDays(2026);
    days.append(CalendarDay{QDate(2026, 10, 10), true, QStringLiteral("国庆调休")});
    const WorkCalendar cal(days);
    struct Case
    {
        QDate arrives;
        QDate urgentDue; // 特急 and 加急
        QDate normalDue; // one working day: on a day off, the whole first working day after it
        const char *what;
    };
    const Case cases[] = {
        {QDate(2026, 3, 3), QDate(2026, 3, 3), QDate(2026, 3, 4), "a Tuesday"},
        {QDate(2026, 3, 6), QDate(2026, 3, 6), QDate(2026, 3, 9), "a Friday"},
        {QDate(2026, 3, 7), QDate(2026, 3, 9), QDate(2026, 3, 9), "a Saturday"},
        {QDate(2026, 3, 8), QDate(2026, 3, 9), QDate(2026, 3, 9), "a Sunday"},
        {QDate(2026, 10, 1), QDate(2026, 10, 5), QDate(2026, 10, 5), "国庆"},
        {QDate(2026, 10, 9), QDate(2026, 10, 9), QDate(2026, 10, 10), "the Friday before the 调休 Saturday"},
        {QDate(2026, 10, 10), QDate(2026, 10, 10), QDate(2026, 10, 12), "the 调休 Saturday"},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        for (int hour : {8, 17}) {
            const QDateTime arrived = chinaTime(c.arrives, hour, 59);
            CHECK(cal.reviewDeadline(arrived, Urgency::VeryUrgent) == WorkCalendar::endOfDay(c.urgentDue));
            CHECK(cal.reviewDeadline(arrived, Urgency::Urgent) == WorkCalendar::endOfDay(c.urgentDue));
            CHECK(cal.reviewDeadline(arrived, Urgency::Normal) == WorkCalendar::endOfDay(c.normalDue));
        }
    }
    // An entered day overrides the default: a Monday made a day off moves both to Tuesday.
    QList<CalendarDay> closed = days;
    closed.append(CalendarDay{QDate(2026, 3, 2), false, QStringLiteral("停工")});
    const WorkCalendar closedMonday(closed);
    CHECK(closedMonday.reviewDeadline(chinaTime(QDate(2026, 3, 2), 9), Urgency::Urgent) ==
          WorkCalendar::endOfDay(QDate(2026, 3, 3)));
    CHECK(closedMonday.reviewDeadline(chinaTime(QDate(2026, 3, 2), 9), Urgency::Normal) ==
          WorkCalendar::endOfDay(QDate(2026, 3, 3)));
}

TEST_CASE("Format: every genre that addresses someone needs a 主送机关, and only those", "[print][format]")
{
    // GB/T 9704 and the 条例: the genres written to a named recipient.
    const QList<QPair<Genre, bool>> genres = {
        {Genre::Resolution, false}, {Genre::Decision, false},     {Genre::Order, false},
        {Genre::Communique, false}, {Genre::Announcement, false}, {Genre::Notice, false},
        {Genre::Opinion, true},     {Genre::Circular, true},      {Genre::Bulletin, true},
        {Genre::Report, true},      {Genre::Request, true},       {Genre::Reply, true},
        {Genre::Motion, true},      {Genre::Letter, true},        {Genre::Minutes, false},
    };
    REQUIRE(genres.size() == 15);
    for (const auto &[genre, needs] : genres) {
        OfficialDocument d;
        d.genre = genre;
        d.title = QStringLiteral("关于某事项的文件");
        d.writtenDate = QDate(2026, 1, 5);
        QStringList without;
        for (const FormatFinding &f : FormatRules::check(d))
            without.append(f.rule);
        INFO(int(genre));
        CHECK(without.contains(QStringLiteral("recipients.needed")) == needs);
        d.mainRecipients = {QStringLiteral("区人民政府")};
        QStringList with;
        for (const FormatFinding &f : FormatRules::check(d))
            with.append(f.rule);
        CHECK_FALSE(with.contains(QStringLiteral("recipients.needed")));
    }
}

TEST_CASE("成文日期: registered on the 20th day after signing it is the signing date — on the 21st, in China "
          "time, the drafting unit must set it",
          "[chain][storage][written-date]")
{
    for (int extraDays : {20, 21}) {
        DYNAMIC_SECTION("day " << extraDays)
        {
            ChainOffice o;
            // Signed at 23:30 in China (15:30 UTC): the China date is the signing date.
            o.clock->set(chinaTime(QDate(2026, 3, 2), 23, 30));
            Draft d = o.create(o.fields(Issuer::DistrictGovernment, false));
            o.walkToRegistration(d);
            const QDate signedOn = WorkCalendar::localDate(QDateTime::fromMSecsSinceEpoch(d.signedAtMs));
            REQUIRE(signedOn == QDate(2026, 3, 2));
            // Registered at 00:10 China time, `extraDays` days later (the UTC date is one day behind).
            o.clock->set(chinaTime(signedOn.addDays(extraDays), 0, 10));
            auto registered =
                o.drafting().registerDocument(o.reviewer, d.id, d.version, QStringLiteral("测政发"));
            if (extraDays == 20) {
                REQUIRE(registered.ok());
                CHECK(registered.value().writtenDate == signedOn);
            } else {
                REQUIRE_FALSE(registered.ok());
                CHECK(registered.error().message.contains(QStringLiteral("20")));
            }
        }
    }
}

TEST_CASE(
    "Sign-off: an upward district-government document is refused at signing to a leader who is no longer "
    "the district head (区长)",
    "[chain][storage][sign]")
{
    ChainOffice o;
    DraftFields up = o.fields(Issuer::DistrictGovernment, false);
    up.genre = Genre::Report;
    up.title = QStringLiteral("关于2026年防汛工作情况的报告");
    up.direction = Direction::Upward;
    up.mainRecipients = {QStringLiteral("云溪市人民政府")};
    up.signerId = o.head.userId;
    Draft d = o.create(up);
    while (d.state != QLatin1String("leader_sign"))
        d = o.drafting()
                .act(o.actorFor(d), d.id, d.version, ChainAction::Pass, QStringLiteral("同意"))
                .value();

    // The post changed hands while the draft was on its way: the chosen leader is no longer 区长.
    auto users = o.ws->users().list(o.admin);
    REQUIRE(users.ok());
    const auto found = std::find_if(users.value().cbegin(), users.value().cend(),
                                    [&](const User &u) { return u.id == o.head.userId; });
    REQUIRE(found != users.value().cend());
    User demoted = *found;
    demoted.districtHead = false;
    REQUIRE(o.ws->users().update(o.admin, demoted).ok());
    Principal former = o.head;
    former.districtHead = false;
    auto refused = o.drafting().act(former, d.id, d.version, ChainAction::Pass, QStringLiteral("同意"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Permission);
    CHECK(refused.error().message.contains(QStringLiteral("区长")));
    CHECK(o.drafting().get(o.admin, d.id).value().state == QStringLiteral("leader_sign"));

    // A downward document of the same leader signs as before.
    Draft down = o.create([&] {
        DraftFields f = o.fields(Issuer::DistrictGovernment, false);
        f.signerId = o.head.userId;
        return f;
    }());
    while (down.state != QLatin1String("leader_sign"))
        down = o.drafting()
                   .act(o.actorFor(down), down.id, down.version, ChainAction::Pass, QStringLiteral("同意"))
                   .value();
    CHECK(o.drafting().act(former, down.id, down.version, ChainAction::Pass, QStringLiteral("同意")).ok());
}

TEST_CASE(
    "Clearance: each level sees its own secrecy level and not the one just above, by every query — list, "
    "count, get, search and tasks, incoming and drafts",
    "[security][storage]")
{
    ChainOffice o;
    const Principal topClerk = o.addUser(QStringLiteral("topclerk"), {Role::Clerk}, Clearance::TopSecret);
    const Principal topDrafter =
        o.addUser(QStringLiteral("topdrafter"), {Role::Drafter}, Clearance::TopSecret);
    QHash<Clearance, qint64> itemAt, draftAt;
    for (Clearance c : allClearances()) {
        itemAt.insert(c, o.registerAt(topClerk, c, QStringLiteral("关于层级%1的请示").arg(clearanceCode(c))));
        draftAt.insert(c,
                       o.draftAtLevel(topDrafter, c, QStringLiteral("关于层级%1的通知").arg(clearanceCode(c)),
                                      QStringLiteral("正文")));
    }

    const QList<Clearance> levels = allClearances();
    for (int k = 0; k + 1 < levels.size(); ++k) {
        const Clearance own = levels.at(k), above = levels.at(k + 1);
        DYNAMIC_SECTION("cleared " << clearanceCode(own).toStdString())
        {
            const Principal p =
                o.addUser(QStringLiteral("reader%1").arg(k), {Role::Clerk, Role::Reviewer}, own);
            auto ids = [](const auto &list) {
                QSet<qint64> out;
                for (const auto &x : list)
                    out.insert(x.id);
                return out;
            };
            IncomingFilter all;
            all.maxSecrecy = Clearance::TopSecret; // forged: the service applies the reader's own
            all.limit = 1000;
            const QSet<qint64> listed = ids(o.ws->incoming().list(p, all).value());
            CHECK(listed.contains(itemAt.value(own)));
            CHECK_FALSE(listed.contains(itemAt.value(above)));
            CHECK(o.ws->incoming().count(p, all).value() == k + 1);
            IncomingFilter search = all;
            search.text = QStringLiteral("层级");
            CHECK(o.ws->incoming().count(p, search).value() == k + 1);
            const QSet<qint64> found = ids(o.ws->incoming().list(p, search).value());
            CHECK(found.contains(itemAt.value(own)));
            CHECK_FALSE(found.contains(itemAt.value(above)));
            CHECK(o.ws->incoming().get(p, itemAt.value(own)).ok());
            CHECK(o.ws->incoming().get(p, itemAt.value(above)).error().code == ErrorCode::NotFound);
            const QSet<qint64> itemTasks = ids(o.ws->incoming().tasks(p).value());
            CHECK(itemTasks.contains(itemAt.value(own)));
            CHECK_FALSE(itemTasks.contains(itemAt.value(above)));

            DraftFilter drafts;
            drafts.maxSecrecy = Clearance::TopSecret;
            drafts.limit = 1000;
            const QSet<qint64> listedDrafts = ids(o.drafting().list(p, drafts).value());
            CHECK(listedDrafts.contains(draftAt.value(own)));
            CHECK_FALSE(listedDrafts.contains(draftAt.value(above)));
            DraftFilter byTitle = drafts;
            byTitle.titleText = QStringLiteral("层级");
            const QSet<qint64> foundDrafts = ids(o.drafting().list(p, byTitle).value());
            CHECK(foundDrafts.contains(draftAt.value(own)));
            CHECK_FALSE(foundDrafts.contains(draftAt.value(above)));
            CHECK(o.drafting().get(p, draftAt.value(own)).ok());
            CHECK(o.drafting().get(p, draftAt.value(above)).error().code == ErrorCode::NotFound);
            const QSet<qint64> draftTasks = ids(o.drafting().tasks(p).value());
            CHECK(draftTasks.contains(draftAt.value(own)));
            CHECK_FALSE(draftTasks.contains(draftAt.value(above)));
        }
    }
}

TEST_CASE(
    "Clearance: a drafter makes no draft above their own clearance — the level just above is refused, their "
    "own is not",
    "[security][storage]")
{
    ChainOffice o;
    for (Clearance own : {Clearance::None, Clearance::Confidential, Clearance::Secret}) {
        const Principal drafter = o.addUser(QStringLiteral("drafter%1").arg(int(own)), {Role::Drafter}, own);
        DraftFields f = o.fields(Issuer::DistrictGovernment, false);
        f.signerId = o.head.userId;
        f.secrecy = Clearance(int(own) + 1);
        f.secrecyPeriod = QStringLiteral("1年");
        const qint64 before = o.raw(QStringLiteral("SELECT COUNT(*) FROM drafts")).toLongLong();
        auto refused = o.drafting().create(drafter, f, DraftBody{QStringLiteral("正文"), {}});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Permission);
        CHECK(o.raw(QStringLiteral("SELECT COUNT(*) FROM drafts")).toLongLong() == before);
        f.secrecy = own;
        if (own == Clearance::None)
            f.secrecyPeriod.clear();
        CHECK(o.drafting().create(drafter, f, DraftBody{QStringLiteral("正文"), {}}).ok());
    }
}
