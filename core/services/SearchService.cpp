// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — searching, and building the index.
#include "services/SearchService.h"

#include "Clock.h"
#include "services/SearchSources.h"
#include "security/Permissions.h"
#include "workflow/MatterFlow.h"

#include <QSysInfo>
#include <QUuid>

namespace gw {

SearchScope SearchService::scopeOf(const Principal &who)
{
    SearchScope s;
    s.clearance = who.clearance;
    s.kinds = {SearchKind::Draft, SearchKind::Incoming};
    if (Permissions::allows(who.roles, Action::ViewArchive))
        s.kinds << SearchKind::Archive;
    MatterFilter f;
    if (Permissions::allows(who.roles, Action::ViewSupervision) && MatterFlow::limitTo(who, f)) {
        s.kinds << SearchKind::Matter;
        s.everyMatter = f.kindsVisible.isEmpty() && f.onlyLeaderId == 0;
        for (MatterKind k : f.kindsVisible)
            s.matterKinds << matterKindCode(k);
        s.matterOwner = f.onlyLeaderId;
    }
    return s;
}

Result<QList<SearchGroup>> SearchService::search(const Actor &actor, const SearchRequest &request) const
{
    auto who = m_ctx.resolve(actor);
    if (!who)
        return who.error();
    if (request.text.size() > 200)
        return makeError(ErrorCode::Validation, tr("A search is at most 200 characters."));
    if (auto st = m_ctx.db.beginRead(); !st)
        return st.error();
    auto out = SearchIndex(m_ctx.db).search(scopeOf(who.value()), request);
    m_ctx.db.rollback();
    return out;
}

Result<bool> SearchService::isCurrent() const
{
    return SearchIndex(m_ctx.db).isCurrent();
}

namespace {
/// How long a building's claim holds without being renewed: each short batch renews it.
constexpr qint64 kClaimStaleMs = 10 * 60 * 1000;
} // namespace

Status SearchService::rebuildByProgram(const SearchProgress &going)
{
    const SearchIndex index(m_ctx.db);
    const QString who = QSysInfo::machineHostName() + QLatin1Char('/') +
                        QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    bool lost = false; // another workstation holds the claim: not this one's to give up
    // In a write transaction: the claim, and each batch with it renewed, so that no two workstations
    // build at once (each would empty what the other wrote).
    const auto claimed = [&]() -> Status {
        auto now = index.sharedNowMs(m_ctx.clock.nowMs());
        if (!now)
            return now.error();
        auto other = index.claimRebuild(who, now.value(), kClaimStaleMs);
        if (!other)
            return other.error();
        if (!other.value().isEmpty()) {
            lost = true;
            return makeError(ErrorCode::Conflict, tr("Another workstation (%1) is building the search index. Search "
                                                     "finds everything once it has finished.")
                                                      .arg(other.value().section(QLatin1Char('/'), 0, 0)));
        }
        return {};
    };
    const auto build = [&]() -> Status {
        {
            WriteTransaction tx(m_ctx.db);
            if (!tx.status())
                return tx.status();
            if (auto st = claimed(); !st)
                return st;
            if (auto st = index.clear(); !st)
                return st;
            if (auto st = index.setCurrent(false); !st)
                return st;
            if (auto st = tx.commit(); !st)
                return st;
        }
        // The records are listed after the index is emptied: one written meanwhile is indexed by its
        // own write, or listed here.
        QList<QPair<SearchKind, qint64>> all;
        for (SearchKind k : allSearchKinds()) {
            auto ids = searchsources::ids(m_ctx.db, k);
            if (!ids)
                return ids.error();
            for (qint64 id : ids.value())
                all.append({k, id});
        }
        // Short batches: other workstations' saves wait for the write lock only briefly.
        constexpr int kBatch = 100;
        for (int from = 0; from < all.size(); from += kBatch) {
            WriteTransaction tx(m_ctx.db);
            if (!tx.status())
                return tx.status();
            if (auto st = claimed(); !st)
                return st;
            for (int i = from; i < std::min(int(all.size()), from + kBatch); ++i) {
                auto doc = searchsources::docOf(m_ctx.db, all.at(i).first, all.at(i).second);
                if (!doc)
                    return doc.error();
                if (doc.value())
                    if (auto st = index.put(*doc.value()); !st)
                        return st;
            }
            if (auto st = tx.commit(); !st)
                return st;
            if (going && !going(std::min(qint64(all.size()), qint64(from + kBatch)), all.size()))
                return makeError(ErrorCode::Validation, tr("Building the search index was stopped; search finds "
                                                           "only what was indexed until then. Build it again to "
                                                           "finish."));
        }
        WriteTransaction tx(m_ctx.db);
        if (!tx.status())
            return tx.status();
        if (auto st = claimed(); !st)
            return st;
        if (auto st = index.setCurrent(true); !st)
            return st;
        if (auto st = index.releaseRebuild(who); !st)
            return st;
        return tx.commit();
    };
    const Status built = build();
    if (!built) {
        // Stopped, or failed (a lock held too long, a full disk): the claim is given up at once, so
        // that this workstation or another can build again without waiting for it to lapse.
        if (!lost) {
            WriteTransaction tx(m_ctx.db);
            if (tx.status() && index.releaseRebuild(who))
                (void)tx.commit(); // a claim left behind lapses by itself
        }
        return built;
    }
    Q_EMIT indexChanged();
    return {};
}

Result<qint64> SearchService::pendingTexts() const
{
    return SearchIndex(m_ctx.db).pendingCount();
}

Result<qint64> SearchService::readTextsByProgram(const PdfTextReader &reader, const SearchProgress &going)
{
    const SearchIndex index(m_ctx.db);
    auto total = index.pendingCount();
    if (!total)
        return total.error();
    qint64 done = 0;
    for (;;) {
        // A short list at a time: documents that come to wait meanwhile are read in the same run.
        auto waiting = index.pending(20);
        if (!waiting)
            return waiting.error();
        if (waiting.value().isEmpty())
            return done;
        for (const PendingText &p : waiting.value()) {
            auto files = searchsources::pdfFiles(m_ctx.db, p.kind, p.refId);
            if (!files)
                return files.error();
            QStringList texts;
            bool readable = true;
            for (const QByteArray &pdf : files.value()) {
                auto text = reader(pdf);
                if (!text) {
                    readable = false;
                    continue;
                }
                texts << text.value();
            }
            WriteTransaction tx(m_ctx.db);
            if (!tx.status())
                return tx.status().error();
            if (auto st = index.setBody(p, texts.join(QLatin1Char('\n')), readable || !texts.isEmpty()); !st)
                return st.error();
            if (auto st = tx.commit(); !st)
                return st.error();
            ++done;
            if (going && !going(done, std::max(total.value(), done))) {
                Q_EMIT indexChanged();
                return done;
            }
        }
        Q_EMIT indexChanged();
    }
}

Result<SearchIndexSize> SearchService::size() const
{
    return SearchIndex(m_ctx.db).size();
}

} // namespace gw
