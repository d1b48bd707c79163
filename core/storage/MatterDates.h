// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — how the matters' tables store a day: yyyy-MM-dd, which sorts as the days do; empty
// for none.
#pragma once

#include <QDate>
#include <QVariant>

namespace gw::matterdates {

inline QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

inline QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace gw::matterdates
