// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the search index on SQLite (FTS5) and PostgreSQL (GIN over a tsvector).
#include "storage/SearchIndex.h"

#include "domain/SearchText.h"
#include "storage/Database.h"

#include <QSet>
#include <QSqlQuery>

namespace gw {
namespace {
using searchtext::Field;

/// A document as stored: its number in the index, its fields and text, and whether the text is read yet.
struct Row
{
    qint64 id = 0;
    SearchDoc doc;
    int state = 0; ///< 0: complete, 1: text to be read from the files, 2: the files could not be read
};

QString foldedParts(const QString &field)
{
    QStringList parts;
    for (const QString &p : field.split(SearchDoc::kPart, Qt::SkipEmptyParts))
        parts << searchtext::folded(p);
    return parts.join(QLatin1Char(' '));
}

QString tokensOf(const SearchDoc &d)
{
    QString out;
    const auto add = [&out](Field f, const QString &field) {
        for (const QString &p : field.split(SearchDoc::kPart, Qt::SkipEmptyParts))
            searchtext::appendTokens(out, f, searchtext::folded(p));
    };
    add(Field::Number, d.number);
    add(Field::Title, d.title);
    add(Field::Party, d.party);
    add(Field::Body, d.body.value_or(QString()));
    return out;
}

QString numberKey(const QString &number)
{
    return searchtext::folded(number.section(SearchDoc::kPart, 0, 0));
}

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

class Engine
{
public:
    Engine(const Database &db) : db(db), sqlite(db.backend() == Backend::Sqlite) {}
    const Database &db;
    const bool sqlite;

    Result<std::optional<Row>> load(const QString &where, const QVariantList &binds) const
    {
        auto q = db.run(QStringLiteral("SELECT id, kind, ref_id, secrecy_rank, sub_kind, owner_id, year, unit_id, day, "
                                       "number, title, party, body_state, files_key FROM search_docs WHERE ") +
                            where,
                        binds);
        if (!q)
            return q.error();
        if (!q.value().next())
            return std::optional<Row>();
        Row r;
        const QSqlQuery &s = q.value();
        r.id = s.value(0).toLongLong();
        r.doc.kind = SearchKind(s.value(1).toInt());
        r.doc.refId = s.value(2).toLongLong();
        r.doc.secrecy = Clearance(s.value(3).toInt());
        r.doc.subKind = s.value(4).toString();
        r.doc.ownerId = s.value(5).toLongLong();
        r.doc.year = s.value(6).toInt();
        r.doc.unitId = s.value(7).toLongLong();
        r.doc.day = s.value(8).toString();
        r.doc.number = s.value(9).toString();
        r.doc.title = s.value(10).toString();
        r.doc.party = s.value(11).toString();
        r.state = s.value(12).toInt();
        r.doc.filesKey = s.value(13).toString();
        auto b = db.run(QStringLiteral("SELECT body FROM search_bodies WHERE doc_id = ?"), {r.id});
        if (!b)
            return b.error();
        r.doc.body = b.value().next() ? b.value().value(0).toString() : QString();
        return std::optional<Row>(r);
    }

    /// Takes the row's tokens out of the FTS5 index (PostgreSQL keeps them in the row itself).
    Status unindex(const Row &r) const
    {
        if (!sqlite)
            return {};
        return db.exec(QStringLiteral("INSERT INTO search_fts (search_fts, rowid, g) VALUES ('delete', ?, ?)"),
                       {searchrow::of(r.doc.kind, r.id, r.doc.secrecy), tokensOf(r.doc)});
    }

