// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 收文 register as a table.
#include "IncomingModel.h"

#include "Clock.h"
#include "services/IncomingService.h"
#include "services/Workspace.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>

#include <algorithm>

namespace gw {

IncomingModel::IncomingModel(Workspace &ws, const Principal &actor, Source source, QObject *parent)
    : RowTableModel<IncomingItem>(parent), m_ws(ws), m_actor(actor), m_source(source)
{
}

int IncomingModel::overdueCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [this](const IncomingItem &i) { return m_ws.incoming().isOverdue(i); }));
}

int IncomingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IncomingModel::stateLabel(const QString &state)
{
    if (state == QLatin1String(incoming::kRegistered))
        return tr("Registered, to triage");
    if (state == QLatin1String(incoming::kAccepted))
        return tr("Accepted");
    if (state == QLatin1String(incoming::kTransferred))
        return tr("Transferred");
    if (state == QLatin1String(incoming::kReturned))
        return tr("Returned");
    if (state == QLatin1String(incoming::kProposed))
        return tr("Proposed (拟办), awaiting instruction");
    if (state == QLatin1String(incoming::kInstructed))
        return tr("Instructed, to distribute");
    if (state == QLatin1String(incoming::kCirculating))
        return tr("In circulation");
    if (state == QLatin1String(incoming::kHandled))
        return tr("Handled, to reply");
    if (state == QLatin1String(incoming::kDone))
        return tr("Done, ready to archive");
    return state;
}

QVariant IncomingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const IncomingItem &i = m_rows.at(index.row());
    const bool overdue = m_ws.incoming().isOverdue(i);
    auto when = [](qint64 ms) {
        return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(
                            QStringLiteral("yyyy-MM-dd HH:mm"))
                      : QString();
    };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ReceiptColumn:
            return i.receiptNumber();
        case UrgencyColumn:
            return i.urgency == Urgency::Normal ? QString() : urgencyLabel(i.urgency);
        case ReceivedColumn:
            return when(i.receivedAtMs);
        case SenderColumn:
            return i.senderName;
        case NumberColumn:
            return i.docNumber;
        case TitleColumn:
            return i.title;
        case SecrecyColumn:
            return i.secrecy == Clearance::None
                       ? QString()
                       : clearanceLabel(i.secrecy) +
                             (i.secrecyPeriod.isEmpty() ? QString() : QStringLiteral("★") + i.secrecyPeriod);
        case StateColumn:
            return stateLabel(i.state);
        case HolderColumn:
            return i.holder;
        case DueColumn:
            return overdue ? tr("Overdue: %1").arg(when(i.dueAtMs)) : when(i.dueAtMs);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        if (overdue)
            return QBrush(QColor(0xB0, 0x00, 0x20));
        if (index.column() == UrgencyColumn && i.urgency != Urgency::Normal)
            return QBrush(QColor(0xC0, 0x50, 0x00));
    }
    if (role == Qt::FontRole && (overdue || i.urgency == Urgency::VeryUrgent)) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant IncomingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReceiptColumn:
        return tr("Receipt no. (收文编号)");
    case UrgencyColumn:
        return tr("Urgency");
    case ReceivedColumn:
        return tr("Received");
    case SenderColumn:
        return tr("From");
    case NumberColumn:
        return tr("Document number");
    case TitleColumn:
        return tr("Title");
    case SecrecyColumn:
        return tr("Secrecy (密级)");
    case StateColumn:
        return tr("State");
    case HolderColumn:
        return tr("Held by");
    case DueColumn:
        return tr("Time limit");
    default:
        return {};
    }
}

bool IncomingModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

Status IncomingModel::fetchPage(bool fromEnd, const IncomingItem *after, QList<IncomingItem> &rows,
                                bool &more) const
{
    more = false;
    if (m_source == Source::Tasks) {
        auto tasks = m_ws.incoming().tasks(m_actor);
        if (!tasks)
            return tasks.error();
        rows = tasks.value();
        return {};
    }
    IncomingFilter f = m_filter;
    f.limit = kPage + 1;
    if (fromEnd)
        f.descending = !f.descending;
    if (after)
        f.startAfter(*after);
    auto page = m_ws.incoming().list(m_actor, f);
    more = false;
    if (!page)
        return page.error();
    rows = page.value();
    more = rows.size() > kPage;
    if (more)
        rows.removeLast();
    if (fromEnd)
        std::reverse(rows.begin(), rows.end());
    return {};
}

void IncomingModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || m_rows.isEmpty())
        return;
    QList<IncomingItem> rows;
    m_status = fetchPage(false, &m_rows.constLast(), rows, m_more);
    appendRows(rows);
}

int IncomingModel::fetchEarlier()
{
    if (!m_earlier || m_rows.isEmpty())
        return 0;
    QList<IncomingItem> rows;
    m_status = fetchPage(true, &m_rows.constFirst(), rows, m_earlier);
    prependRows(rows);
    return int(rows.size());
}

void IncomingModel::sort(int column, Qt::SortOrder order)
{
    static const IncomingSort byColumn[ColumnCount] = {
        IncomingSort::Receipt, IncomingSort::Urgency, IncomingSort::Received, IncomingSort::Sender,
        IncomingSort::Number,  IncomingSort::Title,   IncomingSort::Secrecy,  IncomingSort::State,
        IncomingSort::Holder,  IncomingSort::Due};
    if (column < 0 || column >= ColumnCount || m_source == Source::Tasks)
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (m_filter.sortBy == byColumn[column] && m_filter.descending == descending)
        return; // the order shown already (the view asks again when sorting is switched on)
    m_filter.sortBy = byColumn[column];
    m_filter.descending = descending;
    static_cast<void>(reload()); // an error stays in lastStatus() for the page to show
}

Status IncomingModel::setFilter(const IncomingFilter &filter)
{
    const IncomingSort sortBy = m_filter.sortBy;
    const bool descending = m_filter.descending;
    m_filter = filter;
    m_filter.sortBy = sortBy; // the order is the header's, kept across filters
    m_filter.descending = descending;
    return reload();
}

Status IncomingModel::reload()
{
    return resetFrom(false);
}

Status IncomingModel::jumpToEnd()
{
    return resetFrom(true);
}

Status IncomingModel::resetFrom(bool end)
{
    QList<IncomingItem> rows;
    bool more = false;
    m_status = fetchPage(end, nullptr, rows, more);
    m_more = !end && more;
    m_earlier = end && more;
    resetRows(rows);
    return m_status;
}

Status IncomingModel::refresh()
{
    QList<IncomingItem> rows;
    if (m_source == Source::Tasks) {
        bool more = false;
        m_status = fetchPage(false, nullptr, rows, more);
    } else {
        // The same window again: as many rows as are shown, from the end they were read from.
        const bool fromEnd = m_earlier;
        IncomingFilter f = m_filter;
        const qint64 shown = std::max<qint64>(m_rows.size(), kPage);
        f.limit = shown + 1;
        if (fromEnd)
            f.descending = !f.descending;
        auto page = m_ws.incoming().list(m_actor, f);
        if (!page) {
            m_status = page.error();
            return m_status;
        }
        m_status = {};
        rows = page.value();
        const bool more = rows.size() > shown;
        if (more)
            rows.removeLast();
        if (fromEnd) {
            std::reverse(rows.begin(), rows.end());
            m_earlier = more;
        } else {
            m_more = more;
        }
    }
    if (m_status)
        applyRows(rows);
    return m_status;
}

} // namespace gw
