// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — 初审 triage rules.
#include "workflow/TriageRules.h"

#include "domain/EnumTable.h"

#include <QHash>

namespace gw {
namespace {
using O = TriageOutcome;
// The 受文原则 of the office's rules (公文处理实施细则的补充规定，一、受文原则), clause by clause.
const QList<TriageClause> kClauses = {
    {"accept.plan_reform_policy", "（一）1", O::Accept,
     "关系到全区经济和社会发展的总体规划、重大改革方案、新的政策及措施的出台，以及需要提请区人大审议的各类议"
     "案和"
     "需要区政府颁布的一系列规范性文件等，予以受理。"},
    {"accept.approval_by_law", "（一）2", O::Accept,
     "国家法律法规和上级政府及有关部门有关文件规定，必须由区政府审批的事项，予以受理。"},
    {"accept.report_upward", "（一）3", O::Accept,
     "需要由区政府上报省、市政府和上级有关部门审批或审核的事项，予以受理。"},
    {"accept.all_must_know", "（一）4", O::Accept,
     "对本区经济、科技、教育、文化、卫生等事业起指导作用，且需要各乡镇、各部门普遍周知或执行的重要事项，予以"
     "受理。"},
    {"accept.forward_from_higher", "（一）5", O::Accept,
     "根据省、市政府及其办公厅（室）的文件精神，需要区政府结合本区实际，转发给各乡镇、各部门贯彻执行的实施意"
     "见，"
     "予以受理。"},
    {"accept.no_return", "（二）1", O::Accept, "在正常情况下，区政府只受理逐级请示件。"},
    {"return.skip_level", "（二）1", O::Return,
     "对越级或越过主管部门直接向区政府的请示予以退文。辖区内所有行政村（居）及有上级业务主管部门的企事业单位"
     "（除区政府重点扶持的骨干企业外）直接向区政府请示，应视为越级。"},
    {"transfer.department", "（二）2", O::Transfer,
     "凡应由区政府各部门直接处理的文件或属于区政府职能部门职权范围内的事项，应转有关职能部门处理。转部门处理"
     "的"
     "文件，抄件发有关领导，同时告知来文单位与承办部门联系。"},
    {"return.own_powers", "（二）2", O::Return,
     "凡应由区政府各部门直接处理的文件或属于区政府职能部门职权范围内的事项，应转有关职能部门处理。"},
    {"return.no_review_opinion", "（二）2", O::Return,
     "按规定必须由区政府审批的事项，应先由主管部门提出审核意见后再向区政府行文报批。"},
    {"return.not_consulted", "（二）3", O::Return,
     "凡涉及其他乡镇和部门的事项，没有经过协商的，应退回上报单位，由其先与有关乡镇和部门充分协商。"},
    {"accept.views_stated", "（二）3", O::Accept,
     "如经协商未取得一致意见，需要区政府出面协调的，应在请示中如实写明各自的不同意见或附上与部门协商的意见"
     "。"},
    {"return.to_leader", "（二）4", O::Return,
     "无特殊原因，要求区政府审批的事项直接报区政府领导个人审批的，予以退文。如有特殊原因需直接报区政府领导的"
     "，"
     "必须注明特殊原因或领导人的批示。"},
    {"return.party_affairs", "（二）5", O::Return,
     "有关党的工作的内容不应报区政府审批；属区政府审批范围，但其内容与区委组织、宣传、统战等部门的工作范围有"
     "关的"
     "事项，应先报区委有关部门审核后，再按程序报区政府审批。否则，予以退文。"},
    {"exception.emergency", "（三）1", O::Accept,
     "情况特别紧急，逐级上报会延误时机、造成损失的事项和突发性事件，区政府可予受理。"},
    {"exception.complex", "（三）2", O::Accept,
     "虽属部门职权范围，但因问题复杂，该部门审批时感到没有把握，需请区政府领导审示的事项，区政府可予受理。"},
    {"exception.leader_instructed", "（三）3", O::Accept,
     "虽不符合行文规范，但区政府领导已在相同内容的来文上作了批示，如作退文处理会造成有关部门无所适从的公文，"
     "区政府可予受理。"},
    {"exception.leader_asked", "（三）4", O::Accept, "区政府领导要求直接报批的事项，区政府可予受理。"},
};

const TriageClause *find(const QString &rule)
{
    for (const TriageClause &c : kClauses) {
        if (rule == QLatin1String(c.rule))
            return &c;
    }
    return nullptr;
}

TriageProposal make(const char *rule)
{
    const QString key = QString::fromLatin1(rule);
    const TriageClause *c = find(key);
    Q_ASSERT(c);
    return TriageProposal{c->outcome, key, TriageRules::citation(key), 0};
}

bool has(const TriageFacts &f, AcceptCategory c)
{
    return f.categories.contains(c);
}

bool senderIsCompetent(const TriageFacts &f)
{
    return f.senderUnitId > 0 && f.senderUnitId == f.competentDepartmentId;
}

/// The rows that decide before the exceptions are looked at, in the order they are tried.
struct Row
{
    const char *rule;
    bool (*when)(const TriageFacts &);
};
const Row kRows[] = {
    {"return.skip_level", [](const TriageFacts &f) { return TriageRules::skipsLevel(f); }},
    {"return.not_consulted",
     [](const TriageFacts &f) {
         return f.involvesOtherUnits && f.consultation == Consultation::NotConsulted;
     }},
    {"return.to_leader",
     [](const TriageFacts &f) { return f.addressee == Addressee::LeaderPersonally && !f.reasonForLeader; }},
    {"return.party_affairs",
     [](const TriageFacts &f) {
         return f.party == PartyMatter::PartyWork ||
                (f.party == PartyMatter::NeedsPartyReview && !f.partyReviewed);
     }},
    {"return.no_review_opinion",
     [](const TriageFacts &f) {
         return has(f, AcceptCategory::ApprovalByLaw) && !f.reviewOpinion && !senderIsCompetent(f);
     }},
    {"accept.views_stated",
     [](const TriageFacts &f) {
         return f.involvesOtherUnits && f.consultation == Consultation::ViewsStated;
     }},
    {"return.own_powers",
     [](const TriageFacts &f) { return f.categories.isEmpty() && senderIsCompetent(f); }},
    {"transfer.department",
     [](const TriageFacts &f) { return f.categories.isEmpty() && f.competentDepartmentId > 0; }},
    {"accept.plan_reform_policy",
     [](const TriageFacts &f) { return has(f, AcceptCategory::PlanReformPolicy); }},
    {"accept.approval_by_law", [](const TriageFacts &f) { return has(f, AcceptCategory::ApprovalByLaw); }},
    {"accept.report_upward", [](const TriageFacts &f) { return has(f, AcceptCategory::ReportUpward); }},
    {"accept.all_must_know", [](const TriageFacts &f) { return has(f, AcceptCategory::AllMustKnow); }},
    {"accept.forward_from_higher",
     [](const TriageFacts &f) { return has(f, AcceptCategory::ForwardFromHigher); }},
};

/// The exceptions, tried in order when a row proposes a return or a transfer.
const Row kExceptions[] = {
    {"exception.emergency", [](const TriageFacts &f) { return f.emergency; }},
    {"exception.complex", [](const TriageFacts &f) { return f.complexNeedsLeader; }},
    {"exception.leader_instructed", [](const TriageFacts &f) { return f.leaderInstructed; }},
    {"exception.leader_asked", [](const TriageFacts &f) { return f.leaderAskedDirect; }},
};
} // namespace

const QList<TriageClause> &TriageRules::clauses()
{
    return kClauses;
}

QString TriageRules::citation(const QString &rule)
{
    const TriageClause *c = find(rule);
    return c ? QString::fromUtf8(c->clause) + QLatin1Char(' ') + QString::fromUtf8(c->words) : QString();
}

QString TriageRules::outcomeLabel(TriageOutcome o)
{
    static const enumtable::Entry<TriageOutcome> kOutcomes[] = {
        {TriageOutcome::Accept, "accept", QT_TRANSLATE_NOOP("TriageRules", "Accept (受理)")},
        {TriageOutcome::Transfer, "transfer", QT_TRANSLATE_NOOP("TriageRules", "Transfer (转办)")},
        {TriageOutcome::Return, "return", QT_TRANSLATE_NOOP("TriageRules", "Return (退文)")},
    };
    return enumtable::label(kOutcomes, "TriageRules", o);
}

bool TriageRules::skipsLevel(const TriageFacts &f)
{
    if (f.senderType == UnitType::Village)
        return true;
    return f.senderType == UnitType::Enterprise && f.senderHasSuperior && !f.senderKeyEnterprise;
}

TriageProposal TriageRules::propose(const TriageFacts &f)
{
    const char *rule = "accept.no_return";
    for (const Row &r : kRows) {
        if (r.when(f)) {
            rule = r.rule;
            break;
        }
    }
    TriageProposal base = make(rule);
    if (base.outcome == TriageOutcome::Accept)
        return base;
    // The exceptions accept what would otherwise go back or be passed on.
    for (const Row &e : kExceptions) {
        if (e.when(f))
            return make(e.rule);
    }
    if (base.outcome == TriageOutcome::Transfer)
        base.transferTo = f.competentDepartmentId;
    return base;
}

} // namespace gw
