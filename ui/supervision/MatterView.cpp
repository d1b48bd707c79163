// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — one supervised matter.
#include "MatterView.h"

#include "ActionRow.h"
#include "ErrorBanner.h"
#include "FileDialogs.h"
#include "MatterStepDialog.h"
#include "RecordTable.h"
#include "WindowFit.h"

#include "services/SupervisionService.h"
#include "services/Workspace.h"
#include "storage/PrivateFiles.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace gw {
namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString eventLabel(const QString &action)
{
    if (action == QLatin1String("register"))
        return MatterView::tr("registered (立项)");
    if (action == QLatin1String("assign"))
        return MatterView::tr("assigned (交办)");
    if (action == QLatin1String("advise"))
        return MatterView::tr("caller advised, closed");
    if (action == QLatin1String("split"))
        return MatterView::tr("split into sub-tasks");
    if (action == QLatin1String("feedback"))
        return MatterView::tr("progress");
    if (action == QLatin1String("report"))
        return MatterView::tr("report of completion");
    if (action == QLatin1String("extension_request"))
        return MatterView::tr("extension asked to");
    if (action == QLatin1String("extension_grant"))
        return MatterView::tr("extension granted to");
    if (action == QLatin1String("extension_refuse"))
        return MatterView::tr("extension refused");
    if (action == QLatin1String("accept"))
        return MatterView::tr("report accepted");
    if (action == QLatin1String("return"))
        return MatterView::tr("sent back (退办)");
    if (action == QLatin1String("close"))
        return MatterView::tr("closed (销号)");
    if (action == QLatin1String("children_closed"))
        return MatterView::tr("closed: every sub-task closed");
    if (action.startsWith(QLatin1String("urge")))
        return MatterView::tr("urged (催办)");
    return action;
}

const char *stepObjectName(MatterStep s)
{
    switch (s) {
    case MatterStep::Assign:
        return "matterAssign";
    case MatterStep::Advise:
        return "matterAdvise";
    case MatterStep::Split:
        return "matterSplit";
    case MatterStep::Feedback:
        return "matterFeedback";
    case MatterStep::Report:
        return "matterReport";
    case MatterStep::RequestExtension:
        return "matterRequestExtension";
    case MatterStep::DecideExtension:
        return "matterDecideExtension";
    case MatterStep::Review:
        return "matterReview";
    case MatterStep::Close:
        return "matterClose";
    case MatterStep::Urge:
        return "matterUrge";
    }
    return "matterStep";
}
} // namespace

MatterView::MatterView(Workspace &ws, const Principal &actor, QWidget *parent)
    : QWidget(parent), m_ws(ws), m_actor(actor)
{
    setObjectName(QStringLiteral("matterView"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_error = new ErrorBanner(this);
    outer->addWidget(m_error);
    auto *row = new QHBoxLayout;
    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("matterDetail"));
    m_detail->setOpenLinks(false);
    row->addWidget(m_detail, 1);
    // The steps one under another beside the record: never clipped, however many.
    m_actions = new QVBoxLayout;
    row->addLayout(m_actions);
    outer->addLayout(row, 1);
    connect(m_detail, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (!m_shown || url.scheme() != QLatin1String("file-id"))
            return;
        auto f = m_ws.supervision().file(m_actor, m_matter.id, url.path().toLongLong());
        if (!f) {
            m_error->showError(f.error());
            return;
        }
        const QString path = chooseFileToSave(this, tr("Save the file"), f.value().name);
        if (path.isEmpty())
            return;
        if (auto st = privatefiles::write(path, f.value().bytes); !st)
            m_error->showError(st.error());
    });
    show(nullptr, MatterLight::None);
}

