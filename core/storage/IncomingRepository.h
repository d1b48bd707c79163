// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — storage of incoming documents (收文).
#pragma once

#include "Result.h"
#include "domain/IncomingFilter.h"
#include "domain/IncomingItem.h"

#include <functional>
#include <optional>

namespace gw {

class Database;

class IncomingRepository final
{
public:
    /// The key a row sorts by in `sort` (its id breaks ties): what paging after it compares.
    static QVariantList keyOf(IncomingSort sort, const IncomingItem &row);
    explicit IncomingRepository(const Database &db) : m_db(db) {}

    Result<qint64> insert(const IncomingItem &item, const QString &by, qint64 nowMs) const;
    Result<std::optional<IncomingItem>> find(qint64 id) const;
    Result<std::optional<IncomingItem>> findBySenderAndNumber(qint64 senderUnitId,
                                                              const QString &docNumber) const;
    Result<QList<IncomingItem>> list(const IncomingFilter &filter) const;
    /// How many items match; with `cap` > 0 it stops counting past cap (a result above cap means
    /// "more than cap"), so that a broad filter on a large register stays quick.
    Result<qint64> count(const IncomingFilter &filter, qint64 cap = 0) const;
    /// Saves state and handling fields when the stored version equals item.version.
    Result<qint64> update(const IncomingItem &item, qint64 nowMs, const QString &by) const;
    Status addAttachment(qint64 itemId, const IncomingAttachment &a) const;
    /// Attachments without their bytes.
    Result<QList<IncomingAttachment>> attachments(qint64 itemId) const;
    /// One attachment of the item with its bytes, or nothing.
    Result<std::optional<IncomingAttachment>> attachment(qint64 itemId, qint64 attachmentId) const;
    Status addEvent(qint64 itemId, const QString &action, qint64 actorId, const QString &actorName,
                    qint64 atMs, const QString &note) const;
    Result<QList<SenderTriageCount>> triageCounts(Clearance maxSecrecy) const;
    Status setRoutes(qint64 itemId, const QList<IncomingRoute> &routes) const;
    /// Removes every route of the item (a transfer taken back takes its copy with it).
    Status clearRoutes(qint64 itemId) const;
    Result<QList<IncomingRoute>> routes(qint64 itemId) const;
    Status updateRoute(qint64 itemId, const IncomingRoute &route) const;
    /// The item's events in order: action and note.
    Result<QList<IncomingEvent>> events(qint64 itemId) const;

private:
    QString where(const IncomingFilter &f, QVariantList &binds) const;
    const Database &m_db;
};

} // namespace gw
