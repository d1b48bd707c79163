// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the office's serial publications (刊物).
#include "domain/Serial.h"

namespace gw {

QString SerialIssue::label() const
{
    const QString name = QStringLiteral("《%1》").arg(serialName);
    if (number <= 0)
        return name;
    return yearly && year > 0 ? QStringLiteral("%1%2年第%3期").arg(name).arg(year).arg(number)
                              : QStringLiteral("%1第%2期").arg(name).arg(number);
}

} // namespace gw
