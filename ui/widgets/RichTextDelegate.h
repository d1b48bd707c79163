// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — a list cell whose text is a line of HTML (the words a search matched in bold).
#pragma once

#include <QStyledItemDelegate>

namespace gw {

class RichTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace gw
