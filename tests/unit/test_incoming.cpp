// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — incoming documents: registration, duplicates, triage, secrecy, the register's paging.
#include "Fixtures.h"

#include "services/IncomingService.h"
#include "services/UnitService.h"
#include "services/Workspace.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

using namespace gw;
using namespace gw::test;

namespace {
struct IncomingOffice : TestOffice
{
    Principal clerk, lowClerk;
    qint64 village = 0, town = 0, department = 0, enterprise = 0;

    IncomingOffice()
    {
        clerk = addUser(QStringLiteral("clerk"), {Role::Clerk}, Clearance::Secret);
        lowClerk = addUser(QStringLiteral("clerk2"), {Role::Clerk}, Clearance::None);
        town = addUnit(QStringLiteral("青石镇人民政府"), UnitType::Town, 0);
        village = addUnit(QStringLiteral("青石镇杨柳村村民委员会"), UnitType::Village, town);
        department = addUnit(QStringLiteral("云溪区教育局"), UnitType::Department, 0);
        enterprise = addUnit(QStringLiteral("云溪区实验中学"), UnitType::Enterprise, department);
    }

    qint64 addUnit(const QString &name, UnitType type, qint64 superior)
    {
        Unit u;
        u.name = name;
        u.type = type;
        u.superiorId = superior;
        auto created = ws->units().create(admin, u);
        REQUIRE(created.ok());
        return created.value().id;
    }

    IncomingItem item(qint64 sender, const QString &number, const QString &title) const
    {
        IncomingItem i;
        i.senderUnitId = sender;
        i.docNumber = number;
        i.title = title;
        i.genre = Genre::Request;
        return i;
    }
};
} // namespace

