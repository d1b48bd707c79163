// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — storage of a supervised matter's history and the files that came with it.
#include "storage/MatterRepository.h"

#include "storage/Database.h"
#include "storage/MatterDates.h"

namespace gw {
using matterdates::dateOf;
using matterdates::dateText;

Result<qint64> MatterRepository::addEvent(qint64 matterId, const MatterEvent &e, qint64 actorId) const
{
    qint64 id = 0;
    auto st = m_db.runCached(QStringLiteral("INSERT INTO matter_events (matter_id, action, actor_id, actor_name, at, "
                                            "on_date, text) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                             {matterId, e.action, actorId, e.actorName, e.atMs, dateText(e.date), e.text},
                             [&id](QSqlQuery &q) -> Status {
                                 if (q.next())
                                     id = q.value(0).toLongLong();
                                 return {};
                             });
    if (!st)
        return st.error();
    return id;
}

Result<QList<MatterEvent>> MatterRepository::events(qint64 matterId) const
{
    auto q = m_db.run(QStringLiteral("SELECT id, action, actor_name, at, on_date, text FROM matter_events WHERE "
                                     "matter_id = ? ORDER BY id"),
                      {matterId});
    if (!q)
        return q.error();
    QList<MatterEvent> out;
    while (q.value().next()) {
        MatterEvent e;
        e.id = q.value().value(0).toLongLong();
        e.action = q.value().value(1).toString();
        e.actorName = q.value().value(2).toString();
        e.atMs = q.value().value(3).toLongLong();
        e.date = dateOf(q.value().value(4));
        e.text = q.value().value(5).toString();
        out.append(e);
    }
    auto files = m_db.run(QStringLiteral("SELECT id, event_id, name, sha256, size FROM matter_files WHERE matter_id "
                                         "= ? ORDER BY id"),
                          {matterId});
    if (!files)
        return files.error();
    while (files.value().next()) {
        const qint64 eventId = files.value().value(1).toLongLong();
        for (MatterEvent &e : out) {
            if (e.id == eventId)
                e.files.append(MatterFile{files.value().value(0).toLongLong(), eventId,
                                          files.value().value(2).toString(), files.value().value(3).toString(),
                                          files.value().value(4).toLongLong(), {}});
        }
    }
    return out;
}

Status MatterRepository::addFile(qint64 matterId, qint64 eventId, const MatterFile &f) const
{
    return m_db.exec(QStringLiteral("INSERT INTO matter_files (matter_id, event_id, name, sha256, size, bytes) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"),
                     {matterId, eventId, f.name, f.sha256, qint64(f.bytes.size()), f.bytes});
}

Result<std::optional<MatterFile>> MatterRepository::file(qint64 matterId, qint64 fileId) const
{
    auto q = m_db.run(QStringLiteral("SELECT id, event_id, name, sha256, size, bytes FROM matter_files WHERE "
                                     "matter_id = ? AND id = ?"),
                      {matterId, fileId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<MatterFile>();
    return std::optional<MatterFile>(MatterFile{q.value().value(0).toLongLong(), q.value().value(1).toLongLong(),
                                                q.value().value(2).toString(), q.value().value(3).toString(),
                                                q.value().value(4).toLongLong(), q.value().value(5).toByteArray()});
}

} // namespace gw
