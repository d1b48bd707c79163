// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — asking the search index: the totals per kind and the hits ranked, with the asker's
// clearance and what they may see inside the query.
#include "storage/SearchIndex.h"

#include "domain/SearchText.h"
#include "storage/Database.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace gw {
namespace {
using searchtext::Field;

using searchrow::kKindShift;
using searchrow::kSeqMask;

struct Sql
{
    QString text;
    QVariantList binds;
    Sql &operator<<(const QString &s)
    {
        text += s;
        return *this;
    }
    Sql &bind(const QVariant &v)
    {
        text += QLatin1Char('?');
        binds << v;
        return *this;
    }
    Sql &operator<<(const Sql &s)
    {
        text += s.text;
        binds += s.binds;
        return *this;
    }
};

QString kindList(const QList<SearchKind> &kinds)
{
    QStringList out;
    for (SearchKind k : kinds)
        out << QString::number(int(k));
    return out.join(QLatin1Char(','));
}

Field fieldOf(SearchTier t)
{
    switch (t) {
    case SearchTier::ExactNumber:
    case SearchTier::Number:
        return Field::Number;
    case SearchTier::Title:
        return Field::Title;
    case SearchTier::Party:
        return Field::Party;
    case SearchTier::Body:
        break;
    }
    return Field::Body;
}

/// How one engine finds the documents a folded query matches.
class Matcher
{
public:
    Matcher(const Database &db, const SearchScope &scope, const SearchRequest &request, QList<SearchKind> kinds,
            QString query)
        : m_db(db), m_sqlite(db.backend() == Backend::Sqlite), m_scope(scope), m_request(request),
          m_kinds(std::move(kinds)), m_query(std::move(query))
    {
    }

    /// Every visible match, counted per kind.
    Result<QHash<SearchKind, qint64>> totals() const
    {
        Sql s;
        if (m_sqlite) {
            QStringList any;
            for (Field f : searchtext::allFields())
                any << phrase(f);
            s << QStringLiteral("SELECT rowid >> %1, COUNT(*) FROM search_fts WHERE search_fts MATCH ")
                     .arg(kKindShift);
            s.bind(any.join(QStringLiteral(" OR "))) << ftsFilters() << QStringLiteral(" GROUP BY 1");
        } else {
            s << QStringLiteral("SELECT d.kind, COUNT(*) FROM search_docs d WHERE ") << docFilters()
              << QStringLiteral(" AND (");
            bool first = true;
            for (Field f : searchtext::allFields()) {
                if (!first)
                    s << QStringLiteral(" OR ");
                first = false;
                s << pgField(f);
            }
            s << QStringLiteral(") GROUP BY d.kind");
        }
        auto q = m_db.run(s.text, s.binds);
        if (!q)
            return q.error();
        QHash<SearchKind, qint64> out;
        while (q.value().next())
            out.insert(SearchKind(q.value().value(0).toInt()), q.value().value(1).toLongLong());
        return out;
    }

    /// The documents of `kind` matched in the tier's field, newest first, at most `limit`.
    Result<QList<qint64>> tier(SearchKind kind, SearchTier t, int limit) const
    {
        Sql s;
        if (t == SearchTier::ExactNumber) {
            s << QStringLiteral("SELECT d.id FROM search_docs d WHERE ") << docFilters()
              << QStringLiteral(" AND d.kind = %1 AND d.number_key = ").arg(int(kind));
            s.bind(m_query);
        } else if (m_sqlite) {
            const qint64 lo = qint64(kind) << kKindShift;
            s << QStringLiteral("SELECT rowid FROM search_fts WHERE search_fts MATCH ");
            s.bind(phrase(fieldOf(t)));
            s << QStringLiteral(" AND rowid BETWEEN %1 AND %2").arg(lo).arg(lo + (qint64(1) << kKindShift) - 1)
              << ftsFilters();
        } else {
            s << QStringLiteral("SELECT d.id FROM search_docs d WHERE ") << docFilters()
              << QStringLiteral(" AND d.kind = %1 AND ").arg(int(kind)) << pgField(fieldOf(t));
        }
        s << (t == SearchTier::ExactNumber || !m_sqlite ? QStringLiteral(" ORDER BY d.id DESC LIMIT %1")
                                                        : QStringLiteral(" ORDER BY rowid DESC LIMIT %1"))
                 .arg(limit);
        auto q = m_db.run(s.text, s.binds);
        if (!q)
            return q.error();
        QList<qint64> out;
        const bool fts = m_sqlite && t != SearchTier::ExactNumber;
        while (q.value().next()) {
            const qint64 v = q.value().value(0).toLongLong();
            out << (fts ? searchrow::seqOf(v) : v);
        }
        return out;
    }

private:
    /// The FTS5 phrase of the query in one field: its character, or its chain of pairs.
    QString phrase(Field f) const
    {
        return QLatin1Char('"') + searchtext::queryTokens(f, m_query).join(QLatin1Char(' ')) + QLatin1Char('"');
    }

