// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — one step on a supervised matter.
#include "MatterStepDialog.h"

#include "ErrorBanner.h"
#include "FileDialogs.h"
#include "RecordTable.h"
#include "WindowFit.h"

#include "Clock.h"
#include "domain/UnitFilter.h"
#include "services/SupervisionService.h"
#include "services/UnitService.h"
#include "services/Workspace.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gw {
namespace {
QDate todayLocal(Workspace &ws)
{
    return WorkCalendar::localDate(ws.clock().now());
}
} // namespace

MatterStepDialog::MatterStepDialog(Workspace &ws, const Principal &actor, const Matter &matter, MatterStep step,
                                   QWidget *parent)
    : QDialog(parent), m_ws(ws), m_actor(actor), m_matter(matter), m_step(step)
{
    setObjectName(QStringLiteral("matterStepDialog"));
    setWindowTitle(tr("%1 — %2").arg(MatterFlow::stepLabel(step), matter.reference()));
    auto *layout = new QVBoxLayout(this);
    auto *heading = newHeading(this, 1.1);
    heading->setText(matter.title);
    layout->addWidget(heading);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    const QDate today = todayLocal(ws);
    auto text = [this](const QString &label, const QString &placeholder) {
        m_text = new QPlainTextEdit(this);
        m_text->setObjectName(QStringLiteral("matterStepText"));
        m_text->setTabChangesFocus(true);
        m_text->setPlaceholderText(placeholder);
        m_text->setMinimumHeight(100);
        m_form->addRow(label, m_text);
    };
    auto date = [this](const QString &label, const QDate &value) {
        m_date = new QDateEdit(value, this);
        m_date->setObjectName(QStringLiteral("matterStepDate"));
        m_date->setCalendarPopup(true);
        m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        m_form->addRow(label, m_date);
    };
    auto files = [this] {
        m_files = new QListWidget(this);
        m_files->setObjectName(QStringLiteral("matterStepFiles"));
        m_files->setMaximumHeight(80);
        auto *row = new QHBoxLayout;
        auto *attach = new QPushButton(tr("&Attach files…"), this);
        auto *paste = new QPushButton(tr("Paste &picture"), this);
        paste->setToolTip(tr("A picture copied from a camera's or a chat's window (Ctrl+Shift+V)"));
        auto *remove = new QPushButton(tr("Re&move"), this);
        row->addWidget(attach);
        row->addWidget(paste);
        row->addWidget(remove);
        row->addStretch(1);
        auto *box = new QVBoxLayout;
        box->addWidget(m_files);
        box->addLayout(row);
        m_form->addRow(tr("Files:"), box);
        connect(attach, &QPushButton::clicked, this, [this] {
            for (const QString &path : chooseFilesToOpen(this, tr("Attach files"))) {
                QFile f(path);
                if (!f.open(QIODevice::ReadOnly)) {
                    m_error->showMessage(tr("“%1” could not be read: %2").arg(path, f.errorString()));
                    continue;
                }
                addFile(QFileInfo(path).fileName(), f.readAll());
            }
        });
        connect(paste, &QPushButton::clicked, this, &MatterStepDialog::pastePicture);
        auto *shortcut = new QShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+V")), this);
        connect(shortcut, &QShortcut::activated, this, &MatterStepDialog::pastePicture);
        connect(remove, &QPushButton::clicked, this, [this] {
            const int row = m_files->currentRow();
            if (row >= 0) {
                delete m_files->takeItem(row);
                m_attached.removeAt(row);
            }
        });
    };

    switch (step) {
    case MatterStep::Assign: {
        m_unit = newUnitBox(ws, actor, tr("Choose…"), this);
        m_form->addRow(tr("&Lead unit (牵头单位):"), m_unit);
        if (matter.leadUnitId > 0)
            m_unit->setCurrentIndex(m_unit->findData(matter.leadUnitId));
        m_assist = new QListWidget(this);
        m_assist->setObjectName(QStringLiteral("matterAssistUnits"));
        m_assist->setMaximumHeight(120);
        UnitFilter all;
        all.limit = 100000;
        if (auto units = ws.units().list(actor, all)) {
            for (const Unit &u : units.value()) {
                auto *item = new QListWidgetItem(u.name, m_assist);
                item->setData(Qt::UserRole, u.id);
                item->setCheckState(matter.assistUnitIds.contains(u.id) ? Qt::Checked : Qt::Unchecked);
            }
        }
        m_form->addRow(tr("A&ssisting units (协办单位):"), m_assist);
        date(tr("&Deadline (办理时限):"), matter.dueDate.isValid() ? matter.dueDate : today.addDays(10));
        text(tr("&Notice (督查通知):"), tr("What the notice to the unit asks, beyond the instruction"));
        break;
    }
    case MatterStep::Advise: {
        auto *advice = new QLabel(matter.category ? HotlineScope::advice(*matter.category) : QString(), this);
        advice->setWordWrap(true);
        advice->setObjectName(QStringLiteral("matterAdvice"));
        m_form->addRow(tr("Advice given:"), advice);
        text(tr("&Also said:"), tr("Anything said to the caller besides the advice"));
        break;
    }
    case MatterStep::Split: {
        m_tasks = new QTableWidget(0, 3, this);
        m_tasks->setObjectName(QStringLiteral("matterSubTasks"));
        m_tasks->setHorizontalHeaderLabels({tr("Sub-task"), tr("Lead unit"), tr("Deadline")});
        m_tasks->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_tasks->setMinimumWidth(640);
        auto *add = new QPushButton(tr("&Add a sub-task"), this);
        auto *box = new QVBoxLayout;
        box->addWidget(m_tasks);
        box->addWidget(add, 0, Qt::AlignLeft);
        m_form->addRow(tr("Sub-tasks:"), box);
        connect(add, &QPushButton::clicked, this, &MatterStepDialog::addSubTaskRow);
        addSubTaskRow();
        addSubTaskRow();
        break;
    }
    case MatterStep::Feedback:
        date(tr("Progress as o&f:"), today);
        text(tr("&What the unit reported:"), tr("Type or paste the unit's feedback (进展情况)"));
        files();
        break;
    case MatterStep::Report:
        text(tr("&Report of completion:"), tr("Type or paste the unit's report (办结报告)"));
        files();
        break;
    case MatterStep::RequestExtension:
        m_form->addRow(tr("Present deadline:"), new QLabel(matter.dueDate.toString(QStringLiteral("yyyy-MM-dd")), this));
        date(tr("&New deadline asked for:"), matter.dueDate.addDays(14));
        text(tr("&Reason:"), tr("The unit's reason for the extension"));
        break;
    case MatterStep::DecideExtension:
        m_form->addRow(tr("Asked for:"),
                       new QLabel(tr("%1, because: %2")
                                      .arg(matter.extensionAskedTo.toString(QStringLiteral("yyyy-MM-dd")),
                                           matter.extensionReason),
                                  this));
        m_choice = new QComboBox(this);
        m_choice->addItem(tr("Grant: the deadline moves"), true);
        m_choice->addItem(tr("Refuse: the deadline stays"), false);
        m_form->addRow(tr("&Decision:"), m_choice);
        text(tr("&Note:"), tr("Needed when refusing"));
        break;
    case MatterStep::Review:
        m_choice = new QComboBox(this);
        m_choice->addItem(tr("Accept the report (审核通过)"), true);
        m_choice->addItem(tr("Send back to the unit (退办)"), false);
        m_form->addRow(tr("&Decision:"), m_choice);
        text(tr("&Reason:"), tr("Needed when sending back: what is missing"));
        break;
    case MatterStep::Close: {
        const bool proposal = matter.kind == MatterKind::Proposal;
        const bool call = matter.kind == MatterKind::Hotline;
        text(proposal ? tr("&Reply to the deputy or member (答复):")
             : call   ? tr("&Answer given to the caller:")
                      : tr("&Closing note:"),
             {});
        date(tr("&Date of the reply:"), today);
        if (proposal || call) {
            m_satisfaction = new QComboBox(this);
            m_satisfaction->setObjectName(QStringLiteral("matterSatisfaction"));
            for (Satisfaction s : {Satisfaction::Unknown, Satisfaction::Satisfied, Satisfaction::Basically,
                                   Satisfaction::Dissatisfied})
                m_satisfaction->addItem(satisfactionLabel(s), satisfactionCode(s));
            m_form->addRow(tr("&Satisfaction:"), m_satisfaction);
        }
        if (proposal) {
            m_solved = new QComboBox(this);
            m_solved->setObjectName(QStringLiteral("matterSolved"));
            m_solved->addItem(tr("not recorded"), -1);
            m_solved->addItem(tr("solved (办成)"), 1);
            m_solved->addItem(tr("not solved"), 0);
            m_form->addRow(tr("S&olved:"), m_solved);
        }
        break;
    }
    case MatterStep::Urge:
        m_choice = new QComboBox(this);
        m_choice->addItem(tr("by telephone"), QStringLiteral("phone"));
        m_choice->addItem(tr("by a written reminder (催办通知)"), QStringLiteral("notice"));
        m_choice->addItem(tr("in person"), QStringLiteral("in_person"));
        m_form->addRow(tr("&How:"), m_choice);
        text(tr("&What was said:"), {});
        break;
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(MatterFlow::stepLabel(step));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &MatterStepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *send = new QShortcut(QKeySequence(QStringLiteral("Ctrl+Return")), this);
    connect(send, &QShortcut::activated, this, &MatterStepDialog::accept);
    fitWindow(this, QSize(720, step == MatterStep::Assign || step == MatterStep::Split ? 560 : 440));
}

QComboBox *newUnitBox(Workspace &ws, const Principal &actor, const QString &none, QWidget *parent, bool retiredToo)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("matterUnit"));
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->completer()->setFilterMode(Qt::MatchContains);
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    box->setMinimumContentsLength(16);
    // As wide as 16 characters, not as the longest of hundreds of units.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->addItem(none, qint64(0));
    UnitFilter all;
    all.includeInactive = retiredToo;
    all.limit = 100000;
    if (auto units = ws.units().list(actor, all)) {
        for (const Unit &u : units.value())
            box->addItem(u.name, u.id);
    }
    return box;
}

