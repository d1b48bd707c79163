// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — drafts as a table.
#include "DraftModel.h"

#include "services/DraftingService.h"
#include "services/PrintingService.h"
#include "services/UnitService.h"
#include "services/Workspace.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>

#include <algorithm>

namespace gw {

DraftModel::DraftModel(Workspace &ws, const Principal &actor, Mode mode, QObject *parent)
    : RowTableModel<Draft>(parent), m_ws(ws), m_actor(actor), m_mode(mode)
{
}

int DraftModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DraftModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Draft &d = m_rows.at(index.row());
    const bool overdue = m_ws.drafting().isOverdue(d);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case UrgencyColumn:
            return d.fields.urgency == Urgency::Normal ? QString() : urgencyLabel(d.fields.urgency);
        case NumberColumn:
            return d.docNumber;
        case TitleColumn:
            return d.fields.title;
        case GenreColumn:
            return genreLabel(d.fields.genre);
        case IssuerColumn:
            return issuerLabel(d.fields.issuer);
        case UnitColumn:
            return m_units.value(d.fields.draftingUnitId);
        case StepColumn:
            return ChainEngine::stepLabel(d.variant, d.state);
        case PrintColumn:
            if (d.releasedAtMs > 0)
                return tr("Released %1")
                    .arg(QDateTime::fromMSecsSinceEpoch(d.releasedAtMs)
                             .toLocalTime()
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            if (m_copies.value(d.id) > 0)
                return d.state == QLatin1String(step::kFirstReading)
                           ? tr("%n copy(ies) printed, with the first reader", nullptr, m_copies.value(d.id))
                           : tr("%n copy(ies) printed", nullptr, m_copies.value(d.id));
            return QString();
        case DueColumn:
            if (d.dueAtMs <= 0)
                return QString();
            return QString((overdue ? tr("Overdue: ") : QString()) +
                           QDateTime::fromMSecsSinceEpoch(d.dueAtMs).toLocalTime().toString(
                               QStringLiteral("yyyy-MM-dd HH:mm")));
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (overdue)
            return QBrush(QColor(0xB0, 0x00, 0x20));
        if (index.column() == UrgencyColumn && d.fields.urgency != Urgency::Normal)
            return QBrush(QColor(0xC0, 0x50, 0x00));
        return {};
    case Qt::FontRole:
        if (overdue || d.fields.urgency == Urgency::VeryUrgent) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        return overdue ? tr("This step is past its time limit.") : QVariant();
    default:
        return {};
    }
}

QVariant DraftModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UrgencyColumn:
        return tr("Urgency");
    case NumberColumn:
        return tr("Document number");
    case TitleColumn:
        return tr("Title");
    case GenreColumn:
        return tr("Genre");
    case IssuerColumn:
        return tr("Issued by");
    case PrintColumn:
        return tr("Printed / released");
    case UnitColumn:
        return tr("Drafting unit");
    case StepColumn:
        return tr("Waiting at");
    case DueColumn:
        return tr("Time limit");
    default:
        return {};
    }
}

Result<QList<Draft>> DraftModel::fetch(qint64 beforeId, int limit) const
{
    if (m_mode == Mode::Tasks)
        return m_ws.drafting().tasks(m_actor);
    DraftFilter f = m_filter;
    f.limit = limit;
    f.beforeId = beforeId;
    return m_ws.drafting().list(m_actor, f);
}

bool DraftModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void DraftModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || m_rows.isEmpty())
        return;
    auto page = fetch(m_rows.constLast().id);
    m_more = false;
    if (!page)
        return;
    QList<Draft> rows = page.value();
    m_more = rows.size() > kPage;
    if (m_more)
        rows.removeLast();
    if (rows.isEmpty())
        return;
    if (auto counts = m_ws.printing().copyCounts(m_actor, rows))
        m_copies.insert(counts.value());
    appendRows(rows);
}

Status DraftModel::setFilter(const DraftFilter &filter)
{
    m_filter = filter;
    return reload();
}

void DraftModel::readUnits()
{
    UnitFilter all;
    all.includeInactive = true;
    all.limit = 100000;
    m_units.clear();
    if (auto units = m_ws.units().list(m_actor, all)) {
        for (const Unit &u : units.value())
            m_units.insert(u.id, u.name);
    }
}

Status DraftModel::reload()
{
    auto rows = fetch(0);
    readUnits();
    QList<Draft> drafts;
    m_more = false;
    if (rows) {
        drafts = rows.value();
        m_more = m_mode == Mode::Register && drafts.size() > kPage;
        if (m_more)
            drafts.removeLast();
    }
    m_copies.clear();
    if (auto counts = m_ws.printing().copyCounts(m_actor, drafts))
        m_copies = counts.value();
    resetRows(drafts);
    if (!rows)
        return rows.error();
    return {};
}

Status DraftModel::refresh()
{
    const int shown = std::max(int(m_rows.size()), int(kPage));
    auto rows = fetch(0, shown + 1);
    if (!rows)
        return rows.error();
    QList<Draft> drafts = rows.value();
    if (m_mode == Mode::Register) {
        m_more = drafts.size() > shown;
        if (m_more)
            drafts.removeLast();
    }
    if (auto counts = m_ws.printing().copyCounts(m_actor, drafts))
        m_copies = counts.value();
    const QHash<qint64, QString> unitsBefore = m_units;
    readUnits(); // a unit renamed meanwhile shows its new name
    applyRows(drafts);
    if (m_units != unitsBefore)
        columnChanged(UnitColumn);
    return {};
}

int DraftModel::overdueCount() const
{
    int n = 0;
    for (const Draft &d : m_rows)
        n += m_ws.drafting().isOverdue(d) ? 1 : 0;
    return n;
}

} // namespace gw
