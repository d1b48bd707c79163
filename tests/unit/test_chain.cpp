// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — the outgoing chain (发文办理): the table, the engine and the drafting service.
#include "domain/TextDiff.h"
#include "ChainOffice.h"
#include "StressWriters.h"

#include "security/Permissions.h"
#include "services/DraftingService.h"
#include "services/StatsService.h"
#include "services/UnitService.h"
#include "services/UserService.h"
#include "storage/Database.h"
#include "storage/NumberingRepository.h"

#include <QMap>
#include <QProcess>
#include <QTimeZone>

using namespace gw;
using namespace gw::test;

namespace {
QStringList steps(std::initializer_list<const char *> s)
{
    QStringList out;
    for (const char *x : s)
        out.append(QString::fromLatin1(x));
    return out;
}

const QStringList kTail = steps({"registration", "printing", "first_reading", "release", "archived"});
} // namespace

TEST_CASE("chain table: the five variants of SPEC.md, the legal step only for 规范性文件", "[chain][table]")
{
    auto path = [](ChainVariant v, bool normative) {
        ChainFacts f;
        f.variant = v;
        f.normative = normative;
        return ChainEngine::path(f);
    };
    CHECK(path(ChainVariant::OfficeDrafted, false) ==
          steps({"drafting", "secretariat_review", "deputy_review", "director_review", "leader_sign"}) +
              kTail);
    CHECK(path(ChainVariant::OfficeDrafted, true) ==
          steps({"drafting", "secretariat_review", "deputy_review", "legal_review", "director_review",
                 "leader_sign"}) +
              kTail);
    CHECK(path(ChainVariant::DepartmentDrafted, true) ==
          steps({"drafting", "section_check", "secretariat_review", "deputy_review", "legal_review",
                 "director_review", "leader_sign"}) +
              kTail);
    CHECK(path(ChainVariant::DepartmentDrafted, false) ==
          steps({"drafting", "section_check", "secretariat_review", "deputy_review", "director_review",
                 "leader_sign"}) +
              kTail);
    CHECK(path(ChainVariant::OfficeIssued, true) ==
          steps({"drafting", "secretariat_review", "deputy_review", "director_sign"}) + kTail);
    CHECK(path(ChainVariant::JointPartyGov, false) ==
          steps({"drafting", "secretariat_review", "office_director_approval", "party_office_approval",
                 "leader_countersign", "party_leader_sign"}) +
              kTail);
    CHECK(path(ChainVariant::JointOffices, false) ==
          steps({"drafting", "secretariat_review", "office_director_approval", "party_office_sign"}) + kTail);
}

TEST_CASE("chain: the variant comes from the issuer and the drafting unit", "[chain][variant]")
{
    CHECK(ChainEngine::variantFor(Issuer::DistrictGovernment, false) == ChainVariant::OfficeDrafted);
    CHECK(ChainEngine::variantFor(Issuer::DistrictGovernment, true) == ChainVariant::DepartmentDrafted);
    CHECK(ChainEngine::variantFor(Issuer::DistrictOffice, true) == ChainVariant::OfficeIssued);
    CHECK(ChainEngine::variantFor(Issuer::JointPartyGov, false) == ChainVariant::JointPartyGov);
    CHECK(ChainEngine::variantFor(Issuer::JointOffices, false) == ChainVariant::JointOffices);
}

