// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — 承办, 传阅, 催办, 答复.
#include "HandlingDialog.h"

#include "PdfPreviewDialog.h"
#include "WindowFit.h"
#include "TextPrompt.h"

#include "ActionRow.h"
#include "AttachmentList.h"
#include "ErrorBanner.h"
#include "RecordTable.h"
#include "IncomingModel.h"
#include "SavePdf.h"

#include "Clock.h"
#include "pdf/Notices.h"
#include "security/Permissions.h"
#include "services/IncomingService.h"
#include "services/OfficeService.h"
#include "services/Workspace.h"
#include "workflow/WorkCalendar.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gw {
namespace {
QString when(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("MM-dd HH:mm"))
                  : QString();
}
QString eventLabel(const QString &code)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("register"), QT_TRANSLATE_NOOP("HandlingDialog", "Registered")},
        {QStringLiteral("triage:accepted"), QT_TRANSLATE_NOOP("HandlingDialog", "Accepted")},
        {QStringLiteral("triage:transferred"), QT_TRANSLATE_NOOP("HandlingDialog", "Transferred")},
        {QStringLiteral("triage:returned"), QT_TRANSLATE_NOOP("HandlingDialog", "Returned")},
        {QStringLiteral("triage:reversed"), QT_TRANSLATE_NOOP("HandlingDialog", "Triage decision reversed")},
        {QStringLiteral("propose"), QT_TRANSLATE_NOOP("HandlingDialog", "Proposal (拟办)")},
        {QStringLiteral("instruct"), QT_TRANSLATE_NOOP("HandlingDialog", "Instruction (签批)")},
        {QStringLiteral("distribute"), QT_TRANSLATE_NOOP("HandlingDialog", "Distributed")},
        {QStringLiteral("forward"), QT_TRANSLATE_NOOP("HandlingDialog", "Forwarded")},
        {QStringLiteral("turn:read"), QT_TRANSLATE_NOOP("HandlingDialog", "Read")},
        {QStringLiteral("turn:handled"), QT_TRANSLATE_NOOP("HandlingDialog", "Handled")},
        {QStringLiteral("urge:phone"), QT_TRANSLATE_NOOP("HandlingDialog", "Urged by phone")},
        {QStringLiteral("urge:notice"), QT_TRANSLATE_NOOP("HandlingDialog", "Urged by notice")},
        {QStringLiteral("urge:in_person"), QT_TRANSLATE_NOOP("HandlingDialog", "Urged in person")},
        {QStringLiteral("reply"), QT_TRANSLATE_NOOP("HandlingDialog", "Replied")},
    };
    const char *l = labels.value(code);
    return l ? QCoreApplication::translate("HandlingDialog", l) : code;
}
} // namespace

