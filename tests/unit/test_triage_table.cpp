// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — 初审 as a decision table: every clause of the 受文原则 (公文处理实施细则的补充
// 规定，一、受文原则) with its own citation, each exception against a return and a transfer, and
// scenarios a clerk meets, derived clause by clause from the source, each with the outcome and the
// one clause it must cite.
#include "workflow/TriageRules.h"

#include <catch2/catch.hpp>

using namespace gw;

namespace {
constexpr qint64 kTown = 11, kEducation = 21, kFinance = 22, kLand = 23, kVillage = 31, kFirm = 41;

/// A fluent description of what the clerk reads, starting from a town's ordinary request.
struct Facts
{
    TriageFacts f;
    Facts()
    {
        f.senderUnitId = kTown;
        f.senderType = UnitType::Town;
    }
    Facts &from(qint64 id, UnitType t, bool superior = false, bool key = false)
    {
        f.senderUnitId = id;
        f.senderType = t;
        f.senderHasSuperior = superior;
        f.senderKeyEnterprise = key;
        return *this;
    }
    Facts &toLeader(bool reason = false)
    {
        f.addressee = Addressee::LeaderPersonally;
        f.reasonForLeader = reason;
        return *this;
    }
    Facts &touchesOthers(Consultation c)
    {
        f.involvesOtherUnits = true;
        f.consultation = c;
        return *this;
    }
    Facts &party(PartyMatter p, bool reviewed = false)
    {
        f.party = p;
        f.partyReviewed = reviewed;
        return *this;
    }
    Facts &within(qint64 department)
    {
        f.competentDepartmentId = department;
        return *this;
    }
    Facts &category(AcceptCategory c)
    {
        f.categories.append(c);
        return *this;
    }
    Facts &reviewOpinion()
    {
        f.reviewOpinion = true;
        return *this;
    }
    Facts &set(bool TriageFacts::*flag)
    {
        f.*flag = true;
        return *this;
    }
};

struct Scenario
{
    const char *what;
    TriageFacts facts;
    TriageOutcome outcome;
    const char *rule;
};

const char *clauseOf(const char *rule)
{
    for (const TriageClause &c : TriageRules::clauses()) {
        if (qstrcmp(c.rule, rule) == 0)
            return c.clause;
    }
    return "";
}
} // namespace

TEST_CASE("Triage table: every clause has its number, its outcome and the source's words, and no key twice",
          "[incoming][triage]")
{
    QSet<QString> keys;
    for (const TriageClause &c : TriageRules::clauses()) {
        INFO(c.rule);
        CHECK_FALSE(keys.contains(QLatin1String(c.rule)));
        keys.insert(QLatin1String(c.rule));
        const QString citation = TriageRules::citation(QLatin1String(c.rule));
        CHECK(citation.startsWith(QString::fromUtf8(c.clause)));
        CHECK(citation.contains(QString::fromUtf8(c.words)));
        const QString key = QLatin1String(c.rule);
        CHECK(key.startsWith(c.outcome == TriageOutcome::Accept     ? QStringLiteral("accept.")
                             : c.outcome == TriageOutcome::Transfer ? QStringLiteral("transfer.")
                                                                    : QStringLiteral("return.")) !=
              key.startsWith(QStringLiteral("exception.")));
    }
    // The source's clauses: (一)1–5, (二)1–5 and (三)1–4 are all there.
    QSet<QString> numbers;
    for (const TriageClause &c : TriageRules::clauses())
        numbers.insert(QString::fromUtf8(c.clause));
    for (const char *n : {"（一）1", "（一）2", "（一）3", "（一）4", "（一）5", "（二）1", "（二）2",
                          "（二）3", "（二）4", "（二）5", "（三）1", "（三）2", "（三）3", "（三）4"})
        CHECK(numbers.contains(QString::fromUtf8(n)));
    CHECK(TriageRules::citation(QStringLiteral("no.such.rule")).isEmpty());
}

