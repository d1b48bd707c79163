// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 收文 register as a table, fetched by key a page at a time.
#pragma once

#include "Result.h"
#include "domain/IncomingFilter.h"
#include "domain/IncomingItem.h"
#include "security/Actor.h"

#include "RowTableModel.h"

namespace gw {

class Workspace;

class IncomingModel final : public RowTableModel<IncomingItem>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncomingModel)
public:
    enum Column
    {
        ReceiptColumn, ///< 收文编号
        UrgencyColumn,
        ReceivedColumn,
        SenderColumn,
        NumberColumn,
        TitleColumn,
        SecrecyColumn,
        StateColumn,
        HolderColumn,
        DueColumn,
        ColumnCount
    };
    static constexpr int kPage = 200;
    /// The whole register, or the items waiting for the user (待办), in the order the service gives.
    enum class Source
    {
        Register,
        Tasks
    };

    IncomingModel(Workspace &ws, const Principal &actor, Source source = Source::Register,
                  QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void sort(int column, Qt::SortOrder order) override;

    Status setFilter(const IncomingFilter &filter);
    const IncomingFilter &filter() const { return m_filter; }
    /// The first page in the current order.
    Status reload();
    /// Reads the rows shown again and applies the difference row by row (after a change here or on
    /// another workstation): the current row and the scroll position stay.
    Status refresh();
    /// The last page in the current order (Ctrl+End): fetched by key from the other end.
    Status jumpToEnd();
    /// Whether rows before the first one shown remain (after jumpToEnd).
    bool canFetchEarlier() const { return m_earlier; }
    /// Puts up to a page of the rows before the first one shown; returns how many.
    int fetchEarlier();
    /// The last error of a fetch, for the page to show.
    Status lastStatus() const { return m_status; }
    const IncomingItem &itemAt(int row) const { return rowAt(row); }
    int overdueCount() const;
    static QString stateLabel(const QString &state);

protected:
    bool sameRow(const IncomingItem &held, const IncomingItem &fresh) const override
    {
        return RowTableModel::sameRow(held, fresh) && held.senderName == fresh.senderName;
    }

private:
    Workspace &m_ws;
    Principal m_actor;
    Source m_source;
    IncomingFilter m_filter;
    Status resetFrom(bool end);
    Status fetchPage(bool fromEnd, const IncomingItem *after, QList<IncomingItem> &rows, bool &more) const;
    bool m_more = false;
    bool m_earlier = false;
    Status m_status;
};

} // namespace gw
