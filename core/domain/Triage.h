// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — what 初审 decides, and whom an incoming document is addressed to.
#pragma once

namespace gw {

enum class TriageOutcome
{
    Accept,
    Transfer,
    Return
};
/// Whom the document is addressed to.
enum class Addressee
{
    DistrictGovernment,
    Office,
    LeaderPersonally
};

} // namespace gw