TEST_CASE(
    "Triage table: each exception accepts, by its own clause, what a return or a transfer would send away",
    "[incoming][triage][exceptions]")
{
    const QList<QPair<bool TriageFacts::*, const char *>> exceptions = {
        {&TriageFacts::emergency, "exception.emergency"},
        {&TriageFacts::complexNeedsLeader, "exception.complex"},
        {&TriageFacts::leaderInstructed, "exception.leader_instructed"},
        {&TriageFacts::leaderAskedDirect, "exception.leader_asked"},
    };
    const QList<QPair<TriageFacts, const char *>> sendAway = {
        {Facts().from(kVillage, UnitType::Village).f, "return.skip_level"},
        {Facts().touchesOthers(Consultation::NotConsulted).f, "return.not_consulted"},
        {Facts().toLeader().f, "return.to_leader"},
        {Facts().party(PartyMatter::PartyWork).f, "return.party_affairs"},
        {Facts().category(AcceptCategory::ApprovalByLaw).within(kLand).f, "return.no_review_opinion"},
        {Facts().from(kEducation, UnitType::Department).within(kEducation).f, "return.own_powers"},
        {Facts().within(kEducation).f, "transfer.department"},
    };
    for (const auto &[facts, baseRule] : sendAway) {
        INFO(baseRule);
        const TriageProposal base = TriageRules::propose(facts);
        REQUIRE(base.rule == QLatin1String(baseRule));
        REQUIRE(base.outcome != TriageOutcome::Accept);
        for (const auto &[flag, rule] : exceptions) {
            INFO(rule);
            TriageFacts f = facts;
            f.*flag = true;
            const TriageProposal p = TriageRules::propose(f);
            CHECK(p.outcome == TriageOutcome::Accept);
            CHECK(p.rule == QLatin1String(rule));
            CHECK(p.citation.startsWith(QString::fromUtf8(clauseOf(rule))));
            CHECK(p.transferTo == 0);
        }
    }
    // On what is accepted anyway, an exception changes nothing and is not cited.
    for (const auto &[flag, rule] : exceptions) {
        TriageFacts f = Facts().category(AcceptCategory::AllMustKnow).f;
        f.*flag = true;
        CHECK(TriageRules::propose(f).rule == QStringLiteral("accept.all_must_know"));
    }
}

TEST_CASE(
    "Triage table: a transfer never goes back to the sender — a department's own matter is returned to it",
    "[incoming][triage]")
{
    const TriageProposal other =
        TriageRules::propose(Facts().from(kEducation, UnitType::Department).within(kFinance).f);
    CHECK(other.outcome == TriageOutcome::Transfer);
    CHECK(other.transferTo == kFinance);
    const TriageProposal own =
        TriageRules::propose(Facts().from(kEducation, UnitType::Department).within(kEducation).f);
    CHECK(own.outcome == TriageOutcome::Return);
    CHECK(own.rule == QStringLiteral("return.own_powers"));
    CHECK(own.transferTo == 0);
    // Unsure of a complex matter in its own powers, the department asks for a leader's review: accepted.
    const TriageProposal complex = TriageRules::propose(Facts()
                                                            .from(kEducation, UnitType::Department)
                                                            .within(kEducation)
                                                            .set(&TriageFacts::complexNeedsLeader)
                                                            .f);
    CHECK(complex.rule == QStringLiteral("exception.complex"));
    CHECK(complex.transferTo == 0);
}

