// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — settings.
#include "SettingsPage.h"

#include "AuditLogPage.h"
#include "BackupSettingsPage.h"
#include "CalendarPage.h"
#include "FontSettingsPage.h"
#include "OfficeSettingsPage.h"
#include "UnitDirectoryPage.h"
#include "UserAdminPage.h"

#include "security/Permissions.h"

namespace gw {

SettingsPage::SettingsPage(Workspace &ws, const Principal &actor, QWidget *parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("settingsPage"));
    addTab(new UnitDirectoryPage(ws, actor, this), tr("Unit directory"));
    addTab(new UserAdminPage(ws, actor, this), tr("Accounts"));
    addTab(new OfficeSettingsPage(ws, actor, this), tr("The office"));
    addTab(new CalendarPage(ws, actor, this), tr("Work calendar"));
    addTab(new FontSettingsPage(this), tr("Document fonts"));
    addTab(new BackupSettingsPage(ws, actor, this), tr("Backup of this workstation"));
    // The audit log is the security auditor's alone (三员分立): the others do not see the tab.
    if (Permissions::allows(actor.roles, Action::ViewAuditLog)) {
        m_audit = new AuditLogPage(ws, actor, this);
        addTab(m_audit, tr("Audit log (审计日志)"));
    }
}

} // namespace gw
