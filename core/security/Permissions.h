// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the permission table: which roles may do what.
#pragma once

#include "Result.h"
#include "domain/Role.h"

#include <QCoreApplication>

namespace gw {

struct Principal;

/// Everything a service can be asked to do that not every user may do.
enum class Action
{
    ViewUnits,
    CreateUnit,
    EditUnit,
    DeactivateUnit,
    ViewUsers,
    ManageUsers,
    ManageClearances,
    ConfigureOffice,
    EditCalendar,
    ViewAuditLog,
    RegisterIncoming,
    TriageIncoming,
    DistributeIncoming,
    UrgeItem,
    ArchiveItem,
    LendArchive,
    LogSealUse,
    CreateDraft,
    ReviseDraft,
    CheckSectionDraft,
    ReviewDraft,
    ApproveDraft,
    LegalReview,
    DirectorReview,
    SignDraft,
    GiveInstruction,
    PrintDocument,
    FirstRead,
    ManageInstructions,
    ManageProposals,
    LogHotlineCall,
    ViewStatistics,
    ViewReviewQuality,
    ViewRanking,
    EditRatingScheme,
    ComposeBulletin,
    ManageSerials,
    ViewSupervision,
    ViewArchive,
    MakeBackup,
};

/// The table itself: the roles allowed each action. Services ask through check().
class Permissions final
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)
public:
    static const QList<Action> &allActions();
    static QString actionCode(Action a);
    static QString actionLabel(Action a);
    static QList<Role> rolesFor(Action a);
    static bool allows(const QList<Role> &roles, Action a);
    /// OK, or a Permission error naming the action and the roles that may do it.
    static Status check(const Principal &actor, Action a);
};

} // namespace gw
