// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — 四性检测 (DA/T 70-2018): authenticity, integrity, usability and safety of archived 件.
#pragma once

#include "domain/ArchiveItem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace gw {

struct PdfFacts;

enum class ArchiveProperty
{
    Authenticity, ///< 真实性
    Integrity,    ///< 完整性
    Usability,    ///< 可用性
    Safety,       ///< 安全性
};
QString archivePropertyLabel(ArchiveProperty p);

/// One failed rule: the 件 (0 for the archive as a whole), the property, the rule's key and what was found.
struct ArchiveFinding
{
    qint64 itemId = 0;
    QString code; ///< the 档号, or the sequence for a 件号 gap
    ArchiveProperty property = ArchiveProperty::Integrity;
    QString rule; ///< "digest", "file_missing", "doc_number", "title", "date", "components", "metadata",
                  ///< "item_gap", "audit_trail", "opens", "renders", "encrypted", "fonts", "format", "backup"
    QString message;
    Clearance secrecy = Clearance::None; ///< the 件's: a reader below it is not shown the finding
};
QString archiveRuleLabel(const QString &rule);

struct ArchiveCheckReport
{
    qint64 atMs = 0;
    QString byName;
    QString reason;
    int items = 0;
    bool complete = true; ///< false when stopped before the end
    QList<ArchiveFinding> findings;

    QByteArray toJson() const;
    static ArchiveCheckReport fromJson(const QByteArray &json);
    /// The report as a reader cleared to `clearance` may see it: findings on 件 above it left out.
    ArchiveCheckReport within(Clearance clearance) const;
    /// The report as text for people: a summary line, then one line per finding.
    QString toText() const;
};

/// The checks on one 件, given how to read its stored files and what the PDF worker says about them.
/// `bytes(sha256)` gives the stored file or nothing; `facts(bytes)` inspects a PDF (an error message when
/// it cannot be opened); `hasAuditTrail` says whether the audit log holds the document's history.
class ArchiveChecker final
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveChecker)
public:
    using Bytes = std::function<std::optional<QByteArray>(const QString &sha256)>;
    /// What the worker says about a PDF; `withText` when its text is compared with the record.
    using Facts = std::function<std::pair<std::optional<PdfFacts>, QString>(const QByteArray &, bool withText)>;

    static QList<ArchiveFinding> checkItem(const ArchiveItem &item, const Bytes &bytes, const Facts &facts,
                                           bool hasAuditTrail);
    /// 件号 gaps in each sequence (sequence key, numbers held).
    static QList<ArchiveFinding> checkGaps(const QList<QPair<QString, QList<int>>> &sequences);
    /// Safety: a backup younger than `maxDays` (lastBackupMs 0: none ever).
    static std::optional<ArchiveFinding> checkBackup(qint64 lastBackupMs, qint64 nowMs, int maxDays);
    /// Whether `needle` appears in `text` once both are normalised (whitespace dropped, full-width forms
    /// folded, the brackets of a 文号 taken as one).
    static bool textHolds(const QString &text, const QString &needle);
    /// The 成文日期 as printed: 2026年3月5日 for 2026-03-05.
    static QString printedDate(const QString &isoDate);
};

} // namespace gw