void MatterView::show(const Matter *m, MatterLight light)
{
    clearActionRow(m_actions);
    m_error->clear();
    m_shown = m != nullptr;
    if (m)
        m_matter = *m;
    if (!m) {
        m_detail->setHtml(tr("<p>No matter is selected.</p>"));
        return;
    }
    QString html = QStringLiteral("<h3>%1 %2</h3><table cellspacing=4>").arg(esc(m->reference()), esc(m->title));
    auto row = [&html](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            html += QStringLiteral("<tr><td valign=top><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
    };
    row(tr("Kind"), matterKindLabel(m->kind));
    row(tr("State"), matterStateLabel(m->state));
    row(tr("Light"), matterLightLabel(light));
    row(tr("Source"), m->source);
    row(tr("Meeting"), m->meeting);
    if (m->kind == MatterKind::Proposal)
        row(tr("Suggestion or proposal"), QStringLiteral("%1 · %2 · %3 %4")
                                              .arg(proposalBodyLabel(m->proposalBody), proposalLevelLabel(m->proposalLevel),
                                                   m->proposalClass, m->proposalNumber));
    if (m->kind == MatterKind::Hotline) {
        row(tr("Caller"), QStringLiteral("%1 %2").arg(m->caller, m->phone));
        row(tr("Time of the call"), shortDateTime(m->calledAtMs));
        if (m->category)
            row(tr("Category"), callCategoryLabel(*m->category));
    }
    row(m->kind == MatterKind::Hotline ? tr("What the caller said") : tr("Instruction or request"), m->request);
    row(tr("Leader concerned"), m->leaderName);
    row(tr("Lead unit"), m->leadUnitName);
    if (m->dueDate.isValid())
        row(tr("Deadline"), m->extensionsGranted > 0
                                ? tr("%1 (extended %n time(s))", nullptr, m->extensionsGranted)
                                      .arg(m->dueDate.toString(QStringLiteral("yyyy-MM-dd")))
                                : m->dueDate.toString(QStringLiteral("yyyy-MM-dd")));
    if (m->extensionPending())
        row(tr("Extension asked"), tr("to %1: %2").arg(m->extensionAskedTo.toString(QStringLiteral("yyyy-MM-dd")),
                                                      m->extensionReason));
    row(tr("Secrecy"), m->secrecy == Clearance::None ? QString() : clearanceLabel(m->secrecy));
    row(tr("Reply"), m->reply);
    if (m->satisfaction != Satisfaction::Unknown)
        row(tr("Satisfaction"), satisfactionLabel(m->satisfaction));
    if (m->solved)
        row(tr("Solved"), *m->solved ? tr("yes") : tr("no"));
    html += QStringLiteral("</table>");
    if (auto kids = m_ws.supervision().children(m_actor, m->id); kids && !kids.value().isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("Sub-tasks")));
        for (const Matter &c : kids.value())
            html += QStringLiteral("<li>%1 %2 — %3, %4</li>")
                        .arg(esc(c.reference()), esc(c.title), esc(c.leadUnitName), esc(matterStateLabel(c.state)));
        html += QStringLiteral("</ul>");
    }
    if (auto events = m_ws.supervision().events(m_actor, m->id)) {
        html += QStringLiteral("<h4>%1</h4><table cellspacing=4>").arg(esc(tr("History")));
        for (const MatterEvent &e : events.value()) {
            QString what = esc(eventLabel(e.action));
            if (e.date.isValid())
                what += QLatin1Char(' ') + e.date.toString(QStringLiteral("yyyy-MM-dd"));
            if (!e.text.isEmpty())
                what += QStringLiteral("<br>") + esc(e.text);
            for (const MatterFile &f : e.files)
                what += QStringLiteral("<br>📎 <a href='file-id:%1'>%2</a> (%3)")
                            .arg(f.id)
                            .arg(esc(f.name), esc(fileSizeText(f.size)));
            html += QStringLiteral("<tr><td valign=top>%1</td><td valign=top>%2</td><td>%3</td></tr>")
                        .arg(esc(shortDateTime(e.atMs)), esc(e.actorName), what);
        }
        html += QStringLiteral("</table>");
    }
    m_detail->setHtml(html);
    for (MatterStep s : m_ws.supervision().actionsFor(m_actor, *m))
        addActionButton(this, m_actions, stepObjectName(s), MatterFlow::stepLabel(s) + tr("…"),
                        [this, s] { takeStep(s); });
    m_actions->addStretch(1);
}

QStringList MatterView::offered() const
{
    return actionButtonNames(m_actions);
}

void MatterView::focusFirstStep()
{
    for (int i = 0; i < m_actions->count(); ++i) {
        if (QWidget *w = m_actions->itemAt(i)->widget()) {
            w->setFocus();
            return;
        }
    }
}

bool MatterView::takeStep(MatterStep step)
{
    if (!m_shown)
        return false;
    MatterStepDialog dialog(m_ws, m_actor, m_matter, step, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const qint64 id = m_matter.id;
    if (auto fresh = m_ws.supervision().get(m_actor, id)) {
        auto b = m_ws.supervision().bounds();
        show(&fresh.value(), b ? MatterFlow::lightOf(fresh.value(), b.value()) : MatterLight::None);
    }
    Q_EMIT changed(id);
    return true;
}

void openMatter(Workspace &ws, const Principal &actor, qint64 id, QWidget *parent)
{
    QDialog window(parent);
    window.setObjectName(QStringLiteral("matterWindow"));
    auto *layout = new QVBoxLayout(&window);
    auto *view = new MatterView(ws, actor, &window);
    layout->addWidget(view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &window);
    buttons->button(QDialogButtonBox::Close)->setText(MatterView::tr("Close"));
    QObject::connect(buttons, &QDialogButtonBox::rejected, &window, &QDialog::reject);
    layout->addWidget(buttons);
    auto m = ws.supervision().get(actor, id);
    if (!m) {
        view->show(nullptr, MatterLight::None);
        view->browser()->setPlainText(m.error().message);
    } else {
        auto b = ws.supervision().bounds();
        view->show(&m.value(), b ? MatterFlow::lightOf(m.value(), b.value()) : MatterLight::None);
        window.setWindowTitle(MatterView::tr("%1 %2").arg(m.value().reference(), m.value().title));
    }
    fitWindow(&window, QSize(900, 620));
    view->focusFirstStep();
    window.exec();
}

} // namespace gw
