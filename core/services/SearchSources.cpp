// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the index entries of drafts, incoming items, archived 件 and supervision matters.
#include "services/SearchSources.h"

#include "storage/SearchIndex.h"
#include "services/ServiceContext.h"
#include "storage/ArchiveRepository.h"
#include "storage/Database.h"
#include "storage/DraftRepository.h"
#include "storage/IncomingRepository.h"
#include "storage/MatterRepository.h"
#include "storage/UnitRepository.h"

#include <QDateTime>
#include <QSet>
#include <QSqlQuery>

namespace gw::searchsources {
namespace {

QString dayOf(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).date().toString(Qt::ISODate) : QString();
}

QString parts(const QStringList &list)
{
    QStringList kept;
    for (const QString &s : list)
        if (!s.trimmed().isEmpty())
            kept << s;
    return kept.join(SearchDoc::kPart);
}

Result<std::optional<SearchDoc>> draftDoc(const Database &db, qint64 id)
{
    auto found = DraftRepository(db).find(id);
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<SearchDoc>();
    const Draft &d = *found.value();
    SearchDoc doc;
    doc.kind = SearchKind::Draft;
    doc.refId = d.id;
    doc.secrecy = d.fields.secrecy;
    doc.number = d.docNumber;
    doc.title = d.fields.title;
    doc.unitId = d.fields.draftingUnitId;
    if (d.fields.draftingUnitId > 0) {
        auto unit = UnitRepository(db).find(d.fields.draftingUnitId);
        if (!unit)
            return unit.error();
        if (unit.value())
            doc.party = unit.value()->name;
    }
    doc.day = d.writtenDate.isValid() ? d.writtenDate.toString(Qt::ISODate) : dayOf(d.createdAtMs);
    doc.year = QDate::fromString(doc.day, Qt::ISODate).year();
    auto body = DraftRepository(db).version(d.id, d.currentVersion);
    if (!body)
        return body.error();
    doc.body = body.value() ? body.value()->text : QString();
    return std::optional<SearchDoc>(doc);
}

Result<std::optional<SearchDoc>> incomingDoc(const Database &db, qint64 id)
{
    auto found = IncomingRepository(db).find(id);
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<SearchDoc>();
    const IncomingItem &i = *found.value();
    SearchDoc doc;
    doc.kind = SearchKind::Incoming;
    doc.refId = i.id;
    doc.secrecy = i.secrecy;
    doc.number = parts({i.docNumber, i.receiptNumber()});
    doc.title = i.title;
    doc.party = i.senderName;
    doc.unitId = i.senderUnitId;
    doc.day = dayOf(i.receivedAtMs);
    doc.year = QDate::fromString(doc.day, Qt::ISODate).year();
    auto files = db.run(QStringLiteral("SELECT sha256 FROM incoming_attachments WHERE item_id = ? ORDER BY id"), {i.id});
    if (!files)
        return files.error();
    QStringList digests;
    while (files.value().next())
        digests << files.value().value(0).toString();
    doc.filesKey = digests.join(QLatin1Char(','));
    doc.bodyFromFiles = !digests.isEmpty();
    return std::optional<SearchDoc>(doc);
}

/// The component whose text an archived 件 is found by: its 正本, or the 来文.
const ArchiveComponent *textComponent(const ArchiveItem &a)
{
    for (const ArchiveComponent &c : a.components)
        if (c.role == ComponentRole::Released || c.role == ComponentRole::Received)
            return &c;
    return nullptr;
}

Result<std::optional<SearchDoc>> archiveDoc(const Database &db, qint64 id)
{
    auto found = ArchiveRepository(db).find(id);
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<SearchDoc>();
    const ArchiveItem &a = *found.value();
    SearchDoc doc;
    doc.kind = SearchKind::Archive;
    doc.refId = a.id;
    doc.secrecy = a.secrecy;
    doc.number = parts({a.docNumber, a.code.toString()});
    doc.title = a.title;
    doc.party = a.responsible;
    doc.year = a.code.year;
    const QDate day = QDate::fromString(a.date, QStringLiteral("yyyyMMdd"));
    doc.day = day.isValid() ? day.toString(Qt::ISODate) : a.date;
    if (const ArchiveComponent *read = textComponent(a)) {
        doc.filesKey = read->sha256;
        doc.bodyFromFiles = true;
    }
    return std::optional<SearchDoc>(doc);
}

Result<std::optional<SearchDoc>> matterDoc(const Database &db, qint64 id)
{
    auto found = MatterRepository(db).find(id);
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<SearchDoc>();
    const Matter &m = *found.value();
    SearchDoc doc;
    doc.kind = SearchKind::Matter;
    doc.refId = m.id;
    doc.secrecy = m.secrecy;
    doc.subKind = matterKindCode(m.kind);
    doc.ownerId = m.leaderId;
    doc.number = parts({m.reference(), m.proposalNumber});
    doc.title = m.title;
    doc.party = parts({m.leadUnitName, m.source, m.caller});
    doc.unitId = m.leadUnitId;
    doc.day = dayOf(m.registeredAtMs);
    doc.year = m.regYear > 0 ? m.regYear : QDate::fromString(doc.day, Qt::ISODate).year();
    doc.body = parts({m.request, m.reply});
    return std::optional<SearchDoc>(doc);
}

} // namespace

