// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 退文通知.
#include "pdf/ReturnNotice.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace gw {

QByteArray returnNoticePdf(const ReturnNotice &n)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setTitle(QStringLiteral("退文通知"));
    QPainter p(&writer);
    const QString serif = QStringLiteral("Noto Serif CJK SC");
    p.setFont(QFont(serif, 22, QFont::Bold));
    p.drawText(QRectF(0, 90, 595, 40), Qt::AlignHCenter, QStringLiteral("退文通知"));
    p.setFont(QFont(serif, 15));
    const QRectF body(90, 170, 415, 520);
    const QString text =
        QStringLiteral("%1：\n\n　　你单位报送的《%2》%3收悉。经审核，根据以下规定，现予退文：\n\n　　%"
                       "4\n\n　　具体说明：%5\n\n"
                       "　　请按规定程序办理后重新报送。特此通知。")
            .arg(n.sender, n.title,
                 n.docNumber.isEmpty() ? QString() : QStringLiteral("（%1）").arg(n.docNumber), n.citation,
                 n.reason);
    p.drawText(body, Qt::TextWordWrap, text);
    const QString date =
        QStringLiteral("%1年%2月%3日").arg(n.date.year()).arg(n.date.month()).arg(n.date.day());
    p.drawText(QRectF(90, 700, 415, 24), Qt::AlignRight, n.office);
    p.drawText(QRectF(90, 728, 415, 24), Qt::AlignRight, date);
    p.end();
    return bytes;
}

} // namespace gw
