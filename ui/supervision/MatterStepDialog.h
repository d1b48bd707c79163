// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — one step on a supervised matter: 交办, feedback, 办结报告, extensions, 审核, 销号, 催办,
// advice to a caller, 分解. The dialog calls the service itself and stays open with what was typed
// when the step is refused.
#pragma once

#include "Result.h"
#include "domain/Matter.h"
#include "security/Actor.h"
#include "workflow/MatterFlow.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;
class QTableWidget;

namespace gw {

class ErrorBanner;
class Workspace;

/// A box to choose a unit of the directory by typing part of its name; `none` is its first entry
/// (id 0). With `retiredToo`, retired units are listed as well (a filter over past matters).
QComboBox *newUnitBox(Workspace &ws, const Principal &actor, const QString &none, QWidget *parent,
                      bool retiredToo = false);

class MatterStepDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatterStepDialog)
public:
    MatterStepDialog(Workspace &ws, const Principal &actor, const Matter &matter, MatterStep step,
                     QWidget *parent = nullptr);
    /// The matter as the step left it (after accept()).
    const Matter &result() const { return m_result; }
    void accept() override;
    /// Adds a file (a picture pasted or chosen), as the attach button does.
    void addFile(const QString &name, const QByteArray &bytes);
    /// Takes a picture from the clipboard as a PNG file.
    void pastePicture();

private:
    Status apply();
    void addSubTaskRow();
    Workspace &m_ws;
    Principal m_actor;
    Matter m_matter;
    MatterStep m_step;
    Matter m_result;
    ErrorBanner *m_error = nullptr;
    QFormLayout *m_form = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_unit = nullptr;
    QListWidget *m_assist = nullptr;
    QComboBox *m_choice = nullptr;
    QComboBox *m_satisfaction = nullptr;
    QComboBox *m_solved = nullptr;
    QListWidget *m_files = nullptr;
    QTableWidget *m_tasks = nullptr;
    QList<MatterFile> m_attached;
};

} // namespace gw
