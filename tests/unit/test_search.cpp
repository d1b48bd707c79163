// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — search: exact for one, two and more characters against a brute-force scan on
// either engine, the asker's clearance inside the query, the ranking, and the index following the records.
#include <catch2/catch.hpp>

#include "ChainOffice.h"
#include "HiddenItemOffice.h"
#include "storage/SearchIndex.h"
#include "services/SearchService.h"
#include "domain/SearchText.h"
#include "storage/Database.h"
#include "RunGongwen.h"
#include "TestDb.h"

#include <QDateTime>
#include <QSet>

#include <random>

using namespace gw;
using namespace gw::test;

namespace {

SearchScope everything(Clearance c)
{
    SearchScope s;
    s.clearance = c;
    s.kinds = allSearchKinds();
    s.everyMatter = true;
    return s;
}

using Found = QSet<QPair<int, qint64>>;

/// An index of its own on a new database, and an incoming document `refId` titled `title` to put in it.
struct IndexOnly
{
    TestDb t;
    std::unique_ptr<Database> db = Database::open(t.url()).value();
    SearchIndex index{*db};

    static SearchDoc incoming(qint64 refId, const QString &title)
    {
        SearchDoc d;
        d.kind = SearchKind::Incoming;
        d.refId = refId;
        d.title = title;
        return d;
    }

    /// How many documents the index finds for `q`, everything visible.
    qint64 total(const QString &q) const;
};

Found hitsOf(const QList<SearchGroup> &groups, qint64 *total = nullptr)
{
    Found out;
    qint64 sum = 0;
    for (const SearchGroup &g : groups) {
        sum += g.total;
        for (const SearchHit &h : g.hits)
            out.insert({int(h.kind), h.refId});
    }
    if (total)
        *total = sum;
    return out;
}

qint64 IndexOnly::total(const QString &q) const
{
    SearchRequest r;
    r.text = q;
    qint64 n = 0;
    hitsOf(index.search(everything(Clearance::None), r).value(), &n);
    return n;
}

bool fieldHolds(const QString &field, const QString &q)
{
    for (const QString &part : field.split(SearchDoc::kPart, Qt::SkipEmptyParts))
        if (searchtext::folded(part).contains(q))
            return true;
    return false;
}

/// A corpus over a small alphabet, so that short queries match many documents and long ones some.
QList<SearchDoc> corpus(std::mt19937 &rng, int n)
{
    const QStringList alphabet{QStringLiteral("防"), QStringLiteral("汛"), QStringLiteral("征"), QStringLiteral("地"),
                               QStringLiteral("税"), QStringLiteral("局"), QStringLiteral("区"), QStringLiteral("政"),
                               QStringLiteral("发"), QStringLiteral("2"),  QStringLiteral("0"),  QStringLiteral("a"),
                               QStringLiteral("B"),  QStringLiteral("Ｃ"), QStringLiteral("６"), QStringLiteral("〔"),
                               QStringLiteral("〕"), QStringLiteral(" "),  QStringLiteral("⼈")};
    const auto word = [&](int lo, int hi) {
        QString s;
        const int len = std::uniform_int_distribution<int>(lo, hi)(rng);
        for (int i = 0; i < len; ++i)
            s += alphabet.at(std::uniform_int_distribution<int>(0, int(alphabet.size()) - 1)(rng));
        return s;
    };
    QList<SearchDoc> out;
    for (int i = 1; i <= n; ++i) {
        SearchDoc d;
        d.kind = SearchKind(i % 4);
        d.refId = i;
        d.secrecy = Clearance(std::uniform_int_distribution<int>(0, 3)(rng));
        d.number = word(3, 8) + (i % 5 == 0 ? SearchDoc::kPart + word(2, 4) : QString());
        d.title = word(4, 20);
        d.party = word(2, 6);
        d.body = i % 3 == 0 ? word(40, 160) : QString();
        d.year = 2020 + i % 7;
        d.day = QStringLiteral("%1-03-02").arg(d.year);
        out << d;
    }
    return out;
}

} // namespace

