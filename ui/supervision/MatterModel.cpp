// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 督查 register as a table.
#include "MatterModel.h"

#include "services/SupervisionService.h"
#include "services/Workspace.h"

#include <QColor>

namespace gw {

MatterModel::MatterModel(Workspace &ws, const Principal &actor, Source source, QObject *parent)
    : RowTableModel<Matter>(parent), m_ws(ws), m_actor(actor), m_source(source)
{
}

int MatterModel::redCount() const
{
    int n = 0;
    for (const Matter &m : m_rows)
        n += MatterFlow::lightOf(m, m_bounds) == MatterLight::Red ? 1 : 0;
    return n;
}

int MatterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor MatterModel::lightColor(MatterLight l)
{
    switch (l) {
    case MatterLight::Red:
        return QColor(0xC6, 0x28, 0x28);
    case MatterLight::Yellow:
        return QColor(0xE0, 0xA8, 0x00);
    case MatterLight::Green:
        return QColor(0x2E, 0x7D, 0x32);
    case MatterLight::None:
        break;
    }
    return QColor(0x9E, 0x9E, 0x9E);
}

MatterLight MatterModel::lightAt(int row) const
{
    return MatterFlow::lightOf(rowAt(row), m_bounds);
}

QVariant MatterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Matter &m = rowAt(index.row());
    const MatterLight light = MatterFlow::lightOf(m, m_bounds);
    if (index.column() == LightColumn) {
        if (role == Qt::DecorationRole)
            return lightColor(light);
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return matterLightLabel(light);
        if (role == Qt::DisplayRole) {
            switch (light) {
            case MatterLight::Red:
                return tr("Red");
            case MatterLight::Yellow:
                return tr("Yellow");
            case MatterLight::Green:
                return tr("Green");
            case MatterLight::None:
                return m.isOpen() ? tr("—") : tr("Closed");
            }
        }
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == DueColumn && light == MatterLight::Red)
        return lightColor(MatterLight::Red);
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return m.request.left(300);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ReferenceColumn:
        return m.reference();
    case KindColumn:
        return matterKindLabel(m.kind);
    case TitleColumn:
        return m.parentId > 0 ? tr("↳ %1").arg(m.title)
               : m.openChildren > 0 ? tr("%1 (%n open sub-task(s))", nullptr, m.openChildren).arg(m.title)
                                    : m.title;
    case SourceColumn:
        return m.kind == MatterKind::Hotline ? m.caller : m.kind == MatterKind::MeetingDecision ? m.meeting : m.source;
    case LeaderColumn:
        return m.leaderName;
    case UnitColumn:
        return m.leadUnitName;
    case DueColumn:
        if (!m.dueDate.isValid())
            return QString();
        return m.extensionsGranted > 0 ? tr("%1 (extended)").arg(m.dueDate.toString(QStringLiteral("yyyy-MM-dd")))
                                       : m.dueDate.toString(QStringLiteral("yyyy-MM-dd"));
    case StateColumn:
        return m.extensionPending() ? tr("%1, extension asked").arg(matterStateLabel(m.state))
                                    : matterStateLabel(m.state);
    case SecrecyColumn:
        return clearanceLabel(m.secrecy);
    default:
        return {};
    }
}

QVariant MatterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LightColumn:
        return tr("Light");
    case ReferenceColumn:
        return tr("Number");
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Title");
    case SourceColumn:
        return tr("Source / caller");
    case LeaderColumn:
        return tr("Leader");
    case UnitColumn:
        return tr("Lead unit");
    case DueColumn:
        return tr("Deadline");
    case StateColumn:
        return tr("State");
    case SecrecyColumn:
        return tr("Secrecy");
    default:
        return {};
    }
}

Status MatterModel::fetch(const Matter *after, int limit, QList<Matter> &rows, bool &more) const
{
    if (m_source == Source::Tasks) {
        auto got = m_ws.supervision().tasks(m_actor);
        if (!got)
            return got.error();
        rows = got.value();
        more = false;
        return {};
    }
    MatterFilter f = m_filter;
    f.bounds = m_bounds;
    f.limit = limit + 1;
    if (after)
        f.startAfter(*after);
    auto got = m_ws.supervision().list(m_actor, f);
    if (!got)
        return got.error();
    rows = got.value();
    more = rows.size() > limit;
    if (more)
        rows.removeLast();
    return {};
}

Status MatterModel::reload()
{
    auto b = m_ws.supervision().bounds();
    if (!b)
        return m_status = b.error();
    m_bounds = b.value();
    QList<Matter> rows;
    m_status = fetch(nullptr, kPage, rows, m_more);
    resetRows(m_status ? rows : QList<Matter>());
    return m_status;
}

Status MatterModel::refresh()
{
    QList<Matter> rows;
    bool more = false;
    m_status = fetch(nullptr, std::max(kPage, int(m_rows.size())), rows, more);
    if (!m_status)
        return m_status;
    m_more = more;
    applyRows(rows);
    return m_status;
}

bool MatterModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void MatterModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || m_rows.isEmpty())
        return;
    QList<Matter> rows;
    m_status = fetch(&m_rows.last(), kPage, rows, m_more);
    if (m_status)
        appendRows(rows);
}

void MatterModel::sort(int column, Qt::SortOrder order)
{
    static const MatterSort byColumn[ColumnCount] = {
        MatterSort::Due,    MatterSort::Registered, MatterSort::Kind, MatterSort::Title, MatterSort::Source,
        MatterSort::Leader, MatterSort::Unit,       MatterSort::Due,  MatterSort::State, MatterSort::Secrecy};
    if (column < 0 || column >= ColumnCount || m_source == Source::Tasks)
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (m_filter.sortBy == byColumn[column] && m_filter.descending == descending)
        return;
    m_filter.sortBy = byColumn[column];
    m_filter.descending = descending;
    static_cast<void>(reload());
}

Status MatterModel::setFilter(const MatterFilter &filter)
{
    const MatterSort sortBy = m_filter.sortBy;
    const bool descending = m_filter.descending;
    m_filter = filter;
    m_filter.sortBy = sortBy;
    m_filter.descending = descending;
    return reload();
}

} // namespace gw
