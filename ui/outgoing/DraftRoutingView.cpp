// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — a draft's routing slip.
#include "DraftRoutingView.h"

#include "RecordTable.h"

#include "workflow/ChainEngine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHeaderView>

namespace gw {
namespace {

QString actionLabel(const QString &action)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("create"), QT_TRANSLATE_NOOP("DraftDialog", "created")},
        {QStringLiteral("version"), QT_TRANSLATE_NOOP("DraftDialog", "new version")},
        {QStringLiteral("submit"), QT_TRANSLATE_NOOP("DraftDialog", "submitted")},
        {QStringLiteral("pass"), QT_TRANSLATE_NOOP("DraftDialog", "passed")},
        {QStringLiteral("sign"), QT_TRANSLATE_NOOP("DraftDialog", "signed")},
        {QStringLiteral("return"), QT_TRANSLATE_NOOP("DraftDialog", "returned to the drafter")},
        {QStringLiteral("close"), QT_TRANSLATE_NOOP("DraftDialog", "closed (不予行文)")},
        {QStringLiteral("register"), QT_TRANSLATE_NOOP("DraftDialog", "registered")},
        {QStringLiteral("wording_fix"), QT_TRANSLATE_NOOP("DraftDialog", "wording fix")},
        {QStringLiteral("content_change"),
         QT_TRANSLATE_NOOP("DraftDialog", "content change: back to the signer")},
        {QStringLiteral("written_date"), QT_TRANSLATE_NOOP("DraftDialog", "成文日期 set")},
        {QStringLiteral("genre_override"), QT_TRANSLATE_NOOP("DraftDialog", "genre findings overridden")},
        {QStringLiteral("print"), QT_TRANSLATE_NOOP("DraftDialog", "printed (印制)")},
        {QStringLiteral("reprint"), QT_TRANSLATE_NOOP("DraftDialog", "reprinted")},
        {QStringLiteral("printed"), QT_TRANSLATE_NOOP("DraftDialog", "sent to the first reader")},
        {QStringLiteral("first_read_fail"), QT_TRANSLATE_NOOP("DraftDialog", "failed by the first reader")},
        {QStringLiteral("release"), QT_TRANSLATE_NOOP("DraftDialog", "passed by the first reader, released (核发)")},
        {QStringLiteral("archive"), QT_TRANSLATE_NOOP("DraftDialog", "archived (归档) under the archival code")},
    };
    const char *l = labels.value(action);
    return l ? QCoreApplication::translate("DraftDialog", l) : action;
}
} // namespace

DraftRoutingView::DraftRoutingView(QWidget *parent) : QTableWidget(0, 5, parent)
{
    setObjectName(QStringLiteral("routingSlip"));
    setHorizontalHeaderLabels({tr("Time"), tr("Step"), tr("Done"), tr("By"), tr("Opinion")});
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(true);
}

void DraftRoutingView::show(const Draft &draft, const QList<RoutingEntry> &rows)
{
    setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const RoutingEntry &e = rows.at(i);
        QString done = actionLabel(e.action);
        if (e.backflow)
            done += tr(" (backflow)");
        const QStringList cells{shortDateTime(e.atMs), ChainEngine::stepLabel(draft.variant, e.step), done,
                                e.actorName, e.opinion};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (e.backflow)
                item->setForeground(QColor(0xB0, 0x00, 0x20));
            setItem(i, c, item);
        }
    }
    resizeColumnsToContents();
    resizeRowsToContents();
}

} // namespace gw
