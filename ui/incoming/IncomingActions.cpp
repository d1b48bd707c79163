// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — opening an incoming item where it stands.
#include "IncomingActions.h"

#include "HandlingDialog.h"
#include "TriageDialog.h"

#include "domain/IncomingItem.h"

namespace gw {

void openIncomingItem(Workspace &ws, const Principal &actor, const IncomingItem &item, QWidget *parent)
{
    if (item.state != QLatin1String(incoming::kRegistered)) {
        HandlingDialog dialog(ws, actor, item.id, parent);
        dialog.exec();
        return;
    }
    TriageDialog dialog(ws, actor, item, parent);
    dialog.exec();
}

} // namespace gw
