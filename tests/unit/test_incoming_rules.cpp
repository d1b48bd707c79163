// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — incoming documents: 文号 parsing and the 初审 triage rules with their citations.
#include <catch2/catch.hpp>

#include "domain/DocNumber.h"
#include "workflow/TriageRules.h"

using namespace gw;

TEST_CASE("文号: look-alike brackets are accepted and normalised to 〔〕", "[incoming][docnumber]")
{
    for (const QString &written : {QStringLiteral("黄政发〔2026〕12号"), QStringLiteral("黄政发[2026]12号"),
                                   QStringLiteral("黄政发［2026］12号"), QStringLiteral("黄政发(2026)12号"),
                                   QStringLiteral("黄政发（2026）12号"), QStringLiteral("黄政发【2026】12号"),
                                   QStringLiteral(" 黄政发 〔２０２６〕 １２ 号 ")}) {
        INFO(written.toStdString());
        auto n = DocNumber::parse(written);
        REQUIRE(n.ok());
        CHECK(n.value().prefix == QStringLiteral("黄政发"));
        CHECK(n.value().year == 2026);
        CHECK(n.value().number == 12);
        CHECK(n.value().toString() == QStringLiteral("黄政发〔2026〕12号"));
    }
    CHECK(DocNumber::parse(QStringLiteral("鄂财预发〔2025〕3号")).value().prefix ==
          QStringLiteral("鄂财预发"));
}

TEST_CASE("文号: wrong forms get a message that says what is wrong", "[incoming][docnumber][bad-input]")
{
    auto msg = [](const char *text) {
        return DocNumber::parse(QString::fromUtf8(text)).error().message.toStdString();
    };
    CHECK_THAT(msg("黄政发〔2026〕第12号"), Catch::Contains("第"));
    CHECK_THAT(msg("黄政发〔2026〕012号"), Catch::Contains("leading zeros"));
    CHECK_THAT(msg("黄政发〔2026〕12"), Catch::Contains("号"));
    CHECK_THAT(msg("黄政发2026-12号"), Catch::Contains("year in brackets"));
    CHECK_THAT(msg("黄政发〔1850〕12号"), Catch::Contains("impossible"));
    CHECK_THAT(msg("黄政发〔26〕12号"), Catch::Contains("form"));
    CHECK(DocNumber::parse(QString()).error().code == ErrorCode::Validation);
}

namespace {
TriageFacts town()
{
    TriageFacts f;
    f.senderType = UnitType::Town;
    return f;
}
} // namespace

TEST_CASE("triage: skip-level requests (越级) go back — key enterprises are exempt", "[incoming][triage]")
{
    TriageFacts village = town();
    village.senderType = UnitType::Village;
    village.senderHasSuperior = true;
    auto p = TriageRules::propose(village);
    CHECK(p.outcome == TriageOutcome::Return);
    CHECK(p.rule == QStringLiteral("return.skip_level"));
    CHECK(p.citation.contains(QStringLiteral("越级")));

    TriageFacts institution = town();
    institution.senderType = UnitType::Enterprise;
    institution.senderHasSuperior = true;
    CHECK(TriageRules::propose(institution).rule == QStringLiteral("return.skip_level"));
    institution.senderKeyEnterprise = true;
    CHECK(TriageRules::propose(institution).outcome == TriageOutcome::Accept);

    TriageFacts independent = town();
    independent.senderType = UnitType::Enterprise; // no superior department: not skipping a level
    CHECK(TriageRules::propose(independent).outcome == TriageOutcome::Accept);
    CHECK(TriageRules::propose(town()).rule == QStringLiteral("accept.no_return"));
}

TEST_CASE("triage: matters touching others go back unless they were consulted (未协商)", "[incoming][triage]")
{
    TriageFacts f = town();
    f.involvesOtherUnits = true;
    auto p = TriageRules::propose(f);
    CHECK(p.rule == QStringLiteral("return.not_consulted"));
    CHECK(p.citation.contains(QStringLiteral("协商")));
    f.consultation = Consultation::Agreed;
    CHECK(TriageRules::propose(f).outcome == TriageOutcome::Accept);
}

TEST_CASE(
    "triage: documents sent to a leader personally go back without a reason or instruction (直报领导个人)",
    "[incoming][triage]")
{
    TriageFacts f = town();
    f.addressee = Addressee::LeaderPersonally;
    auto p = TriageRules::propose(f);
    CHECK(p.rule == QStringLiteral("return.to_leader"));
    CHECK(p.citation.contains(QStringLiteral("领导个人")));
    f.reasonForLeader = true;
    CHECK(TriageRules::propose(f).outcome == TriageOutcome::Accept);
}

TEST_CASE("triage: party affairs go back (党务)", "[incoming][triage]")
{
    TriageFacts f = town();
    f.party = PartyMatter::PartyWork;
    auto p = TriageRules::propose(f);
    CHECK(p.outcome == TriageOutcome::Return);
    CHECK(p.rule == QStringLiteral("return.party_affairs"));
    CHECK(p.citation.contains(QStringLiteral("党的工作")));
}

TEST_CASE("triage: the four exceptions accept what would go back", "[incoming][triage][exceptions]")
{
    TriageFacts base = town();
    base.senderType = UnitType::Village;
    base.senderHasSuperior = true;
    struct Case
    {
        bool TriageFacts::*flag;
        const char *rule;
        const char *words;
    };
    const Case cases[] = {
        {&TriageFacts::emergency, "exception.emergency", "紧急"},
        {&TriageFacts::complexNeedsLeader, "exception.complex", "问题复杂"},
        {&TriageFacts::leaderInstructed, "exception.leader_instructed", "批示"},
        {&TriageFacts::leaderAskedDirect, "exception.leader_asked", "直接报批"},
    };
    for (const Case &c : cases) {
        TriageFacts f = base;
        f.*(c.flag) = true;
        auto p = TriageRules::propose(f);
        INFO(c.rule);
        CHECK(p.outcome == TriageOutcome::Accept);
        CHECK(p.rule == QString::fromLatin1(c.rule));
        CHECK(p.citation.contains(QString::fromUtf8(c.words)));
    }
}

