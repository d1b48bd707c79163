// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the outgoing chains as data.
#include "workflow/ChainTable.h"

#include <QCoreApplication>

namespace gw {
namespace {
using R = Role;
using V = ChainVariant;
constexpr StepCondition A = StepCondition::Always;
constexpr StepCondition N = StepCondition::NormativeOnly; // 法制审核: only for 规范性文件
constexpr bool RET = true;                                // may return to the drafter
constexpr bool NO = false;

// Steps of 区委 that the office does not hold are recorded by 秘书科 on the party side's paper.
// After sign-off every variant continues through the same tail (SPEC.md).
// clang-format off
// One row a line: variant, step, the posts that act, the next step, may return, when, kind, label.
QList<ChainRow> build()
{
    QList<ChainRow> t = {
        // 区政府发文, office-drafted: 起草 → 秘书科核稿 → 分管副主任审核 → [法制审核] → 主任复审 →
        // 区政府领导签发
        {V::OfficeDrafted,     "drafting",                 {R::Drafter},            "secretariat_review",       NO,  A, StepKind::Drafting,  QT_TRANSLATE_NOOP("Chain", "Drafting")},
        {V::OfficeDrafted,     "secretariat_review",       {R::Reviewer},           "deputy_review",            RET, A, StepKind::Review,    QT_TRANSLATE_NOOP("Chain", "Secretariat review (核稿)")},
        {V::OfficeDrafted,     "deputy_review",            {R::DeputyDirector},     "legal_review",             RET, A, StepKind::Review,    QT_TRANSLATE_NOOP("Chain", "Deputy director's review")},
        {V::OfficeDrafted,     "legal_review",             {R::Legal},              "director_review",          RET, N, StepKind::Review,    QT_TRANSLATE_NOOP("Chain", "Legal review")},
        {V::OfficeDrafted,     "director_review",          {R::Director},           "leader_sign",              RET, A, StepKind::Review,    QT_TRANSLATE_NOOP("Chain", "Director's review")},
        {V::OfficeDrafted,     "leader_sign",              {R::Leader},             "registration",             RET, A, StepKind::Sign,      QT_TRANSLATE_NOOP("Chain", "Sign-off by the district leader")},

        // 区政府发文, 代拟稿: 部门起草 → 有关科室审核 → 秘书科核稿 → 分管副主任审核 → [法制审核] → 主任复审 →
        // 区政府领导签发
        {V::DepartmentDrafted, "drafting",                 {R::Drafter},            "section_check",            NO,  A, StepKind::Drafting,  QT_TRANSLATE_NOOP("Chain", "Drafting by the department")},
        {V::DepartmentDrafted, "section_check",            {R::SectionHead},        "secretariat_review",       RET, A, StepKind::Review,    QT_TRANSLATE_NOOP("Chain", "Check by the office section")},
        {V::DepartmentDrafted, "secretariat_review",       {R::Reviewer},           "deputy_review",            RET, A, StepKind::Review,    QT_TRANSLATE_NOOP("Chain", "Secretariat review (核稿)")},
        {V::DepartmentDrafted, "deputy_review",            {R::DeputyDirector},     "legal_review",             RET, A, StepKind::Review,    QT_TRANSLATE_NOOP("Chain", "Deputy director's review")},
        {V::DepartmentDrafted, "legal_review",             {R::Legal},              "director_review",          RET, N, StepKind::Review,    QT_TRANSLATE_NOOP("Chain", "Legal review")},
        {V::DepartmentDrafted, "director_review",          {R::Director},           "leader_sign",              RET, A, StepKind::Review,    QT_TRANSLATE_NOOP("Chain", "Director's review")},
        {V::DepartmentDrafted, "leader_sign",              {R::Leader},             "registration",             RET, A, StepKind::Sign,      QT_TRANSLATE_NOOP("Chain", "Sign-off by the district leader")},

        // 区政府办公室发文: 起草 → 秘书科核稿 → 分管副主任审核 → 主任签发
        {V::OfficeIssued,      "drafting",                 {R::Drafter},            "secretariat_review",       NO,  A, StepKind::Drafting,  QT_TRANSLATE_NOOP("Chain", "Drafting")},
        {V::OfficeIssued,      "secretariat_review",       {R::Reviewer},           "deputy_review",            RET, A, StepKind::Review,    QT_TRANSLATE_NOOP("Chain", "Secretariat review (核稿)")},
        {V::OfficeIssued,      "deputy_review",            {R::DeputyDirector},     "director_sign",            RET, A, StepKind::Review,    QT_TRANSLATE_NOOP("Chain", "Deputy director's review")},
        {V::OfficeIssued,      "director_sign",            {R::Director},           "registration",             RET, A, StepKind::Sign,      QT_TRANSLATE_NOOP("Chain", "Sign-off by the office director")},

        // 区委·区政府联合发文: 起草 → 秘书科核稿 → 区府办主任审批 → 区委办主任审批 → 区政府领导审签 →
        // 区委领导签发
        {V::JointPartyGov,     "drafting",                 {R::Drafter},            "secretariat_review",       NO,  A, StepKind::Drafting,  QT_TRANSLATE_NOOP("Chain", "Drafting")},
        {V::JointPartyGov,     "secretariat_review",       {R::Reviewer},           "office_director_approval", RET, A, StepKind::Review,    QT_TRANSLATE_NOOP("Chain", "Secretariat review (核稿)")},
        {V::JointPartyGov,     "office_director_approval", {R::Director},           "party_office_approval",    RET, A, StepKind::Review,    QT_TRANSLATE_NOOP("Chain", "Approval by the government office director")},
        {V::JointPartyGov,     "party_office_approval",    {R::Reviewer},           "leader_countersign",       RET, A, StepKind::Review,    QT_TRANSLATE_NOOP("Chain", "Approval by the party office director (recorded)")},
        {V::JointPartyGov,     "leader_countersign",       {R::Leader},             "party_leader_sign",        RET, A, StepKind::Review,    QT_TRANSLATE_NOOP("Chain", "Countersignature by the district leader")},
        {V::JointPartyGov,     "party_leader_sign",        {R::Reviewer},           "registration",             RET, A, StepKind::Sign,      QT_TRANSLATE_NOOP("Chain", "Sign-off by the party committee leader (recorded)")},

        // 区委办·区府办联合发文: 起草 → 秘书科核稿 → 区府办主任审批 → 区委办主任签发
        {V::JointOffices,      "drafting",                 {R::Drafter},            "secretariat_review",       NO,  A, StepKind::Drafting,  QT_TRANSLATE_NOOP("Chain", "Drafting")},
        {V::JointOffices,      "secretariat_review",       {R::Reviewer},           "office_director_approval", RET, A, StepKind::Review,    QT_TRANSLATE_NOOP("Chain", "Secretariat review (核稿)")},
        {V::JointOffices,      "office_director_approval", {R::Director},           "party_office_sign",        RET, A, StepKind::Review,    QT_TRANSLATE_NOOP("Chain", "Approval by the government office director")},
        {V::JointOffices,      "party_office_sign",        {R::Reviewer},           "registration",             RET, A, StepKind::Sign,      QT_TRANSLATE_NOOP("Chain", "Sign-off by the party office director (recorded)")},
    };
    // Every variant after sign-off: 秘书科登记复核 → 付印 → 第一读者 → 核发 → 归档; or 不予行文.
    for (ChainVariant v : allChainVariants()) {
        t.append({v,                    "registration",             {R::Reviewer, R::Clerk}, "printing",                 NO,  A, StepKind::Register,  QT_TRANSLATE_NOOP("Chain", "Registration and numbering")});
        t.append({v,                    "printing",                 {R::Printer},            "first_reading",            NO,  A, StepKind::Print,     QT_TRANSLATE_NOOP("Chain", "Printing")});
        t.append({v,                    "first_reading",            {R::FirstReader},        "release",                  NO,  A, StepKind::FirstRead, QT_TRANSLATE_NOOP("Chain", "First reader")});
        t.append({v,                    "release",                  {R::Clerk},              "archived",                 NO,  A, StepKind::Release,   QT_TRANSLATE_NOOP("Chain", "Release")});
        t.append({v,                    "archived",                 {},                      "",                         NO,  A, StepKind::Done,      QT_TRANSLATE_NOOP("Chain", "Archived")});
        t.append({v,                    "closed",                   {},                      "",                         NO,  A, StepKind::Closed,    QT_TRANSLATE_NOOP("Chain", "Closed without a document (不予行文)")});
    }
    return t;
}
// clang-format on
} // namespace

const QList<ChainRow> &chainTable()
{
    static const QList<ChainRow> table = build();
    return table;
}

} // namespace gw
