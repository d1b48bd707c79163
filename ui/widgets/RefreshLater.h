// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — one refresh for a burst of change signals.
#pragma once

#include <QObject>

#include <functional>

class QTimer;

namespace gw {

/// Runs `refresh` once when the event loop next has nothing else to do, however many times request()
/// was called before then: an import of 450 items, or a batch of changes from another workstation,
/// reads a register again once, not once per item.
class RefreshLater final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefreshLater)
public:
    RefreshLater(QObject *parent, std::function<void()> refresh);
    void request();

private:
    QTimer *m_timer = nullptr;
};

} // namespace gw
