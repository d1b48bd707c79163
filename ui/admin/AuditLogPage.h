// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the audit log, for the security auditor (安全审计员): read, check, sign, export.
#pragma once

#include "security/Actor.h"
#include "services/AuditService.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QStandardItemModel;
class QTableView;

namespace gw {

class ErrorBanner;
class Workspace;

class AuditLogPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogPage)
public:
    AuditLogPage(Workspace &ws, const Principal &actor, QWidget *parent = nullptr);

    /// Offers to sign a checkpoint when the newest is older than a day (called at the auditor's log-in).
    void offerCheckpointIfDue();
    void search();
    void checkAll();
    void signCheckpoint();
    void exportEntries();
    void exportPublicKey();

private:
    AuditRepository::Filter filter() const;
    void showDetails();
    QString databaseKey() const;
    QString keyringKey() const;

    Workspace &m_ws;
    Principal m_actor;
    QComboBox *m_person = nullptr;
    QLineEdit *m_action = nullptr;
    QComboBox *m_objectType = nullptr;
    QLineEdit *m_objectId = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPlainTextEdit *m_details = nullptr;
    ErrorBanner *m_error = nullptr;
    QList<AuditView> m_rows;
};

} // namespace gw
