// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — what the 收文 register is asked for: filters, order and where a page starts.
#pragma once

#include "domain/IncomingItem.h"

#include <QStringList>

#include <optional>

namespace gw {

/// The columns the 收文 register sorts on. Each sorts by its key, then by id, so that paging by
/// key is exact; Received, Urgency, State, Due, Number and Holder are backed by an index, and so
/// are the sender and holder filters in the default order.
enum class IncomingSort
{
    Received,
    Urgency,
    Sender,
    Number,
    Title,
    State,
    Holder,
    Due,
    Receipt, ///< 收文编号: year, then number
    Secrecy
};

/// Filters of the 收文 register; empty fields match everything. Paging is by key (never by
/// offset): startAfter(last row) gives the rows that follow it in the chosen order.
struct IncomingFilter
{
    QStringList states;
    qint64 senderUnitId = 0;
    QString holder;          ///< who holds the item now, exactly
    qint64 heldByUserId = 0; ///< items this reader or handler holds now (their circulation turn)
    std::optional<Urgency> urgency;
    int year = 0;
    qint64 receivedFromMs = 0; ///< received at or after (0: no bound)
    qint64 receivedToMs = 0;   ///< received before (0: no bound)
    QString genre;             ///< the genre's code, exactly
    QString triageRule;        ///< the clause the item was triaged by, exactly
    QString text; ///< part of the title or the 文号
    bool overdueOnly = false;
    qint64 nowMs = 0;
    Clearance maxSecrecy = Clearance::None; ///< items above it never come back, not even counted
    int limit = 200;
    IncomingSort sortBy = IncomingSort::Received;
    bool descending = true;
    std::optional<IncomingItem> after; ///< keyset: the last row already shown

    /// Continue after this row, in the order of sortBy and descending.
    void startAfter(const IncomingItem &last) { after = last; }
    /// Whether anything narrows the register (the whole register is counted exactly; a narrowed one
    /// up to a cap, so that a broad filter on a large archive stays quick).
    bool isNarrowed() const
    {
        return !text.trimmed().isEmpty() || !states.isEmpty() || urgency || year > 0 || overdueOnly ||
               senderUnitId > 0 || !holder.isEmpty() || heldByUserId > 0 || receivedFromMs > 0 || receivedToMs > 0 ||
               !genre.isEmpty() || !triageRule.isEmpty();
    }
};

/// Returns and transfers counted per sending unit.
struct SenderTriageCount
{
    qint64 senderUnitId = 0;
    int returned = 0;
    int transferred = 0;
};

} // namespace gw