TEST_CASE("search exactness: one-, two- and longer queries, Latin, digits, full and half width, against a "
          "brute-force scan — no miss, no extra",
          "[search][storage]")
{
    TestDb t;
    auto db = Database::open(t.url()).value();
    const SearchIndex index(*db);
    std::mt19937 rng(20261130);
    const QList<SearchDoc> docs = corpus(rng, 400);
    {
        WriteTransaction tx(*db);
        for (const SearchDoc &d : docs)
            REQUIRE(index.put(d).ok());
        REQUIRE(tx.commit().ok());
    }
    QStringList queries{QStringLiteral("防"), QStringLiteral("税"), QStringLiteral("a"),  QStringLiteral("Ｂ"),
                        QStringLiteral("c"),  QStringLiteral("6"),  QStringLiteral("人"), QStringLiteral("防汛"),
                        QStringLiteral("2０"), QStringLiteral("ab"), QStringLiteral("〔20"), QStringLiteral("汛征地"),
                        QStringLiteral("人民"), QStringLiteral("无此")};
    // Stretches of the documents themselves, of two to six characters, and strings made up.
    for (int i = 0; i < 40; ++i) {
        const SearchDoc &d = docs.at(std::uniform_int_distribution<int>(0, int(docs.size()) - 1)(rng));
        const QString f = searchtext::folded(i % 2 ? d.title : d.body.value_or(d.party));
        if (f.size() < 2)
            continue;
        const int len = std::uniform_int_distribution<int>(2, std::min(6, int(f.size())))(rng);
        queries << f.mid(std::uniform_int_distribution<int>(0, int(f.size()) - len)(rng), len);
    }
    for (Clearance c : {Clearance::None, Clearance::Secret, Clearance::TopSecret}) {
        for (const QString &q : queries) {
            const QString fq = searchtext::folded(q);
            Found expected;
            QHash<int, qint64> perKind;
            for (const SearchDoc &d : docs) {
                if (int(d.secrecy) > int(c))
                    continue;
                if (fieldHolds(d.number, fq) || fieldHolds(d.title, fq) || fieldHolds(d.party, fq) ||
                    fieldHolds(d.body.value_or(QString()), fq)) {
                    expected.insert({int(d.kind), d.refId});
                    ++perKind[int(d.kind)];
                }
            }
            SearchRequest r;
            r.text = q;
            r.perKind = 1000;
            auto got = index.search(everything(c), r);
            REQUIRE(got.ok());
            qint64 total = 0;
            INFO("query " << q.toStdString() << " at clearance " << int(c));
            CHECK(hitsOf(got.value(), &total) == expected);
            CHECK(total == expected.size());
            for (const SearchGroup &g : got.value()) {
                CHECK(g.total == perKind.value(int(g.kind)));
                // Ranked: never a later field before an earlier one.
                for (int i = 1; i < g.hits.size(); ++i)
                    CHECK(int(g.hits.at(i - 1).tier) <= int(g.hits.at(i).tier));
            }
        }
    }
}

TEST_CASE("search ranking: the whole 文号 first, then 文号, title, sender, text, and newest first within each",
          "[search][storage]")
{
    TestDb t;
    auto db = Database::open(t.url()).value();
    const SearchIndex index(*db);
    const auto doc = [](qint64 id, const QString &number, const QString &title, const QString &body) {
        SearchDoc d;
        d.kind = SearchKind::Incoming;
        d.refId = id;
        d.number = number;
        d.title = title;
        d.party = QStringLiteral("区财政局");
        d.body = body;
        return d;
    };
    REQUIRE(index.put(doc(1, QString(), QStringLiteral("关于转发测政发〔2026〕5号文件的通知"), QString())).ok());
    REQUIRE(index.put(doc(2, QString(), QStringLiteral("通知"), QStringLiteral("根据测政发〔2026〕5号要求"))).ok());
    REQUIRE(index.put(doc(3, QStringLiteral("测政发〔2026〕51号"), QStringLiteral("通知"), QString())).ok());
    REQUIRE(index.put(doc(4, QStringLiteral("测政发〔2026〕5号"), QStringLiteral("通知"), QString())).ok());
    REQUIRE(index.put(doc(5, QStringLiteral("测政发〔2026〕52号"), QStringLiteral("通知"), QString())).ok());
    SearchRequest r;
    r.text = QStringLiteral("测政发[2026]5号");
    auto got = index.search(everything(Clearance::None), r);
    REQUIRE(got.ok());
    REQUIRE(got.value().size() == 1);
    QList<qint64> order;
    for (const SearchHit &h : got.value().first().hits)
        order << h.refId;
    CHECK(order == QList<qint64>{4, 1, 2});
    CHECK(got.value().first().hits.first().tier == SearchTier::ExactNumber);
    CHECK(got.value().first().hits.last().tier == SearchTier::Body);
    CHECK(got.value().first().hits.last().excerpt.contains(QStringLiteral("测政发〔2026〕5号")));
    // Half a 文号: every number holding it, the newest first, then the title.
    r.text = QStringLiteral("政发〔2026〕5");
    got = index.search(everything(Clearance::None), r);
    order.clear();
    for (const SearchHit &h : got.value().first().hits)
        order << h.refId;
    CHECK(order == QList<qint64>{5, 4, 3, 1, 2});
    // The next page.
    r.offset = 3;
    r.perKind = 10;
    got = index.search(everything(Clearance::None), r);
    CHECK(got.value().first().total == 5);
    REQUIRE(got.value().first().hits.size() == 2);
    CHECK(got.value().first().hits.first().refId == 1);
}

