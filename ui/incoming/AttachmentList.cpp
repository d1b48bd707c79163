// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — an incoming item's attachments.
#include "AttachmentList.h"

#include "RecordTable.h"

#include "WindowFit.h"
#include "ErrorBanner.h"
#include "PdfViewer.h"
#include "SavePdf.h"

#include "services/IncomingService.h"
#include "services/Workspace.h"

#include <QKeyEvent>
#include <QLocale>
#include <QVBoxLayout>

namespace gw {

AttachmentList::AttachmentList(Workspace &ws, const Principal &actor, qint64 itemId, ErrorBanner *error,
                               QWidget *parent)
    : QListWidget(parent), m_ws(ws), m_actor(actor), m_itemId(itemId), m_error(error)
{
    setObjectName(QStringLiteral("attachmentList"));
    auto files = ws.incoming().attachments(actor, itemId);
    if (!files) {
        error->showError(files.error());
        return;
    }
    for (const IncomingAttachment &a : files.value()) {
        auto *entry = new QListWidgetItem(
            tr("%1 (%2) — Enter to open").arg(a.name, fileSizeText(a.size)), this);
        entry->setData(Qt::UserRole, a.id);
        entry->setToolTip(QStringLiteral("SHA-256 %1").arg(a.sha256));
    }
    if (count() == 0)
        addItem(tr("No attachments"));
    // As tall as its rows, up to three: “no attachments” takes one line, not a box.
    setFixedHeight(qMin(count(), 3) * sizeHintForRow(0) + 2 * frameWidth() + 2);
    connect(this, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { openRow(row(item)); });
}

void AttachmentList::keyPressEvent(QKeyEvent *event)
{
    // Enter opens the attachment and goes no further: it must not also press the dialog's default button.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentRow() >= 0) {
        openRow(currentRow());
        event->accept();
        return;
    }
    QListWidget::keyPressEvent(event);
}

QWidget *AttachmentList::openRow(int r)
{
    QListWidgetItem *entry = item(r);
    if (!entry || !entry->data(Qt::UserRole).isValid())
        return nullptr;
    auto file = m_ws.incoming().attachment(m_actor, m_itemId, entry->data(Qt::UserRole).toLongLong());
    if (!file) {
        m_error->showError(file.error());
        return nullptr;
    }
    const IncomingAttachment a = file.value();
    if (a.bytes.startsWith("%PDF") || a.name.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        auto *viewerWindow = new QWidget(this->window(), Qt::Window);
        viewerWindow->setAttribute(Qt::WA_DeleteOnClose);
        viewerWindow->setWindowTitle(a.name);
        auto *layout = new QVBoxLayout(viewerWindow);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *viewer = new PdfViewer(viewerWindow);
        layout->addWidget(viewer);
        viewerWindow->setObjectName(QStringLiteral("pdfViewerWindow"));
        fitWindow(viewerWindow, QSize(1000, 800));
        viewerWindow->show();
        viewer->open(a.bytes); // read in the PDF worker; a broken file shows its message there
        return viewerWindow;
    }
    saveFileAs(this, m_error, tr("Save the attachment"), a.name, a.bytes);
    return nullptr;
}

} // namespace gw
