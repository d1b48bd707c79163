// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — an incoming item's attachments: PDFs open in the PDF view, other files are saved.
#pragma once

#include "security/Actor.h"

#include <QListWidget>

namespace gw {

class ErrorBanner;
class Workspace;

class AttachmentList final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentList)
public:
    AttachmentList(Workspace &ws, const Principal &actor, qint64 itemId, ErrorBanner *error,
                   QWidget *parent = nullptr);
    /// Opens the attachment in `row`: a PDF in a viewer window (returned), another file is offered for
    /// saving (nullptr). Errors go to the banner.
    QWidget *openRow(int row);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    Workspace &m_ws;
    Principal m_actor;
    qint64 m_itemId;
    ErrorBanner *m_error;
};

} // namespace gw
