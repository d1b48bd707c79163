// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — settings: unit directory, accounts, the office.
#pragma once

#include "security/Actor.h"

#include <QTabWidget>

namespace gw {

class AuditLogPage;
class Workspace;

class SettingsPage final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)
public:
    SettingsPage(Workspace &ws, const Principal &actor, QWidget *parent = nullptr);
    /// The auditor's audit log tab; null for everyone else.
    AuditLogPage *auditLog() const { return m_audit; }

private:
    AuditLogPage *m_audit = nullptr;
};

} // namespace gw