TEST_CASE("Triage scenarios: each case a clerk meets gets the outcome and the one clause the source gives it",
          "[incoming][triage][scenarios]")
{
    using A = AcceptCategory;
    using C = Consultation;
    constexpr TriageOutcome Acc = TriageOutcome::Accept, Tr = TriageOutcome::Transfer,
                            Ret = TriageOutcome::Return;
    auto dept = [](qint64 id) { return Facts().from(id, UnitType::Department); };
    const Scenario scenarios[] = {
        // (一) matters the district government takes.
        {"a town's draft plan for the district's 15th five-year economic development",
         Facts().category(A::PlanReformPolicy).f, Acc, "accept.plan_reform_policy"},
        {"a department's draft normative document for the district government to issue",
         dept(kEducation).category(A::PlanReformPolicy).f, Acc, "accept.plan_reform_policy"},
        {"a department's bill to put before the district people's congress",
         dept(kFinance).category(A::PlanReformPolicy).within(kFinance).f, Acc, "accept.plan_reform_policy"},
        {"land requisition that the law says the district government approves, with the land bureau's "
         "opinion",
         Facts().category(A::ApprovalByLaw).within(kLand).reviewOpinion().f, Acc, "accept.approval_by_law"},
        {"the land bureau's own request for an approval by law (its own opinion)",
         dept(kLand).category(A::ApprovalByLaw).within(kLand).f, Acc, "accept.approval_by_law"},
        {"a project the district must report to the city for approval",
         dept(kFinance).category(A::ReportUpward).f, Acc, "accept.report_upward"},
        {"an education guideline every town and department must carry out",
         dept(kEducation).category(A::AllMustKnow).f, Acc, "accept.all_must_know"},
        {"a provincial document to forward with the district's implementing opinions",
         Facts().from(1, UnitType::Organ).category(A::ForwardFromHigher).f, Acc,
         "accept.forward_from_higher"},
        {"two categories ticked: the first in the source's order is cited",
         Facts().category(A::AllMustKnow).category(A::PlanReformPolicy).f, Acc, "accept.plan_reform_policy"},
        {"an ordinary request from a town through the proper level", Facts().f, Acc, "accept.no_return"},
        {"a report from a department with nothing to return or pass on", dept(kFinance).f, Acc,
         "accept.no_return"},
        // (二)1 skip-level requests.
        {"a village committee's request straight to the district",
         Facts().from(kVillage, UnitType::Village).f, Ret, "return.skip_level"},
        {"a residents' committee writes about a district-wide matter: still skip-level",
         Facts().from(kVillage, UnitType::Village).category(A::AllMustKnow).f, Ret, "return.skip_level"},
        {"an enterprise with a superior department skips it",
         Facts().from(kFirm, UnitType::Enterprise, true).f, Ret, "return.skip_level"},
        {"a key enterprise the district supports may write directly",
         Facts().from(kFirm, UnitType::Enterprise, true, true).f, Acc, "accept.no_return"},
        {"an enterprise with no superior department writes directly",
         Facts().from(kFirm, UnitType::Enterprise).f, Acc, "accept.no_return"},
        // (二)2 transfers, and the review opinion.
        {"a school-building matter within the education bureau's powers", Facts().within(kEducation).f, Tr,
         "transfer.department"},
        {"a department asks about a matter in another department's powers",
         dept(kFinance).within(kEducation).f, Tr, "transfer.department"},
        {"a department sends up a matter within its own powers", dept(kEducation).within(kEducation).f, Ret,
         "return.own_powers"},
        {"a matter the district government approves, sent without the competent department's opinion",
         Facts().category(A::ApprovalByLaw).within(kLand).f, Ret, "return.no_review_opinion"},
        {"the same without any competent department named", Facts().category(A::ApprovalByLaw).f, Ret,
         "return.no_review_opinion"},
        {"a district-wide matter stays here even when one department is competent",
         Facts().within(kEducation).category(A::AllMustKnow).f, Acc, "accept.all_must_know"},
        // (二)3 consultation.
        {"touches two other towns that were not consulted", Facts().touchesOthers(C::NotConsulted).f, Ret,
         "return.not_consulted"},
        {"consulted and agreed", Facts().touchesOthers(C::Agreed).f, Acc, "accept.no_return"},
        {"consulted and agreed, within one department's powers: passed on",
         Facts().touchesOthers(C::Agreed).within(kLand).f, Tr, "transfer.department"},
        {"consulted without agreement, each side's view stated: the government coordinates",
         Facts().touchesOthers(C::ViewsStated).f, Acc, "accept.views_stated"},
        {"views stated on a matter in one department's powers: coordinated here, not passed on",
         Facts().touchesOthers(C::ViewsStated).within(kLand).f, Acc, "accept.views_stated"},
        // (二)4 to a leader personally.
        {"sent to the district head personally with no reason", Facts().toLeader().f, Ret,
         "return.to_leader"},
        {"sent to a vice head personally, stating the special reason", Facts().toLeader(true).f, Acc,
         "accept.no_return"},
        {"sent to a leader personally, and the leader had asked for it",
         Facts().toLeader().set(&TriageFacts::leaderAskedDirect).f, Acc, "exception.leader_asked"},
        {"sent to a leader personally bearing that leader's instruction",
         Facts().toLeader().set(&TriageFacts::leaderInstructed).f, Acc, "exception.leader_instructed"},
        // (二)5 party matters.
        {"a town party committee's work report sent to the government",
         Facts().party(PartyMatter::PartyWork).f, Ret, "return.party_affairs"},
        {"a cadre-training matter not yet reviewed by the organisation department",
         Facts().party(PartyMatter::NeedsPartyReview).f, Ret, "return.party_affairs"},
        {"the same, reviewed by the organisation department first",
         Facts().party(PartyMatter::NeedsPartyReview, true).f, Acc, "accept.no_return"},
        {"reviewed by the united-front department, a policy matter",
         Facts().party(PartyMatter::NeedsPartyReview, true).category(A::PlanReformPolicy).f, Acc,
         "accept.plan_reform_policy"},
        // (三) exceptions.
        {"a village reports a flood breach: going level by level would cause loss",
         Facts().from(kVillage, UnitType::Village).set(&TriageFacts::emergency).f, Acc,
         "exception.emergency"},
        {"an unconsulted matter that is a sudden public-health event",
         Facts().touchesOthers(C::NotConsulted).set(&TriageFacts::emergency).f, Acc, "exception.emergency"},
        {"a department unsure of a complex approval in its own powers asks for a leader's review",
         dept(kLand).within(kLand).set(&TriageFacts::complexNeedsLeader).f, Acc, "exception.complex"},
        {"a complex matter another department is competent for, a leader's review asked",
         Facts().within(kLand).set(&TriageFacts::complexNeedsLeader).f, Acc, "exception.complex"},
        {"the district head already wrote an instruction on a matter within a department's powers",
         Facts().within(kEducation).set(&TriageFacts::leaderInstructed).f, Acc,
         "exception.leader_instructed"},
        {"a leader's instruction on an enterprise's skip-level request",
         Facts().from(kFirm, UnitType::Enterprise, true).set(&TriageFacts::leaderInstructed).f, Acc,
         "exception.leader_instructed"},
        {"a leader asked the department to submit directly for approval",
         dept(kEducation).within(kEducation).set(&TriageFacts::leaderAskedDirect).f, Acc,
         "exception.leader_asked"},
        {"a party-work document with a leader's instruction",
         Facts().party(PartyMatter::PartyWork).set(&TriageFacts::leaderInstructed).f, Acc,
         "exception.leader_instructed"},
        {"an emergency and a leader's instruction: the first exception of the source is cited",
         Facts()
             .from(kVillage, UnitType::Village)
             .set(&TriageFacts::leaderInstructed)
             .set(&TriageFacts::emergency)
             .f,
         Acc, "exception.emergency"},
        // Several returns at once: the first row of the table is cited.
        {"a village, unconsulted, to a leader personally: skip-level comes first",
         Facts().from(kVillage, UnitType::Village).touchesOthers(C::NotConsulted).toLeader().f, Ret,
         "return.skip_level"},
        {"unconsulted and to a leader personally", Facts().touchesOthers(C::NotConsulted).toLeader().f, Ret,
         "return.not_consulted"},
    };
    int n = 0;
    for (const Scenario &s : scenarios) {
        INFO(s.what);
        const TriageProposal p = TriageRules::propose(s.facts);
        CHECK(p.outcome == s.outcome);
        CHECK(p.rule == QLatin1String(s.rule));
        CHECK(p.citation == TriageRules::citation(QLatin1String(s.rule)));
        CHECK_FALSE(p.citation.isEmpty());
        CHECK((p.outcome == TriageOutcome::Transfer) == (p.transferTo > 0));
        CHECK(p.transferTo != s.facts.senderUnitId);
        ++n;
    }
    CHECK(n >= 40);
}
