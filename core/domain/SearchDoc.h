// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — what the search index keeps of each document, what is asked of it and what it answers.
#pragma once

#include "domain/Clearance.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gw {

/// The kinds of record one search box finds. The number is kept in the index; never renumber.
enum class SearchKind {
    Draft = 0,    ///< drafts and the documents the office issued
    Incoming = 1, ///< 收文
    Archive = 2,  ///< archived 件
    Matter = 3,   ///< 督查 matters
};
const QList<SearchKind> &allSearchKinds();
QString searchKindCode(SearchKind k);
std::optional<SearchKind> searchKindFromCode(const QString &code);
QString searchKindLabel(SearchKind k);

/// One document as the index keeps it. A field may hold several parts separated by
/// SearchDoc::kPart (a 件's 文号 and its 档号): no match runs from one part into the next.
struct SearchDoc
{
    static constexpr QChar kPart = QChar(0x1F);
    SearchKind kind = SearchKind::Draft;
    qint64 refId = 0;
    Clearance secrecy = Clearance::None;
    QString subKind;    ///< a matter's kind: who besides the 督查室 sees it
    qint64 ownerId = 0; ///< a matter's leader
    int year = 0;
    qint64 unitId = 0; ///< the sender, the drafting unit, the lead unit
    QString day;       ///< yyyy-MM-dd
    QString number;
    QString title;
    QString party;
    /// The document's text: std::nullopt keeps what the index has (text read from its PDF files).
    std::optional<QString> body;
    /// The text is still to be read from the record's PDF files (in the background).
    bool bodyFromFiles = false;
    /// The files the text is read from, as their digests in the order they came: when it changes, the
    /// text is read again (and what was read is dropped unless the files were only added to).
    QString filesKey;

    /// How much of a text is indexed: the first 50,000 characters (some thirty pages), which keeps a
    /// document's tokens within what either engine holds for one row.
    static constexpr int kBodyLimit = 50000;
    static QString indexedBody(const QString &text) { return text.left(kBodyLimit); }
};

/// Which part of a document matched, in the order results are ranked.
enum class SearchTier {
    ExactNumber = 0, ///< the query is the whole 文号
    Number = 1,
    Title = 2,
    Party = 3,
    Body = 4,
};

struct SearchHit
{
    SearchKind kind = SearchKind::Draft;
    qint64 refId = 0;
    SearchTier tier = SearchTier::Body;
    Clearance secrecy = Clearance::None;
    QString number;
    QString title;
    QString party;
    QString day;
    QString excerpt; ///< the stretch of the text around the first match (a body match only)
};

struct SearchGroup
{
    SearchKind kind = SearchKind::Draft;
    qint64 total = 0; ///< every match of this kind the asker may see, not only those listed
    QList<SearchHit> hits;
};

/// What is asked.
struct SearchRequest
{
    QString text;
    QList<SearchKind> kinds; ///< empty: every kind the asker may see
    int year = 0;            ///< 0: any
    qint64 unitId = 0;       ///< 0: any
    int perKind = 20;        ///< hits listed per kind
    int offset = 0;          ///< hits skipped per kind (the next page)
};

/// What the asker may see, decided by the service from the account: applied inside the query.
struct SearchScope
{
    Clearance clearance = Clearance::None;
    QList<SearchKind> kinds;
    bool everyMatter = false;   ///< false: only matterKinds, and the matters of matterOwner
    QStringList matterKinds;
    qint64 matterOwner = 0;
};

/// A document whose text is still to be read from its files.
struct PendingText
{
    qint64 docId = 0;
    SearchKind kind = SearchKind::Draft;
    qint64 refId = 0;
    QString filesKey; ///< the files as they were listed: text read from others is not written
};

} // namespace gw
