// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 归档章's cells and place.
#include "domain/ArchiveStamp.h"

#include "domain/ArchiveItem.h"

#include <algorithm>
#include <cmath>

namespace gw {

ArchiveStamp ArchiveStamp::of(const ArchiveItem &item)
{
    ArchiveStamp s;
    s.fonds = item.code.fonds;
    s.year = QString::number(item.code.year);
    s.item = QStringLiteral("%1").arg(item.code.item, 4, 10, QLatin1Char('0'));
    s.organ = item.code.organ;
    switch (item.code.retention) {
    case Retention::Permanent:
        s.retention = QStringLiteral("永久");
        break;
    case Retention::Years30:
        s.retention = QStringLiteral("30年");
        break;
    case Retention::Years10:
        s.retention = QStringLiteral("10年");
        break;
    }
    s.pages = QString::number(item.pages);
    return s;
}

StampPlacement placeStamp(const QSizeF &page, const QList<QRectF> &textBoxes)
{
    const double mm = ArchiveStamp::kPointsPerMm;
    const QSizeF size = ArchiveStamp::sizePoints();
    const double margin = 5 * mm;
    const double spare = 1 * mm;
    const double top = margin;
    const double left = (page.width() - size.width()) / 2;
    const int maxDown = int(std::floor((page.height() / 3 - size.height() - top) / mm));
    const int maxAside = int(std::floor((left - margin) / mm));

    auto overlap = [&](const QRectF &r) {
        const QRectF grown = r.adjusted(-spare, -spare, spare, spare);
        double area = 0;
        for (const QRectF &t : textBoxes) {
            const QRectF i = grown.intersected(t);
            if (!i.isEmpty())
                area += i.width() * i.height();
        }
        return area;
    };

    StampPlacement best{QRectF(QPointF(left, top), size), false};
    double bestOverlap = -1;
    // Nearest first: by the distance moved (down plus aside), down before aside on a tie.
    for (int distance = 0; distance <= std::max(0, maxDown) + std::max(0, maxAside); ++distance) {
        for (int down = std::min(distance, std::max(0, maxDown)); down >= 0; --down) {
            const int aside = distance - down;
            if (aside > std::max(0, maxAside))
                continue;
            for (int sign : {-1, 1}) {
                if (aside == 0 && sign > 0)
                    continue;
                const QRectF r(QPointF(left + sign * aside * mm, top + down * mm), size);
                const double o = overlap(r);
                if (o <= 0)
                    return {r, true};
                if (bestOverlap < 0 || o < bestOverlap) {
                    bestOverlap = o;
                    best.rect = r;
                }
            }
        }
    }
    return best;
}

} // namespace gw