TEST_CASE("chain: every role x step pair and every illegal transition is decided by the table",
          "[chain][roles][illegal]")
{
    // Independently of the table: who acts at each step (SPEC.md), and where a draft may be returned or
    // closed.
    const QMap<QString, QList<Role>> actors = {
        {"drafting", {Role::Drafter}},
        {"section_check", {Role::SectionHead}},
        {"secretariat_review", {Role::Reviewer}},
        {"deputy_review", {Role::DeputyDirector}},
        {"legal_review", {Role::Legal}},
        {"director_review", {Role::Director}},
        {"leader_sign", {Role::Leader}},
        {"director_sign", {Role::Director}},
        {"office_director_approval", {Role::Director}},
        {"party_office_approval", {Role::Reviewer}},
        {"leader_countersign", {Role::Leader}},
        {"party_leader_sign", {Role::Reviewer}},
        {"party_office_sign", {Role::Reviewer}},
        {"registration", {Role::Reviewer, Role::Clerk}},
        {"printing", {Role::Printer}},
        {"first_reading", {Role::FirstReader}},
        {"release", {Role::Clerk}},
        {"archived", {}},
        {"closed", {}},
    };
    const QStringList noReturn = steps({"drafting", "registration", "printing", "first_reading", "release"});
    int pairs = 0;
    for (ChainVariant v : allChainVariants()) {
        for (bool normative : {false, true}) {
            ChainFacts f;
            f.variant = v;
            f.normative = normative;
            f.signerId = 42;
            QStringList states = ChainEngine::path(f);
            states.append(QStringLiteral("closed"));
            for (const QString &state : states) {
                REQUIRE(actors.contains(state));
                for (Role role : allRoles()) {
                    Principal a;
                    a.userId = 42; // the chosen signer, where a leader acts
                    a.roles = {role};
                    const bool holds = actors.value(state).contains(role);
                    INFO(chainVariantCode(v).toStdString()
                         << " " << state.toStdString() << " " << roleCode(role).toStdString());
                    CHECK(ChainEngine::transition(f, state, ChainAction::Pass, a).ok() == holds);
                    CHECK(ChainEngine::transition(f, state, ChainAction::Return, a).ok() ==
                          (holds && !noReturn.contains(state)));
                    CHECK(ChainEngine::transition(f, state, ChainAction::Close, a).ok() ==
                          (holds && state == QLatin1String("secretariat_review")));
                    ++pairs;
                }
            }
        }
    }
    CHECK(pairs > 1000);
}

TEST_CASE("chain: every variant walked end to end, to a signed and numbered document",
          "[chain][storage][walk]")
{
    ChainOffice o;
    struct Case
    {
        Issuer issuer;
        bool byDepartment;
        bool normative;
        QString prefix;
    };
    const QList<Case> cases = {
        {Issuer::DistrictGovernment, false, true, QStringLiteral("测政发")},
        {Issuer::DistrictGovernment, true, false, QStringLiteral("测政发")},
        {Issuer::DistrictOffice, false, false, QStringLiteral("测政发")},
        {Issuer::JointPartyGov, false, false, QStringLiteral("测政发")},
        {Issuer::JointOffices, false, false, QStringLiteral("测政发")},
    };
    int expectedSeq = 0;
    for (const Case &c : cases) {
        Draft d = o.create(o.fields(c.issuer, c.byDepartment, c.normative));
        ChainFacts facts = ChainEngine::factsOf(d);
        const QStringList seen = o.walkToRegistration(d);
        CHECK(seen + kTail.mid(1) == ChainEngine::path(facts));
        CHECK(d.signedVersion == 1);
        CHECK(d.writtenDate.isValid() == false); // set at registration: the signing date
        auto registered = o.drafting().registerDocument(o.reviewer, d.id, d.version, c.prefix);
        REQUIRE(registered.ok());
        ++expectedSeq;
        CHECK(registered.value().docNumber == QStringLiteral("测政发〔2026〕%1号").arg(expectedSeq));
        CHECK(registered.value().state == QStringLiteral("printing"));
        CHECK(registered.value().writtenDate == QDate(2026, 3, 2));
        auto slip = o.drafting().routing(o.admin, d.id);
        REQUIRE(slip.ok());
        CHECK(slip.value().size() == seen.size() + 1); // created, each pass, registered
        CHECK(slip.value().last().action == QStringLiteral("register"));
    }
}