TEST_CASE("registration keeps the 文号 in its standard form and the attachments with their SHA-256",
          "[incoming][storage][register]")
{
    IncomingOffice o;
    const QByteArray pdf("%PDF-1.4 attachment");
    auto r = o.ws->incoming().registerItem(
        o.clerk, o.item(o.town, QStringLiteral("青政［2026］7号"), QStringLiteral("关于申请修缮村道的请示")),
        {IncomingAttachment{0, QStringLiteral("正文.pdf"), QString(), 0, pdf}});
    REQUIRE(r.ok());
    CHECK(r.value().docNumber == QStringLiteral("青政〔2026〕7号"));
    CHECK(r.value().state == QStringLiteral("registered"));
    CHECK(r.value().holder == o.clerk.displayName);
    auto files = o.ws->incoming().attachments(o.clerk, r.value().id);
    REQUIRE(files.ok());
    REQUIRE(files.value().size() == 1);
    CHECK(files.value().first().sha256 ==
          QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    CHECK(files.value().first().size == pdf.size());

    // Opened later, the bytes come back whole; changed behind the program's back, they are refused.
    auto opened = o.ws->incoming().attachment(o.clerk, r.value().id, files.value().first().id);
    REQUIRE(opened.ok());
    CHECK(opened.value().bytes == pdf);
    CHECK(
        o.ws->incoming().attachment(o.lowClerk, r.value().id + 1000, files.value().first().id).error().code ==
        ErrorCode::NotFound);
    QSqlQuery tamper(o.ws->database().connection());
    REQUIRE(tamper.prepare(QStringLiteral("UPDATE incoming_attachments SET bytes = ?")));
    tamper.addBindValue(QByteArray("%PDF-1.4 altered"));
    REQUIRE(tamper.exec());
    CHECK(o.ws->incoming().attachment(o.clerk, r.value().id, files.value().first().id).error().code ==
          ErrorCode::Tampered);
}

TEST_CASE("the same sender and 文号 registered twice is caught and named", "[incoming][storage][duplicate]")
{
    IncomingOffice o;
    REQUIRE(o.ws->incoming()
                .registerItem(o.clerk,
                              o.item(o.town, QStringLiteral("青政〔2026〕7号"), QStringLiteral("甲")), {})
                .ok());
    auto twin = o.ws->incoming().registerItem(
        o.clerk, o.item(o.town, QStringLiteral("青政(2026)7号"), QStringLiteral("乙")), {});
    REQUIRE_FALSE(twin.ok());
    CHECK(twin.error().code == ErrorCode::Validation);
    CHECK(twin.error().message.contains(QStringLiteral("甲")));
    CHECK(twin.error().message.contains(QStringLiteral("青政〔2026〕7号")));
    // Another sender may use the same number.
    CHECK(o.ws->incoming()
              .registerItem(o.clerk,
                            o.item(o.department, QStringLiteral("青政〔2026〕7号"), QStringLiteral("丙")), {})
              .ok());
    // No number: no duplicate check.
    CHECK(o.ws->incoming().registerItem(o.clerk, o.item(o.town, QString(), QStringLiteral("来信")), {}).ok());
    CHECK(o.ws->incoming().registerItem(o.clerk, o.item(o.town, QString(), QStringLiteral("来信")), {}).ok());
}

TEST_CASE("bad registrations get a message and write nothing", "[incoming][storage][bad-input]")
{
    IncomingOffice o;
    const qint64 audit = o.auditCount();
    IncomingItem future = o.item(o.town, QStringLiteral("青政〔2026〕8号"), QStringLiteral("未来"));
    future.receivedAtMs = o.clock->nowMs() + 3LL * 24 * 3600 * 1000;
    IncomingItem backwards = o.item(o.town, QStringLiteral("青政〔2026〕9号"), QStringLiteral("倒挂"));
    backwards.receivedAtMs = o.clock->nowMs();
    backwards.dueAtMs = backwards.receivedAtMs - 1000;
    IncomingItem badNumber = o.item(o.town, QStringLiteral("青政〔2026〕第9号"), QStringLiteral("第字"));
    IncomingItem noSender = o.item(4242, QStringLiteral("青政〔2026〕10号"), QStringLiteral("无名"));
    IncomingItem secret = o.item(o.town, QStringLiteral("青政〔2026〕11号"), QStringLiteral("密件"));
    secret.secrecy = Clearance::Secret;
    IncomingItem zero = o.item(o.town, QStringLiteral("青政〔2026〕12号"), QStringLiteral("零份"));
    zero.copies = 0;
    for (const IncomingItem &bad : {future, backwards, badNumber, noSender, zero}) {
        INFO(bad.title.toStdString());
        auto r = o.ws->incoming().registerItem(o.clerk, bad, {});
        REQUIRE_FALSE(r.ok());
        CHECK_FALSE(r.error().message.isEmpty());
    }
    CHECK(o.ws->incoming().registerItem(o.lowClerk, secret, {}).error().code == ErrorCode::Permission);
    CHECK(o.raw(QStringLiteral("SELECT COUNT(*) FROM incoming_items")).toInt() == 0);
    CHECK(o.auditCount() == audit);
}

TEST_CASE("triage: the directory decides the sender, the clerk decides, a reason is required",
          "[incoming][storage][triage]")
{
    IncomingOffice o;
    auto fromVillage = o.ws->incoming().registerItem(
        o.clerk,
        o.item(o.village, QStringLiteral("杨柳村〔2026〕1号"), QStringLiteral("关于修建村文化广场的请示")),
        {});
    REQUIRE(fromVillage.ok());
    const IncomingItem v = fromVillage.value();
    auto proposal = o.ws->incoming().propose(o.clerk, v.id, TriageFacts{});
    REQUIRE(proposal.ok());
    CHECK(proposal.value().outcome == TriageOutcome::Return);
    CHECK(proposal.value().rule == QStringLiteral("return.skip_level"));

    // Overriding the proposal, or returning, needs a reason.
    CHECK(o.ws->incoming()
              .triage(o.clerk, v.id, v.version, TriageFacts{}, TriageOutcome::Accept, QString())
              .error()
              .code == ErrorCode::Validation);
    CHECK(o.ws->incoming()
              .triage(o.clerk, v.id, v.version, TriageFacts{}, TriageOutcome::Return, QString())
              .error()
              .code == ErrorCode::Validation);
    auto returned = o.ws->incoming().triage(o.clerk, v.id, v.version, TriageFacts{}, TriageOutcome::Return,
                                            QStringLiteral("请经青石镇人民政府行文"));
    REQUIRE(returned.ok());
    CHECK(returned.value().state == QStringLiteral("returned"));
    CHECK(returned.value().triageRule == QStringLiteral("return.skip_level"));
    CHECK(o.ws->incoming()
              .triage(o.clerk, v.id, returned.value().version, TriageFacts{}, TriageOutcome::Accept,
                      QStringLiteral("再议"))
              .error()
              .code == ErrorCode::Validation); // triaged already

    auto fromTown = o.ws->incoming().registerItem(
        o.clerk, o.item(o.town, QStringLiteral("青政〔2026〕20号"), QStringLiteral("关于学校校舍维修的请示")),
        {});
    REQUIRE(fromTown.ok());
    TriageFacts facts;
    facts.competentDepartmentId = o.department;
    // A transfer copies the leader concerned: without one, or with someone who is not a leader, it is
    // refused.
    const Principal leader = o.addUser(QStringLiteral("leader"), {Role::Leader}, Clearance::Secret);
    CHECK(o.ws->incoming()
              .triage(o.clerk, fromTown.value().id, fromTown.value().version, facts, TriageOutcome::Transfer,
                      QStringLiteral("属区教育局职权范围"))
              .error()
              .code == ErrorCode::Validation);
    CHECK(o.ws->incoming()
              .triage(o.clerk, fromTown.value().id, fromTown.value().version, facts, TriageOutcome::Transfer,
                      QStringLiteral("属区教育局职权范围"), 0, o.lowClerk.userId)
              .error()
              .code == ErrorCode::Validation);
    CHECK(o.ws->incoming().get(o.clerk, fromTown.value().id).value().state == QStringLiteral("registered"));
    auto transferred = o.ws->incoming().triage(o.clerk, fromTown.value().id, fromTown.value().version, facts,
                                               TriageOutcome::Transfer, QStringLiteral("属区教育局职权范围"),
                                               0, leader.userId);
    REQUIRE(transferred.ok());
    CHECK(transferred.value().transferTo == o.department);
    const auto copies = o.ws->incoming().routes(o.clerk, fromTown.value().id).value();
    REQUIRE(copies.size() == 1);
    CHECK(copies.first().userId == leader.userId);
    CHECK(copies.first().state == QStringLiteral("copy"));
    CHECK_FALSE(copies.first().handles);
    CHECK(o.ws->incoming().leaders(o.clerk).value().size() == 1);
    CHECK(transferred.value().triageRule == QStringLiteral("transfer.department"));

    auto accepted = o.ws->incoming().registerItem(
        o.clerk, o.item(o.town, QStringLiteral("青政〔2026〕21号"), QStringLiteral("关于全镇发展规划的请示")),
        {});
    TriageFacts plan;
    plan.categories = {AcceptCategory::PlanReformPolicy};
    auto ok = o.ws->incoming().triage(o.clerk, accepted.value().id, accepted.value().version, plan,
                                      TriageOutcome::Accept, QString());
    REQUIRE(ok.ok());
    CHECK(ok.value().triageRule == QStringLiteral("accept.plan_reform_policy"));

    // Counted per sending unit.
    auto counts = o.ws->incoming().triageCounts(o.clerk).value();
    QMap<qint64, QPair<int, int>> bySender;
    for (const SenderTriageCount &c : counts)
        bySender.insert(c.senderUnitId, {c.returned, c.transferred});
    CHECK(bySender.value(o.village) == QPair<int, int>(1, 0));
    CHECK(bySender.value(o.town) == QPair<int, int>(0, 1));
}

TEST_CASE(
    "Triage: a transfer never goes back to the sender — the department's own matter is proposed for return",
    "[incoming][storage][triage]")
{
    IncomingOffice o;
    const Principal leader = o.addUser(QStringLiteral("leader"), {Role::Leader}, Clearance::Secret);
    auto r = o.ws->incoming().registerItem(
        o.clerk,
        o.item(o.department, QStringLiteral("云教〔2026〕8号"), QStringLiteral("关于调整学区划分的请示")),
        {});
    REQUIRE(r.ok());
    TriageFacts facts;
    facts.competentDepartmentId = o.department; // the sender's own powers
    auto proposal = o.ws->incoming().propose(o.clerk, r.value().id, facts);
    REQUIRE(proposal.ok());
    CHECK(proposal.value().outcome == TriageOutcome::Return);
    CHECK(proposal.value().rule == QStringLiteral("return.own_powers"));
    // Deciding a transfer anyway, to the sender itself, is refused and changes nothing.
    auto refused =
        o.ws->incoming().triage(o.clerk, r.value().id, r.value().version, facts, TriageOutcome::Transfer,
                                QStringLiteral("转教育局办理"), o.department, leader.userId);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Validation);
    CHECK(refused.error().message.contains(QStringLiteral("云溪区教育局")));
    CHECK(o.ws->incoming().get(o.clerk, r.value().id).value().state == QStringLiteral("registered"));
    // The complex-matter exception accepts it, citing (三)2.
    facts.complexNeedsLeader = true;
    auto accepted = o.ws->incoming().triage(o.clerk, r.value().id, r.value().version, facts,
                                            TriageOutcome::Accept, QString(), 0, 0);
    REQUIRE(accepted.ok());
    CHECK(accepted.value().triageRule == QStringLiteral("exception.complex"));
}