TEST_CASE("search clearance inside the query: a user cleared 无 never gets a hidden item's title, id or count",
          "[search][storage]")
{
    HiddenItemOffice o;
    auto &search = o.ws->search();
    SearchRequest r;
    r.text = QStringLiteral("征地");
    auto plain = search.search(o.plain, r);
    REQUIRE(plain.ok());
    CHECK(plain.value().isEmpty()); // no group, no count
    r.text = QStringLiteral("云资发〔2026〕7号");
    CHECK(search.search(o.plain, r).value().isEmpty());
    CHECK(search.search(o.confidential, r).value().isEmpty());
    auto cleared = search.search(o.cleared, r);
    REQUIRE(cleared.ok());
    REQUIRE(cleared.value().size() == 1);
    CHECK(cleared.value().first().total == 1);
    CHECK(cleared.value().first().hits.first().refId == o.hidden.id);
    CHECK(cleared.value().first().hits.first().tier == SearchTier::ExactNumber);
    // Nothing to look for: nothing found.
    r.text = QStringLiteral("〔〕，。 ");
    CHECK(search.search(o.cleared, r).value().isEmpty());
}

TEST_CASE("search follows the records: an edit, a secrecy raised above the reader, and a rebuild after a "
          "change made outside the program",
          "[search][storage]")
{
    ChainOffice o;
    const Principal reader = o.addUser(QStringLiteral("reader"), {Role::Drafter}, Clearance::None);
    DraftFields f = o.fields(Issuer::DistrictOffice, false);
    f.title = QStringLiteral("关于做好防汛工作的通知");
    Draft d = o.create(f);
    auto &search = o.ws->search();
    const auto finds = [&](const Principal &who, const QString &text) {
        SearchRequest r;
        r.text = text;
        auto got = search.search(who, r);
        REQUIRE(got.ok());
        return hitsOf(got.value()).contains({int(SearchKind::Draft), d.id});
    };
    CHECK(finds(reader, QStringLiteral("防汛")));
    CHECK(finds(reader, QStringLiteral("总体要求"))); // the body
    d.fields.title = QStringLiteral("关于做好抗旱工作的通知");
    d = o.drafting().updateFields(o.drafter, d).value();
    CHECK_FALSE(finds(reader, QStringLiteral("防汛")));
    CHECK(finds(reader, QStringLiteral("抗旱")));
    d.fields.secrecy = Clearance::Confidential;
    d.fields.secrecyPeriod = QStringLiteral("1年");
    d = o.drafting().updateFields(o.drafter, d).value();
    CHECK_FALSE(finds(reader, QStringLiteral("抗旱")));
    CHECK(finds(o.drafter, QStringLiteral("抗旱")));
    // Changed behind the program's back: the index is rebuilt from the records.
    o.raw(QStringLiteral("UPDATE drafts SET title = '关于做好森林防火工作的通知' WHERE id = %1").arg(d.id));
    CHECK_FALSE(finds(o.drafter, QStringLiteral("防火")));
    // While another workstation builds it, this one leaves the index as it is.
    o.raw(QStringLiteral("INSERT INTO meta (key, value) VALUES ('search_rebuild', 'other-pc/1|%1')")
              .arg(SearchIndex(o.ws->database()).sharedNowMs(o.ws->sharedClock()->nowMs()).value()));
    auto busy = search.rebuildByProgram();
    REQUIRE_FALSE(busy.ok());
    CHECK(busy.error().code == ErrorCode::Conflict);
    CHECK(busy.error().message.contains(QStringLiteral("other-pc")));
    CHECK(finds(o.drafter, QStringLiteral("抗旱")));
    o.raw(QStringLiteral("DELETE FROM meta WHERE key = 'search_rebuild'"));
    qint64 steps = 0;
    REQUIRE(search.rebuildByProgram([&steps](qint64, qint64) { return ++steps > 0; }).ok());
    CHECK(steps > 0);
    CHECK(search.isCurrent().value());
    CHECK(finds(o.drafter, QStringLiteral("防火")));
    CHECK_FALSE(finds(o.drafter, QStringLiteral("抗旱")));
}