TEST_CASE("chain: a return goes to the drafter and counts as a backflow against the step and the section",
          "[chain][storage][return]")
{
    ChainOffice o;
    Draft d = o.create(o.fields(Issuer::DistrictGovernment, true));
    d = o.drafting().act(o.drafter, d.id, d.version, ChainAction::Pass, QString()).value();
    d = o.drafting().act(o.sectionHead, d.id, d.version, ChainAction::Pass, QStringLiteral("同意")).value();
    REQUIRE(d.state == QStringLiteral("secretariat_review"));

    auto noReason = o.drafting().act(o.reviewer, d.id, d.version, ChainAction::Return, QString());
    CHECK(noReason.error().code == ErrorCode::Validation);
    auto back =
        o.drafting().act(o.reviewer, d.id, d.version, ChainAction::Return, QStringLiteral("文种使用不当"));
    REQUIRE(back.ok());
    CHECK(back.value().state == QStringLiteral("drafting"));
    auto slip = o.drafting().routing(o.admin, d.id).value();
    CHECK(slip.last().backflow);
    CHECK(slip.last().step == QStringLiteral("secretariat_review"));
    CHECK(slip.last().backflowUnitId == o.department);
    CHECK(slip.last().opinion == QStringLiteral("文种使用不当"));

    // The drafter revises and submits again; the second pass counts nothing.
    d = o.drafting()
            .addVersion(o.drafter, d.id, back.value().version, DraftBody{QStringLiteral("修改后的正文"), {}},
                        QStringLiteral("按核稿意见修改"))
            .value();
    CHECK(d.currentVersion == 2);
    d = o.drafting().act(o.drafter, d.id, d.version, ChainAction::Pass, QString()).value();
    CHECK(d.state == QStringLiteral("section_check")); // the whole chain again
    const int backflows =
        int(o.raw(QStringLiteral("SELECT COUNT(*) FROM draft_routing WHERE backflow = 1")).toInt());
    CHECK(backflows == 1);
    auto ledger = o.ws->stats().ledger(o.director, StatsPeriod::year(2026), LedgerRows::Unit);
    REQUIRE(ledger.ok());
    CHECK(ledger.value().total.backflowByStep == QMap<QString, int>{{QStringLiteral("secretariat_review"), 1}});
}

TEST_CASE("chain: the reviewer may close a draft as 不予行文, nobody else", "[chain][storage][close]")
{
    ChainOffice o;
    Draft d = o.create(o.fields(Issuer::DistrictOffice, false));
    d = o.drafting().act(o.drafter, d.id, d.version, ChainAction::Pass, QString()).value();
    CHECK(o.drafting()
              .act(o.director, d.id, d.version, ChainAction::Close, QStringLiteral("电话可解决"))
              .error()
              .code == ErrorCode::Permission);
    auto closed = o.drafting().act(o.reviewer, d.id, d.version, ChainAction::Close,
                                   QStringLiteral("电话即可解决，不予行文"));
    REQUIRE(closed.ok());
    CHECK(closed.value().state == QStringLiteral("closed"));
    CHECK(o.drafting()
              .act(o.reviewer, d.id, closed.value().version, ChainAction::Pass, QString())
              .error()
              .code == ErrorCode::Validation);
}

TEST_CASE("chain: only the chosen leader signs — upward district documents only the district head",
          "[chain][storage][sign]")
{
    ChainOffice o;
    Draft d = o.create(o.fields(Issuer::DistrictGovernment, false));
    while (d.state != QLatin1String("leader_sign"))
        d = o.drafting()
                .act(o.actorFor(d), d.id, d.version, ChainAction::Pass, QStringLiteral("同意"))
                .value();
    CHECK(o.drafting().act(o.head, d.id, d.version, ChainAction::Pass, QString()).error().code ==
          ErrorCode::Permission);
    CHECK(o.drafting().act(o.vice, d.id, d.version, ChainAction::Pass, QString()).ok());

    // An upward document of the district government: the district head only.
    DraftFields up = o.fields(Issuer::DistrictGovernment, false);
    up.genre = Genre::Report;
    up.direction = Direction::Upward;
    up.mainRecipients = {QStringLiteral("云溪市人民政府")};
    auto refused = o.drafting().create(o.drafter, up, DraftBody{QStringLiteral("报告正文"), {}});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("区长")));
    up.signerId = o.head.userId;
    CHECK(o.drafting().create(o.drafter, up, DraftBody{QStringLiteral("报告正文"), {}}).ok());
}