TEST_CASE("a transfer is never copied to a leader not cleared for the document",
          "[incoming][storage][secrecy]")
{
    IncomingOffice o;
    const Principal uncleared = o.addUser(QStringLiteral("leader"), {Role::Leader}, Clearance::None);
    const Principal cleared = o.addUser(QStringLiteral("leader2"), {Role::Leader}, Clearance::Secret);
    IncomingItem secret =
        o.item(o.town, QStringLiteral("青政〔2026〕30号"), QStringLiteral("关于校舍安全隐患的报告"));
    secret.secrecy = Clearance::Confidential;
    secret.secrecyPeriod = QStringLiteral("1年");
    auto r = o.ws->incoming().registerItem(o.clerk, secret, {});
    REQUIRE(r.ok());
    TriageFacts facts;
    facts.competentDepartmentId = o.department;
    auto refused =
        o.ws->incoming().triage(o.clerk, r.value().id, r.value().version, facts, TriageOutcome::Transfer,
                                QStringLiteral("属区教育局职权范围"), 0, uncleared.userId);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Permission);
    CHECK(o.ws->incoming().get(o.clerk, r.value().id).value().state == QStringLiteral("registered"));
    CHECK(o.ws->incoming().routes(o.clerk, r.value().id).value().isEmpty());
    CHECK(o.ws->incoming()
              .triage(o.clerk, r.value().id, r.value().version, facts, TriageOutcome::Transfer,
                      QStringLiteral("属区教育局职权范围"), 0, cleared.userId)
              .ok());
}

TEST_CASE("a filtered count stops at its cap, the whole register is counted exactly",
          "[incoming][storage][paging]")
{
    IncomingOffice o;
    for (int i = 0; i < 30; ++i)
        REQUIRE(o.ws->incoming()
                    .registerItem(o.clerk,
                                  o.item(o.town, QStringLiteral("青政〔2026〕%1号").arg(i + 1),
                                         QStringLiteral("来文%1").arg(i)),
                                  {})
                    .ok());
    IncomingFilter all;
    CHECK(o.ws->incoming().count(o.clerk, all).value() == 30);
    CHECK(o.ws->incoming().count(o.clerk, all, 100).value() == 30);
    CHECK(o.ws->incoming().count(o.clerk, all, 10).value() == 11); // more than 10
    IncomingFilter some;
    some.text = QStringLiteral("来文1"); // 来文1, 来文10 … 来文19
    CHECK(o.ws->incoming().count(o.clerk, some, 100).value() == 11);
}

TEST_CASE("items above a user's clearance do not appear in lists, search or counts",
          "[incoming][storage][secrecy]")
{
    IncomingOffice o;
    IncomingItem secret =
        o.item(o.department, QStringLiteral("云教〔2026〕5号"), QStringLiteral("关于考试命题保密工作的通知"));
    secret.secrecy = Clearance::Secret;
    secret.secrecyPeriod = QStringLiteral("6个月");
    REQUIRE(o.ws->incoming().registerItem(o.clerk, secret, {}).ok());
    REQUIRE(o.ws->incoming()
                .registerItem(o.clerk,
                              o.item(o.department, QStringLiteral("云教〔2026〕6号"),
                                     QStringLiteral("关于考试安排的通知")),
                              {})
                .ok());
    IncomingFilter search;
    search.text = QStringLiteral("考试");
    CHECK(o.ws->incoming().list(o.clerk, search).value().size() == 2);
    CHECK(o.ws->incoming().count(o.clerk, search).value() == 2);
    const auto low = o.ws->incoming().list(o.lowClerk, search).value();
    REQUIRE(low.size() == 1);
    CHECK(low.first().title == QStringLiteral("关于考试安排的通知"));
    CHECK(o.ws->incoming().count(o.lowClerk, IncomingFilter{}).value() == 1);
    IncomingFilter byTitle;
    byTitle.text = QStringLiteral("保密");
    CHECK(o.ws->incoming().list(o.lowClerk, byTitle).value().isEmpty());
}

