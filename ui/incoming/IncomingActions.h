// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — opening an incoming item where it stands: triage when newly registered, else handling.
#pragma once

#include "security/Actor.h"

class QWidget;

namespace gw {

struct IncomingItem;
class Workspace;

/// Opens the triage dialog for a registered item, the handling dialog (承办, 传阅, 催办, 答复)
/// for any other; returns when the user closes it.
void openIncomingItem(Workspace &ws, const Principal &actor, const IncomingItem &item, QWidget *parent);

} // namespace gw
