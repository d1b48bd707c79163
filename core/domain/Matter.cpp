// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — a supervised matter (督查事项).
#include "domain/Matter.h"

#include "domain/EnumTable.h"

namespace gw {
namespace {
constexpr char kContext[] = "Matter";

const enumtable::Entry<MatterKind> kKinds[] = {
    {MatterKind::Instruction, "instruction", QT_TRANSLATE_NOOP("Matter", "Leader's instruction (领导批示件)")},
    {MatterKind::MeetingDecision, "meeting", QT_TRANSLATE_NOOP("Matter", "Meeting decision (会议议定事项)")},
    {MatterKind::KeyProject, "project", QT_TRANSLATE_NOOP("Matter", "Key project (重点工作)")},
    {MatterKind::Proposal, "proposal", QT_TRANSLATE_NOOP("Matter", "Suggestion or proposal (建议提案)")},
    {MatterKind::Hotline, "hotline", QT_TRANSLATE_NOOP("Matter", "Hotline call (直线电话)")},
};

const enumtable::Entry<MatterLight> kLights[] = {
    {MatterLight::None, "none", QT_TRANSLATE_NOOP("Matter", "no light")},
    {MatterLight::Green, "green", QT_TRANSLATE_NOOP("Matter", "green: on time")},
    {MatterLight::Yellow, "yellow", QT_TRANSLATE_NOOP("Matter", "yellow: deadline near")},
    {MatterLight::Red, "red", QT_TRANSLATE_NOOP("Matter", "red: overdue")},
};

const enumtable::Entry<CallCategory> kCategories[] = {
    {CallCategory::Criticism, "criticism", QT_TRANSLATE_NOOP("Matter", "Criticism of government work or staff")},
    {CallCategory::Suggestion, "suggestion",
     QT_TRANSLATE_NOOP("Matter", "Suggestion on reform, the economy or city management")},
    {CallCategory::Procedure, "procedure", QT_TRANSLATE_NOOP("Matter", "Question on a department's duties or procedures")},
    {CallCategory::NeedsGovernment, "needs_government",
     QT_TRANSLATE_NOOP("Matter", "A problem that needs the government")},
    {CallCategory::LawBreach, "law_breach",
     QT_TRANSLATE_NOOP("Matter", "Complaint about a breach of administrative law")},
    {CallCategory::PartyCommittee, "party", QT_TRANSLATE_NOOP("Matter", "Party committee matter (区委)")},
    {CallCategory::PeoplesCongress, "npc", QT_TRANSLATE_NOOP("Matter", "People's congress matter (人大)")},
    {CallCategory::Cppcc, "cppcc", QT_TRANSLATE_NOOP("Matter", "CPPCC matter (政协)")},
    {CallCategory::Army, "army", QT_TRANSLATE_NOOP("Matter", "Army matter (军队)")},
    {CallCategory::Court, "court", QT_TRANSLATE_NOOP("Matter", "Court matter (法院)")},
    {CallCategory::Procuratorate, "procuratorate", QT_TRANSLATE_NOOP("Matter", "Procuratorate matter (检察院)")},
    {CallCategory::Petition, "petition", QT_TRANSLATE_NOOP("Matter", "Letter or visit (信访)")},
};

const enumtable::Entry<Satisfaction> kSatisfaction[] = {
    {Satisfaction::Unknown, "", QT_TRANSLATE_NOOP("Matter", "not asked")},
    {Satisfaction::Satisfied, "satisfied", QT_TRANSLATE_NOOP("Matter", "satisfied (满意)")},
    {Satisfaction::Basically, "basically", QT_TRANSLATE_NOOP("Matter", "basically satisfied (基本满意)")},
    {Satisfaction::Dissatisfied, "dissatisfied", QT_TRANSLATE_NOOP("Matter", "dissatisfied (不满意)")},
};

struct StateLabel
{
    const char *code;
    const char *label;
};
const StateLabel kStates[] = {
    {matter::kRegistered, QT_TRANSLATE_NOOP("Matter", "Registered (立项)")},
    {matter::kInProgress, QT_TRANSLATE_NOOP("Matter", "In progress (办理中)")},
    {matter::kReported, QT_TRANSLATE_NOOP("Matter", "Reported done (办结报告)")},
    {matter::kAccepted, QT_TRANSLATE_NOOP("Matter", "Accepted (审核通过)")},
    {matter::kClosed, QT_TRANSLATE_NOOP("Matter", "Closed (销号)")},
};
} // namespace

QString Matter::markOf(MatterKind k)
{
    return k == MatterKind::Hotline ? QStringLiteral("电") : QStringLiteral("督");
}

QString Matter::reference() const
{
    if (regSeq <= 0)
        return {};
    return QStringLiteral("%1〔%2〕%3号").arg(markOf(kind)).arg(regYear).arg(regSeq);
}

QString matterKindCode(MatterKind k)
{
    return enumtable::code(kKinds, k);
}
std::optional<MatterKind> matterKindFromCode(const QString &code)
{
    return enumtable::fromCode(kKinds, code);
}
QString matterKindLabel(MatterKind k)
{
    return enumtable::label(kKinds, kContext, k);
}
QList<MatterKind> allMatterKinds()
{
    return enumtable::values(kKinds);
}

QString matterStateLabel(const QString &state)
{
    for (const StateLabel &s : kStates) {
        if (state == QLatin1String(s.code))
            return QCoreApplication::translate(kContext, s.label);
    }
    return state;
}
QStringList matterStates()
{
    QStringList out;
    for (const StateLabel &s : kStates)
        out.append(QString::fromLatin1(s.code));
    return out;
}

QString matterLightCode(MatterLight l)
{
    return enumtable::code(kLights, l);
}
std::optional<MatterLight> matterLightFromCode(const QString &code)
{
    return enumtable::fromCode(kLights, code);
}
QString matterLightLabel(MatterLight l)
{
    return enumtable::label(kLights, kContext, l);
}

QString callCategoryCode(CallCategory c)
{
    return enumtable::code(kCategories, c);
}
std::optional<CallCategory> callCategoryFromCode(const QString &code)
{
    return enumtable::fromCode(kCategories, code);
}
QString callCategoryLabel(CallCategory c)
{
    return enumtable::label(kCategories, kContext, c);
}
QList<CallCategory> allCallCategories()
{
    return enumtable::values(kCategories);
}

QString satisfactionCode(Satisfaction s)
{
    return enumtable::code(kSatisfaction, s);
}
std::optional<Satisfaction> satisfactionFromCode(const QString &code)
{
    return enumtable::fromCode(kSatisfaction, code);
}
QString satisfactionLabel(Satisfaction s)
{
    return enumtable::label(kSatisfaction, kContext, s);
}

QStringList instructionSources()
{
    // The source's own list (第二篇, 督查室): names as the register writes them, not translated.
    return {QStringLiteral("省长信箱"), QStringLiteral("市长信箱"), QStringLiteral("市委书记信箱"),
            QStringLiteral("上级领导批示"), QStringLiteral("区政府领导批示"), QStringLiteral("基层报告")};
}

QString proposalBodyLabel(const QString &code)
{
    if (code == QLatin1String("npc"))
        return QCoreApplication::translate(kContext, "NPC deputy's suggestion (人大建议)");
    if (code == QLatin1String("cppcc"))
        return QCoreApplication::translate(kContext, "CPPCC member's proposal (政协提案)");
    return code;
}

QString proposalLevelLabel(const QString &code)
{
    if (code == QLatin1String("province"))
        return QCoreApplication::translate(kContext, "province (省)");
    if (code == QLatin1String("city"))
        return QCoreApplication::translate(kContext, "city (市)");
    if (code == QLatin1String("district"))
        return QCoreApplication::translate(kContext, "district (区)");
    return code;
}

} // namespace gw
