// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the first-run wizard: the office and its administrator.
#pragma once

#include "security/Actor.h"

#include <QWizard>

class QLabel;
class QLineEdit;

namespace gw {

class OfficeForm;
class Workspace;

class SetupWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupWizard)
public:
    explicit SetupWizard(Workspace &ws, QWidget *parent = nullptr);

    /// The administrator created on finishing; the main window opens as this actor.
    const Principal &administrator() const { return m_admin; }
    QString errorText() const;

protected:
    bool validateCurrentPage() override;

private:
    Workspace &m_ws;
    Principal m_admin;
    OfficeForm *m_office = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_officeError = nullptr;
    QLabel *m_adminError = nullptr;
    int m_officePage = -1;
    int m_adminPage = -1;
};

} // namespace gw
