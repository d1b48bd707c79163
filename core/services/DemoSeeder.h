// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — fills a database with a demonstration office.
#pragma once

#include "Result.h"

namespace gw {

class Workspace;

/// A made-up district office (云溪区) with one account per post and a unit directory of towns,
/// departments, villages and enterprises, so a newcomer sees a working secretariat at once.
class DemoSeeder final
{
public:
    /// The password of every demo account.
    static QString password();
    /// Seeds an empty database; refuses one that is already set up.
    static Status seed(Workspace &ws);
};

} // namespace gw