TEST_CASE("the register pages by key, newest first, without repeats or gaps", "[incoming][storage][paging]")
{
    IncomingOffice o;
    for (int i = 0; i < 450; ++i) {
        IncomingItem it =
            o.item(o.town, QStringLiteral("青政〔2026〕%1号").arg(i + 1), QStringLiteral("来文%1").arg(i));
        it.receivedAtMs = o.clock->nowMs() - (i % 50) * 60000; // many share a received time
        REQUIRE(o.ws->incoming().registerItem(o.clerk, it, {}).ok());
    }
    QSet<qint64> seen;
    qint64 lastReceived = 0, lastId = 0;
    IncomingFilter page;
    page.limit = 200;
    int pages = 0;
    for (;;) {
        auto rows = o.ws->incoming().list(o.clerk, page);
        REQUIRE(rows.ok());
        if (rows.value().isEmpty())
            break;
        ++pages;
        for (const IncomingItem &it : rows.value()) {
            CHECK_FALSE(seen.contains(it.id));
            if (lastId > 0)
                CHECK(
                    (it.receivedAtMs < lastReceived || (it.receivedAtMs == lastReceived && it.id < lastId)));
            seen.insert(it.id);
            lastReceived = it.receivedAtMs;
            lastId = it.id;
        }
        page.startAfter(rows.value().constLast());
    }
    CHECK(seen.size() == 450);
    CHECK(pages == 3);
}

TEST_CASE("the register sorts on any column both ways and pages by key in that order",
          "[incoming][storage][paging]")
{
    IncomingOffice o;
    for (int i = 0; i < 130; ++i) {
        IncomingItem it = o.item(i % 2 ? o.town : o.department, QStringLiteral("青政〔2026〕%1号").arg(i + 1),
                                 QStringLiteral("来文%1").arg(i % 17));
        if (i % 2 == 0)
            it.docNumber = QStringLiteral("教〔2026〕%1号").arg(i + 1);
        it.receivedAtMs = o.clock->nowMs() - (i % 9) * 60000;
        it.dueAtMs = i % 3 ? o.clock->nowMs() + (i % 5) * 3600000 : 0;
        it.urgency = i % 7 == 0 ? Urgency::VeryUrgent : (i % 5 == 0 ? Urgency::Urgent : Urgency::Normal);
        auto made = o.ws->incoming().registerItem(o.clerk, it, {});
        INFO((made ? QString() : made.error().message).toStdString());
        REQUIRE(made.ok());
    }
    // The key of a row as the register orders it, for comparing neighbours.
    auto keyOf = [](const IncomingItem &i, IncomingSort s) -> QVariantList {
        QVariantList k = IncomingRepository::keyOf(s, i);
        k.append(i.id);
        return k;
    };
    auto less = [](const QVariantList &a, const QVariantList &b) {
        for (int i = 0; i < a.size(); ++i) {
            const auto c = QVariant::compare(a.at(i), b.at(i));
            if (c != QPartialOrdering::Equivalent)
                return c == QPartialOrdering::Less;
        }
        return false;
    };
    for (IncomingSort s :
         {IncomingSort::Received, IncomingSort::Urgency, IncomingSort::Sender, IncomingSort::Number,
          IncomingSort::Title, IncomingSort::State, IncomingSort::Holder, IncomingSort::Due}) {
        for (bool descending : {true, false}) {
            CAPTURE(int(s), descending);
            IncomingFilter f;
            f.sortBy = s;
            f.descending = descending;
            f.limit = 40;
            QList<IncomingItem> all;
            for (;;) {
                auto rows = o.ws->incoming().list(o.clerk, f);
                REQUIRE(rows.ok());
                if (rows.value().isEmpty())
                    break;
                all.append(rows.value());
                f.startAfter(rows.value().constLast());
            }
            QSet<qint64> ids;
            for (const IncomingItem &i : all)
                ids.insert(i.id);
            CHECK(all.size() == 130);
            CHECK(ids.size() == 130);
            for (int i = 1; i < all.size(); ++i) {
                const QVariantList a = keyOf(all.at(i - 1), s), b = keyOf(all.at(i), s);
                CHECK((descending ? less(b, a) : less(a, b)));
            }
        }
    }
    // The sender sorts by the unit's name, which comes back with every row.
    IncomingFilter bySender;
    bySender.sortBy = IncomingSort::Sender;
    bySender.descending = false;
    const auto first = o.ws->incoming().list(o.clerk, bySender).value().constFirst();
    CHECK_FALSE(first.senderName.isEmpty());
}

namespace {
/// An accepted item with 拟办 and 签批 done, ready to distribute.
struct HandlingOffice : IncomingOffice
{
    Principal director, leader, headA, headB, reader;
    IncomingItem item;

    HandlingOffice()
    {
        director = addUser(QStringLiteral("director"), {Role::Director}, Clearance::Secret);
        leader = addUser(QStringLiteral("leader"), {Role::Leader}, Clearance::Secret);
        headA = addUser(QStringLiteral("head.a"), {Role::SectionHead}, Clearance::Secret);
        headB = addUser(QStringLiteral("head.b"), {Role::SectionHead}, Clearance::Secret);
        reader = addUser(QStringLiteral("reader"), {Role::Leader}, Clearance::Secret);
        auto r = ws->incoming().registerItem(clerk, this->item_(QStringLiteral("青政〔2026〕30号")), {});
        REQUIRE(r.ok());
        TriageFacts plan;
        plan.categories = {AcceptCategory::AllMustKnow};
        item = ws->incoming()
                   .triage(clerk, r.value().id, r.value().version, plan, TriageOutcome::Accept, QString())
                   .value();
        item =
            ws->incoming()
                .proposeHandling(clerk, item.id, item.version, QStringLiteral("拟请冯区长阅示，综合一科主办"))
                .value();
        item =
            ws->incoming().instruct(leader, item.id, item.version, QStringLiteral("同意，抓紧办理")).value();
    }

    IncomingItem item_(const QString &number)
    {
        IncomingItem i;
        i.senderUnitId = town;
        i.docNumber = number;
        i.title = QStringLiteral("关于开展全镇安全隐患排查的请示");
        i.dueAtMs = clock->nowMs() + 2LL * 24 * 3600 * 1000;
        return i;
    }

