// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — 初审 triage rules.
#include "workflow/TriageRules.h"

#include "domain/EnumTable.h"

#include <QHash>

namespace gw {
namespace {
// The rules' own words (公文处理实施细则的补充规定, distilled in SPEC.md).
const QHash<QString, const char *> &citations()
{
    static const QHash<QString, const char *> c = {
        {QStringLiteral("return.skip_level"),
         "村（居）委会和有主管部门的企事业单位越级直接向区政府行文的，予以退文（区重点扶持企业除外）。"},
        {QStringLiteral("return.not_consulted"), "涉及其他镇（街道）或部门职权范围的事项，未经协商一致的，予"
                                                 "以退文；协商后可联合行文，或在请示中写明各方意见。"},
        {QStringLiteral("return.to_leader"), "未说明特殊理由、也无领导批示而直接报送领导个人的，予以退文。"},
        {QStringLiteral("return.party_affairs"),
         "属于党务工作，或须先经区委组织、宣传、统战部门审核的事项，予以退文。"},
        {QStringLiteral("transfer.department"),
         "属于部门职权范围内的事项，转交主管部门办理，同时抄送分管领导，并告知来文单位联系办理。"},
        {QStringLiteral("accept.plan_reform_policy"), "涉及全区发展规划、改革和新出台政策的事项，予以受理。"},
        {QStringLiteral("accept.approval_by_law"), "法律法规或上级规定须由区政府审批的事项，予以受理。"},
        {QStringLiteral("accept.report_upward"), "须由区政府向上级报告的事项，予以受理。"},
        {QStringLiteral("accept.all_must_know"), "需要各镇（街道）、各部门普遍知晓或执行的事项，予以受理。"},
        {QStringLiteral("accept.forward_from_higher"), "市、省来文须由区政府提出贯彻意见转发的，予以受理。"},
        {QStringLiteral("accept.no_return"), "未见退文或转办情形，拟予受理。"},
        {QStringLiteral("exception.emergency"), "确属紧急，逐级行文会造成损失的，可予受理。"},
        {QStringLiteral("exception.complex"), "部门对复杂事项把握不准、请求领导审定的，可予受理。"},
        {QStringLiteral("exception.leader_instructed"), "领导已就同一事项作出批示的，可予受理。"},
        {QStringLiteral("exception.leader_asked"), "领导要求直接报送的，可予受理。"},
    };
    return c;
}

TriageProposal make(TriageOutcome o, const char *rule, qint64 transferTo = 0)
{
    const QString key = QString::fromLatin1(rule);
    return TriageProposal{o, key, TriageRules::citation(key), transferTo};
}
} // namespace

QString TriageRules::citation(const QString &rule)
{
    return QString::fromUtf8(citations().value(rule, ""));
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
    const char *returnRule = nullptr;
    if (skipsLevel(f))
        returnRule = "return.skip_level";
    else if (f.involvesOtherUnits && !f.othersConsulted)
        returnRule = "return.not_consulted";
    else if (f.addressee == Addressee::LeaderPersonally && !f.reasonForLeader)
        returnRule = "return.to_leader"; // a leader's instruction or request is an exception, cited below
    else if (f.partyAffairs)
        returnRule = "return.party_affairs";

    if (returnRule) {
        // The exceptions accept what would otherwise go back.
        if (f.emergency)
            return make(TriageOutcome::Accept, "exception.emergency");
        if (f.leaderInstructed)
            return make(TriageOutcome::Accept, "exception.leader_instructed");
        if (f.leaderAskedDirect)
            return make(TriageOutcome::Accept, "exception.leader_asked");
        if (f.complexNeedsLeader)
            return make(TriageOutcome::Accept, "exception.complex");
        return make(TriageOutcome::Return, returnRule);
    }
    if (f.competentDepartmentId > 0 && f.categories.isEmpty())
        return make(TriageOutcome::Transfer, "transfer.department", f.competentDepartmentId);
    if (!f.categories.isEmpty()) {
        switch (f.categories.first()) {
        case AcceptCategory::PlanReformPolicy:
            return make(TriageOutcome::Accept, "accept.plan_reform_policy");
        case AcceptCategory::ApprovalByLaw:
            return make(TriageOutcome::Accept, "accept.approval_by_law");
        case AcceptCategory::ReportUpward:
            return make(TriageOutcome::Accept, "accept.report_upward");
        case AcceptCategory::AllMustKnow:
            return make(TriageOutcome::Accept, "accept.all_must_know");
        case AcceptCategory::ForwardFromHigher:
            return make(TriageOutcome::Accept, "accept.forward_from_higher");
        }
    }
    return make(TriageOutcome::Accept, "accept.no_return");
}

} // namespace gw
