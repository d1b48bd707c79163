// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — a supervised matter (督查事项): a leader's instruction, a meeting's decision, a key
// project, a deputy's suggestion or member's proposal, or a citizen's hotline call, tracked from 立项
// to 销号.
#pragma once

#include "domain/Clearance.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace gw {

/// What is tracked; each kind keeps the fields of its own beside the common ones.
enum class MatterKind
{
    Instruction,     ///< 领导批示件
    MeetingDecision, ///< 会议议定事项
    KeyProject,      ///< 重点工作/重点工程
    Proposal,        ///< 建议提案: an NPC deputy's suggestion or a CPPCC member's proposal
    Hotline,         ///< 直线电话: a citizen's call
};

/// Where a matter stands.
namespace matter {
inline constexpr char kRegistered[] = "registered"; ///< 立项, not yet assigned
inline constexpr char kInProgress[] = "in_progress"; ///< 交办 to the lead unit: 办理中
inline constexpr char kReported[] = "reported";     ///< 办结报告 in, waiting for 审核
inline constexpr char kAccepted[] = "accepted";     ///< 审核 passed, waiting for 销号
inline constexpr char kClosed[] = "closed";         ///< 销号
} // namespace matter

/// The light a matter shows against its deadline (working days on the work calendar).
enum class MatterLight
{
    None,   ///< closed, or without a deadline
    Green,  ///< on time
    Yellow, ///< the deadline is within the warning days
    Red,    ///< overdue
};

/// A hotline call's category (SPEC.md, 直线电话受理): five that the government answers for, six that
/// belong to other bodies (the caller is told where to go), and letters and visits (信访).
enum class CallCategory
{
    Criticism,     ///< criticism of government work and staff
    Suggestion,    ///< suggestions on reform, the economy and city management
    Procedure,     ///< questions on departments' duties and procedures
    NeedsGovernment, ///< problems that need the government
    LawBreach,     ///< complaints about breaches of administrative law
    PartyCommittee, ///< the Party committee's work (区委)
    PeoplesCongress, ///< the people's congress (人大)
    Cppcc,         ///< the CPPCC (政协)
    Army,          ///< the army (军队)
    Court,         ///< the courts (法院)
    Procuratorate, ///< the procuratorate (检察院)
    Petition,      ///< a letter or visit: 信访
};

/// 满意 / 基本满意 / 不满意, or not yet asked.
enum class Satisfaction
{
    Unknown,
    Satisfied,
    Basically,
    Dissatisfied,
};

/// A file kept with a matter or one of its feedback entries: a report, a picture of progress.
struct MatterFile
{
    qint64 id = 0;
    qint64 eventId = 0;
    QString name;
    QString sha256;
    qint64 size = 0;
    QByteArray bytes;
};

/// One line of a matter's history: a feedback entry, an urge, an extension asked or decided, …
struct MatterEvent
{
    qint64 id = 0;
    QString action; ///< "register", "assign", "feedback", "report", "return", "extension_request", …
    QString actorName;
    qint64 atMs = 0;
    QDate date;     ///< the date the entry speaks of (progress as of; the new deadline asked for)
    QString text;
    QList<MatterFile> files; ///< without their bytes
};

struct Matter
{
    Q_DECLARE_TR_FUNCTIONS(Matter)
public:
    qint64 id = 0;
    MatterKind kind = MatterKind::Instruction;
    QString source; ///< 省长信箱, 市长信箱, 上级领导批示, 区政府常务会议 …; for a proposal, who made it
    QString title;
    QString request; ///< the instruction, the decision, the task, the suggestion, the caller's words
    qint64 leaderId = 0; ///< the leader concerned (0: none)
    QString leaderName;  ///< read with the row
    qint64 leadUnitId = 0;
    QString leadUnitName; ///< read with the row
    QList<qint64> assistUnitIds;
    QDate dueDate; ///< the deadline: the end of that working day (none for a call not yet transferred)
    Clearance secrecy = Clearance::None;
    QString state = QString::fromLatin1(matter::kRegistered);
    qint64 parentId = 0;   ///< the task this one was split from (分解)
    int openChildren = 0;  ///< read with the row: sub-tasks not yet closed
    qint64 incomingId = 0; ///< the incoming item the instruction came on
    QString meeting;       ///< the meeting that decided it
    // 建议提案
    QString proposalBody;  ///< "npc" or "cppcc"
    QString proposalLevel; ///< "province", "city" or "district"
    QString proposalClass; ///< "A", "B" (承诺办理件) or "C"
    QString proposalNumber;
    // 直线电话
    QString caller;
    QString phone;
    qint64 calledAtMs = 0;
    std::optional<CallCategory> category;
    // The end
    QString reply; ///< the answer to the leader, the deputy, the caller; or the advice given
    QDate replyDate;
    Satisfaction satisfaction = Satisfaction::Unknown;
    std::optional<bool> solved;
    qint64 closedAtMs = 0;
    // 延期申请 waiting for a decision
    QDate extensionAskedTo;
    QString extensionReason;
    int extensionsGranted = 0;
    qint64 registeredAtMs = 0;
    /// 登记编号: the year of registration and the matter's place in it among its kind's (督 or 电), gap-free.
    int regYear = 0;
    int regSeq = 0;
    qint64 createdBy = 0;
    qint64 updatedAtMs = 0;
    QString updatedBy;
    qint64 version = 0;

    bool isOpen() const { return state != QLatin1String(matter::kClosed); }
    bool extensionPending() const { return extensionAskedTo.isValid(); }
    /// 督〔2026〕12号 (电〔2026〕12号 for a call); empty before registration.
    QString reference() const;
    /// The register's mark for the kind: 电 for calls, 督 for the rest.
    static QString markOf(MatterKind k);
};

QString matterKindCode(MatterKind k);
std::optional<MatterKind> matterKindFromCode(const QString &code);
QString matterKindLabel(MatterKind k);
QList<MatterKind> allMatterKinds();
QString matterStateLabel(const QString &state);
QStringList matterStates();
QString matterLightCode(MatterLight l);
std::optional<MatterLight> matterLightFromCode(const QString &code);
QString matterLightLabel(MatterLight l);
QString callCategoryCode(CallCategory c);
std::optional<CallCategory> callCategoryFromCode(const QString &code);
QString callCategoryLabel(CallCategory c);
QList<CallCategory> allCallCategories();
QString satisfactionCode(Satisfaction s);
std::optional<Satisfaction> satisfactionFromCode(const QString &code);
QString satisfactionLabel(Satisfaction s);
/// The sources the 督查室 registers instructions from (SPEC.md); others may be typed.
QStringList instructionSources();
QString proposalBodyLabel(const QString &code);
QString proposalLevelLabel(const QString &code);

} // namespace gw