    static IncomingRoute route(const Principal &a, bool handles, bool lead = false)
    {
        IncomingRoute r;
        r.userId = a.userId;
        r.handles = handles;
        r.lead = lead;
        return r;
    }
};
} // namespace

TEST_CASE("distribution: with several handlers exactly one leads (主办), the others assist (协办)",
          "[incoming][storage][distribution]")
{
    HandlingOffice o;
    CHECK(o.item.state == QStringLiteral("instructed"));
    CHECK(o.item.instruction == QStringLiteral("同意，抓紧办理"));
    using H = HandlingOffice;
    auto noLead = o.ws->incoming().distribute(o.clerk, o.item.id, o.item.version,
                                              {H::route(o.headA, true), H::route(o.headB, true)});
    CHECK(noLead.error().code == ErrorCode::Validation);
    auto twoLeads = o.ws->incoming().distribute(
        o.clerk, o.item.id, o.item.version, {H::route(o.headA, true, true), H::route(o.headB, true, true)});
    CHECK(twoLeads.error().code == ErrorCode::Validation);
    auto readerLeads =
        o.ws->incoming().distribute(o.clerk, o.item.id, o.item.version, {H::route(o.reader, false, true)});
    CHECK(readerLeads.error().code == ErrorCode::Validation);
    CHECK(o.ws->incoming()
              .distribute(o.reader, o.item.id, o.item.version, {H::route(o.headA, true)})
              .error()
              .code == ErrorCode::Permission);
    auto ok = o.ws->incoming().distribute(
        o.clerk, o.item.id, o.item.version,
        {H::route(o.reader, false), H::route(o.headA, true, true), H::route(o.headB, true)});
    REQUIRE(ok.ok());
    const auto routes = o.ws->incoming().routes(o.clerk, o.item.id).value();
    REQUIRE(routes.size() == 3);
    CHECK_FALSE(routes[0].lead);
    CHECK(routes[1].lead);
    CHECK_FALSE(routes[2].lead);
}

TEST_CASE("circulation: in order, back to 秘书科 after each turn, the holder known at every moment",
          "[incoming][storage][circulation]")
{
    HandlingOffice o;
    using H = HandlingOffice;
    IncomingItem it = o.ws->incoming()
                          .distribute(o.clerk, o.item.id, o.item.version,
                                      {H::route(o.reader, false), H::route(o.headA, true)})
                          .value();
    CHECK(it.state == QStringLiteral("circulating"));
    CHECK(it.holder == o.reader.displayName);
    { // The register filters by holder and by sender.
        IncomingFilter held;
        held.holder = o.reader.displayName;
        const auto mine = o.ws->incoming().list(o.clerk, held).value();
        REQUIRE(mine.size() == 1);
        CHECK(mine.first().id == it.id);
        CHECK(o.ws->incoming().count(o.clerk, held).value() == 1);
        held.holder = o.headA.displayName;
        CHECK(o.ws->incoming().list(o.clerk, held).value().isEmpty());
        IncomingFilter from;
        from.senderUnitId = it.senderUnitId;
        CHECK(o.ws->incoming().count(o.clerk, from).value() >= 1);
        from.senderUnitId = it.senderUnitId + 1000;
        CHECK(o.ws->incoming().count(o.clerk, from).value() == 0);
    }
    CHECK(o.ws->incoming().finishTurn(o.headA, it.id, it.version, QStringLiteral("抢先")).error().code ==
          ErrorCode::Permission); // not their turn
    o.clock->advanceSecs(3600);
    it = o.ws->incoming().finishTurn(o.reader, it.id, it.version, QStringLiteral("已阅")).value();
    CHECK(it.holder == QStringLiteral("秘书科"));
    CHECK(it.holderSinceMs == o.clock->nowMs());
    CHECK(o.ws->incoming().finishTurn(o.headA, it.id, it.version, QString()).error().code ==
          ErrorCode::Validation);
    it = o.ws->incoming().forward(o.clerk, it.id, it.version).value();
    CHECK(it.holder == o.headA.displayName);
    CHECK(o.ws->incoming().forward(o.clerk, it.id, it.version).error().code ==
          ErrorCode::Validation); // still held
    it = o.ws->incoming()
             .finishTurn(o.headA, it.id, it.version, QStringLiteral("已办结，排查隐患12处"))
             .value();
    CHECK(it.state == QStringLiteral("handled"));
    CHECK(it.holder == QStringLiteral("秘书科"));
    CHECK(o.ws->incoming().forward(o.clerk, it.id, it.version).error().code ==
          ErrorCode::Validation); // nobody left
    it = o.ws->incoming().reply(o.clerk, it.id, it.version, QStringLiteral("已电话答复青石镇党政办")).value();
    CHECK(it.state == QStringLiteral("done"));
    const auto routes = o.ws->incoming().routes(o.clerk, it.id).value();
    CHECK(routes[0].opinion == QStringLiteral("已阅"));
    CHECK(routes[1].opinion == QStringLiteral("已办结，排查隐患12处"));
    CHECK(routes[1].doneAtMs >= routes[1].receivedAtMs);
    QStringList actions;
    for (const IncomingEvent &e : o.ws->incoming().events(o.clerk, it.id).value()) {
        actions.append(e.action);
        CHECK_FALSE(e.actorName.isEmpty()); // who did it …
        CHECK(e.atMs > 0);                  // … and when
    }
    CHECK(actions == QStringList{QStringLiteral("register"), QStringLiteral("triage:accepted"),
                                 QStringLiteral("propose"), QStringLiteral("instruct"),
                                 QStringLiteral("distribute"), QStringLiteral("turn:read"),
                                 QStringLiteral("forward"), QStringLiteral("turn:handled"),
                                 QStringLiteral("reply")});
}

