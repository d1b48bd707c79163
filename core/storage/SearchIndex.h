// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the search index in the database, the same for SQLite and PostgreSQL to its callers.
//
// Every document is a row of search_docs (its fields, as shown in results) with its tokens (SearchText):
// on SQLite in an FTS5 table, whose phrase queries match a chain of character pairs exactly; on
// PostgreSQL in a GIN-indexed tsvector that finds the documents holding every pair, each then checked
// against its folded text. The FTS5 row number carries the kind and the secrecy level, so the level
// and the kind are filtered inside the index, before any row is read.
#pragma once

#include "Result.h"
#include "domain/SearchDoc.h"

namespace gw {

class Database;

/// The FTS5 row number of a document: its kind in the top bits, its number in the index, its secrecy
/// level in the low two bits. Written in SearchIndex.cpp, read back in the queries of SearchQuery.cpp.
namespace searchrow {
constexpr int kKindShift = 40;
constexpr qint64 kSeqMask = (qint64(1) << 38) - 1;
constexpr qint64 of(SearchKind k, qint64 seq, Clearance c)
{
    return (qint64(k) << kKindShift) | (seq << 2) | qint64(c);
}
constexpr qint64 seqOf(qint64 row)
{
    return (row >> 2) & kSeqMask;
}
} // namespace searchrow

struct SearchIndexSize
{
    qint64 documents = 0;
    qint64 withText = 0;
    qint64 textBytes = 0;  ///< the fields and texts kept, in UTF-8
    qint64 indexBytes = 0; ///< the index's own pages (SQLite: the FTS5 shadow tables; PostgreSQL: the GIN index and the folded texts)
};

class SearchIndex
{
public:
    explicit SearchIndex(const Database &db) : m_db(db) {}

    /// Adds or replaces the document of `doc.kind`/`doc.refId`; does nothing when it is unchanged.
    Status put(const SearchDoc &doc) const;
    Status remove(SearchKind kind, qint64 refId) const;
    /// Empties the index (before it is built again).
    Status clear() const;

    /// Each visible kind's total and its hits ranked: the whole 文号, then 文号, 题名, 来文机关/责任者,
    /// then the text; within a rank, the newest first.
    Result<QList<SearchGroup>> search(const SearchScope &scope, const SearchRequest &request) const;

    /// Documents whose text is still to be read from their files (at most `limit`).
    Result<QList<PendingText>> pending(int limit) const;
    Result<qint64> pendingCount() const;
    /// The text read from the document's files; `readable` false when they could not be read. Nothing is
    /// written when the index no longer holds that record under that number (it left meanwhile).
    Status setBody(const PendingText &doc, const QString &body, bool readable) const;

    /// Whether the index was built for the records as they are, by a program that folds text as this one
    /// does (false after an upgrade that added the index or changed the folding).
    Result<bool> isCurrent() const;
    Status setCurrent(bool current) const;
    /// How this program folds text. FTS5 rows are taken out with their tokens made again, so an index
    /// made by a program that folds otherwise (another version of the folding, or of Qt's Unicode
    /// tables) is built again rather than used.
    static QString foldingKey();
    /// Who builds the index now: one workstation at a time. `who` names the building (a workstation and
    /// a random part); a claim not renewed for `staleMs` (its program stopped), or stamped as far ahead,
    /// is taken over. Returns the other's name when it holds the claim, an empty string when `who` now
    /// holds it.
    Result<QString> claimRebuild(const QString &who, qint64 nowMs, qint64 staleMs) const;
    /// The time claims are stamped with: the server's clock on PostgreSQL, so that workstations whose
    /// clocks differ measure each other's claims alike; on SQLite (one machine's file) `localMs`.
    Result<qint64> sharedNowMs(qint64 localMs) const;
    Status releaseRebuild(const QString &who) const;
    Result<SearchIndexSize> size() const;

private:
    const Database &m_db;
};

} // namespace gw
