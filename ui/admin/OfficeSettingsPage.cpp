// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the office's identity, editable by administrators.
#include "OfficeSettingsPage.h"

#include "ErrorBanner.h"
#include "OfficeForm.h"

#include "services/OfficeService.h"
#include "services/Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace gw {

OfficeSettingsPage::OfficeSettingsPage(Workspace &ws, const Principal &actor, QWidget *parent)
    : QWidget(parent), m_ws(ws), m_actor(actor)
{
    setObjectName(QStringLiteral("officeSettingsPage"));
    auto *layout = new QVBoxLayout(this);
    m_form = new OfficeForm(this);
    m_form->setMaximumWidth(760);
    layout->addWidget(m_form);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    auto *reload = new QPushButton(tr("&Reload"), this);
    auto *save = new QPushButton(tr("&Save"), this);
    save->setObjectName(QStringLiteral("saveOffice"));
    buttons->addWidget(reload);
    buttons->addWidget(save);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(reload, &QPushButton::clicked, this, &OfficeSettingsPage::load);
    connect(save, &QPushButton::clicked, this, &OfficeSettingsPage::save);
    connect(&ws.office(), &OfficeService::officeChanged, this, &OfficeSettingsPage::load);
    load();
}

void OfficeSettingsPage::load()
{
    m_error->clear();
    auto o = m_ws.office().office();
    if (!o) {
        m_error->showError(o.error());
        return;
    }
    if (o.value())
        m_form->setOffice(*o.value());
}

void OfficeSettingsPage::save()
{
    auto saved = m_ws.office().update(m_actor, m_form->office());
    if (!saved) {
        // The form keeps what the user typed; after a conflict, saving again applies it on purpose.
        if (saved.error().code == ErrorCode::Conflict) {
            if (auto now = m_ws.office().office(); now && now.value()) {
                m_form->setVersion(now.value()->version);
                m_error->showMessage(saved.error().message + QLatin1Char('\n') +
                                     tr("Now saved: %1. Press Save again to replace it with your input.")
                                         .arg(now.value()->fullName));
                return;
            }
        }
        m_error->showError(saved.error());
        return;
    }
    m_error->clear();
}

} // namespace gw