TEST_CASE("gongwen reindex and gongwen search: built with progress, the hits an account may see printed one "
          "per line, a wrong password refused",
          "[search][storage]")
{
    HiddenItemOffice o;
    const QString db = o.db.url().displayString();
    const Run built = gongwen({QStringLiteral("reindex"), QStringLiteral("--database"), db, QStringLiteral("--lang"),
                               QStringLiteral("en")});
    INFO(built.err.toStdString());
    REQUIRE(built.code == 0);
    CHECK(built.out.startsWith(QStringLiteral("Search index built: 1 documents")));
    CHECK(built.err.contains(QStringLiteral("Indexed 1 of 1 records")));
    const QStringList ask{QStringLiteral("search"), QStringLiteral("--database"), db, QStringLiteral("--user"),
                          QStringLiteral("secretclerk"), QStringLiteral("征地"), QStringLiteral("--lang"),
                          QStringLiteral("en")};
    const Run found = gongwen(ask, kPassword.toUtf8() + "\n");
    INFO(found.err.toStdString());
    REQUIRE(found.code == 0);
    CHECK(found.out == QStringLiteral("incoming\t云资发〔2026〕7号 %1\t关于调整征地补偿标准的请示\t%2\n")
                           .arg(o.hidden.receiptNumber(), QDateTime::fromMSecsSinceEpoch(o.hidden.receivedAtMs)
                                                               .date()
                                                               .toString(Qt::ISODate)));
    CHECK(found.err.contains(QStringLiteral("1 document found")));
    // The clerk cleared 无: nothing, not even a count.
    QStringList plain = ask;
    plain[4] = QStringLiteral("clerk");
    const Run none = gongwen(plain, kPassword.toUtf8() + "\n");
    CHECK(none.code == 0);
    CHECK(none.out.isEmpty());
    CHECK(none.err.contains(QStringLiteral("0 documents found")));
    const Run wrong = gongwen(ask, "not-the-password\n");
    CHECK(wrong.code == 2);
    CHECK(wrong.out.isEmpty());
}

TEST_CASE("search text limit: a text's first 50,000 characters are indexed, to the last one, and no further",
          "[search][storage]")
{
    IndexOnly o;
    const SearchIndex &index = o.index;
    SearchDoc d = IndexOnly::incoming(1, QStringLiteral("关于调整征收标准的通知"));
    d.body = QString(SearchDoc::kBodyLimit - 2, QChar(u'甲')) + QStringLiteral("防汛") + QStringLiteral("补偿");
    REQUIRE(index.put(d).ok());
    CHECK(o.total(QStringLiteral("防汛")) == 1); // its last two characters
    CHECK(o.total(QStringLiteral("汛补")) == 0);
    CHECK(o.total(QStringLiteral("补偿")) == 0);
    CHECK(o.total(QStringLiteral("甲甲防")) == 1);
}

TEST_CASE("search text from files: read once, kept through later edits, read again when files come to a record "
          "that had none",
          "[search][storage]")
{
    IndexOnly o;
    const SearchIndex &index = o.index;
    SearchDoc d = IndexOnly::incoming(7, QStringLiteral("关于报送统计数据的通知"));
    REQUIRE(index.put(d).ok()); // no files yet
    CHECK(index.pendingCount().value() == 0);
    d.bodyFromFiles = true; // a PDF attached later
    d.filesKey = QStringLiteral("aa11");
    REQUIRE(index.put(d).ok());
    auto waiting = index.pending(10).value();
    REQUIRE(waiting.size() == 1);
    // Text read for a document number that now holds another record is not written.
    PendingText other = waiting.first();
    other.refId = 8;
    REQUIRE(index.setBody(other, QStringLiteral("机密正文"), true).ok());
    CHECK(index.pendingCount().value() == 1);
    REQUIRE(index.setBody(waiting.first(), QStringLiteral("请于月底前报送年度统计数据"), true).ok());
    CHECK(index.pendingCount().value() == 0);
    d.title = QStringLiteral("关于报送年度统计数据的通知"); // an edit keeps the text read
    REQUIRE(index.put(d).ok());
    CHECK(index.pendingCount().value() == 0);
    SearchRequest r;
    r.text = QStringLiteral("月底");
    CHECK(hitsOf(index.search(everything(Clearance::None), r).value()).size() == 1);
}