TEST_CASE("sign-off freezes the version — a wording fix keeps the signature, a content change voids it",
          "[chain][storage][freeze]")
{
    ChainOffice o;
    Draft d = o.create(o.fields(Issuer::DistrictGovernment, false));
    o.walkToRegistration(d);
    REQUIRE(d.signedVersion == 1);
    CHECK(o.drafting()
              .addVersion(o.drafter, d.id, d.version, DraftBody{QStringLiteral("偷偷修改"), {}}, QString())
              .error()
              .code == ErrorCode::Validation);

    auto fixed = o.drafting().wordingFix(o.reviewer, d.id, d.version,
                                         DraftBody{QStringLiteral("一、总体要求\n各镇要高度重视！"), {}},
                                         QStringLiteral("标点"));
    REQUIRE(fixed.ok());
    CHECK(fixed.value().signedVersion == 1);
    CHECK(fixed.value().currentVersion == 2);
    CHECK(fixed.value().state == QStringLiteral("registration"));

    auto changed =
        o.drafting().contentChange(o.reviewer, d.id, fixed.value().version,
                                   DraftBody{QStringLiteral("一、总体要求\n各镇、各部门要高度重视。"), {}},
                                   QStringLiteral("增加主送范围"));
    REQUIRE(changed.ok());
    CHECK(changed.value().signedVersion == 0);
    CHECK(changed.value().state == QStringLiteral("leader_sign"));
    // The signed original and the new text stay side by side.
    auto versions = o.drafting().versions(o.admin, d.id).value();
    REQUIRE(versions.size() == 3);
    CHECK(versions.at(0).kind == QStringLiteral("draft"));
    CHECK(versions.at(2).kind == QStringLiteral("content_change"));
    auto diff = o.drafting().diff(o.admin, d.id, 1, 3).value();
    REQUIRE(diff.size() == 2);
    CHECK(diff.at(0).kind == DiffRow::Same);
    CHECK(diff.at(1).kind == DiffRow::Changed); // the changed paragraph, side by side
    CHECK_FALSE(diff.at(1).spans.isEmpty());

    auto resigned =
        o.drafting().act(o.vice, d.id, changed.value().version, ChainAction::Pass, QStringLiteral("同意"));
    REQUIRE(resigned.ok());
    CHECK(resigned.value().signedVersion == 3);
    CHECK(resigned.value().state == QStringLiteral("registration"));
}

TEST_CASE("成文日期 is the signing date — registered more than 20 days later, the drafting unit sets it",
          "[chain][storage][written-date]")
{
    ChainOffice o;
    Draft d = o.create(o.fields(Issuer::DistrictGovernment, false));
    o.walkToRegistration(d);
    o.clock->advanceSecs(21 * 24 * 3600);
    auto refused = o.drafting().registerDocument(o.reviewer, d.id, d.version, QStringLiteral("测政发"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("20")));
    CHECK(o.raw(QStringLiteral("SELECT COUNT(*) FROM doc_sequences")).toInt() == 0); // no number taken

    CHECK(o.drafting().setWrittenDate(o.drafter, d.id, d.version, QDate(2026, 3, 1)).error().code ==
          ErrorCode::Validation); // before signing
    auto set = o.drafting().setWrittenDate(o.drafter, d.id, d.version, QDate(2026, 3, 20));
    REQUIRE(set.ok());
    auto registered =
        o.drafting().registerDocument(o.reviewer, d.id, set.value().version, QStringLiteral("测政发"));
    REQUIRE(registered.ok());
    CHECK(registered.value().writtenDate == QDate(2026, 3, 20));
}

