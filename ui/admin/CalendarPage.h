// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the work calendar: holidays and swapped working days (调休), kept by the administrator.
#pragma once

#include "security/Actor.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace gw {

class ErrorBanner;
class Workspace;

class CalendarPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarPage)
public:
    CalendarPage(Workspace &ws, const Principal &actor, QWidget *parent = nullptr);
    void reload();
    bool saveDay(const QDate &date, bool working, const QString &name);

private:
    Workspace &m_ws;
    Principal m_actor;
    QSpinBox *m_year = nullptr;
    QTableWidget *m_table = nullptr;
    QDateEdit *m_date = nullptr;
    QCheckBox *m_working = nullptr;
    QLineEdit *m_name = nullptr;
    ErrorBanner *m_error = nullptr;
};

} // namespace gw
