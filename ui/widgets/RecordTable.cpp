// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the read-only table every list of records uses.
#include "RecordTable.h"

#include <QLocale>

#include <QDateTime>
#include <QFontMetrics>
#include <QStyle>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace gw {

QTableView *newRecordTable(const QString &objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    // Columns are fitted to the first rows only: measuring every row of a long page costs a visible
    // pause at every reload (a page of 200 rows took 30 ms), for widths the first screenful decides.
    view->verticalHeader()->setResizeContentsPrecision(40);
    view->setAlternatingRowColors(true);
    return view;
}

void fitColumnsToText(QTableView *view, int stretch, int rows)
{
    const QAbstractItemModel *model = view->model();
    QHeaderView *header = view->horizontalHeader();
    const QFontMetrics cell(view->font());
    const QFontMetrics heading(header->font());
    // The margins a cell and a heading draw around their text (with room for the sort arrow).
    const int cellMargin = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1) + 8;
    const int headingMargin = 2 * view->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 16;
    const int shown = qMin(rows, model->rowCount());
    QFont lastFont = view->font();
    QFontMetrics lastMetrics = cell;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (c == stretch || view->isColumnHidden(c))
            continue;
        int width = heading.horizontalAdvance(model->headerData(c, Qt::Horizontal).toString()) + headingMargin;
        for (int r = 0; r < shown; ++r) {
            const QModelIndex index = model->index(r, c);
            const QVariant font = index.data(Qt::FontRole); // a bold row (an urgent item) is wider
            const QString text = index.data().toString();
            if (font.isValid() && font.value<QFont>() != lastFont) { // rows share a handful of fonts
                lastFont = font.value<QFont>();
                lastMetrics = QFontMetrics(lastFont);
            }
            const int advance = (font.isValid() ? lastMetrics : cell).horizontalAdvance(text);
            width = qMax(width, advance + cellMargin);
        }
        header->setSectionResizeMode(c, QHeaderView::Interactive);
        header->resizeSection(c, width);
    }
    if (stretch < 0)
        return;
    // The stretching column (a title) takes what is left, but never less than about eighteen characters:
    // on a narrow screen the table scrolls sideways rather than squeeze the title to "…".
    int others = 0;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (c != stretch && !view->isColumnHidden(c))
            others += header->sectionSize(c);
    }
    const int least = 18 * cell.horizontalAdvance(QChar(0x6587)) + cellMargin;
    if (view->viewport()->width() - others >= least) {
        header->setSectionResizeMode(stretch, QHeaderView::Stretch);
    } else {
        header->setSectionResizeMode(stretch, QHeaderView::Interactive);
        header->resizeSection(stretch, least);
    }
}

void restoreCurrent(QTableView *view, const QModelIndex &was, qint64 wasId,
                    const std::function<qint64(int)> &idAt)
{
    const int rows = view->model()->rowCount();
    if (!was.isValid() || rows == 0)
        return;
    int row = qMin(was.row(), rows - 1);
    for (int r = 0; r < rows; ++r) {
        if (idAt(r) == wasId) {
            row = r;
            break;
        }
    }
    view->setCurrentIndex(view->model()->index(row, was.column()));
}

QString shortDateTime(qint64 ms)
{
    return ms > 0
               ? QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
               : QString();
}

QLabel *newHeading(QWidget *parent, qreal scale)
{
    auto *label = new QLabel(parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(true);
    label->setFont(f);
    label->setWordWrap(true);
    return label;
}

QString fileSizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace gw