void MatterStepDialog::addSubTaskRow()
{
    const int row = m_tasks->rowCount();
    m_tasks->insertRow(row);
    m_tasks->setItem(row, 0, new QTableWidgetItem);
    m_tasks->setCellWidget(row, 1, newUnitBox(m_ws, m_actor, tr("Choose…"), this));
    auto *due = new QDateEdit(m_matter.dueDate.isValid() ? m_matter.dueDate : todayLocal(m_ws).addDays(30), this);
    due->setCalendarPopup(true);
    due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_tasks->setCellWidget(row, 2, due);
    m_tasks->setCurrentCell(row, 0);
}

void MatterStepDialog::addFile(const QString &name, const QByteArray &bytes)
{
    m_attached.append(MatterFile{0, 0, name, {}, bytes.size(), bytes});
    m_files->addItem(tr("%1 (%2)").arg(name, fileSizeText(bytes.size())));
}

void MatterStepDialog::pastePicture()
{
    if (!m_files)
        return;
    const QImage image = QApplication::clipboard()->image();
    if (image.isNull()) {
        m_error->showMessage(tr("The clipboard holds no picture. Copy a picture first, or attach its file."));
        return;
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    addFile(tr("picture-%1.png").arg(m_attached.size() + 1), png);
}

Status MatterStepDialog::apply()
{
    SupervisionService &sv = m_ws.supervision();
    const QString text = m_text ? m_text->toPlainText() : QString();
    const QDate date = m_date ? m_date->date() : QDate();
    const qint64 id = m_matter.id;
    const qint64 v = m_matter.version;
    Result<Matter> done = makeError(ErrorCode::Validation, {});
    switch (m_step) {
    case MatterStep::Assign: {
        QList<qint64> assist;
        for (int i = 0; i < m_assist->count(); ++i) {
            if (m_assist->item(i)->checkState() == Qt::Checked)
                assist.append(m_assist->item(i)->data(Qt::UserRole).toLongLong());
        }
        done = sv.assign(m_actor, id, v, m_unit->currentData().toLongLong(), assist, date, text);
        break;
    }
    case MatterStep::Advise:
        done = sv.advise(m_actor, id, v, text);
        break;
    case MatterStep::Split: {
        QList<SubTask> tasks;
        for (int r = 0; r < m_tasks->rowCount(); ++r) {
            const QString title = m_tasks->item(r, 0) ? m_tasks->item(r, 0)->text().trimmed() : QString();
            if (title.isEmpty())
                continue;
            tasks.append(SubTask{title, static_cast<QComboBox *>(m_tasks->cellWidget(r, 1))->currentData().toLongLong(),
                                 static_cast<QDateEdit *>(m_tasks->cellWidget(r, 2))->date()});
        }
        auto made = sv.split(m_actor, id, v, tasks);
        if (!made)
            return made.error();
        auto again = sv.get(m_actor, id);
        if (!again)
            return again.error();
        m_result = again.value();
        return {};
    }
    case MatterStep::Feedback:
        done = sv.addFeedback(m_actor, id, v, date, text, m_attached);
        break;
    case MatterStep::Report:
        done = sv.report(m_actor, id, v, text, m_attached);
        break;
    case MatterStep::RequestExtension:
        done = sv.requestExtension(m_actor, id, v, date, text);
        break;
    case MatterStep::DecideExtension:
        done = sv.decideExtension(m_actor, id, v, m_choice->currentData().toBool(), text);
        break;
    case MatterStep::Review:
        done = sv.review(m_actor, id, v, m_choice->currentData().toBool(), text);
        break;
    case MatterStep::Close: {
        MatterClosure c;
        c.reply = text;
        c.replyDate = date;
        if (m_satisfaction)
            c.satisfaction = satisfactionFromCode(m_satisfaction->currentData().toString()).value_or(Satisfaction::Unknown);
        if (m_solved && m_solved->currentData().toInt() >= 0)
            c.solved = m_solved->currentData().toInt() == 1;
        done = sv.close(m_actor, id, v, c);
        break;
    }
    case MatterStep::Urge:
        done = sv.urge(m_actor, id, v, m_choice->currentData().toString(), text);
        break;
    }
    if (!done)
        return done.error();
    m_result = done.value();
    return {};
}

void MatterStepDialog::accept()
{
    // Refused: the dialog stays open with everything typed and attached, and says why.
    if (auto st = apply(); !st) {
        m_error->showError(st.error());
        return;
    }
    QDialog::accept();
}

} // namespace gw