TEST_CASE(
    "document numbers: prefix〔year〕N号 per prefix and year, a rolled-back allocation gives its number back",
    "[chain][storage][numbering]")
{
    TestOffice o;
    Database &db = o.ws->database();
    auto take = [&](const QString &prefix, int year, bool commit) {
        WriteTransaction tx(db);
        REQUIRE(tx.status().ok());
        auto n = NumberingRepository(db).next(prefix, year);
        REQUIRE(n.ok());
        if (commit)
            REQUIRE(tx.commit().ok());
        return n.value();
    };
    CHECK(take(QStringLiteral("测政发"), 2026, true) == 1);
    CHECK(take(QStringLiteral("测政发"), 2026, false) == 2);
    CHECK(take(QStringLiteral("测政发"), 2026, true) == 2); // the rolled-back 2 was not lost
    CHECK(take(QStringLiteral("测政办发"), 2026, true) == 1);
    CHECK(take(QStringLiteral("测政发"), 2027, true) == 1);
    CHECK(DraftingService::formatDocNumber(QStringLiteral("黄政发"), 2026, 12) ==
          QStringLiteral("黄政发〔2026〕12号"));
}

TEST_CASE("urgency is proposed from the due date, the steps ahead and consultation", "[chain][urgency]")
{
    const QDate today(2026, 3, 2);
    CHECK(proposeUrgency(today, today.addDays(3), 1, false) == Urgency::VeryUrgent);
    CHECK(proposeUrgency(today, today.addDays(7), kManyApprovalSteps, false) == Urgency::VeryUrgent);
    CHECK(proposeUrgency(today, today.addDays(7), kManyApprovalSteps - 1, false) == Urgency::Urgent);
    CHECK(proposeUrgency(today, today.addDays(14), 1, true) == Urgency::Urgent);
    CHECK(proposeUrgency(today, today.addDays(14), 1, false) == Urgency::Normal);
    CHECK(proposeUrgency(today, today.addDays(30), 6, true) == Urgency::Normal);
    CHECK(proposeUrgency(today, QDate(), 6, true) == Urgency::Normal);
    CHECK(urgencyFromCode(QStringLiteral("急件")) == Urgency::Urgent);
    CHECK(urgencyFromCode(QStringLiteral("特急")) == Urgency::VeryUrgent);
}

TEST_CASE(
    "review deadlines: urgent on arrival, others within one working day, across weekends, holidays and 调休",
    "[chain][calendar]")
{
    // 2026: Friday 2 October is a holiday (国庆); Saturday 10 October a swapped working day.
    QList<CalendarDay> days = WorkCalendar::defaultDays(2026);
    days.append(CalendarDay{QDate(2026, 10, 10), true, QStringLiteral("国庆调休")});
    const WorkCalendar cal(days);
    auto at = [](int m, int d, int h) {
        return QDateTime(QDate(2026, m, d), QTime(h, 0), QTimeZone(8 * 3600));
    };
    auto due = [&](const QDateTime &arrived, Urgency u) { return cal.reviewDeadline(arrived, u); };

    CHECK(cal.isWorkingDay(QDate(2026, 3, 2)));       // Monday
    CHECK_FALSE(cal.isWorkingDay(QDate(2026, 3, 7))); // Saturday
    CHECK_FALSE(cal.isWorkingDay(QDate(2026, 10, 2)));
    CHECK(cal.isWorkingDay(QDate(2026, 10, 10)));      // 调休: a Saturday at work
    CHECK_FALSE(cal.isWorkingDay(QDate(2026, 2, 17))); // 春节

    CHECK(due(at(3, 2, 10), Urgency::VeryUrgent) == WorkCalendar::endOfDay(QDate(2026, 3, 2)));
    CHECK(due(at(3, 2, 10), Urgency::Normal) == WorkCalendar::endOfDay(QDate(2026, 3, 3)));
    CHECK(due(at(3, 6, 16), Urgency::Normal) == WorkCalendar::endOfDay(QDate(2026, 3, 9))); // Friday → Monday
    CHECK(due(at(3, 7, 9), Urgency::Urgent) ==
          WorkCalendar::endOfDay(QDate(2026, 3, 9))); // Saturday → Monday
    CHECK(due(at(9, 30, 9), Urgency::Normal) ==
          WorkCalendar::endOfDay(QDate(2026, 10, 5))); // over 国庆 1–3 + weekend
    CHECK(due(at(10, 9, 9), Urgency::Normal) ==
          WorkCalendar::endOfDay(QDate(2026, 10, 10))); // the 调休 Saturday
}