TEST_CASE("收文编号: gap-free within the year of registration — the first of the year is 1, a refused "
          "registration takes no number, the next year starts again",
          "[incoming][storage][register][ux]")
{
    IncomingOffice o;
    o.clock->set(QDateTime(QDate(2026, 12, 31), QTime(16, 0)));
    auto first = o.ws->incoming().registerItem(o.clerk, o.item(o.town, QString(), QStringLiteral("第一件")), {});
    REQUIRE(first.ok());
    CHECK(first.value().receiptSeq == 1);
    CHECK(first.value().receiptNumber() == QStringLiteral("收〔2026〕1号"));
    // Refused (no title): no number used.
    CHECK_FALSE(o.ws->incoming().registerItem(o.clerk, o.item(o.town, QString(), QString()), {}).ok());
    auto second = o.ws->incoming().registerItem(o.clerk, o.item(o.town, QString(), QStringLiteral("第二件")), {});
    REQUIRE(second.ok());
    CHECK(second.value().receiptNumber() == QStringLiteral("收〔2026〕2号"));
    CHECK(o.ws->incoming().get(o.clerk, second.value().id).value().receiptNumber() ==
          QStringLiteral("收〔2026〕2号")); // as stored
    o.clock->set(QDateTime(QDate(2027, 1, 1), QTime(8, 30)));
    auto next = o.ws->incoming().registerItem(o.clerk, o.item(o.town, QString(), QStringLiteral("新年第一件")), {});
    REQUIRE(next.ok());
    CHECK(next.value().receiptNumber() == QStringLiteral("收〔2027〕1号"));
    // The register sorts by it.
    IncomingFilter byReceipt;
    byReceipt.sortBy = IncomingSort::Receipt;
    byReceipt.descending = true;
    CHECK(o.ws->incoming().list(o.clerk, byReceipt).value().first().id == next.value().id);
}

TEST_CASE("registration names every missing field at once", "[incoming][register][ux][bad-input]")
{
    IncomingOffice o;
    IncomingItem empty;
    auto refused = o.ws->incoming().registerItem(o.clerk, empty, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Validation);
    CHECK(refused.error().message.contains(QStringLiteral("来文机关")));
    CHECK(refused.error().message.contains(QStringLiteral("标题")));
    CHECK(IncomingService::missingFields(o.item(o.town, QString(), QStringLiteral("标题"))).isEmpty());
    CHECK(IncomingService::missingFields(o.item(0, QString(), QStringLiteral("标题"))).size() == 1);
}

TEST_CASE("triage reversal: 秘书科 takes a decision back with a reason until the next step has started — "
          "audited, in the history, and the item waits for 初审 again",
          "[incoming][storage][triage][ux]")
{
    IncomingOffice o;
    const Principal leader = o.addUser(QStringLiteral("leader"), {Role::Leader}, Clearance::Secret);
    auto reg = o.ws->incoming().registerItem(
        o.clerk, o.item(o.town, QStringLiteral("青政〔2026〕40号"), QStringLiteral("关于春季植树的请示")), {});
    REQUIRE(reg.ok());
    TriageFacts plan;
    plan.categories = {AcceptCategory::AllMustKnow};
    auto accepted = o.ws->incoming().triage(o.clerk, reg.value().id, reg.value().version, plan,
                                            TriageOutcome::Accept, QString());
    REQUIRE(accepted.ok());
    // A reason is required; only a post that triages may reverse.
    CHECK(o.ws->incoming().reverseTriage(o.clerk, accepted.value().id, accepted.value().version, QString()).error().code ==
          ErrorCode::Validation);
    CHECK(o.ws->incoming()
              .reverseTriage(leader, accepted.value().id, accepted.value().version, QStringLiteral("误点"))
              .error()
              .code == ErrorCode::Permission);
    const qint64 audited = o.auditCount();
    auto back = o.ws->incoming().reverseTriage(o.clerk, accepted.value().id, accepted.value().version,
                                               QStringLiteral("误点了受理，应转办"));
    REQUIRE(back.ok());
    CHECK(back.value().state == QStringLiteral("registered"));
    CHECK(back.value().triageRule.isEmpty());
    CHECK(o.auditCount() == audited + 1);
    CHECK(o.raw(QStringLiteral("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1")).toString() ==
          QStringLiteral("incoming.triage_reverse"));
    const auto history = o.ws->incoming().events(o.clerk, back.value().id).value();
    CHECK(history.last().action == QStringLiteral("triage:reversed"));
    CHECK(history.last().note.contains(QStringLiteral("误点了受理")));
    // Transferred with the leader's copy unread: reversible, and the copy goes with it.
    TriageFacts facts;
    facts.competentDepartmentId = o.department;
    auto transferred = o.ws->incoming().triage(o.clerk, back.value().id, back.value().version, facts,
                                               TriageOutcome::Transfer, QStringLiteral("属区教育局职权"), 0,
                                               leader.userId);
    REQUIRE(transferred.ok());
    REQUIRE(o.ws->incoming().routes(o.clerk, transferred.value().id).value().size() == 1);
    auto again = o.ws->incoming().reverseTriage(o.clerk, transferred.value().id, transferred.value().version,
                                                QStringLiteral("部门职责有误"));
    REQUIRE(again.ok());
    CHECK(o.ws->incoming().routes(o.clerk, again.value().id).value().isEmpty());
    CHECK(again.value().transferTo == 0);
    // Once the next step has started (拟办 written), the decision stands.
    auto accepted2 = o.ws->incoming().triage(o.clerk, again.value().id, again.value().version, plan,
                                             TriageOutcome::Accept, QString());
    REQUIRE(accepted2.ok());
    auto proposed = o.ws->incoming().proposeHandling(o.clerk, accepted2.value().id, accepted2.value().version,
                                                     QStringLiteral("拟请领导阅示"));
    REQUIRE(proposed.ok());
    CHECK(o.ws->incoming()
              .reverseTriage(o.clerk, proposed.value().id, proposed.value().version, QStringLiteral("再议"))
              .error()
              .code == ErrorCode::Validation);
    CHECK_FALSE(o.ws->incoming().actionsFor(o.clerk, proposed.value()).contains(IncomingStep::ReverseTriage));
    CHECK(o.ws->incoming().actionsFor(o.clerk, accepted2.value()).contains(IncomingStep::ReverseTriage));
}

