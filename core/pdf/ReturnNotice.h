// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 退文通知 (notice of return) sent to a unit whose document is not taken.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

namespace gw {

struct ReturnNotice
{
    QString office; ///< the office sending the notice back
    QString sender; ///< the unit the document came from
    QString docNumber;
    QString title;
    QString citation; ///< the rule's words
    QString reason;   ///< the clerk's reason
    QDate date;
};

/// An A4 PDF of the notice, in the office's Chinese faces.
QByteArray returnNoticePdf(const ReturnNotice &notice);

} // namespace gw
