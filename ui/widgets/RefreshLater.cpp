// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — one refresh for a burst of change signals.
#include "RefreshLater.h"

#include <QTimer>

namespace gw {

RefreshLater::RefreshLater(QObject *parent, std::function<void()> refresh)
    : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, std::move(refresh));
}

void RefreshLater::request()
{
    if (!m_timer->isActive())
        m_timer->start();
}

} // namespace gw
