// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the documents behind a figure.
#include "DrillDownDialog.h"

#include "DraftDialog.h"
#include "DraftModel.h"
#include "ErrorBanner.h"
#include "HandlingDialog.h"
#include "IncomingModel.h"
#include "RecordTable.h"
#include "WindowFit.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace gw {

DrillDownDialog::DrillDownDialog(Workspace &ws, const Principal &actor, const QString &what,
                                 const QList<qint64> &ids, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_actor(actor)
{
    setObjectName(QStringLiteral("drillDown"));
    setWindowTitle(tr("Documents behind the figure"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = newHeading(this, 1.15);
    heading->setText(what);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto *count = new QLabel(tr("%n document(s). Press Enter or double-click to open one.", nullptr, int(ids.size())),
                             this);
    count->setObjectName(QStringLiteral("count"));
    layout->addWidget(count);
    m_error = new ErrorBanner(this);
    auto *error = m_error;
    layout->addWidget(error);
    m_model = new DraftModel(ws, actor, DraftModel::Mode::Register, this);
    m_view = newRecordTable(QStringLiteral("documents"), this);
    m_view->setModel(m_model);
    layout->addWidget(m_view, 1);
    DraftFilter f;
    f.ids = ids;
    if (ids.isEmpty()) {
        m_view->hide();
    } else {
        error->setStatus(m_model->setFilter(f));
        // Finished documents, mostly: their step's time limit and issuer say little here.
        m_view->setColumnHidden(DraftModel::DueColumn, true);
        m_view->setColumnHidden(DraftModel::IssuerColumn, true);
        fitColumnsToText(m_view, DraftModel::TitleColumn);
        m_view->horizontalHeader()->setSectionResizeMode(DraftModel::TitleColumn, QHeaderView::Stretch);
        m_view->setCurrentIndex(m_model->index(0, DraftModel::TitleColumn));
    }
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &i) {
        if (!i.isValid())
            return;
        DraftDialog dialog(m_ws, m_actor, m_model->draftAt(i.row()).id, this);
        dialog.exec();
        m_error->setStatus(m_model->refresh());
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    fitWindow(this, QSize(1000, 560));
}

DrillDownDialog::DrillDownDialog(Workspace &ws, const Principal &actor, const QString &what,
                                 const IncomingFilter &filter, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_actor(actor)
{
    setObjectName(QStringLiteral("drillDown"));
    setWindowTitle(tr("Incoming items behind the figure"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = newHeading(this, 1.15);
    heading->setText(what);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto *hint = new QLabel(tr("The 收文 register, limited to these items. Press Enter or double-click to open one."),
                            this);
    hint->setObjectName(QStringLiteral("count"));
    layout->addWidget(hint);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);
    m_incoming = new IncomingModel(ws, actor, IncomingModel::Source::Register, this);
    m_view = newRecordTable(QStringLiteral("items"), this);
    m_view->setModel(m_incoming);
    layout->addWidget(m_view, 1);
    m_error->setStatus(m_incoming->setFilter(filter));
    fitColumnsToText(m_view, IncomingModel::TitleColumn);
    m_view->horizontalHeader()->setSectionResizeMode(IncomingModel::TitleColumn, QHeaderView::Stretch);
    m_view->setCurrentIndex(m_incoming->index(0, IncomingModel::TitleColumn));
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &i) {
        if (!i.isValid())
            return;
        HandlingDialog dialog(m_ws, m_actor, m_incoming->itemAt(i.row()).id, this);
        dialog.exec();
        m_error->setStatus(m_incoming->refresh());
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    fitWindow(this, QSize(1000, 560));
}

} // namespace gw