    Status write(const Row &r, bool isNew) const
    {
        const QString tokens = tokensOf(r.doc);
        const QString body = r.doc.body.value_or(QString());
        QVariantList v{int(r.doc.kind),
                       r.doc.refId,
                       int(r.doc.secrecy),
                       text(r.doc.subKind),
                       r.doc.ownerId,
                       r.doc.year,
                       r.doc.unitId,
                       text(r.doc.day),
                       text(r.doc.number),
                       text(r.doc.title),
                       text(r.doc.party),
                       numberKey(r.doc.number),
                       r.state,
                       sqlite ? QString() : searchtext::distinctTokens(tokens),
                       sqlite ? QString() : foldedParts(r.doc.number),
                       sqlite ? QString() : foldedParts(r.doc.title),
                       sqlite ? QString() : foldedParts(r.doc.party),
                       text(r.doc.filesKey),
                       r.id};
        for (QVariant &x : v)
            if (x.typeId() == QMetaType::QString && x.toString().isNull())
                x = QStringLiteral("");
        const QString grams = sqlite ? QStringLiteral("?") : QStringLiteral("CAST(? AS tsvector)");
        const QString sql =
            isNew ? QStringLiteral("INSERT INTO search_docs (kind, ref_id, secrecy_rank, sub_kind, owner_id, year, unit_id, "
                                   "day, number, title, party, number_key, body_state, grams, number_norm, title_norm, "
                                   "party_norm, files_key, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %1, ?, ?, ?, ?, ?)")
                        .arg(grams)
                  : QStringLiteral("UPDATE search_docs SET kind = ?, ref_id = ?, secrecy_rank = ?, sub_kind = ?, owner_id = "
                                   "?, year = ?, unit_id = ?, day = ?, number = ?, title = ?, party = ?, number_key = ?, "
                                   "body_state = ?, grams = %1, number_norm = ?, title_norm = ?, party_norm = ?, files_key = ? WHERE id = ?")
                        .arg(grams);
        if (auto st = db.exec(sql, v); !st)
            return st;
        if (!isNew)
            if (auto st = db.exec(QStringLiteral("DELETE FROM search_bodies WHERE doc_id = ?"), {r.id}); !st)
                return st;
        if (!body.isEmpty())
            if (auto st = db.exec(QStringLiteral("INSERT INTO search_bodies (doc_id, body, body_norm) VALUES (?, ?, ?)"),
                                  {r.id, body, sqlite ? QStringLiteral("") : foldedParts(body)});
                !st)
                return st;
        if (!sqlite)
            return {};
        return db.exec(QStringLiteral("INSERT INTO search_fts (rowid, g) VALUES (?, ?)"),
                       {searchrow::of(r.doc.kind, r.id, r.doc.secrecy), tokens});
    }