TEST_CASE("search text from files: read again when a file is added, dropped when one is taken away, and text "
          "read from files since replaced is not written",
          "[search][storage]")
{
    IndexOnly o;
    const SearchIndex &index = o.index;
    SearchDoc d = IndexOnly::incoming(3, QStringLiteral("关于报送统计数据的通知"));
    d.bodyFromFiles = true;
    d.filesKey = QStringLiteral("aa11");
    REQUIRE(index.put(d).ok());
    const PendingText first = index.pending(10).value().value(0);
    CHECK(first.filesKey == QStringLiteral("aa11"));
    REQUIRE(index.setBody(first, QStringLiteral("请于月底前报送"), true).ok());
    REQUIRE(o.total(QStringLiteral("月底")) == 1);
    CHECK(index.put(d).ok()); // the same files: nothing to read
    CHECK(index.pendingCount().value() == 0);

    d.filesKey = QStringLiteral("aa11,bb22"); // a second file
    REQUIRE(index.put(d).ok());
    CHECK(index.pendingCount().value() == 1);
    CHECK(o.total(QStringLiteral("月底")) == 1); // the first file's text is still the record's
    // Text read from the files as they were before is not written over the new list.
    REQUIRE(index.setBody(first, QStringLiteral("旧的正文"), true).ok());
    CHECK(o.total(QStringLiteral("旧的")) == 0);
    CHECK(index.pendingCount().value() == 1);
    const PendingText second = index.pending(10).value().value(0);
    CHECK(second.filesKey == QStringLiteral("aa11,bb22"));
    REQUIRE(index.setBody(second, QStringLiteral("请于月底前报送\n附件二：统计表"), true).ok());
    CHECK(index.pendingCount().value() == 0);
    CHECK(o.total(QStringLiteral("统计表")) == 1);

    d.filesKey = QStringLiteral("bb22"); // the first taken away: what was read from it goes at once
    REQUIRE(index.put(d).ok());
    CHECK(o.total(QStringLiteral("月底")) == 0);
    CHECK(o.total(QStringLiteral("统计表")) == 0);
    CHECK(index.pendingCount().value() == 1);

    d.filesKey.clear(); // none left: nothing to read
    d.bodyFromFiles = false;
    REQUIRE(index.put(d).ok());
    CHECK(index.pendingCount().value() == 0);
    CHECK(o.total(QStringLiteral("统计")) == 1); // the title
}

TEST_CASE("search index building: one workstation at a time, a claim not renewed or stamped far ahead is taken over",
          "[search][storage]")
{
    IndexOnly o;
    const SearchIndex &index = o.index;
    constexpr qint64 stale = 600000;
    REQUIRE(index.claimRebuild(QStringLiteral("甲/1"), 1000, stale).value().isEmpty());
    CHECK(index.claimRebuild(QStringLiteral("甲/1"), 2000, stale).value().isEmpty()); // renewed
    CHECK(index.claimRebuild(QStringLiteral("乙/2"), 2000 + stale - 1, stale).value() == QStringLiteral("甲/1"));
    REQUIRE(index.releaseRebuild(QStringLiteral("乙/2")).ok()); // not its claim: nothing happens
    CHECK(index.claimRebuild(QStringLiteral("乙/2"), 2000 + stale - 1, stale).value() == QStringLiteral("甲/1"));
    CHECK(index.claimRebuild(QStringLiteral("乙/2"), 2000 + stale, stale).value().isEmpty()); // lapsed
    REQUIRE(index.releaseRebuild(QStringLiteral("乙/2")).ok());
    // A claim stamped by a clock running ahead: held up to the same span, then lapsed.
    REQUIRE(index.claimRebuild(QStringLiteral("丙/3"), 5000 + stale, stale).value().isEmpty());
    CHECK(index.claimRebuild(QStringLiteral("乙/2"), 5001, stale).value() == QStringLiteral("丙/3"));
    CHECK(index.claimRebuild(QStringLiteral("乙/2"), 5000, stale).value().isEmpty());
    CHECK(index.claimRebuild(QStringLiteral("甲/1"), 2000 + stale, stale).value() == QStringLiteral("乙/2"));
    REQUIRE(index.releaseRebuild(QStringLiteral("乙/2")).ok());
    CHECK(index.claimRebuild(QStringLiteral("甲/1"), 2000 + stale, stale).value().isEmpty());
}
