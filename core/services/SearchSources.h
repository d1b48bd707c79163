// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — what the index keeps of each kind of record, read from the records as they are.
#pragma once

#include "Result.h"
#include "domain/SearchDoc.h"

#include <QByteArray>
#include <QList>

namespace gw {

class Database;
struct AuditNote;

namespace searchsources {

/// The kind of record an audit object type is, when search finds it.
std::optional<SearchKind> kindOfObject(const QString &objectType);

/// The index entry of one record as the records hold it now; std::nullopt when there is no such record.
Result<std::optional<SearchDoc>> docOf(const Database &db, SearchKind kind, qint64 id);

/// Brings the index up to date with the records a write changed, in the write's own transaction: the
/// index never answers with what a record no longer says.
Status follow(const Database &db, const QList<AuditNote> &changed);

/// Every record of `kind`, oldest first (for building the index).
Result<QList<qint64>> ids(const Database &db, SearchKind kind);

/// The PDF files a record's text is read from: an incoming item's attachments, an archived 件's
/// document (正本 or 来文).
Result<QList<QByteArray>> pdfFiles(const Database &db, SearchKind kind, qint64 id);

} // namespace searchsources
} // namespace gw