    Status replace(const std::optional<Row> &old, Row r) const
    {
        if (old) {
            r.id = old->id;
            if (auto st = unindex(*old); !st)
                return st;
            return write(r, false);
        }
        auto next = db.run(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM search_docs"));
        if (!next)
            return next.error();
        next.value().next();
        r.id = next.value().value(0).toLongLong();
        return write(r, true);
    }
};

bool sameDoc(const Row &a, const Row &b)
{
    const SearchDoc &x = a.doc;
    const SearchDoc &y = b.doc;
    return a.state == b.state && x.secrecy == y.secrecy && x.subKind == y.subKind && x.ownerId == y.ownerId &&
           x.year == y.year && x.unitId == y.unitId && x.day == y.day && x.number == y.number && x.title == y.title &&
           x.party == y.party && x.filesKey == y.filesKey && x.body.value_or(QString()) == y.body.value_or(QString());
}

} // namespace

Status SearchIndex::put(const SearchDoc &doc) const
{
    const Engine e(m_db);
    auto old = e.load(QStringLiteral("kind = ? AND ref_id = ?"), {int(doc.kind), doc.refId});
    if (!old)
        return old.error();
    Row r;
    r.doc = doc;
    if (doc.body) {
        r.doc.body = SearchDoc::indexedBody(*doc.body);
        r.state = 0;
    } else if (old.value()) {
        const Row &was = *old.value();
        r.doc.body = was.doc.body;
        r.state = was.state;
        if (doc.filesKey != was.doc.filesKey) {
            // Other files: their text is read again. Until then the text read before stays only when
            // the files were added to (it is still the record's), and goes when one was taken away.
            r.state = doc.bodyFromFiles ? 1 : 0;
            if (!doc.filesKey.startsWith(was.doc.filesKey))
                r.doc.body = QString();
        }
    } else {
        r.doc.body = QString();
        r.state = doc.bodyFromFiles ? 1 : 0;
    }
    if (old.value() && sameDoc(*old.value(), r))
        return {};
    return e.replace(old.value(), r);
}

Status SearchIndex::remove(SearchKind kind, qint64 refId) const
{
    const Engine e(m_db);
    auto old = e.load(QStringLiteral("kind = ? AND ref_id = ?"), {int(kind), refId});
    if (!old)
        return old.error();
    if (!old.value())
        return {};
    if (auto st = e.unindex(*old.value()); !st)
        return st;
    if (auto st = m_db.exec(QStringLiteral("DELETE FROM search_bodies WHERE doc_id = ?"), {old.value()->id}); !st)
        return st;
    return m_db.exec(QStringLiteral("DELETE FROM search_docs WHERE id = ?"), {old.value()->id});
}

Status SearchIndex::clear() const
{
    if (m_db.backend() == Backend::Sqlite)
        if (auto st = m_db.exec(QStringLiteral("INSERT INTO search_fts (search_fts) VALUES ('delete-all')")); !st)
            return st;
    if (auto st = m_db.exec(QStringLiteral("DELETE FROM search_bodies")); !st)
        return st;
    return m_db.exec(QStringLiteral("DELETE FROM search_docs"));
}

Result<QList<PendingText>> SearchIndex::pending(int limit) const
{
    auto q = m_db.run(QStringLiteral("SELECT id, kind, ref_id, files_key FROM search_docs WHERE body_state = 1 ORDER BY id LIMIT ?"),
                      {limit});
    if (!q)
        return q.error();
    QList<PendingText> out;
    while (q.value().next())
        out.append({q.value().value(0).toLongLong(), SearchKind(q.value().value(1).toInt()),
                    q.value().value(2).toLongLong(), q.value().value(3).toString()});
    return out;
}

Result<qint64> SearchIndex::pendingCount() const
{
    auto q = m_db.run(QStringLiteral("SELECT COUNT(*) FROM search_docs WHERE body_state = 1"));
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toLongLong();
}

Status SearchIndex::setBody(const PendingText &doc, const QString &body, bool readable) const
{
    const Engine e(m_db);
    auto old = e.load(QStringLiteral("id = ? AND kind = ? AND ref_id = ? AND files_key = ?"),
                      {doc.docId, int(doc.kind), doc.refId, text(doc.filesKey)});
    if (!old)
        return old.error();
    if (!old.value())
        return {}; // the document left the index, or its files changed, meanwhile
    Row r = *old.value();
    r.doc.body = SearchDoc::indexedBody(body);
    r.state = readable ? 0 : 2;
    if (auto st = e.unindex(*old.value()); !st)
        return st;
    return e.write(r, false);
}

QString SearchIndex::foldingKey()
{
    return QStringLiteral("1/%1").arg(QString::fromLatin1(qVersion()));
}

namespace {
Result<QString> metaValue(const Database &db, const char *key)
{
    auto q = db.run(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {QString::fromLatin1(key)});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toString() : QString();
}

Status setMeta(const Database &db, const char *key, const QString &value)
{
    if (auto st = db.exec(QStringLiteral("DELETE FROM meta WHERE key = ?"), {QString::fromLatin1(key)}); !st)
        return st;
    return db.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"), {QString::fromLatin1(key), value});
}
} // namespace

Result<bool> SearchIndex::isCurrent() const
{
    auto state = metaValue(m_db, "search_index");
    if (!state)
        return state.error();
    auto folding = metaValue(m_db, "search_folding");
    if (!folding)
        return folding.error();
    return state.value() != QLatin1String("stale") && folding.value() == foldingKey();
}

Status SearchIndex::setCurrent(bool current) const
{
    if (auto st = setMeta(m_db, "search_index", current ? QStringLiteral("current") : QStringLiteral("stale")); !st)
        return st;
    return setMeta(m_db, "search_folding", current ? foldingKey() : QString());
}

Result<qint64> SearchIndex::sharedNowMs(qint64 localMs) const
{
    if (m_db.backend() == Backend::Sqlite)
        return localMs;
    auto q = m_db.run(QStringLiteral("SELECT CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)"));
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toLongLong();
}

Result<QString> SearchIndex::claimRebuild(const QString &who, qint64 nowMs, qint64 staleMs) const
{
    auto held = metaValue(m_db, "search_rebuild");
    if (!held)
        return held.error();
    const QString other = held.value().section(QLatin1Char('|'), 0, 0);
    const qint64 at = held.value().section(QLatin1Char('|'), 1, 1).toLongLong();
    // Renewed within `staleMs`; a stamp as far in the future is a clock gone wrong, and lapses too.
    if (!other.isEmpty() && other != who && nowMs - at < staleMs && at - nowMs < staleMs)
        return other;
    if (auto st = setMeta(m_db, "search_rebuild", who + QLatin1Char('|') + QString::number(nowMs)); !st)
        return st.error();
    return QString();
}

Status SearchIndex::releaseRebuild(const QString &who) const
{
    auto held = metaValue(m_db, "search_rebuild");
    if (!held)
        return held.error();
    if (held.value().section(QLatin1Char('|'), 0, 0) != who)
        return {};
    return m_db.exec(QStringLiteral("DELETE FROM meta WHERE key = 'search_rebuild'"));
}

Result<SearchIndexSize> SearchIndex::size() const
{
    SearchIndexSize out;
    const bool sqlite = m_db.backend() == Backend::Sqlite;
    const auto one = [this](const QString &sql) -> Result<qint64> {
        auto q = m_db.run(sql);
        if (!q)
            return q.error();
        q.value().next();
        return q.value().value(0).toLongLong();
    };
    const QString bytes = sqlite ? QStringLiteral("LENGTH(CAST(%1 AS BLOB))") : QStringLiteral("OCTET_LENGTH(%1)");
    const QList<QPair<qint64 *, QString>> figures{
        {&out.documents, QStringLiteral("SELECT COUNT(*) FROM search_docs")},
        {&out.withText, QStringLiteral("SELECT COUNT(*) FROM search_bodies")},
        {&out.textBytes,
         QStringLiteral("SELECT COALESCE(SUM(%1 + %2 + %3), 0) + (SELECT COALESCE(SUM(%4), 0) FROM search_bodies) FROM "
                        "search_docs")
             .arg(bytes.arg(QStringLiteral("number")), bytes.arg(QStringLiteral("title")),
                  bytes.arg(QStringLiteral("party")), bytes.arg(QStringLiteral("body")))},
        {&out.indexBytes,
         sqlite ? QStringLiteral("SELECT COALESCE(SUM(pgsize), 0) FROM dbstat WHERE name LIKE 'search_fts%'")
                : QStringLiteral("SELECT pg_relation_size('search_docs_grams') + (SELECT COALESCE(SUM(OCTET_LENGTH(number_norm) "
                                 "+ OCTET_LENGTH(title_norm) + OCTET_LENGTH(party_norm)), 0) FROM search_docs) + (SELECT "
                                 "COALESCE(SUM(OCTET_LENGTH(body_norm)), 0) FROM search_bodies)")},
    };
    for (const auto &[into, sql] : figures) {
        auto v = one(sql);
        if (!v)
            return v.error();
        *into = v.value();
    }
    return out;
}

} // namespace gw
