// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — an outgoing document as it is printed (GB/T 9704-2012): every element of the 版头,
// 主体 and 版记, in the words that appear on paper.
#pragma once

#include "domain/Clearance.h"
#include "domain/DocumentKinds.h"

#include <QDate>
#include <QStringList>

namespace gw {

/// One paragraph of the body, with its heading level: 0 for text, 1 一、 (黑体), 2 （一） (楷体),
/// 3 1. and 4 （1） (仿宋).
struct BodyParagraph
{
    int level = 0;
    QString text;
};

/// One element of a printed document, in the order GB/T 9704 sets it on paper, with its words.
struct PrintedElement
{
    enum Part
    {
        CopyNumber,      ///< 份号
        Secrecy,         ///< 密级和保密期限
        Urgency,         ///< 紧急程度
        Flag,            ///< 发文机关标志
        DocNumber,       ///< 发文字号
        Signers,         ///< 签发人
        Title,           ///< 标题
        Recipients,      ///< 主送机关
        Paragraph,       ///< 正文, one paragraph
        AttachmentNote,  ///< 附件说明, one line
        Signature,       ///< 发文机关署名
        Date,            ///< 成文日期
        Annotation,      ///< 附注
        AttachmentMark,  ///< 附件 / 附件2, at the head of an attachment's pages
        AttachmentTitle, ///< the attachment's title
        CopiedTo,        ///< 抄送机关
        PrintOffice,     ///< 印发机关
        PrintDate        ///< 印发日期
    };
    Part part = Paragraph;
    int number = 0; ///< the paragraph's, 附件说明 line's or attachment's number, from 1
    QString text;
};

/// Where the element stands, for a reader: 版头·份号, 正文第3段, 版记·抄送 (in the user's language).
QString printedElementLabel(const PrintedElement &element);

struct OfficialDocument
{
    Genre genre = Genre::Circular;
    QString copyNumber; ///< 份号, six digits; empty when not numbered
    Clearance secrecy = Clearance::None;
    QString secrecyPeriod; ///< 保密期限, e.g. 1年
    Urgency urgency = Urgency::Normal;
    QString signMark;      ///< 发文机关标志, e.g. 云溪区人民政府
    bool fileStyle = true; ///< the 标志 ends with 文件
    QString docNumber;
    bool upward = false; ///< 上行文: the 文号 left and the 签发人 right
    QStringList signers; ///< 签发人
    QString title;
    QStringList mainRecipients;
    QString body; ///< paragraphs, one per line
    QStringList attachments;
    QString signature; ///< 发文机关署名, in full
    QDate writtenDate;
    QString writtenDateText; ///< as printed; empty: written out from writtenDate
    QString annotation;      ///< 附注, printed in parentheses
    QStringList ccRecipients;
    QString printOffice; ///< 印发机关
    QDate printDate;     ///< 印发日期

    /// 密级★保密期限, or the level alone, or empty.
    QString secrecyMark() const;
    /// 特急 / 加急, or empty.
    QString urgencyMark() const;
    /// The 标志 as printed: the sign mark, with 文件 for the 文件 style.
    QString flagText() const;
    /// 成文日期 as printed: 2026年11月8日 (year in full, no leading zeros).
    QString dateText() const;
    /// 主送机关 line ending with a full-width colon, or empty.
    QString recipientsLine() const;
    /// 抄送：a，b，c。 or empty.
    QString ccLine() const;
    /// The body as paragraphs, with their heading levels.
    QList<BodyParagraph> paragraphs() const;
    /// The 附件说明 lines: 附件：1. … and the following ones aligned, or one line without a number.
    QStringList attachmentLines() const;
    /// The elements the printed document carries, in order, without page numbers: for comparing a
    /// print with what was signed.
    QList<PrintedElement> printedElements() const;
    /// The words of printedElements(), one element a string.
    QStringList printedText() const;
};

/// 2026年11月8日: the year in full, month and day without leading zeros.
QString chineseWrittenDate(const QDate &date);

/// The heading level of a body paragraph from its numbering: 一、 → 1, （一） → 2, 1. → 3, （1） → 4.
int headingLevel(const QString &paragraph);

} // namespace gw
