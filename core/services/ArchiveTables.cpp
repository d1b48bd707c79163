// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 归档文件目录 and the boxes' 备考表 (DA/T 22-2015 附录).
#include "services/ArchiveService.h"

#include <algorithm>
#include <tuple>

namespace gw {

DataTable ArchiveService::catalogueTable(const QList<ArchiveItem> &items, int year, Retention retention)
{
    DataTable t;
    t.title = tr("Catalogue of archived items %1, %2 (归档文件目录)").arg(year).arg(retentionLabel(retention));
    t.headers = {tr("Item no. (件号)"), tr("Archival code (档号)"), tr("Responsible (责任者)"), tr("Doc. number (文号)"),
                 tr("Title (题名)"), tr("Date (日期)"), tr("Pages (页数)"), tr("Secrecy (密级)"), tr("Remark (备注)")};
    QList<ArchiveItem> sorted = items;
    std::sort(sorted.begin(), sorted.end(), [](const ArchiveItem &a, const ArchiveItem &b) {
        return std::tie(a.code.organ, a.code.item) < std::tie(b.code.organ, b.code.item);
    });
    int pages = 0;
    for (const ArchiveItem &a : sorted) {
        if (a.code.year != year || a.code.retention != retention)
            continue;
        t.rows << QVariantList{QStringLiteral("%1").arg(a.code.item, 4, 10, QLatin1Char('0')),
                               a.code.toString(),
                               a.responsible,
                               a.docNumber,
                               a.title,
                               QString(a.date).remove(QLatin1Char('-')),
                               a.pages,
                               a.secrecy == Clearance::None ? QString() : clearanceLabel(a.secrecy),
                               a.remark};
        pages += a.pages;
    }
    t.note = tr("%n item(s), %1 page(s) in all; the items the reader may see.", nullptr, int(t.rows.size())).arg(pages);
    return t;
}

Result<DataTable> ArchiveService::catalogue(const Actor &actor, int year, Retention retention) const
{
    ArchiveFilter f;
    f.year = year;
    f.retention = retention;
    f.limit = 100000;
    auto items = list(actor, f);
    if (!items)
        return items.error();
    return catalogueTable(items.value(), year, retention);
}

QList<BoxNote> ArchiveService::boxNotes(const QList<ArchiveItem> &items, int perBox)
{
    QList<ArchiveItem> sorted = items;
    std::sort(sorted.begin(), sorted.end(), [](const ArchiveItem &a, const ArchiveItem &b) {
        return std::tie(a.code.year, a.code.retention, a.code.organ, a.code.item) <
               std::tie(b.code.year, b.code.retention, b.code.organ, b.code.item);
    });
    QList<BoxNote> boxes;
    perBox = std::max(1, perBox);
    for (int i = 0; i < sorted.size(); ++i) {
        const ArchiveItem &a = sorted.at(i);
        const bool newBox = boxes.isEmpty() || boxes.last().items >= perBox || a.code.year != sorted.at(i - 1).code.year ||
                            a.code.retention != sorted.at(i - 1).code.retention ||
                            a.code.organ != sorted.at(i - 1).code.organ;
        if (newBox)
            boxes.append(BoxNote{a.code.toString(), {}, 0, 0, 0, {}});
        BoxNote &b = boxes.last();
        b.lastCode = a.code.toString();
        ++b.items;
        b.pages += a.pages;
        b.secret += a.secrecy == Clearance::None ? 0 : 1;
        if (!a.remark.isEmpty())
            b.remarks << QStringLiteral("%1：%2").arg(a.code.item, 4, 10, QLatin1Char('0')).arg(a.remark);
    }
    return boxes;
}

} // namespace gw
