// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — one search over everything an account may see, and keeping its index built.
#pragma once

#include "domain/SearchDoc.h"
#include "storage/SearchIndex.h"
#include "services/ServiceContext.h"

#include <QObject>

#include <functional>

namespace gw {

/// Reads the text of a PDF file (through the sandboxed worker, in the program and the command line).
using PdfTextReader = std::function<Result<QString>(const QByteArray &pdf)>;
/// Progress: `done` of `total`; returns false to stop.
using SearchProgress = std::function<bool(qint64 done, qint64 total)>;

class SearchService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchService)
public:
    SearchService(const ServiceContext &ctx, QObject *parent = nullptr) : QObject(parent), m_ctx(ctx) {}

    /// What `who` may find: every kind within their clearance; archived 件 for the archive's keepers;
    /// supervision matters as the 督查 pages show them (the hotline desk its calls, a leader their own).
    static SearchScope scopeOf(const Principal &who);

    /// The query in every kind the account may see: totals and ranked hits, the account's clearance
    /// applied inside the query. A query with no letter or digit finds nothing.
    Result<QList<SearchGroup>> search(const Actor &actor, const SearchRequest &request) const;

    /// Whether the index is built for the records as they are.
    Result<bool> isCurrent() const;
    /// Builds the index again from the records, as the program (gongwen reindex, or the workstation
    /// after an upgrade); text from PDF files is read afterwards (readTexts). One workstation builds at a
    /// time: ErrorCode::Conflict, naming it, while another does.
    Status rebuildByProgram(const SearchProgress &going = {});
    /// How many documents still wait for their text to be read from their files.
    Result<qint64> pendingTexts() const;
    /// Reads the text of every waiting document with `reader`, each in its own short transaction;
    /// `going` hears the count after each and may stop. Returns how many were read.
    Result<qint64> readTextsByProgram(const PdfTextReader &reader, const SearchProgress &going = {});
    Result<SearchIndexSize> size() const;

Q_SIGNALS:
    void indexChanged();

private:
    ServiceContext m_ctx;
};

} // namespace gw