TEST_CASE("genre checks on save: 请示, 批复, 函 — refused with a message unless a reason overrides",
          "[chain][storage][genre]")
{
    ChainOffice o;
    DraftFields request = o.fields(Issuer::DistrictGovernment, false);
    request.genre = Genre::Request;
    request.title = QStringLiteral("关于申请防汛专项资金的请示");
    request.direction = Direction::Upward;
    request.mainRecipients = {QStringLiteral("云溪市人民政府")};
    request.signerId = o.head.userId;
    auto rules = [&](const DraftFields &f) {
        QStringList keys;
        for (const GenreFinding &g : o.drafting().checkGenre(f).value())
            keys.append(g.rule);
        return keys;
    };
    CHECK(rules(request).isEmpty());

    DraftFields two = request;
    two.mainRecipients.append(QStringLiteral("云溪市财政局"));
    CHECK(rules(two) == QStringList{QStringLiteral("request.one_recipient")});
    DraftFields down = request;
    down.direction = Direction::Downward;
    CHECK(rules(down) == QStringList{QStringLiteral("request.upward")});
    DraftFields person = request;
    person.mainRecipients = {QStringLiteral("王市长")};
    CHECK(rules(person) == QStringList{QStringLiteral("request.not_to_person")});
    // Every way of naming a person: by each title, by 同志, by a leader's name in the directory.
    for (const char *to : {"李区长", "李副区长", "张书记", "张副书记", "王副市长", "赵主任", "刘明同志"}) {
        INFO(to);
        person.mainRecipients = {QString::fromUtf8(to)};
        CHECK(rules(person) == QStringList{QStringLiteral("request.not_to_person")});
    }
    person.mainRecipients = {o.vice.displayName}; // a leader named as the directory names them
    CHECK(rules(person) == QStringList{QStringLiteral("request.not_to_person")});
    person.mainRecipients = {QStringLiteral("云溪市人民政府办公室")}; // an organ (办公室 is not 主任)
    CHECK(rules(person).isEmpty());
    DraftFields many = request;
    many.title = QStringLiteral("关于资金的请示及关于用地的请示");
    CHECK(rules(many) == QStringList{QStringLiteral("request.one_matter")});

    DraftFields reply = o.fields(Issuer::DistrictGovernment, false);
    reply.genre = Genre::Reply;
    CHECK(rules(reply) == QStringList{QStringLiteral("reply.answers_request")});
    reply.repliesTo = QStringLiteral("云教〔2026〕3号");
    reply.direction = Direction::Upward;
    CHECK(rules(reply) == QStringList{QStringLiteral("reply.downward")});

    DraftFields letter = o.fields(Issuer::DistrictOffice, false);
    letter.genre = Genre::Letter;
    CHECK(rules(letter) == QStringList{QStringLiteral("letter.parallel")});
    letter.direction = Direction::Parallel;
    CHECK(rules(letter).isEmpty());

    // Saving: refused, nothing written; with a reason, saved and the reason kept on the routing slip.
    const qint64 drafts = o.raw(QStringLiteral("SELECT COUNT(*) FROM drafts")).toLongLong();
    auto refused = o.drafting().create(o.drafter, two, DraftBody{QStringLiteral("正文"), {}});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Validation);
    CHECK(o.raw(QStringLiteral("SELECT COUNT(*) FROM drafts")).toLongLong() == drafts);
    auto overridden = o.drafting().create(o.drafter, two, DraftBody{QStringLiteral("正文"), {}},
                                          QStringLiteral("市政府要求同时报送市财政局"));
    REQUIRE(overridden.ok());
    CHECK(o.drafting().routing(o.admin, overridden.value().id).value().first().opinion ==
          QStringLiteral("市政府要求同时报送市财政局"));
}

