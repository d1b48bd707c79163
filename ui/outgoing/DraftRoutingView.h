// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — a draft's routing slip (流转记录): who did what at which step, returns in red.
#pragma once

#include "domain/Draft.h"

#include <QTableWidget>

namespace gw {

class DraftRoutingView final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftRoutingView)
public:
    explicit DraftRoutingView(QWidget *parent = nullptr);
    void show(const Draft &draft, const QList<RoutingEntry> &rows);
};

} // namespace gw
