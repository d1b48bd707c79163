// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — 初审: the rules propose an outcome and cite the rule; the clerk decides.
#pragma once

#include "domain/IncomingItem.h"
#include "security/Actor.h"
#include "workflow/TriageRules.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace gw {

class ErrorBanner;
class Workspace;

class TriageDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriageDialog)
public:
    TriageDialog(Workspace &ws, const Principal &actor, const IncomingItem &item, QWidget *parent = nullptr);

    TriageFacts facts() const;
    const TriageProposal &proposal() const { return m_proposal; }
    const IncomingItem &saved() const { return m_item; }
    QString errorText() const;
    /// The 退文通知 of a returned item, as PDF bytes.
    QByteArray returnNotice() const;
    /// The 转办告知单 of a transferred item telling the sender whom to contact, as PDF bytes.
    QByteArray transferNotice() const;

public Q_SLOTS:
    void accept() override;

private:
    /// What the confirm button does: records the decision as the form shows it.
    bool save();
    TriageOutcome chosen() const;
    void updateProposal();

    Workspace &m_ws;
    Principal m_actor;
    IncomingItem m_item;
    TriageProposal m_proposal;
    QList<QCheckBox *> m_flags;
    QComboBox *m_department = nullptr;
    QComboBox *m_consultation = nullptr; ///< shown when the matter touches others
    QLabel *m_proposalLabel = nullptr;
    QRadioButton *m_accept = nullptr;
    QRadioButton *m_transfer = nullptr;
    QRadioButton *m_return = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QComboBox *m_copyLeader = nullptr;
    ErrorBanner *m_error = nullptr;
};

} // namespace gw