TEST_CASE("drafts above a user's clearance are not seen, not even their titles", "[chain][storage][secrecy]")
{
    ChainOffice o;
    DraftFields secret = o.fields(Issuer::DistrictGovernment, false);
    secret.secrecy = Clearance::Secret;
    secret.secrecyPeriod = QStringLiteral("1年");
    Draft d = o.create(secret);
    const Principal low = o.addUser(QStringLiteral("low"), {Role::Reviewer}, Clearance::Confidential);
    CHECK(o.drafting().get(low, d.id).error().code == ErrorCode::NotFound);
    CHECK(o.drafting().list(low, DraftFilter{}).value().isEmpty());
    CHECK(o.drafting().get(o.reviewer, d.id).ok());
    CHECK(o.drafting().list(o.reviewer, DraftFilter{}).value().size() == 1);
}

TEST_CASE("my tasks: what waits for my posts, most urgent first, overdue flagged", "[chain][storage][tasks]")
{
    ChainOffice o;
    DraftFields normal = o.fields(Issuer::DistrictOffice, false);
    DraftFields urgent = normal;
    urgent.title = QStringLiteral("关于紧急转移受灾群众的通知");
    urgent.urgency = Urgency::VeryUrgent;
    Draft a = o.create(normal);
    Draft b = o.create(urgent);
    a = o.drafting().act(o.drafter, a.id, a.version, ChainAction::Pass, QString()).value();
    b = o.drafting().act(o.drafter, b.id, b.version, ChainAction::Pass, QString()).value();
    auto tasks = o.drafting().tasks(o.reviewer).value();
    REQUIRE(tasks.size() == 2);
    CHECK(tasks.first().id == b.id);
    CHECK(tasks.first().dueAtMs == WorkCalendar::endOfDay(QDate(2026, 3, 2)).toMSecsSinceEpoch());
    CHECK(tasks.last().dueAtMs == WorkCalendar::endOfDay(QDate(2026, 3, 3)).toMSecsSinceEpoch());
    CHECK(o.drafting().tasks(o.deputy).value().isEmpty());
    CHECK_FALSE(o.drafting().isOverdue(tasks.first()));
    o.clock->advanceSecs(10 * 3600); // 19:00 on the day: the urgent one is overdue
    CHECK(o.drafting().isOverdue(tasks.first()));
    CHECK_FALSE(o.drafting().isOverdue(tasks.last()));
    DraftFilter overdue;
    overdue.overdueOnly = true;
    CHECK(o.drafting().list(o.reviewer, overdue).value().size() == 1);
}

TEST_CASE("a stale edit of a draft gets the conflict and changes nothing", "[chain][storage][conflict]")
{
    ChainOffice o;
    Draft d = o.create(o.fields(Issuer::DistrictOffice, false));
    auto other = o.secondWorkstation();
    REQUIRE(other->drafting().act(o.drafter, d.id, d.version, ChainAction::Pass, QString()).ok());
    auto stale = o.drafting().addVersion(o.drafter, d.id, d.version, DraftBody{QStringLiteral("新正文"), {}},
                                         QString());
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);
    CHECK(o.drafting().versions(o.admin, d.id).value().size() == 1);
}

TEST_CASE("document numbers under 4 concurrent processes x 100 allocations: exactly 1..400",
          "[chain][storage][numbering][concurrent]")
{
    TestOffice o; // SQLite or PostgreSQL, as the suite runs
    QList<QStringList> writers;
    for (int w = 0; w < 4; ++w)
        writers.append({o.db.url().displayString(), QStringLiteral("admin"), kPassword, QStringLiteral("测政发"),
                        QStringLiteral("100"), QStringLiteral("numbers")});
    CHECK(committedNumbers(QStringLiteral(GONGWEN_STRESS_WRITER), writers) == oneTo(400));
    Database &db = o.ws->database();
    CHECK(NumberingRepository(db).last(QStringLiteral("测政发"), 2026).value() == 400);
}

