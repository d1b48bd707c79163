// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — add or edit one unit of the directory.
#pragma once

#include "domain/Unit.h"
#include "security/Actor.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace gw {

class ErrorBanner;
class UnitService;

/// Saves through UnitService; on any error it stays open with the user's input.
class UnitDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitDialog)
public:
    /// `unit.id == 0` adds a new unit.
    UnitDialog(UnitService &service, const Principal &actor, const Unit &unit, QWidget *parent = nullptr);

    const Unit &saved() const { return m_unit; }
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    Unit fromForm() const;
    void updateKeyEnterprise();

    UnitService &m_service;
    Principal m_actor;
    Unit m_unit;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_short = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_superior = nullptr;
    QCheckBox *m_key = nullptr;
    ErrorBanner *m_error = nullptr;
};

} // namespace gw
