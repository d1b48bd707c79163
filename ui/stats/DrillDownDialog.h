// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the documents behind a figure: the 发文 register's list, limited to them.
#pragma once

#include "domain/IncomingFilter.h"
#include "security/Actor.h"

#include <QDialog>

class QTableView;

namespace gw {

class DraftModel;
class IncomingModel;
class Workspace;

class DrillDownDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillDownDialog)
public:
    /// `what` says which figure (e.g. "秘书科 · 政策差错 · 2026年3月"); `ids` are the documents, newest first.
    DrillDownDialog(Workspace &ws, const Principal &actor, const QString &what, const QList<qint64> &ids,
                    QWidget *parent = nullptr);
    /// The incoming items behind a figure: the 收文 register with `filter`.
    DrillDownDialog(Workspace &ws, const Principal &actor, const QString &what, const IncomingFilter &filter,
                    QWidget *parent = nullptr);
    DraftModel *model() const { return m_model; }
    IncomingModel *incomingModel() const { return m_incoming; }
    QTableView *view() const { return m_view; }

private:
    Workspace &m_ws;
    Principal m_actor;
    DraftModel *m_model = nullptr;
    IncomingModel *m_incoming = nullptr;
    class ErrorBanner *m_error = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace gw
