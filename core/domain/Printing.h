// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — numbered printing (印制) and the first reader (第一读者).
#pragma once

#include "domain/Markup.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace gw {

/// One numbered copy: its 份号 and who it is for.
struct PrintCopy
{
    int number = 0;
    QString recipient;
    bool reprint = false; ///< the number was printed before for this document
};

/// One printing of a document: which version, which copies, when, by whom, on what device.
struct PrintJob
{
    qint64 id = 0;
    qint64 draftId = 0;
    int version = 0;
    qint64 printedAtMs = 0;
    qint64 printedBy = 0;
    QString printedByName;
    bool reprint = false;
    QString device;        ///< the printer's name, or the PDF file
    QString sha256;        ///< of the PDF of the first copy
    QString contentSha256; ///< of the document's printed text (without 份号 and 印发日期) when printed
    QByteArray pdf;        ///< the first copy as printed (loaded on request)
    QList<PrintCopy> copies;
};

/// Where a document the first reader failed goes back to.
enum class FirstReadingReturn
{
    Secretariat, ///< 秘书科: a wording fix, then a new print
    Signer,      ///< the signer: a content change voids the signature
};

/// The first reader's result on one print.
struct FirstReading
{
    qint64 id = 0;
    qint64 draftId = 0;
    int version = 0;
    qint64 jobId = 0;
    bool passed = false;
    MarkupCategory category = MarkupCategory::Wording; ///< of a failure: 政策 / 文种格式 / 文字
    FirstReadingReturn backTo = FirstReadingReturn::Secretariat;
    QString note;
    QStringList checklist;    ///< the manual items ticked
    QStringList distribution; ///< 核发: who it went to
    qint64 readerId = 0;
    QString readerName;
    qint64 atMs = 0;
};

/// The items the first reader ticks by hand, besides the automatic format check.
struct FirstReaderChecklist
{
    Q_DECLARE_TR_FUNCTIONS(FirstReaderChecklist)
public:
    static QStringList codes();
    static QString label(const QString &code);
};

QString firstReadingReturnCode(FirstReadingReturn r);
FirstReadingReturn firstReadingReturnFromCode(const QString &code);

} // namespace gw
