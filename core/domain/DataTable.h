// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — a table as shown on screen, ready to be written out (Excel, CSV) or printed.
#pragma once

#include <QList>
#include <QStringList>
#include <QVariant>

namespace gw {

/// Headers and rows; a cell is a number (int or double, written as a number) or text.
struct DataTable
{
    QString title; ///< the sheet's name and the file's heading
    QStringList headers;
    QList<QVariantList> rows;
    QString note; ///< what the figures cover (the period, the scope, the clearance), written under the table
};

} // namespace gw