TEST_CASE("triage needs the clerk's reason for a transfer, a return, or any decision other than the proposal",
          "[incoming][triage][ux]")
{
    using S = IncomingService;
    CHECK_FALSE(S::triageNeedsReason(TriageOutcome::Accept, TriageOutcome::Accept));
    CHECK(S::triageNeedsReason(TriageOutcome::Accept, TriageOutcome::Return));
    CHECK(S::triageNeedsReason(TriageOutcome::Return, TriageOutcome::Return));
    CHECK(S::triageNeedsReason(TriageOutcome::Transfer, TriageOutcome::Transfer));
}

TEST_CASE("attachments by content: a registration with a text file named .pdf is refused and nothing is written",
          "[incoming][ux][bad-input]")
{
    IncomingOffice o;
    IncomingItem it = o.item(o.town, QString(), QStringLiteral("关于春耕的请示"));
    const qint64 before = o.auditCount();
    auto refused = o.ws->incoming().registerItem(
        o.clerk, it, {IncomingAttachment{0, QStringLiteral("来文.pdf"), QString(), 5, QByteArray("hello")}});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Validation);
    CHECK(o.auditCount() == before);
}

TEST_CASE("overdue items are listed with their holder and urged — the urge is recorded",
          "[incoming][storage][urge]")
{
    HandlingOffice o;
    using H = HandlingOffice;
    IncomingItem it =
        o.ws->incoming().distribute(o.clerk, o.item.id, o.item.version, {H::route(o.headA, true)}).value();
    IncomingFilter overdue;
    overdue.overdueOnly = true;
    CHECK(o.ws->incoming().list(o.clerk, overdue).value().isEmpty());
    o.clock->advanceSecs(3 * 24 * 3600); // past the two days
    const auto late = o.ws->incoming().list(o.clerk, overdue).value();
    REQUIRE(late.size() == 1);
    CHECK(late.first().holder == o.headA.displayName);
    CHECK(o.ws->incoming().urge(o.clerk, it.id, it.version, QStringLiteral("fax"), QString()).error().code ==
          ErrorCode::Validation);
    auto urged = o.ws->incoming().urge(o.clerk, it.id, it.version, QStringLiteral("phone"),
                                       QStringLiteral("请于明日办结"));
    REQUIRE(urged.ok());
    const auto events = o.ws->incoming().events(o.clerk, it.id).value();
    CHECK(events.last().action == QStringLiteral("urge:phone"));
    CHECK(events.last().actorName == o.clerk.displayName);
    CHECK(events.last().atMs == o.clock->nowMs());
    CHECK(events.last().note.contains(o.headA.displayName));
    CHECK(events.last().note.contains(QStringLiteral("请于明日办结")));
}

#include "services/IncomingImport.h"

#include <QStringEncoder>

TEST_CASE(
    "CSV import: UTF-8 or GB18030, Chinese or English headings, every bad row reported, all or the good ones",
    "[incoming][storage][import]")
{
    IncomingOffice o;
    const QString csv =
        QStringLiteral("来文机关,文号,标题,紧急程度,收文时间\n"
                       "青石镇人民政府,青政[2026]40号,关于申请防汛物资的请示,加急,2026-03-01 09:30\n"
                       "云溪区教育局,云教〔2026〕41号,\"关于开学工作的报告，含附件\",普通,2026-03-01\n"
                       "不存在的单位,无〔2026〕1号,某请示,普通,2026-03-01\n"
                       "青石镇人民政府,青政〔2026〕042号,,特快,2026-13-01\n"
                       "青石镇人民政府,青政〔2026〕40号,重复,普通,2026-03-02\n");
    QStringEncoder toGb("GB18030");
    REQUIRE(toGb.isValid());
    for (const QByteArray &bytes : {csv.toUtf8(), QByteArray(toGb.encode(csv))}) {
        auto checked = IncomingImport::check(*o.ws, o.clerk, bytes);
        REQUIRE(checked.ok());
        CHECK(checked.value().rows == 5);
        CHECK(checked.value().good.size() == 2);
        QStringList where;
        for (const ImportProblem &p : checked.value().problems)
            where.append(QStringLiteral("%1:%2").arg(p.row).arg(p.column));
        CHECK(where.contains(QStringLiteral("3:来文机关")));
        CHECK(where.contains(QStringLiteral("4:文号")));
        CHECK(where.contains(QStringLiteral("4:标题")));
        CHECK(where.contains(QStringLiteral("4:紧急程度")));
        CHECK(where.contains(QStringLiteral("4:收文时间")));
        CHECK(where.contains(QStringLiteral("5:文号"))); // twice in the file
    }
    auto checked = IncomingImport::check(*o.ws, o.clerk, csv.toUtf8()).value();
    CHECK(IncomingImport::check(*o.ws, o.clerk, QByteArray()).error().code == ErrorCode::Validation);
    // Problems: nothing is imported unless the clerk chooses the good rows.
    CHECK(IncomingImport::import(*o.ws, o.clerk, checked, false).error().code == ErrorCode::Validation);
    CHECK(o.raw(QStringLiteral("SELECT COUNT(*) FROM incoming_items")).toInt() == 0);
    // Cancelled half way: nothing either.
    auto cancelled = IncomingImport::import(*o.ws, o.clerk, checked, true, [](int, int) { return false; });
    CHECK_FALSE(cancelled.ok());
    CHECK(o.raw(QStringLiteral("SELECT COUNT(*) FROM incoming_items")).toInt() == 0);
    int calls = 0;
    auto imported =
        IncomingImport::import(*o.ws, o.clerk, checked, true, [&calls](int, int) { return ++calls > 0; });
    REQUIRE(imported.ok());
    CHECK(imported.value() == 2);
    CHECK(calls >= 1);
    IncomingFilter f;
    f.text = QStringLiteral("防汛物资");
    const auto rows = o.ws->incoming().list(o.clerk, f).value();
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().docNumber == QStringLiteral("青政〔2026〕40号"));
    CHECK(rows.first().urgency == Urgency::Urgent);
    // English headings work too.
    auto english = IncomingImport::check(
        *o.ws, o.clerk, QByteArray("sender,number,title\n云溪区教育局,云教〔2026〕50号,Test\n"));
    REQUIRE(english.ok());
    CHECK(english.value().good.size() == 1);
}

