// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — printing (印制) and the first reader (第一读者): numbered copies with their log, the
// format check, and the gate that nothing is released (核发) without the first reader's pass.
#pragma once

#include "Result.h"
#include "domain/Draft.h"
#include "domain/Office.h"
#include "domain/OfficialDocument.h"
#include "domain/Printing.h"
#include "security/Actor.h"
#include "services/DraftingService.h"
#include "services/ServiceContext.h"
#include "workflow/FormatRules.h"

#include <QMap>
#include <QObject>

namespace gw {

class DraftingService;

class PrintingService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrintingService)
public:
    PrintingService(const ServiceContext &ctx, DraftingService &drafting, QObject *parent = nullptr)
        : QObject(parent), m_ctx(ctx), m_drafting(drafting)
    {
    }

    /// 份号: six digits.
    static QString copyNumberText(int number);
    /// The 发文机关标志 and the 署名 of a document issued by `issuer` (区政府, 区政府办公室, jointly …).
    static std::pair<QString, QString> issuerNames(const Office &office, Issuer issuer);

    /// The document as it prints now (its current version), with copy number `copy` (0: none).
    Result<OfficialDocument> officialDocument(const Actor &actor, qint64 draftId, int copy = 0) const;
    /// The document as it was signed, with the numbering of the print the first reader reads.
    Result<OfficialDocument> signedDocument(const Actor &actor, qint64 draftId) const;
    /// The format check on the document as it prints now. Reviewers see it while reviewing.
    Result<QList<FormatFinding>> formatCheck(const Actor &actor, qint64 draftId) const;
    /// Who gets a copy, one copy each: the 主送 and 抄送 — by unit, a group such as 各镇人民政府 standing
    /// for each unit of the directory it names (expandRecipients), or, not `byUnit`, the lines as
    /// written — then the office's file copy.
    Result<QStringList> distributionList(const Actor &actor, qint64 draftId, bool byUnit = true) const;
    /// The next 份号 not printed yet.
    Result<int> nextCopyNumber(const Actor &actor, qint64 draftId) const;
    /// Logs a print of numbered copies (a number printed before is logged as a reprint) with the
    /// PDF of the first copy. Refused before registration, after release, with format findings, and,
    /// for classified documents, with a copy that has no recipient.
    Result<PrintJob> recordPrint(const Actor &actor, qint64 draftId, qint64 expectedVersion,
                                 QList<PrintCopy> copies, const QString &device, const QByteArray &pdf);
    Result<QList<PrintJob>> printLog(const Actor &actor, qint64 draftId) const;
    /// Copies printed per document, for the register (documents the actor cannot see count nothing).
    Result<QHash<qint64, int>> copyCounts(const Actor &actor, const QList<Draft> &drafts) const;
    /// The print the first reader reads: the latest of the current version, with its PDF.
    Result<PrintJob> printToRead(const Actor &actor, qint64 draftId) const;
    /// 印制 done: the printed document goes to the first reader.
    Result<Draft> sendToFirstReader(const Actor &actor, qint64 draftId, qint64 expectedVersion);
    /// Pass: every manual item ticked and no format finding; the document is released (核发) to
    /// `distribution` now.
    Result<Draft> pass(const Actor &actor, qint64 draftId, qint64 expectedVersion,
                       const QStringList &checklist, const QStringList &distribution);
    /// Fail: the category and a note are recorded; back to 秘书科 for a wording fix and a new print, or to
    /// the signer, whose signature is void.
    Result<Draft> fail(const Actor &actor, qint64 draftId, qint64 expectedVersion, MarkupCategory category,
                       FirstReadingReturn backTo, const QString &note);
    Result<QList<FirstReading>> readings(const Actor &actor, qint64 draftId) const;

private:
    Result<OfficialDocument> build(const Draft &d, int bodyVersion, int copy) const;
    /// Runs `change` on a document waiting for the first reader, for the first reader only.
    Result<Draft> atFirstReader(const Actor &actor, qint64 draftId, qint64 expectedVersion,
                                const QString &auditAction, const DraftingService::Mutation &change);
    /// The latest print of the current version, refused when the document now (`now`, as build() lays
    /// out the current version) no longer prints that way.
    Result<PrintJob> currentPrint(const Draft &d, const OfficialDocument &now) const;
    ServiceContext m_ctx;
    DraftingService &m_drafting;
};

} // namespace gw