TEST_CASE("version compare at character level: a changed punctuation mark or word inside a paragraph is "
          "marked by itself, paragraphs paired side by side",
          "[chain][ux][diff]")
{
    // The comma became a full stop, and 各部门 was added: each marked alone, the rest kept.
    const QList<DiffSpan> spans =
        diffChars(QStringLiteral("各镇要高度重视，抓好落实"), QStringLiteral("各镇、各部门要高度重视。抓好落实"));
    QString removed, added, kept;
    for (const DiffSpan &s : spans)
        (s.kind == DiffLine::Removed ? removed : s.kind == DiffLine::Added ? added : kept) += s.text;
    CHECK(removed == QStringLiteral("，"));
    CHECK(added == QStringLiteral("、各部门。"));
    CHECK(kept == QStringLiteral("各镇要高度重视抓好落实"));
    // Both texts come back whole from the runs.
    QString before, after;
    for (const DiffSpan &s : spans) {
        if (s.kind != DiffLine::Added)
            before += s.text;
        if (s.kind != DiffLine::Removed)
            after += s.text;
    }
    CHECK(before == QStringLiteral("各镇要高度重视，抓好落实"));
    CHECK(after == QStringLiteral("各镇、各部门要高度重视。抓好落实"));
    // The first and the last character changed.
    CHECK(diffChars(QStringLiteral("甲乙丙"), QStringLiteral("丁乙丙")).first().kind == DiffLine::Removed);
    CHECK(diffChars(QStringLiteral("甲乙丙"), QStringLiteral("甲乙丁")).last().kind == DiffLine::Added);
    CHECK(diffChars(QStringLiteral("同"), QStringLiteral("同")).size() == 1);
    // A character outside the BMP (𠮷 U+20BB7 in a name, misprinted as 𠮶 U+20BB6: the same first UTF-16
    // unit) is marked whole, never half.
    const QList<DiffSpan> name = diffChars(QStringLiteral("吉𠮷祥"), QStringLiteral("吉𠮶祥"));
    REQUIRE(name.size() == 4);
    CHECK(name.at(0).text == QStringLiteral("吉"));
    CHECK(name.at(1).kind == DiffLine::Removed);
    CHECK(name.at(1).text == QStringLiteral("𠮷"));
    CHECK(name.at(2).kind == DiffLine::Added);
    CHECK(name.at(2).text == QStringLiteral("𠮶"));
    // Paragraphs: one kept, one changed, one removed, one added.
    const QList<DiffRow> rows = diffParagraphs(QStringLiteral("一、总体要求\n各镇要高度重视。\n旧的第三段"),
                                               QStringLiteral("一、总体要求\n各镇要十分重视。"));
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0).kind == DiffRow::Same);
    CHECK(rows.at(1).kind == DiffRow::Changed);
    CHECK(rows.at(1).before == QStringLiteral("各镇要高度重视。"));
    CHECK(rows.at(1).after == QStringLiteral("各镇要十分重视。"));
    CHECK(rows.at(2).kind == DiffRow::Removed);
    CHECK(diffParagraphs(QStringLiteral("甲"), QStringLiteral("甲\n乙")).last().kind == DiffRow::Added);
}

TEST_CASE("review gate: markup is drawn at review and sign-off steps only — at 登记编号 the reviewer who acts "
          "there draws none",
          "[chain][markup][ux]")
{
    ChainOffice o;
    Draft d = o.create(o.fields(Issuer::DistrictGovernment, false));
    o.walkToRegistration(d);
    REQUIRE(d.state == QStringLiteral("registration"));
    CHECK(o.drafting().actionsFor(o.reviewer, d).registerNumber); // the reviewer acts here …
    CHECK_FALSE(o.drafting().actionsFor(o.reviewer, d).markup);   // … but not with markup
}
