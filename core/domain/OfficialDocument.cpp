// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — an outgoing document as it is printed.
#include "domain/OfficialDocument.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <iterator>

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

QList<PrintedElement> OfficialDocument::printedElements() const
{
    QList<PrintedElement> out;
    auto add = [&out](PrintedElement::Part part, const QString &text, int number = 0) {
        if (!text.isEmpty())
            out.append({part, number, text});
    };
    add(PrintedElement::CopyNumber, copyNumber);
    add(PrintedElement::Secrecy, secrecyMark());
    add(PrintedElement::Urgency, urgencyMark());
    add(PrintedElement::Flag, flagText());
    add(PrintedElement::DocNumber, docNumber);
    if (upward && !signers.isEmpty())
        add(PrintedElement::Signers, QStringLiteral("签发人：") + signers.join(QStringLiteral("　")));
    add(PrintedElement::Title, title);
    add(PrintedElement::Recipients, recipientsLine());
    const QList<BodyParagraph> body = paragraphs();
    for (int i = 0; i < body.size(); ++i)
        add(PrintedElement::Paragraph, body.at(i).text, i + 1);
    const QStringList notes = attachmentLines();
    for (int i = 0; i < notes.size(); ++i)
        add(PrintedElement::AttachmentNote, notes.at(i), i + 1);
    add(PrintedElement::Signature, signature);
    add(PrintedElement::Date, dateText());
    if (!annotation.isEmpty())
        add(PrintedElement::Annotation, QStringLiteral("（") + annotation + QStringLiteral("）"));
    for (int i = 0; i < attachments.size(); ++i) { // each on its own pages, before the 版记
        add(PrintedElement::AttachmentMark,
            attachments.size() == 1 ? QStringLiteral("附件") : QStringLiteral("附件%1").arg(i + 1), i + 1);
        add(PrintedElement::AttachmentTitle, attachments.at(i), i + 1);
    }
    add(PrintedElement::CopiedTo, ccLine());
    add(PrintedElement::PrintOffice, printOffice);
    if (printDate.isValid())
        add(PrintedElement::PrintDate, chineseWrittenDate(printDate) + QStringLiteral("印发"));
    return out;
}

QStringList OfficialDocument::printedText() const
{
    QStringList out;
    for (const PrintedElement &e : printedElements())
        out.append(e.text);
    return out;
}

QString printedElementLabel(const PrintedElement &element)
{
    static const char *const kLabels[] = {
        QT_TRANSLATE_NOOP("PrintedElement", "Masthead (版头): copy number (份号)"),
        QT_TRANSLATE_NOOP("PrintedElement", "Masthead (版头): secrecy (密级)"),
        QT_TRANSLATE_NOOP("PrintedElement", "Masthead (版头): urgency (紧急程度)"),
        QT_TRANSLATE_NOOP("PrintedElement", "Masthead (版头): issuer's flag (发文机关标志)"),
        QT_TRANSLATE_NOOP("PrintedElement", "Masthead (版头): document number (发文字号)"),
        QT_TRANSLATE_NOOP("PrintedElement", "Masthead (版头): signed by (签发人)"),
        QT_TRANSLATE_NOOP("PrintedElement", "Title (标题)"),
        QT_TRANSLATE_NOOP("PrintedElement", "Main recipients (主送机关)"),
        QT_TRANSLATE_NOOP("PrintedElement", "Body (正文): paragraph %1"),
        QT_TRANSLATE_NOOP("PrintedElement", "Attachment note (附件说明): line %1"),
        QT_TRANSLATE_NOOP("PrintedElement", "Issuer's signature (署名)"),
        QT_TRANSLATE_NOOP("PrintedElement", "Date (成文日期)"),
        QT_TRANSLATE_NOOP("PrintedElement", "Annotation (附注)"),
        QT_TRANSLATE_NOOP("PrintedElement", "Attachment %1: its mark (附件)"),
        QT_TRANSLATE_NOOP("PrintedElement", "Attachment %1: its title"),
        QT_TRANSLATE_NOOP("PrintedElement", "Colophon (版记): copied to (抄送)"),
        QT_TRANSLATE_NOOP("PrintedElement", "Colophon (版记): printed by (印发机关)"),
        QT_TRANSLATE_NOOP("PrintedElement", "Colophon (版记): print date (印发日期)"),
    };
    static_assert(std::size(kLabels) == PrintedElement::PrintDate + 1, "a label for every part");
    const QString label = QCoreApplication::translate("PrintedElement", kLabels[element.part]);
    return label.contains(QLatin1String("%1")) ? label.arg(element.number) : label;
}

} // namespace gw