    /// The level, the kinds, the matters the asker may see and the request's filters, on the FTS5 row number.
    Sql ftsFilters() const
    {
        Sql s;
        s << QStringLiteral(" AND (rowid & 3) <= %1 AND (rowid >> %2) IN (%3)")
                 .arg(int(m_scope.clearance))
                 .arg(kKindShift)
                 .arg(kindList(m_kinds));
        const QString seq = QStringLiteral("((rowid >> 2) & %1)").arg(kSeqMask);
        if (restrictsMatters()) {
            s << QStringLiteral(" AND ((rowid >> %1) <> %2 OR %3 IN (SELECT id FROM search_docs d WHERE d.kind = %2 AND ")
                     .arg(kKindShift)
                     .arg(int(SearchKind::Matter))
                     .arg(seq)
              << matterClause() << QStringLiteral("))");
        }
        if (m_request.year > 0 || m_request.unitId > 0)
            s << QStringLiteral(" AND %1 IN (SELECT id FROM search_docs d WHERE 1 = 1").arg(seq) << requestClause()
              << QStringLiteral(")");
        return s;
    }

    /// The same on search_docs d.
    Sql docFilters() const
    {
        Sql s;
        s << QStringLiteral("d.secrecy_rank <= %1 AND d.kind IN (%2)").arg(int(m_scope.clearance)).arg(kindList(m_kinds));
        if (restrictsMatters())
            s << QStringLiteral(" AND (d.kind <> %1 OR ").arg(int(SearchKind::Matter)) << matterClause()
              << QStringLiteral(")");
        s << requestClause();
        return s;
    }

    bool restrictsMatters() const { return m_kinds.contains(SearchKind::Matter) && !m_scope.everyMatter; }

    Sql matterClause() const
    {
        Sql s;
        s << QStringLiteral("(d.owner_id = ");
        s.bind(m_scope.matterOwner > 0 ? m_scope.matterOwner : -1);
        for (const QString &k : m_scope.matterKinds) {
            s << QStringLiteral(" OR d.sub_kind = ");
            s.bind(k);
        }
        s << QStringLiteral(")");
        return s;
    }

    Sql requestClause() const
    {
        Sql s;
        if (m_request.year > 0)
            s << QStringLiteral(" AND d.year = %1").arg(m_request.year);
        if (m_request.unitId > 0)
            s << QStringLiteral(" AND d.unit_id = %1").arg(m_request.unitId);
        return s;
    }

    /// On PostgreSQL: the documents holding every token of the query in the field (the GIN index), each
    /// checked against the field's folded text when the query is longer than one character.
    Sql pgField(Field f) const
    {
        const QStringList tokens = searchtext::queryTokens(f, m_query);
        QStringList quoted;
        for (const QString &t : QSet<QString>(tokens.begin(), tokens.end()))
            quoted << QLatin1Char('\'') + t + QLatin1Char('\'');
        quoted.sort();
        Sql s;
        s << QStringLiteral("(d.grams @@ CAST(");
        s.bind(quoted.join(QStringLiteral(" & ")));
        s << QStringLiteral(" AS tsquery)");
        // One token (a query of one or two characters) is found exactly by the index; a chain of pairs
        // may be found out of order, so each document is checked.
        if (tokens.size() == 1) {
            s << QStringLiteral(")");
            return s;
        }
        if (f == Field::Body) {
            s << QStringLiteral(" AND EXISTS (SELECT 1 FROM search_bodies b WHERE b.doc_id = d.id AND "
                                "strpos(b.body_norm, ");
            s.bind(m_query);
            s << QStringLiteral(") > 0))");
        } else {
            const QString column = f == Field::Number  ? QStringLiteral("number_norm")
                                   : f == Field::Title ? QStringLiteral("title_norm")
                                                       : QStringLiteral("party_norm");
            s << QStringLiteral(" AND strpos(d.%1, ").arg(column);
            s.bind(m_query);
            s << QStringLiteral(") > 0)");
        }
        return s;
    }

