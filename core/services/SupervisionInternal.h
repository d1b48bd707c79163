// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — what the files of SupervisionService share.
#pragma once

#include "workflow/WorkCalendar.h"

#include <QDateTime>

namespace gw::supervision {

/// The longest text a matter or one of its entries takes.
inline constexpr int kMaxText = 20000;

/// The day (China time) of a moment.
inline QDate localDay(qint64 ms)
{
    return WorkCalendar::localDate(QDateTime::fromMSecsSinceEpoch(ms));
}

} // namespace gw::supervision