HandlingDialog::HandlingDialog(Workspace &ws, const Principal &actor, qint64 itemId, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_actor(actor), m_id(itemId)
{
    setObjectName(QStringLiteral("handlingDialog"));
    setProperty("helpPage", QStringLiteral("incoming-handling"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("handlingSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);
    layout->addWidget(new QLabel(tr("Attachments"), this));
    layout->addWidget(new AttachmentList(ws, actor, itemId, m_error, this));
    m_actions = new QHBoxLayout;
    layout->addLayout(m_actions);
    layout->addWidget(new QLabel(tr("Circulation list"), this));
    m_routes = new QTableWidget(0, 6, this);
    m_routes->setObjectName(QStringLiteral("routeTable"));
    m_routes->setHorizontalHeaderLabels(
        {tr("Order"), tr("Person"), tr("Task"), tr("State"), tr("Opinion"), tr("Received / done")});
    m_routes->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_routes->verticalHeader()->hide();
    m_routes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_routes, 1);
    layout->addWidget(new QLabel(tr("History"), this));
    m_events = new QTableWidget(0, 4, this);
    m_events->setObjectName(QStringLiteral("historyTable"));
    m_events->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Action"), tr("Note")});
    m_events->horizontalHeader()->setStretchLastSection(true);
    m_events->verticalHeader()->hide();
    m_events->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_events, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);
    fitWindow(this, QSize(900, 640));
    refresh();
}

QString HandlingDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool HandlingDialog::refresh()
{
    auto item = m_ws.incoming().get(m_actor, m_id);
    if (!item) {
        m_error->showError(item.error());
        return false;
    }
    m_item = item.value();
    setWindowTitle(m_item.title);
    QString html = QStringLiteral("<b>%1</b>　%2<br>%3：%4（%5）")
                       .arg(m_item.title.toHtmlEscaped(), m_item.docNumber.toHtmlEscaped(), tr("State"),
                            IncomingModel::stateLabel(m_item.state),
                            tr("held by %1 since %2").arg(m_item.holder, when(m_item.holderSinceMs)));
    if (!m_item.proposal.isEmpty())
        html += QStringLiteral("<br>%1：%2").arg(tr("Proposal (拟办)"), m_item.proposal.toHtmlEscaped());
    if (!m_item.instruction.isEmpty())
        html +=
            QStringLiteral("<br>%1：%2").arg(tr("Instruction (签批)"), m_item.instruction.toHtmlEscaped());
    if (!m_item.reply.isEmpty())
        html += QStringLiteral("<br>%1：%2").arg(tr("Reply (答复)"), m_item.reply.toHtmlEscaped());
    m_summary->setText(html);
    const QList<IncomingRoute> routes = m_ws.incoming().routes(m_actor, m_id).value();
    m_routes->setRowCount(int(routes.size()));
    for (int i = 0; i < routes.size(); ++i) {
        const IncomingRoute &r = routes.at(i);
        const QString task =
            r.handles ? (r.lead ? tr("Handles, lead (主办)") : tr("Handles, assists (协办)")) : tr("Reads");
        const QString state = r.state == QLatin1String("holding") ? tr("Has it")
                              : r.state == QLatin1String("done")  ? tr("Done")
                              : r.state == QLatin1String("copy")  ? tr("Copy of the transfer (抄送)")
                                                                  : tr("Waiting");
        const QStringList cells{QString::number(r.position),
                                r.userName,
                                task,
                                state,
                                r.opinion,
                                when(r.receivedAtMs) +
                                    (r.doneAtMs > 0 ? QStringLiteral(" / ") + when(r.doneAtMs) : QString())};
        for (int c = 0; c < cells.size(); ++c)
            m_routes->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_routes->resizeColumnsToContents();
    const auto events = m_ws.incoming().events(m_actor, m_id).value();
    m_events->setRowCount(int(events.size()));
    for (int i = 0; i < events.size(); ++i) {
        const IncomingEvent &e = events.at(i);
        m_events->setItem(i, 0, new QTableWidgetItem(shortDateTime(e.atMs)));
        m_events->setItem(i, 1, new QTableWidgetItem(e.actorName));
        m_events->setItem(i, 2, new QTableWidgetItem(eventLabel(e.action)));
        m_events->setItem(i, 3, new QTableWidgetItem(e.note));
    }
    for (int c = 0; c < 3; ++c)
        m_events->resizeColumnToContents(c);
    buildActions();
    return true;
}

QPushButton *HandlingDialog::addAction(const char *name, const QString &label,
                                       const std::function<void()> &run)
{
    return addActionButton(this, m_actions, name, label, run);
}

QStringList HandlingDialog::actionNames() const
{
    return actionButtonNames(m_actions);
}

void HandlingDialog::askThen(const QString &title, const QString &label,
                             const std::function<bool(const QString &)> &send)
{
    QString text;
    if (m_prompts.ask(this, title, label, &text) && send(text))
        m_prompts.sent(title); // else it comes back in the prompt next time
}

// The buttons are exactly what the service says this user may do to the item now.
void HandlingDialog::buildActions()
{
    clearActionRow(m_actions);
    for (IncomingStep step : m_ws.incoming().actionsFor(m_actor, m_item)) {
        switch (step) {
        case IncomingStep::Triage: // its own dialog, opened from the register
            break;
        case IncomingStep::Propose:
            addAction("actionPropose", tr("&Proposal (拟办)…"),
                      [this] {
                          askThen(tr("Proposal (拟办)"), tr("Proposal:"),
                                  [this](const QString &t) { return proposeHandling(t); });
                      });
            break;
        case IncomingStep::Instruct:
            addAction("actionInstruct", tr("&Instruct (签批)…"),
                      [this] {
                          askThen(tr("Instruction (签批)"), tr("Instruction:"),
                                  [this](const QString &t) { return instruct(t); });
                      });
            break;
        case IncomingStep::Distribute:
            addAction("actionDistribute", tr("&Distribute…"), [this] { chooseRoutes(); });
            break;
        case IncomingStep::FinishTurn:
            addAction("actionFinish", tr("&Read / done…"),
                      [this] {
                          askThen(tr("Read / done"), tr("Opinion:"),
                                  [this](const QString &t) { return finishTurn(t); });
                      });
            break;
        case IncomingStep::Forward:
            addAction("actionForward", tr("&Forward to the next"), [this] { forward(); });
            break;
        case IncomingStep::Urge:
            addAction("actionUrge", tr("&Urge…"), [this] { urgeHolder(); });
            break;
        case IncomingStep::ReverseTriage:
            addAction("actionReverseTriage", tr("Re&verse the triage decision…"),
                      [this] {
                          askThen(tr("Reverse the triage decision"),
                                  tr("Why is the decision taken back? The document waits for triage (初审) again."),
                                  [this](const QString &t) { return reverseTriage(t); });
                      });
            break;
        case IncomingStep::Reply:
            addAction("actionReply", tr("R&eply to the sender…"),
                      [this] {
                          askThen(tr("Reply (答复)"), tr("Reply:"), [this](const QString &t) { return reply(t); });
                      });
            break;
        }
    }
    m_actions->addStretch(1);
}

void HandlingDialog::urgeHolder()
{
    const QStringList methods{tr("By phone"), tr("By notice"), tr("In person")};
    bool ok = false;
    const QString how = QInputDialog::getItem(this, tr("Urge"), tr("How:"), methods, 0, false, &ok);
    if (!ok)
        return;
    const QString codes[] = {QStringLiteral("phone"), QStringLiteral("notice"), QStringLiteral("in_person")};
    const QString method = codes[methods.indexOf(how)];
    const QString holder = m_item.holder;
    askThen(tr("Urge"), tr("What was said:"), [&](const QString &note) {
        if (!urge(method, note))
            return false;
        if (method == QLatin1String("notice"))
            previewPdf(this, tr("Urge notice (催办通知)"), urgeNotice(note),
                       tr("催办通知 — %1 — %2.pdf").arg(holder, m_item.title));
        return true;
    });
}

void HandlingDialog::chooseRoutes()
{
    auto people = m_ws.incoming().recipients(m_actor);
    if (!people) {
        m_error->showError(people.error());
        return;
    }
    QDialog pick(this);
    pick.setWindowTitle(tr("Distribute"));
    auto *layout = new QVBoxLayout(&pick);
    layout->addWidget(
        new QLabel(tr("Tick the readers and handlers in the order the document goes round:"), &pick));
    auto *table = new QTableWidget(int(people.value().size()), 4, &pick);
    table->setObjectName(QStringLiteral("distributeTable"));
    table->setHorizontalHeaderLabels({tr("Person"), tr("Reads"), tr("Handles"), tr("Leads")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < people.value().size(); ++i) {
        const User &u = people.value().at(i);
        auto *person = new QTableWidgetItem(u.displayName + QStringLiteral("（") + roleLabels(u.roles) +
                                            QStringLiteral("）"));
        person->setData(Qt::UserRole, u.id);
        table->setItem(i, 0, person);
        for (int c = 1; c <= 3; ++c) {
            auto *box = new QTableWidgetItem;
            box->setCheckState(Qt::Unchecked);
            table->setItem(i, c, box);
        }
    }
    table->resizeColumnsToContents();
    table->setCurrentCell(0, 1);
    layout->addWidget(table);
    // The list's order is the order of circulation: a person is moved up or down with Alt+Up/Down.
    auto move = [table](int delta) {
        const int from = table->currentRow();
        const int to = from + delta;
        if (from < 0 || to < 0 || to >= table->rowCount())
            return;
        for (int c = 0; c < table->columnCount(); ++c) {
            QTableWidgetItem *a = table->takeItem(from, c);
            QTableWidgetItem *b = table->takeItem(to, c);
            table->setItem(from, c, b);
            table->setItem(to, c, a);
        }
        table->setCurrentCell(to, table->currentColumn());
    };
    auto *order = new QHBoxLayout;
    auto *up = new QPushButton(tr("Move up (Alt+↑)"), &pick);
    auto *down = new QPushButton(tr("Move down (Alt+↓)"), &pick);
    up->setObjectName(QStringLiteral("moveUp"));
    down->setObjectName(QStringLiteral("moveDown"));
    up->setAutoDefault(false);
    down->setAutoDefault(false);
    connect(up, &QPushButton::clicked, &pick, [move] { move(-1); });
    connect(down, &QPushButton::clicked, &pick, [move] { move(1); });
    // Shortcuts of their own: a button's shortcut animates a click and ignores a second press meanwhile.
    connect(new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), &pick), &QShortcut::activated, &pick,
            [move] { move(-1); });
    connect(new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), &pick), &QShortcut::activated, &pick,
            [move] { move(1); });
    order->addWidget(new QLabel(tr("Space ticks a box."), &pick), 1);
    order->addWidget(up);
    order->addWidget(down);
    layout->addLayout(order);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &pick);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Distribute"));
    pick.setObjectName(QStringLiteral("distributeDialog"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, &pick, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &pick, &QDialog::reject);
    layout->addWidget(buttons);
    pick.resize(600, 440);
    if (pick.exec() != QDialog::Accepted)
        return;
    QList<IncomingRoute> routes;
    for (int i = 0; i < table->rowCount(); ++i) {
        const bool reads = table->item(i, 1)->checkState() == Qt::Checked;
        const bool handles = table->item(i, 2)->checkState() == Qt::Checked;
        if (!reads && !handles)
            continue;
        IncomingRoute r;
        r.userId = table->item(i, 0)->data(Qt::UserRole).toLongLong();
        r.handles = handles;
        r.lead = handles && table->item(i, 3)->checkState() == Qt::Checked;
        routes.append(r);
    }
    distribute(routes);
}

