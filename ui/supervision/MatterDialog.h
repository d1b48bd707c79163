// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — registering a supervised matter (立项) of one kind, or a meeting's decisions at once,
// or a hotline call; with a lead unit and deadline given, it is assigned (交办) in the same go.
#pragma once

#include "Result.h"
#include "domain/Matter.h"
#include "security/Actor.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace gw {

class ErrorBanner;
class Workspace;

class MatterDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatterDialog)
public:
    MatterDialog(Workspace &ws, const Principal &actor, MatterKind kind, QWidget *parent = nullptr);
    /// The matters registered (after accept()).
    const QList<Matter> &registered() const { return m_registered; }
    void accept() override;
    /// The form's matter as typed.
    Matter matter() const;
    /// A leader's instruction written on incoming item `item`: its title and instruction fill the form,
    /// and the matter is registered from it (SupervisionService::registerFromIncoming).
    void setIncoming(qint64 itemId, const QString &title, const QString &instruction, Clearance secrecy);

private:
    Status apply();
    void addDecisionRow();
    void showScope();
    Workspace &m_ws;
    Principal m_actor;
    MatterKind m_kind;
    QList<Matter> m_registered;
    qint64 m_incomingId = 0;
    ErrorBanner *m_error = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_request = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_leader = nullptr;
    QComboBox *m_secrecy = nullptr;
    QComboBox *m_unit = nullptr;
    QCheckBox *m_hasDeadline = nullptr;
    QDateEdit *m_due = nullptr;
    QLineEdit *m_meeting = nullptr;
    QTableWidget *m_decisions = nullptr;
    QComboBox *m_body = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_class = nullptr;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_caller = nullptr;
    QLineEdit *m_phone = nullptr;
    QDateTimeEdit *m_calledAt = nullptr;
    QComboBox *m_category = nullptr;
    QLabel *m_scope = nullptr;
};

} // namespace gw
