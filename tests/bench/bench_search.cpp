// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — benchmarks of search.
#include "bench_search.h"

#include "bench_need.h"

#include "services/AuthService.h"
#include "services/SearchService.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace gw::bench {
namespace {

[[noreturn]] void fail(const QString &what)
{
    stop("search", 24, what);
}

template <typename R> auto need(R r, const char *what)
{
    return needOr("search", 24, std::move(r), what);
}

void need(const Status &st, const char *what)
{
    if (!st)
        fail(QStringLiteral("%1: %2").arg(QLatin1String(what), st.error().message));
}

/// A body of about 2,000 characters in the register's own words.
QString bodyText(QRandomGenerator &rng)
{
    static const char *const sentences[] = {
        "各单位要高度重视，切实加强组织领导，确保各项工作落到实处。",
        "要严格落实防汛抗旱责任制，做好汛期值班值守和信息报送工作。",
        "对征地补偿标准执行情况开展专项检查，发现问题及时整改。",
        "区财政局要按时拨付义务教育经费，保障学校正常运转。",
        "各街道办事处要组织开展消防安全培训，提高群众自防自救能力。",
        "推进老旧小区改造，完善供水、供暖、供气等基础设施。",
        "规范政府采购行为，严禁化整为零规避公开招标。",
        "做好冬季供暖保障，确保困难群众温暖过冬。",
        "依法依规征收税款，不得擅自减免或者缓征。",
        "请于本月底前将落实情况书面报送区政府办公室。",
        "联系人：李明，电话：0871-6512345。",
        "二〇二六年三月二日",
    };
    QString out;
    out.reserve(2100);
    while (out.size() < 2000) {
        out += QString::fromUtf8(sentences[rng.bounded(int(std::size(sentences)))]);
        if (rng.bounded(6) == 0)
            out += QLatin1Char('\n');
    }
    return out;
}

double p95(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min(v.size() - 1, size_t(double(v.size()) * 0.95)));
}

} // namespace

QList<Figure> searchFigures(Workspace &ws, const QString &user, const QString &password, int bodies)
{
    SearchService &search = ws.search();
    QElapsedTimer t;
    t.start();
    need(search.rebuildByProgram(), "rebuild");
    const double buildS = t.elapsed() / 1000.0;
    const SearchIndexSize before = need(search.size(), "size");

    // Texts for the first `bodies` documents (a tenth at most), as if read from their PDF files.
    QRandomGenerator rng(20261130);
    QList<PendingText> ids;
    {
        const qint64 withText = std::min<qint64>(bodies, std::max<qint64>(1, before.documents / 10));
        auto q = need(ws.database().run(QStringLiteral("SELECT id, kind, ref_id, files_key FROM search_docs ORDER BY id LIMIT ?"),
                                        {withText}),
                      "ids");
        while (q.next())
            ids << PendingText{q.value(0).toLongLong(), SearchKind(q.value(1).toInt()), q.value(2).toLongLong(),
                               q.value(3).toString()};
    }
    const SearchIndex index(ws.database());
    t.restart();
    for (int from = 0; from < ids.size(); from += 1000) {
        WriteTransaction tx(ws.database());
        need(tx.status(), "begin");
        for (int i = from; i < std::min(int(ids.size()), from + 1000); ++i)
            need(index.setBody(ids.at(i), bodyText(rng), true), "body");
        need(tx.commit(), "commit");
    }
    const double textS = t.elapsed() / 1000.0;
    const SearchIndexSize size = need(search.size(), "size");

    const Principal clerk = need(ws.auth().login(user, password), "log-in");
    const QStringList longer{QStringLiteral("防汛抗旱"),     QStringLiteral("安全生产大检查"), QStringLiteral("义务教育经费"),
                             QStringLiteral("老旧小区改造"), QStringLiteral("征地补偿标准"),   QStringLiteral("政府采购"),
                             QStringLiteral("消防安全培训"), QStringLiteral("〔2016〕1"),      QStringLiteral("高度重视")};
    const QStringList shorter{QStringLiteral("税"),   QStringLiteral("汛"),   QStringLiteral("局"),
                              QStringLiteral("防汛"), QStringLiteral("征地"), QStringLiteral("供暖"),
                              QStringLiteral("采购"), QStringLiteral("消防")};
    const auto run = [&](const QStringList &queries, int rounds, std::vector<double> &ms) {
        for (int r = 0; r < rounds; ++r)
            for (const QString &q : queries) {
                SearchRequest req;
                req.text = q;
                QElapsedTimer one;
                one.start();
                need(search.search(clerk, req), "search");
                ms.push_back(one.nsecsElapsed() / 1e6);
            }
    };
    std::vector<double> longMs, shortMs;
    run(longer, 5, longMs);
    run(shorter, 5, shortMs);
    // The baseline: the same queries as LIKE scans of the same fields and texts, counted per kind.
    std::vector<double> likeMs, indexMs;
    for (const QString &q : longer + shorter) {
        QElapsedTimer one;
        one.start();
        const QString pattern = QLatin1Char('%') + q + QLatin1Char('%');
        auto scan = need(ws.database().run(
                             QStringLiteral("SELECT d.kind, COUNT(*) FROM search_docs d LEFT JOIN search_bodies b ON "
                                            "b.doc_id = d.id WHERE d.secrecy_rank <= ? AND (d.number LIKE ? OR d.title "
                                            "LIKE ? OR d.party LIKE ? OR b.body LIKE ?) GROUP BY d.kind"),
                             {int(clerk.clearance), pattern, pattern, pattern, pattern}),
                         "like");
        while (scan.next()) {
        }
        likeMs.push_back(one.nsecsElapsed() / 1e6);
        SearchRequest req;
        req.text = q;
        one.restart();
        need(search.search(clerk, req), "search");
        indexMs.push_back(one.nsecsElapsed() / 1e6);
    }
    const double like = median(likeMs);
    const double indexed = median(indexMs);
    return {
        {"search.documents", double(size.documents), "docs"},
        {"search.index_docs_per_s", double(before.documents) / std::max(buildS, 1e-6), "docs/s"},
        {"search.text_docs_per_s", double(ids.size()) / std::max(textS, 1e-6), "docs/s"},
        {"search.p95_ms_3plus", p95(longMs), "ms"},
        {"search.p95_ms_short", p95(shortMs), "ms"},
        {"search.median_ms", indexed, "ms"},
        {"search.like_median_ms", like, "ms"},
        {"search.speedup_vs_like", like / std::max(indexed, 1e-6), "ratio"},
        {"search.text_mb", double(size.textBytes) / 1e6, "MB"},
        {"search.index_mb", double(size.indexBytes) / 1e6, "MB"},
    };
}

} // namespace gw::bench