bool HandlingDialog::apply(const Result<IncomingItem> &r)
{
    m_error->setStatus(r);
    if (!r)
        return false;
    refresh();
    return true;
}

bool HandlingDialog::proposeHandling(const QString &text)
{
    return apply(m_ws.incoming().proposeHandling(m_actor, m_id, m_item.version, text));
}
bool HandlingDialog::instruct(const QString &text)
{
    return apply(m_ws.incoming().instruct(m_actor, m_id, m_item.version, text));
}
bool HandlingDialog::distribute(const QList<IncomingRoute> &routes)
{
    return apply(m_ws.incoming().distribute(m_actor, m_id, m_item.version, routes));
}
bool HandlingDialog::finishTurn(const QString &opinion)
{
    return apply(m_ws.incoming().finishTurn(m_actor, m_id, m_item.version, opinion));
}
bool HandlingDialog::forward()
{
    return apply(m_ws.incoming().forward(m_actor, m_id, m_item.version));
}
bool HandlingDialog::urge(const QString &method, const QString &note)
{
    return apply(m_ws.incoming().urge(m_actor, m_id, m_item.version, method, note));
}
QByteArray HandlingDialog::urgeNotice(const QString &note) const
{
    UrgeNotice n;
    if (auto office = m_ws.office().office(); office && office.value()) {
        n.office = office.value()->fullName;
        n.officeContact = office.value()->noticeContact();
    }
    n.holder = m_item.holder;
    n.sender = m_item.senderName;
    n.docNumber = m_item.docNumber;
    n.title = m_item.title;
    n.received = WorkCalendar::localDate(QDateTime::fromMSecsSinceEpoch(
        m_item.holderSinceMs > 0 ? m_item.holderSinceMs : m_item.receivedAtMs));
    if (m_item.dueAtMs > 0) {
        n.due = WorkCalendar::localDate(QDateTime::fromMSecsSinceEpoch(m_item.dueAtMs));
        n.overdue = m_ws.incoming().isOverdue(m_item);
    }
    n.note = note;
    n.date = WorkCalendar::localDate(m_ws.clock().now());
    return urgeNoticePdf(n);
}

bool HandlingDialog::reply(const QString &text)
{
    return apply(m_ws.incoming().reply(m_actor, m_id, m_item.version, text));
}

bool HandlingDialog::reverseTriage(const QString &reason)
{
    return apply(m_ws.incoming().reverseTriage(m_actor, m_id, m_item.version, reason));
}

} // namespace gw
