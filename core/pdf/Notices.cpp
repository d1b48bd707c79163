// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 退文通知 and the 催办通知.
#include "pdf/Notices.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace gw {

QByteArray paintA4Pdf(int pages, const std::function<void(QPainter &, int index)> &draw, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    if (!title.isEmpty())
        writer.setTitle(title);
    QPainter p(&writer);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        draw(p, i);
    }
    p.end();
    return bytes;
}

namespace {

QString chineseDate(const QDate &d)
{
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

/// One A4 page: the heading, the body, and the office and date at the foot on the right.
QByteArray noticePdf(const QString &heading, const QString &body, const QString &office, const QDate &date,
                     const QString &contact)
{
    return paintA4Pdf(
        1,
        [&](QPainter &p, int) {
            const QString serif = QStringLiteral("Noto Serif CJK SC");
            p.setFont(QFont(serif, 22, QFont::Bold));
            p.drawText(QRectF(0, 90, 595, 40), Qt::AlignHCenter, heading);
            p.setFont(QFont(serif, 15));
            p.drawText(QRectF(90, 170, 415, 520), Qt::TextWordWrap, body);
            p.drawText(QRectF(90, 700, 415, 24), Qt::AlignRight, office);
            p.drawText(QRectF(90, 728, 415, 24), Qt::AlignRight, chineseDate(date));
            if (!contact.isEmpty()) { // whom to call back, below the date, as a 附注 is
                p.setFont(QFont(serif, 12));
                p.drawText(QRectF(90, 764, 415, 20), Qt::AlignLeft, QStringLiteral("（%1）").arg(contact));
            }
        },
        heading);
}

QString numbered(const QString &docNumber)
{
    return docNumber.isEmpty() ? QString() : QStringLiteral("（%1）").arg(docNumber);
}

} // namespace

QByteArray returnNoticePdf(const ReturnNotice &n)
{
    const QString text =
        QStringLiteral("%1：\n\n　　你单位报送的《%2》%3收悉。经审核，根据以下规定，现予退文：\n\n　　%"
                       "4\n\n　　具体说明：%5\n\n"
                       "　　请按规定程序办理后重新报送。特此通知。")
            .arg(n.sender, n.title, numbered(n.docNumber), n.citation, n.reason);
    return noticePdf(QStringLiteral("退文通知"), text, n.office, n.date, n.officeContact);
}

QByteArray transferNoticePdf(const TransferNotice &n)
{
    const QString text =
        QStringLiteral("%1：\n\n　　你单位报送的《%2》%3收悉。经审核，该事项属于%4职责范围，已转%4办理。"
                       "\n\n　　说明：%5\n\n　　请直接与%4联系。特此告知。")
            .arg(n.sender, n.title, numbered(n.docNumber), n.department, n.reason);
    return noticePdf(QStringLiteral("转办告知单"), text, n.office, n.date, n.officeContact);
}

QByteArray urgeNoticePdf(const UrgeNotice &n)
{
    QString limit;
    if (n.due.isValid())
        limit = n.overdue ? QStringLiteral("办理时限为%1，现已超过办理时限。").arg(chineseDate(n.due))
                          : QStringLiteral("办理时限为%1，现已临近。").arg(chineseDate(n.due));
    QString text =
        QStringLiteral("%1：\n\n　　%2报送的《%3》%4，已于%5送你处办理。%6请抓紧办理，并将办理情况"
                       "及时反馈秘书科。")
            .arg(n.holder, n.sender, n.title, numbered(n.docNumber), chineseDate(n.received), limit);
    if (!n.note.trimmed().isEmpty())
        text += QStringLiteral("\n\n　　说明：%1").arg(n.note.trimmed());
    text += QStringLiteral("\n\n　　特此催办。");
    return noticePdf(QStringLiteral("催办通知"), text, n.office, n.date, n.officeContact);
}

QByteArray letterForwardNoticePdf(const LetterForwardNotice &n)
{
    const QString kind = n.call ? QStringLiteral("来电") : QStringLiteral("来信");
    QString text =
        QStringLiteral("%1：\n\n　　%2（联系方式：%3）于%4%5，反映：%6\n\n　　该件系个人%5，不属公文，"
                       "现转你处按规定办理。")
            .arg(n.destination, n.person, n.contact.isEmpty() ? QStringLiteral("未留") : n.contact,
                 chineseDate(n.received), kind, n.summary);
    if (!n.note.trimmed().isEmpty())
        text += QStringLiteral("\n\n　　说明：%1").arg(n.note.trimmed());
    return noticePdf(QStringLiteral("转送单"), text, n.office, n.date, n.officeContact);
}

} // namespace gw