TEST_CASE("triage: a matter within one department's powers is transferred — the accept categories are cited",
          "[incoming][triage]")
{
    TriageFacts f = town();
    f.competentDepartmentId = 7;
    auto p = TriageRules::propose(f);
    CHECK(p.outcome == TriageOutcome::Transfer);
    CHECK(p.transferTo == 7);
    CHECK(p.citation.contains(QStringLiteral("职能部门")));

    const QList<QPair<AcceptCategory, const char *>> categories = {
        {AcceptCategory::PlanReformPolicy, "accept.plan_reform_policy"},
        {AcceptCategory::ApprovalByLaw, "accept.approval_by_law"},
        {AcceptCategory::ReportUpward, "accept.report_upward"},
        {AcceptCategory::AllMustKnow, "accept.all_must_know"},
        {AcceptCategory::ForwardFromHigher, "accept.forward_from_higher"},
    };
    for (const auto &[category, rule] : categories) {
        TriageFacts g = town();
        g.competentDepartmentId =
            7; // a district-wide matter stays here even when one department is competent
        g.categories = {category};
        g.reviewOpinion = true; // an approval by law carries the competent department's opinion
        auto q = TriageRules::propose(g);
        INFO(rule);
        CHECK(q.outcome == TriageOutcome::Accept);
        CHECK(q.rule == QString::fromLatin1(rule));
        CHECK_FALSE(q.citation.isEmpty());
    }
}

#include "workflow/DocumentReading.h"

TEST_CASE(
    "fill from the document: 文号, title, sender, urgency, secrecy and 成文日期 are proposed from its text",
    "[incoming][reading]")
{
    const QString text =
        QStringLiteral("000012\n机密★1年\n特急\n云溪区教育局文件\n云教〔2026〕 15号\n"
                       "关于做好2026年中考组织工作的请示\n区人民政府：\n为做好今年中考工作，"
                       "于2026年3月1日召开会议……\n妥否，请批示。\n云溪区教育局\n2026年3月12日\n");
    const DocumentProposals p = readDocument(text);
    REQUIRE(p.docNumber);
    CHECK(*p.docNumber == QStringLiteral("云教〔2026〕15号"));
    REQUIRE(p.title);
    CHECK(*p.title == QStringLiteral("关于做好2026年中考组织工作的请示"));
    CHECK(p.genre == Genre::Request);
    REQUIRE(p.sender);
    CHECK(*p.sender == QStringLiteral("云溪区教育局"));
    CHECK(p.urgency == Urgency::VeryUrgent);
    CHECK(p.secrecy == Clearance::Secret);
    CHECK(p.secrecyPeriod == QStringLiteral("1年"));
    CHECK(p.writtenDate == QDate(2026, 3, 12));

    const DocumentProposals none = readDocument(QStringLiteral("一封没有格式的来信，请予关注。"));
    CHECK_FALSE(none.docNumber);
    CHECK_FALSE(none.title);
    CHECK_FALSE(none.urgency);
    CHECK_FALSE(none.secrecy);
    CHECK_FALSE(none.writtenDate);
    CHECK(readDocument(QStringLiteral("急件\n某单位文件")).urgency == Urgency::Urgent);
}

#include "domain/FileKind.h"

TEST_CASE("attachments by content: a file is what its bytes say, not what its name says", "[incoming][ux][bad-input]")
{
    const QByteArray pdf("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
    const QByteArray text = QStringLiteral("这是一份纯文本的说明。\n").toUtf8();
    const QByteArray png = QByteArray::fromHex("89504E470D0A1A0A0000000D49484452");
    CHECK(sniffFileKind(pdf) == FileKind::Pdf);
    CHECK(sniffFileKind(QByteArray(200, ' ') + pdf) == FileKind::Pdf); // junk before the header
    CHECK(sniffFileKind(text) == FileKind::Text);
    CHECK(sniffFileKind(png) == FileKind::Image);
    CHECK(sniffFileKind(QByteArray("PK\x03\x04", 4) + "....word/document.xml") == FileKind::Word);
    CHECK(sniffFileKind(QByteArray("PK\x03\x04", 4) + "....OFD.xml") == FileKind::Ofd);
    CHECK(sniffFileKind(QByteArray::fromHex("00FF00FF")) == FileKind::Unknown);
    // Named for what it is: accepted; a text file renamed .pdf: refused, saying what it is.
    CHECK(checkAttachment(QStringLiteral("来文.pdf"), pdf).ok());
    CHECK(checkAttachment(QStringLiteral("说明.txt"), text).ok());
    auto renamed = checkAttachment(QStringLiteral("来文.pdf"), text);
    REQUIRE_FALSE(renamed.ok());
    CHECK(renamed.error().code == ErrorCode::Validation);
    CHECK(renamed.error().message.contains(QStringLiteral("来文.pdf")));
    CHECK_FALSE(checkAttachment(QStringLiteral("图.png"), pdf).ok());
    CHECK_FALSE(checkAttachment(QStringLiteral("空.pdf"), QByteArray()).ok());
    // An extension not known here is taken as it comes.
    CHECK(checkAttachment(QStringLiteral("数据.dat"), png).ok());
}
