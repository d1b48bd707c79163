// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the office's identity, editable by administrators.
#pragma once

#include "security/Actor.h"

#include <QWidget>

namespace gw {

class ErrorBanner;
class OfficeForm;
class Workspace;

class OfficeSettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfficeSettingsPage)
public:
    OfficeSettingsPage(Workspace &ws, const Principal &actor, QWidget *parent = nullptr);

private:
    void load();
    void save();

    Workspace &m_ws;
    Principal m_actor;
    OfficeForm *m_form = nullptr;
    ErrorBanner *m_error = nullptr;
};

} // namespace gw
