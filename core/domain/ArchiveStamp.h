// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 归档章 (DA/T 22-2015 附录A): what its six cells say and where it goes on the page.
#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace gw {

struct ArchiveItem;

/// The stamp: 45 × 16 mm, two rows of three 15 × 8 mm cells — 全宗号 | 年度 | 件号 over
/// 机构（问题） | 保管期限 | 页数 — printed in red.
struct ArchiveStamp
{
    static constexpr double kWidthMm = 45.0;
    static constexpr double kHeightMm = 16.0;
    static constexpr double kPointsPerMm = 72.0 / 25.4;

    QString fonds;
    QString year;
    QString item;      ///< four digits
    QString organ;     ///< may be empty: the cell stays blank
    QString retention; ///< 永久, 30年, 10年
    QString pages;

    static ArchiveStamp of(const ArchiveItem &item);
    /// The six cells left to right, top row first.
    QStringList cells() const { return {fonds, year, item, organ, retention, pages}; }
    static QSizeF sizePoints() { return {kWidthMm * kPointsPerMm, kHeightMm * kPointsPerMm}; }
};

/// Where the stamp goes on a first page, in points from the page's top left, and whether that spot is
/// clear of text.
struct StampPlacement
{
    QRectF rect;
    bool clear = true;
};

/// DA/T 22: top-centre on the first page, in the blank space above the text. The stamp starts 5 mm
/// from the top edge, centred; where it would cover a text box (with 1 mm to spare) it moves aside or
/// down, in 1 mm steps, to the nearest clear spot in the top third of the page inside 5 mm margins.
/// When there is none it takes the spot that covers the least text and says it is not clear.
StampPlacement placeStamp(const QSizeF &page, const QList<QRectF> &textBoxes);

} // namespace gw
