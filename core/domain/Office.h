// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the office this workstation serves.
#pragma once

#include <QList>
#include <QString>

namespace gw {

/// A 发文字号 prefix such as 黄政发, with what it is used for.
struct DocPrefix
{
    QString prefix;
    QString description;
};

/// The office's identity, set up on first run.
struct Office
{
    QString fullName; ///< e.g. 黄州区人民政府办公室
    QString signMark; ///< 发文机关标志, e.g. 黄州区人民政府
    QString fondsNo;  ///< 全宗号 for archiving
    QList<DocPrefix> prefixes;
    QString updatedBy;
    qint64 updatedAtMs = 0;
    qint64 version = 0;
};

} // namespace gw
