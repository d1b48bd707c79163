// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the permission table.
#include "security/Permissions.h"

#include "security/Actor.h"

namespace gw {
namespace {
using R = Role;

struct Row
{
    Action action;
    const char *code;
    const char *label;
    QList<Role> roles;
};

const QList<Role> kEveryone = allRoles();

// The duties of each post (SPEC.md "Who uses it"). One row per action.
const std::vector<Row> &table()
{
    // clang-format off
    static const std::vector<Row> rows = {
        {Action::ViewUnits,          "unit.view",                QT_TRANSLATE_NOOP("Permissions", "view the unit directory"),                         kEveryone},
        {Action::CreateUnit,         "unit.create",              QT_TRANSLATE_NOOP("Permissions", "add a unit to the directory"),                     {R::Clerk, R::Admin}},
        {Action::EditUnit,           "unit.edit",                QT_TRANSLATE_NOOP("Permissions", "edit a unit of the directory"),                    {R::Admin}},
        {Action::DeactivateUnit,     "unit.deactivate",          QT_TRANSLATE_NOOP("Permissions", "retire or restore a unit"),                        {R::Admin}},
        {Action::ViewUsers,          "user.view",                QT_TRANSLATE_NOOP("Permissions", "view user accounts"),                              {R::Admin, R::SecurityOfficer, R::Auditor}},
        {Action::ManageUsers,        "user.manage",              QT_TRANSLATE_NOOP("Permissions", "manage user accounts"),                            {R::Admin}},
        {Action::ManageClearances,   "user.clearance",           QT_TRANSLATE_NOOP("Permissions", "assign posts and clearances"),                     {R::SecurityOfficer}},
        {Action::ConfigureOffice,    "office.configure",         QT_TRANSLATE_NOOP("Permissions", "change the office settings"),                      {R::Admin}},
        {Action::EditCalendar,       "calendar.edit",            QT_TRANSLATE_NOOP("Permissions", "edit the work calendar"),                          {R::Admin}},
        {Action::ViewAuditLog,       "audit.view",               QT_TRANSLATE_NOOP("Permissions", "read the audit log"),                              {R::Auditor}},
        {Action::RegisterIncoming,   "incoming.register",        QT_TRANSLATE_NOOP("Permissions", "sign for and register incoming documents"),        {R::Clerk}},
        {Action::TriageIncoming,     "incoming.triage",          QT_TRANSLATE_NOOP("Permissions", "triage incoming documents"),                       {R::Clerk}},
        {Action::DistributeIncoming, "incoming.distribute",      QT_TRANSLATE_NOOP("Permissions", "distribute and circulate documents"),              {R::Clerk}},
        {Action::UrgeItem,           "item.urge",                QT_TRANSLATE_NOOP("Permissions", "urge overdue items"),                              {R::Clerk, R::Supervisor}},
        {Action::ArchiveItem,        "archive.file",             QT_TRANSLATE_NOOP("Permissions", "archive finished items"),                          {R::Clerk}},
        {Action::LendArchive,        "archive.lend",             QT_TRANSLATE_NOOP("Permissions", "lend archived items"),                             {R::Clerk}},
        {Action::LogSealUse,         "seal.log",                 QT_TRANSLATE_NOOP("Permissions", "log seal use"),                                    {R::Clerk}},
        {Action::CreateDraft,        "draft.create",             QT_TRANSLATE_NOOP("Permissions", "draft an outgoing document"),                      {R::Drafter}},
        {Action::ReviseDraft,        "draft.revise",             QT_TRANSLATE_NOOP("Permissions", "revise a returned draft"),                         {R::Drafter}},
        {Action::CheckSectionDraft,  "draft.section_check",      QT_TRANSLATE_NOOP("Permissions", "check a draft for the section"),                   {R::SectionHead}},
        {Action::ReviewDraft,        "draft.review",             QT_TRANSLATE_NOOP("Permissions", "review a draft (核稿)"),                             {R::Reviewer}},
        {Action::ApproveDraft,       "draft.approve",            QT_TRANSLATE_NOOP("Permissions", "approve a draft as deputy director"),              {R::DeputyDirector}},
        {Action::LegalReview,        "draft.legal",              QT_TRANSLATE_NOOP("Permissions", "review a normative document"),                     {R::Legal}},
        {Action::DirectorReview,     "draft.director",           QT_TRANSLATE_NOOP("Permissions", "review a draft as director"),                      {R::Director}},
        {Action::SignDraft,          "draft.sign",               QT_TRANSLATE_NOOP("Permissions", "sign off a document"),                             {R::Leader, R::Director}},
        {Action::GiveInstruction,    "instruction.give",         QT_TRANSLATE_NOOP("Permissions", "give an instruction"),                             {R::Leader, R::Director}},
        {Action::PrintDocument,      "document.print",           QT_TRANSLATE_NOOP("Permissions", "print and number copies"),                         {R::Printer}},
        {Action::FirstRead,          "document.first_read",      QT_TRANSLATE_NOOP("Permissions", "pass or fail a printed document as first reader"), {R::FirstReader}},
        {Action::ManageInstructions, "supervision.instructions", QT_TRANSLATE_NOOP("Permissions", "register and track supervised matters (督查)"),      {R::Supervisor}},
        {Action::ManageProposals,    "supervision.proposals",    QT_TRANSLATE_NOOP("Permissions", "track deputies' suggestions and proposals"),       {R::Supervisor}},
        {Action::LogHotlineCall,     "hotline.log",              QT_TRANSLATE_NOOP("Permissions", "log hotline calls"),                               {R::Hotline}},
        {Action::ViewStatistics,     "statistics.view",          QT_TRANSLATE_NOOP("Permissions", "view statistics"),                                 {R::Reviewer, R::DeputyDirector, R::Director, R::Leader, R::Supervisor, R::SectionHead}},
        {Action::ViewReviewQuality,  "statistics.review_quality", QT_TRANSLATE_NOOP("Permissions", "view review quality (核稿质量)"),                   {R::Reviewer, R::DeputyDirector, R::Director}},
        {Action::ViewRanking,        "statistics.ranking",       QT_TRANSLATE_NOOP("Permissions", "view the annual ranking (文件评比)"),                {R::Reviewer, R::DeputyDirector, R::Director, R::Leader, R::Supervisor}},
        {Action::EditRatingScheme,   "statistics.rating_scheme", QT_TRANSLATE_NOOP("Permissions", "set the ranking's scoring scheme"),                {R::Reviewer, R::Director}},
        {Action::ComposeBulletin,    "bulletin.compose",         QT_TRANSLATE_NOOP("Permissions", "compose a quality bulletin (办文质量通报)"),          {R::Reviewer, R::Director}},
        {Action::ManageSerials,      "serials.manage",           QT_TRANSLATE_NOOP("Permissions", "keep the register of serial publications (刊物)"),   {R::Reviewer, R::Director, R::Admin}},
        {Action::ViewSupervision,    "supervision.view",         QT_TRANSLATE_NOOP("Permissions", "see supervised matters (督查)"),                     {R::Supervisor, R::Hotline, R::Director, R::DeputyDirector, R::Leader}},
        {Action::ViewArchive,        "archive.view",             QT_TRANSLATE_NOOP("Permissions", "see the archive and its catalogue (档案)"),        {R::Clerk, R::Director, R::DeputyDirector, R::Auditor}},
        {Action::MakeBackup,         "records.backup",           QT_TRANSLATE_NOOP("Permissions", "back up the records with every stored file"),     {R::Admin, R::Clerk}},
    };
    // clang-format on
    return rows;
}

const Row &row(Action a)
{
    for (const Row &r : table()) {
        if (r.action == a)
            return r;
    }
    Q_UNREACHABLE();
}
} // namespace

const QList<Action> &Permissions::allActions()
{
    static const QList<Action> all = [] {
        QList<Action> out;
        for (const Row &r : table())
            out.append(r.action);
        return out;
    }();
    return all;
}

QString Permissions::actionCode(Action a)
{
    return QString::fromLatin1(row(a).code);
}
QString Permissions::actionLabel(Action a)
{
    return tr(row(a).label);
}
QList<Role> Permissions::rolesFor(Action a)
{
    return row(a).roles;
}

bool Permissions::allows(const QList<Role> &roles, Action a)
{
    for (Role r : row(a).roles) {
        if (roles.contains(r))
            return true;
    }
    return false;
}

Status Permissions::check(const Principal &actor, Action a)
{
    if (allows(actor.roles, a))
        return {};
    return makeError(ErrorCode::Permission,
                     tr("You may not %1. This is done by: %2.").arg(actionLabel(a), roleLabels(rolesFor(a))));
}

} // namespace gw