    const Database &m_db;
    const bool m_sqlite;
    const SearchScope &m_scope;
    const SearchRequest &m_request;
    const QList<SearchKind> m_kinds;
    const QString m_query;
};

} // namespace

Result<QList<SearchGroup>> SearchIndex::search(const SearchScope &scope, const SearchRequest &request) const
{
    const QString query = searchtext::folded(request.text);
    QList<SearchKind> kinds;
    for (SearchKind k : scope.kinds)
        if (request.kinds.isEmpty() || request.kinds.contains(k))
            kinds << k;
    QList<SearchGroup> out;
    if (query.isEmpty() || kinds.isEmpty())
        return out;
    const Matcher m(m_db, scope, request, kinds, query);
    auto totals = m.totals();
    if (!totals)
        return totals.error();
    const int want = std::max(0, request.offset) + std::max(1, request.perKind);
    QList<QPair<qint64, SearchTier>> page;
    for (SearchKind k : kinds) {
        const qint64 total = totals.value().value(k);
        if (total == 0)
            continue;
        SearchGroup g;
        g.kind = k;
        g.total = total;
        QList<QPair<qint64, SearchTier>> ranked;
        QSet<qint64> seen;
        for (SearchTier t : {SearchTier::ExactNumber, SearchTier::Number, SearchTier::Title, SearchTier::Party,
                             SearchTier::Body}) {
            if (ranked.size() >= want)
                break;
            auto ids = m.tier(k, t, want + int(seen.size()));
            if (!ids)
                return ids.error();
            for (qint64 id : ids.value()) {
                if (seen.contains(id) || ranked.size() >= want)
                    continue;
                seen.insert(id);
                ranked.append({id, t});
            }
        }
        for (int i = std::max(0, request.offset); i < ranked.size(); ++i) {
            SearchHit h;
            h.kind = k;
            h.refId = ranked.at(i).first; // the document's number in the index until read below
            h.tier = ranked.at(i).second;
            g.hits.append(h);
        }
        out.append(g);
    }
    // The listed hits' fields, read in one go.
    QStringList ids;
    for (const SearchGroup &g : out)
        for (const SearchHit &h : g.hits)
            ids << QString::number(h.refId);
    if (ids.isEmpty())
        return out;
    auto rows = m_db.run(QStringLiteral("SELECT d.id, d.ref_id, d.secrecy_rank, d.number, d.title, d.party, d.day, "
                                        "b.body FROM search_docs d LEFT JOIN search_bodies b ON b.doc_id = d.id WHERE "
                                        "d.id IN (%1)")
                             .arg(ids.join(QLatin1Char(','))));
    if (!rows)
        return rows.error();
    QHash<qint64, SearchHit> read;
    while (rows.value().next()) {
        const QSqlQuery &r = rows.value();
        SearchHit h;
        h.refId = r.value(1).toLongLong();
        h.secrecy = Clearance(r.value(2).toInt());
        h.number = r.value(3).toString();
        h.title = r.value(4).toString();
        h.party = r.value(5).toString();
        h.day = r.value(6).toString();
        h.excerpt = r.value(7).toString(); // cut below, for a body match
        read.insert(r.value(0).toLongLong(), h);
    }
    for (SearchGroup &g : out)
        for (SearchHit &h : g.hits) {
            const SearchHit r = read.value(h.refId);
            const SearchTier tier = h.tier;
            const SearchKind kind = h.kind;
            h = r;
            h.tier = tier;
            h.kind = kind;
            h.excerpt = tier == SearchTier::Body
                            ? searchtext::excerpt(QString(r.excerpt).replace(SearchDoc::kPart, QLatin1Char('\n')), query, 120)
                            : QString();
        }
    return out;
}

} // namespace gw