std::optional<SearchKind> kindOfObject(const QString &objectType)
{
    if (objectType == QLatin1String("draft"))
        return SearchKind::Draft;
    if (objectType == QLatin1String("incoming"))
        return SearchKind::Incoming;
    if (objectType == QLatin1String("archive_item"))
        return SearchKind::Archive;
    if (objectType == QLatin1String("matter"))
        return SearchKind::Matter;
    return std::nullopt;
}

Result<std::optional<SearchDoc>> docOf(const Database &db, SearchKind kind, qint64 id)
{
    switch (kind) {
    case SearchKind::Draft:
        return draftDoc(db, id);
    case SearchKind::Incoming:
        return incomingDoc(db, id);
    case SearchKind::Archive:
        return archiveDoc(db, id);
    case SearchKind::Matter:
        break;
    }
    return matterDoc(db, id);
}

Status follow(const Database &db, const QList<AuditNote> &changed)
{
    QSet<QPair<int, qint64>> done;
    const SearchIndex index(db);
    for (const AuditNote &n : changed) {
        const auto kind = kindOfObject(n.objectType);
        if (!kind || n.objectId <= 0 || done.contains({int(*kind), n.objectId}))
            continue;
        done.insert({int(*kind), n.objectId});
        auto doc = docOf(db, *kind, n.objectId);
        if (!doc)
            return doc.error();
        if (auto st = doc.value() ? index.put(*doc.value()) : index.remove(*kind, n.objectId); !st)
            return st;
    }
    return {};
}

Result<QList<qint64>> ids(const Database &db, SearchKind kind)
{
    static const char *const kSql[] = {
        "SELECT id FROM drafts ORDER BY created_at, id",
        "SELECT id FROM incoming_items ORDER BY received_at, id",
        "SELECT id FROM archive_items ORDER BY archived_at, id",
        "SELECT id FROM matters ORDER BY registered_at, id",
    };
    auto q = db.run(QString::fromLatin1(kSql[int(kind)]));
    if (!q)
        return q.error();
    QList<qint64> out;
    while (q.value().next())
        out << q.value().value(0).toLongLong();
    return out;
}

Result<QList<QByteArray>> pdfFiles(const Database &db, SearchKind kind, qint64 id)
{
    QList<QByteArray> out;
    if (kind == SearchKind::Incoming) {
        auto files = IncomingRepository(db).attachments(id);
        if (!files)
            return files.error();
        for (const IncomingAttachment &a : files.value())
            if (a.bytes.startsWith("%PDF-"))
                out << a.bytes;
    } else if (kind == SearchKind::Archive) {
        ArchiveRepository repo(db);
        auto item = repo.find(id);
        if (!item)
            return item.error();
        if (!item.value())
            return out;
        if (const ArchiveComponent *c = textComponent(*item.value())) {
            auto bytes = repo.fileBytes(c->sha256);
            if (!bytes)
                return bytes.error();
            if (bytes.value() && bytes.value()->startsWith("%PDF-"))
                out << *bytes.value();
        }
    }
    return out;
}

} // namespace gw::searchsources
