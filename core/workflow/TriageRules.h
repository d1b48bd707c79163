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

/// What triage looks at: the sender from the unit directory, the addressee, and what the clerk
/// read in the document.
struct TriageFacts
{
    UnitType senderType = UnitType::Department;
    bool senderHasSuperior = false; ///< a superior unit in the directory
    bool senderKeyEnterprise = false;
    Addressee addressee = Addressee::DistrictGovernment;
    bool involvesOtherUnits = false;  ///< the matter touches other towns or departments
    bool othersConsulted = false;     ///< … and they were consulted (or it is issued jointly)
    bool partyAffairs = false;        ///< 党务, or needs the party committee's departments first
    bool reasonForLeader = false;     ///< a special reason is stated for writing to a leader personally
    qint64 competentDepartmentId = 0; ///< the matter lies within this department's own powers
    QList<AcceptCategory> categories;
    // The four exceptions that are accepted anyway.
    bool emergency = false;          ///< going level by level would cause loss
    bool complexNeedsLeader = false; ///< a department unsure of a complex matter asks for a leader's review
    bool leaderInstructed = false;   ///< a leader has already written an instruction on the matter
    bool leaderAskedDirect = false;  ///< a leader asked for direct submission
};

/// The proposal: outcome, the rule it rests on (stable key) and the rule's words to cite.
struct TriageProposal
{
    TriageOutcome outcome = TriageOutcome::Accept;
    QString rule;
    QString citation;
    qint64 transferTo = 0;
};

class TriageRules final
{
    Q_DECLARE_TR_FUNCTIONS(TriageRules)
public:
    static TriageProposal propose(const TriageFacts &facts);
    /// The rule's words, as the office's rules state them (Chinese, quoted on notices).
    static QString citation(const QString &rule);
    static QString outcomeLabel(TriageOutcome o);
    /// Skip-level (越级): villages and residents' committees, and enterprises or institutions that
    /// have a superior department, writing straight to the district government; key enterprises are exempt.
    static bool skipsLevel(const TriageFacts &facts);
};

} // namespace gw
