// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — a draft's kept versions, and the difference between any two of them.
#pragma once

#include "security/Actor.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QTableWidget;
class QTextBrowser;

namespace gw {

class Workspace;

class DraftVersionsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftVersionsView)
public:
    DraftVersionsView(Workspace &ws, const Principal &actor, qint64 draftId, QWidget *parent = nullptr);
    /// Lists the versions (marking the signed one) and shows the last change.
    void show(int signedVersion);
    /// Shows the difference between versions `from` and `to`.
    void compare(int from, int to);
    /// The signed text against the text changed after it (what the signer signs again).
    void compareSignedWithCurrent(int signedVersion, int current);

private:
    Workspace &m_ws;
    Principal m_actor;
    qint64 m_id;
    QTableWidget *m_versions = nullptr;
    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QTextBrowser *m_diff = nullptr;
    QCheckBox *m_inline = nullptr;
    int m_shownFrom = 0;
    int m_shownTo = 0;
};

} // namespace gw
