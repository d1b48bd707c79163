// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — 初审: should the district government take this document, pass it on, or send it back?
#pragma once

#include "domain/Triage.h"
#include "domain/Unit.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace gw {

/// The matters the district government takes (SPEC.md, 受理).
enum class AcceptCategory
{
    PlanReformPolicy,  ///< overall development plans, reforms, new policies
    ApprovalByLaw,     ///< law or higher authorities require the district government to approve
    ReportUpward,      ///< the district must report it upward
    AllMustKnow,       ///< every town and department must know or carry it out
    ForwardFromHigher, ///< a city or province document to forward with implementing opinions
};

/// Whether the towns or departments a matter touches were consulted first (rule (二)3).
enum class Consultation
{
    NotConsulted, ///< not consulted, or a disagreement the request does not state
    Agreed,       ///< consulted and agreed (they may also issue jointly)
    ViewsStated,  ///< consulted without agreement, each side's view stated: the government coordinates
};

/// How a matter relates to the party's work (rule (二)5).
enum class PartyMatter
{
    None,
    PartyWork,        ///< the party's own work: not for the government at all
    NeedsPartyReview, ///< within the government's powers, but the party committee's organisation,
                      ///< propaganda or united-front department reviews it first
};

/// What triage looks at: the sender from the unit directory, the addressee, and what the clerk
/// read in the document.
struct TriageFacts
{
    qint64 senderUnitId = 0; ///< from the directory; a transfer never goes back to it
    UnitType senderType = UnitType::Department;
    bool senderHasSuperior = false; ///< a superior unit in the directory
    bool senderKeyEnterprise = false;
    Addressee addressee = Addressee::DistrictGovernment;
    bool involvesOtherUnits = false;                        ///< the matter touches other towns or departments
    Consultation consultation = Consultation::NotConsulted; ///< … and how they were consulted
    PartyMatter party = PartyMatter::None;
    bool partyReviewed = false;   ///< … reviewed already by the party committee's department
    bool reasonForLeader = false; ///< a special reason is stated for writing to a leader personally
    bool reviewOpinion = false; ///< the competent department's review opinion (主管部门审核意见) is attached
    qint64 competentDepartmentId = 0; ///< the matter lies within this department's own powers
    QList<AcceptCategory> categories;
    // The four exceptions that are accepted anyway.
    bool emergency = false;          ///< going level by level would cause loss
    bool complexNeedsLeader = false; ///< a department unsure of a complex matter asks for a leader's review
    bool leaderInstructed = false;   ///< a leader has already written an instruction on the matter
    bool leaderAskedDirect = false;  ///< a leader asked for direct submission
};

/// One clause of the 受文原则 as a row of the decision table: its key (stored with the item), its
/// number in the source, what it decides and its words.
struct TriageClause
{
    const char *rule;
    const char *clause; ///< e.g. "（二）4"
    TriageOutcome outcome;
    const char *words;
};

/// The proposal: outcome, the rule it rests on (stable key) and the rule's words to cite.
struct TriageProposal
{
    TriageOutcome outcome = TriageOutcome::Accept;
    QString rule;     ///< the clause's key
    QString citation; ///< its number and words, e.g. "（三）4 区政府领导要求直接报批的事项。"
    qint64 transferTo = 0;
};

class TriageRules final
{
    Q_DECLARE_TR_FUNCTIONS(TriageRules)
public:
    /// The first clause of the table that holds; an exception (（三）1–4) overrides a return or a
    /// transfer and is cited by its own clause.
    static TriageProposal propose(const TriageFacts &facts);
    /// Every clause, in the order of the source (一)1–5, (二)1–5, (三)1–4, and the plain acceptance.
    static const QList<TriageClause> &clauses();
    /// The clause's number and words, as the office's rules state them (Chinese, quoted on notices).
    static QString citation(const QString &rule);
    static QString outcomeLabel(TriageOutcome o);
    /// Skip-level (越级): villages and residents' committees, and enterprises or institutions that
    /// have a superior department, writing straight to the district government; key enterprises are exempt.
    static bool skipsLevel(const TriageFacts &facts);
};

} // namespace gw
