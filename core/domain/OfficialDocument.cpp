// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — an outgoing document as it is printed.
#include "domain/OfficialDocument.h"

#include <QRegularExpression>

namespace gw {

namespace {
/// The printed words: fixed terms of the standard, the same in every interface language.
QString printedSecrecy(Clearance c)
{
    switch (c) {
    case Clearance::Confidential:
        return QStringLiteral("秘密");
    case Clearance::Secret:
        return QStringLiteral("机密");
    case Clearance::TopSecret:
        return QStringLiteral("绝密");
    case Clearance::None:
        break;
    }
    return {};
}
} // namespace

QString chineseWrittenDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

int headingLevel(const QString &paragraph)
{
    static const QRegularExpression level1(QStringLiteral("^[一二三四五六七八九十]+、"));
    static const QRegularExpression level2(QStringLiteral("^（[一二三四五六七八九十]+）"));
    static const QRegularExpression level3(QStringLiteral("^[0-9]+[.．]"));
    static const QRegularExpression level4(QStringLiteral("^（[0-9]+）"));
    const QString t = paragraph.trimmed();
    if (level1.match(t).hasMatch())
        return 1;
    if (level2.match(t).hasMatch())
        return 2;
    if (level3.match(t).hasMatch())
        return 3;
    if (level4.match(t).hasMatch())
        return 4;
    return 0;
}

QString OfficialDocument::secrecyMark() const
{
    if (secrecy == Clearance::None)
        return {};
    const QString level = printedSecrecy(secrecy);
    return secrecyPeriod.trimmed().isEmpty() ? level : level + QChar(0x2605) + secrecyPeriod.trimmed();
}

QString OfficialDocument::urgencyMark() const
{
    switch (urgency) {
    case Urgency::VeryUrgent:
        return QStringLiteral("特急");
    case Urgency::Urgent:
        return QStringLiteral("加急");
    case Urgency::Normal:
        break;
    }
    return {};
}

QString OfficialDocument::flagText() const
{
    return fileStyle ? signMark + QStringLiteral("文件") : signMark;
}

QString OfficialDocument::dateText() const
{
    return writtenDateText.isEmpty() ? chineseWrittenDate(writtenDate) : writtenDateText;
}

QString OfficialDocument::recipientsLine() const
{
    if (mainRecipients.isEmpty())
        return {};
    return mainRecipients.join(QStringLiteral("，")) + QStringLiteral("：");
}

QString OfficialDocument::ccLine() const
{
    if (ccRecipients.isEmpty())
        return {};
    return QStringLiteral("抄送：") + ccRecipients.join(QStringLiteral("，")) + QStringLiteral("。");
}

QList<BodyParagraph> OfficialDocument::paragraphs() const
{
    QList<BodyParagraph> out;
    for (const QString &line : body.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (t.isEmpty())
            continue;
        out.append({headingLevel(t), t});
    }
    return out;
}

QStringList OfficialDocument::attachmentLines() const
{
    QStringList out;
    if (attachments.size() == 1) {
        out.append(QStringLiteral("附件：") + attachments.first());
        return out;
    }
    for (int i = 0; i < attachments.size(); ++i)
        out.append((i == 0 ? QStringLiteral("附件：") : QString()) + QStringLiteral("%1.").arg(i + 1) +
                   attachments.at(i));
    return out;
}

QStringList OfficialDocument::printedText() const
{
    QStringList out;
    auto add = [&out](const QString &s) {
        if (!s.isEmpty())
            out.append(s);
    };
    add(copyNumber);
    add(secrecyMark());
    add(urgencyMark());
    add(flagText());
    add(docNumber);
    if (upward && !signers.isEmpty())
        add(QStringLiteral("签发人：") + signers.join(QStringLiteral("　")));
    add(title);
    add(recipientsLine());
    for (const BodyParagraph &p : paragraphs())
        out.append(p.text);
    for (const QString &a : attachmentLines())
        out.append(a);
    add(signature);
    add(dateText());
    if (!annotation.isEmpty())
        out.append(QStringLiteral("（") + annotation + QStringLiteral("）"));
    for (int i = 0; i < attachments.size(); ++i) { // each on its own pages, before the 版记
        out.append(attachments.size() == 1 ? QStringLiteral("附件") : QStringLiteral("附件%1").arg(i + 1));
        out.append(attachments.at(i));
    }
    add(ccLine());
    if (!printOffice.isEmpty())
        out.append(printOffice);
    if (printDate.isValid())
        out.append(chineseWrittenDate(printDate) + QStringLiteral("印发"));
    return out;
}

} // namespace gw