namespace {
bool hasTask(const HandlingOffice &o, const Principal &who, qint64 id)
{
    const auto tasks = o.ws->incoming().tasks(who);
    REQUIRE(tasks.ok());
    return std::any_of(tasks.value().cbegin(), tasks.value().cend(),
                       [&](const IncomingItem &i) { return i.id == id; });
}
} // namespace

TEST_CASE("待办: an incoming item waits for whoever acts next — 秘书科, the leader, each reader in turn",
          "[incoming][storage][tasks]")
{
    HandlingOffice o;
    auto r = o.ws->incoming().registerItem(o.clerk, o.item_(QStringLiteral("青政〔2026〕31号")), {});
    REQUIRE(r.ok());
    IncomingItem it = r.value();
    CHECK(hasTask(o, o.clerk, it.id)); // to triage
    CHECK_FALSE(hasTask(o, o.leader, it.id));
    TriageFacts plan;
    plan.categories = {AcceptCategory::AllMustKnow};
    it = o.ws->incoming().triage(o.clerk, it.id, it.version, plan, TriageOutcome::Accept, QString()).value();
    CHECK(hasTask(o, o.clerk, it.id)); // 拟办
    it = o.ws->incoming()
             .proposeHandling(o.clerk, it.id, it.version, QStringLiteral("拟请冯区长阅示"))
             .value();
    CHECK_FALSE(hasTask(o, o.clerk, it.id));
    CHECK(hasTask(o, o.leader, it.id)); // 签批
    CHECK(hasTask(o, o.director, it.id));
    it = o.ws->incoming().instruct(o.leader, it.id, it.version, QStringLiteral("同意")).value();
    CHECK_FALSE(hasTask(o, o.leader, it.id));
    CHECK(hasTask(o, o.clerk, it.id)); // to distribute
    it = o.ws->incoming()
             .distribute(o.clerk, it.id, it.version,
                         {HandlingOffice::route(o.reader, false), HandlingOffice::route(o.headA, true)})
             .value();
    CHECK(hasTask(o, o.reader, it.id));
    CHECK(o.ws->incoming().waitsFor(o.reader, it));
    CHECK_FALSE(hasTask(o, o.headA, it.id)); // not their turn yet
    CHECK_FALSE(o.ws->incoming().waitsFor(o.headA, it));
    CHECK_FALSE(hasTask(o, o.clerk, it.id));
    it = o.ws->incoming().finishTurn(o.reader, it.id, it.version, QStringLiteral("已阅")).value();
    CHECK_FALSE(hasTask(o, o.reader, it.id));
    CHECK(hasTask(o, o.clerk, it.id)); // back at 秘书科: to forward
    it = o.ws->incoming().forward(o.clerk, it.id, it.version).value();
    CHECK(hasTask(o, o.headA, it.id));
    CHECK_FALSE(hasTask(o, o.clerk, it.id));
    it = o.ws->incoming().finishTurn(o.headA, it.id, it.version, QStringLiteral("已办结")).value();
    CHECK(hasTask(o, o.clerk, it.id)); // to answer the sender
    it = o.ws->incoming().reply(o.clerk, it.id, it.version, QStringLiteral("已电话答复")).value();
    CHECK_FALSE(hasTask(o, o.clerk, it.id));
    CHECK_FALSE(hasTask(o, o.headA, it.id));
}

TEST_CASE(
    "待办: 特急 and 加急 items jump the queue, then overdue ones, then the oldest, never above clearance",
    "[incoming][storage][tasks]")
{
    IncomingOffice o;
    auto add = [&](const QString &number, Urgency u, qint64 due, Clearance secrecy = Clearance::None) {
        IncomingItem i = o.item(o.department, number, QStringLiteral("关于%1的函").arg(number));
        i.genre = Genre::Letter;
        i.urgency = u;
        i.dueAtMs = due;
        i.secrecy = secrecy;
        o.clock->advanceSecs(60);
        auto r = o.ws->incoming().registerItem(o.clerk, i, {});
        REQUIRE(r.ok());
        return r.value().id;
    };
    const qint64 now = o.clock->nowMs();
    const qint64 oldest = add(QStringLiteral("教〔2026〕1号"), Urgency::Normal, 0);
    const qint64 overdue = add(QStringLiteral("教〔2026〕2号"), Urgency::Normal, now + 3600 * 1000);
    const qint64 urgent = add(QStringLiteral("教〔2026〕3号"), Urgency::Urgent, 0);
    const qint64 veryUrgent = add(QStringLiteral("教〔2026〕4号"), Urgency::VeryUrgent, 0);
    const qint64 secret = add(QStringLiteral("教〔2026〕5号"), Urgency::VeryUrgent, 0, Clearance::Secret);
    o.clock->advanceSecs(2 * 3600); // the second one's time limit passes
    QList<qint64> order;
    for (const IncomingItem &i : o.ws->incoming().tasks(o.clerk).value())
        order.append(i.id);
    CHECK(order == QList<qint64>{veryUrgent, secret, urgent, overdue, oldest});
    order.clear();
    for (const IncomingItem &i : o.ws->incoming().tasks(o.lowClerk).value())
        order.append(i.id);
    CHECK(order == QList<qint64>{veryUrgent, urgent, overdue, oldest}); // 秘密 is above 无
    // Cut to two, the urgent ones are still the ones shown, though four items are older.
    order.clear();
    for (const IncomingItem &i : o.ws->incoming().tasks(o.lowClerk, 2).value())
        order.append(i.id);
    CHECK(order == QList<qint64>{veryUrgent, urgent});
}
