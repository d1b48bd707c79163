// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk UI tests — every top-level screen of the program.
#include "DeskScreens.h"

#include "ArchiveDialogs.h"

#include "UiHelpers.h"

#include "ChangePasswordDialog.h"
#include "DraftDialog.h"
#include "DraftEditorDialog.h"
#include "FirstReaderDialog.h"
#include "HandlingDialog.h"
#include "LetterDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "ManualWindow.h"
#include "MatterDialog.h"
#include "MatterStepDialog.h"
#include "PrintDialog.h"
#include "RegistrationDialog.h"
#include "SetupWizard.h"
#include "TriageDialog.h"
#include "UnitDialog.h"
#include "UserDialog.h"

#include "SearchDialog.h"
#include "services/DraftingService.h"
#include "services/IncomingService.h"
#include "services/SupervisionService.h"
#include "services/UnitService.h"
#include "services/UserService.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>

namespace gw::test {

namespace {
qint64 firstTask(Workspace &ws, const Principal &actor)
{
    auto tasks = ws.drafting().tasks(actor);
    REQUIRE(tasks.ok());
    REQUIRE_FALSE(tasks.value().isEmpty());
    return tasks.value().first().id;
}

/// An item accepted at 初审, waiting to be distributed: the demo's last registered one, accepted now
/// when none is.
IncomingItem acceptedItem(Workspace &ws, const Principal &clerk)
{
    auto items = ws.incoming().list(clerk, IncomingFilter{});
    REQUIRE(items.ok());
    const IncomingItem *registered = nullptr;
    for (const IncomingItem &i : items.value()) {
        if (i.state == QLatin1String("accepted"))
            return i;
        if (i.state == QLatin1String("registered"))
            registered = &i;
    }
    REQUIRE(registered != nullptr);
    TriageFacts facts;
    facts.categories = {AcceptCategory::AllMustKnow};
    auto accepted = ws.incoming().triage(clerk, registered->id, registered->version, facts, TriageOutcome::Accept,
                                         QString());
    REQUIRE(accepted.ok());
    return accepted.value();
}

IncomingItem itemIn(Workspace &ws, const Principal &clerk, bool registered)
{
    auto items = ws.incoming().list(clerk, IncomingFilter{});
    REQUIRE(items.ok());
    for (const IncomingItem &i : items.value()) {
        if ((i.state == QLatin1String("registered")) == registered)
            return i;
    }
    FAIL("no such item in the demo office");
    return {};
}
} // namespace

QList<DeskScreen> deskScreens(Workspace &ws)
{
    QList<DeskScreen> out;
    out.append({QStringLiteral("log-in"), [&ws] { return std::make_unique<LoginDialog>(ws, QString()); }});
    for (const char *user :
         {"admin", "clerk", "drafter", "reviewer", "deputy", "leader", "vice", "printer", "reader", "supervisor",
          "hotline"}) {
        out.append({QStringLiteral("main window (%1)").arg(QLatin1String(user)), [&ws, user] {
                        return std::make_unique<MainWindow>(ws, logIn(ws, user));
                    }});
    }
    out.append({QStringLiteral("draft page (reviewer)"), [&ws] {
                    const Principal reviewer = logIn(ws, "reviewer");
                    return std::make_unique<DraftDialog>(ws, reviewer, firstTask(ws, reviewer));
                }});
    out.append({QStringLiteral("draft page (leader)"), [&ws] {
                    const Principal leader = logIn(ws, "leader");
                    return std::make_unique<DraftDialog>(ws, leader, firstTask(ws, leader));
                }});
    out.append({QStringLiteral("draft editor (drafter)"), [&ws] {
                    return std::make_unique<DraftEditorDialog>(ws, logIn(ws, "drafter"), Draft{}, QString());
                }});
    out.append({QStringLiteral("printing (printer)"), [&ws] {
                    const Principal printer = logIn(ws, "printer");
                    return std::make_unique<PrintDialog>(ws, printer, firstTask(ws, printer));
                }});
    out.append({QStringLiteral("first reader (reader)"), [&ws] {
                    return std::make_unique<FirstReaderDialog>(ws, logIn(ws, "reader"),
                                                               firstTask(ws, logIn(ws, "printer")));
                }});
    out.append({QStringLiteral("registration (clerk)"),
                [&ws] { return std::make_unique<RegistrationDialog>(ws, logIn(ws, "clerk")); }});
    out.append({QStringLiteral("triage (clerk)"), [&ws] {
                    const Principal clerk = logIn(ws, "clerk");
                    return std::make_unique<TriageDialog>(ws, clerk, itemIn(ws, clerk, true));
                }});
    out.append({QStringLiteral("handling (clerk)"), [&ws] {
                    const Principal clerk = logIn(ws, "clerk");
                    return std::make_unique<HandlingDialog>(ws, clerk, itemIn(ws, clerk, false).id);
                }});
    out.append({QStringLiteral("fail the print (reader)"),
                [&ws] {
                    return std::make_unique<FirstReaderDialog>(ws, logIn(ws, "reader"),
                                                               firstTask(ws, logIn(ws, "printer")));
                },
                QStringLiteral("failButton"),
                {}});
    out.append({QStringLiteral("distribute (clerk)"),
                [&ws] {
                    const Principal clerk = logIn(ws, "clerk");
                    return std::make_unique<HandlingDialog>(ws, clerk, acceptedItem(ws, clerk).id);
                },
                QStringLiteral("actionDistribute"),
                {}});
    out.append({QStringLiteral("triage confirmation (clerk)"),
                [&ws] {
                    const Principal clerk = logIn(ws, "clerk");
                    return std::make_unique<TriageDialog>(ws, clerk, itemIn(ws, clerk, true));
                },
                QStringLiteral("confirmTriage"),
                [](QWidget &triage) {
                    child<QPlainTextEdit>(triage, "triageReason")->setPlainText(QStringLiteral("按规定处理"));
                }});
    out.append({QStringLiteral("first-run set-up"), [&ws] { return std::make_unique<SetupWizard>(ws); }});
    out.append({QStringLiteral("letter (clerk)"),
                [&ws] { return std::make_unique<LetterDialog>(ws, logIn(ws, "clerk")); }});
    out.append({QStringLiteral("letter book (clerk)"),
                [&ws] { return std::make_unique<LettersDialog>(ws, logIn(ws, "clerk")); }});
    out.append({QStringLiteral("account (admin)"), [&ws] {
                    return std::make_unique<UserDialog>(ws.users(), logIn(ws, "admin"), User{});
                }});
    out.append({QStringLiteral("change my password (clerk)"), [&ws] {
                    return std::make_unique<ChangePasswordDialog>(ws, logIn(ws, "clerk"), false);
                }});
    out.append({QStringLiteral("manual"), [] {
                    auto manual = std::make_unique<ManualWindow>();
                    manual->showPage(QStringLiteral("index"));
                    return manual;
                }});
    for (MatterKind kind : allMatterKinds()) {
        out.append({QStringLiteral("register a matter (%1)").arg(matterKindCode(kind)), [&ws, kind] {
                        const char *who = kind == MatterKind::Hotline ? "hotline" : "supervisor";
                        return std::make_unique<MatterDialog>(ws, logIn(ws, who), kind);
                    }});
    }
    for (MatterStep step : {MatterStep::Assign, MatterStep::Feedback, MatterStep::Split, MatterStep::Close,
                            MatterStep::Review, MatterStep::Urge, MatterStep::RequestExtension}) {
        out.append({QStringLiteral("matter step (%1)").arg(MatterFlow::stepCode(step)), [&ws, step] {
                        const Principal sup = logIn(ws, "supervisor");
                        MatterFilter f;
                        f.kind = MatterKind::Proposal;
                        auto matters = ws.supervision().list(sup, f);
                        REQUIRE(matters.ok());
                        REQUIRE_FALSE(matters.value().isEmpty());
                        return std::make_unique<MatterStepDialog>(ws, sup, matters.value().first(), step);
                    }});
    }
    // The 档案 dialogs, on an item as archiving makes it.
    const auto archived = [] {
        ArchiveItem a;
        a.id = 1;
        a.code.fonds = QStringLiteral("J012");
        a.code.year = 2026;
        a.code.item = 7;
        a.title = QStringLiteral("关于做好防汛工作的通知");
        a.responsible = QStringLiteral("云溪区人民政府办公室");
        a.docNumber = QStringLiteral("云政办发〔2026〕7号");
        a.date = QStringLiteral("2026-06-01");
        a.pages = 2;
        a.components = {{1, ComponentRole::Released, QStringLiteral("正本.pdf"), QString(64, QLatin1Char('a')),
                         QString(64, QLatin1Char('b')), 40000, 2},
                        {2, ComponentRole::Stamped, QStringLiteral("归档章副本.pdf"), QString(64, QLatin1Char('c')),
                         QString(64, QLatin1Char('d')), 52000, 2}};
        return a;
    };
    out.append({QStringLiteral("archive: confirm retention (clerk)"), [] {
                    ArchiveCandidate c;
                    c.title = QStringLiteral("关于做好防汛工作的通知");
                    c.docNumber = QStringLiteral("云政办发〔2026〕7号");
                    ArchiveCandidate in = c;
                    in.source = ArchiveSource::Incoming;
                    return std::make_unique<ArchiveConfirmDialog>(QList<ArchiveCandidate>{c, c}, QList<ArchiveCandidate>{in});
                }});
    out.append({QStringLiteral("archive: an archived item (clerk)"), [&ws, archived] {
                    return std::make_unique<ArchiveItemDialog>(ws, logIn(ws, "clerk"), archived());
                }});
    out.append({QStringLiteral("archive: lend an item (clerk)"), [&ws, archived] {
                    return std::make_unique<LoanDialog>(ws, logIn(ws, "clerk"), archived());
                }});
    out.append({QStringLiteral("search with results (clerk)"), [&ws] {
                    auto dialog = std::make_unique<SearchDialog>(ws, logIn(ws, "clerk"));
                    dialog->query()->setText(QStringLiteral("通知"));
                    dialog->runSearch();
                    return dialog;
                }});
    out.append({QStringLiteral("unit (admin)"), [&ws] {
                    return std::make_unique<UnitDialog>(ws.units(), logIn(ws, "admin"), Unit{});
                }});
    return out;
}

bool lookAt(const DeskScreen &screen, const std::function<void(QWidget &window)> &look)
{
    std::unique_ptr<QWidget> opened = screen.open();
    opened->show();
    QCoreApplication::processEvents();
    bool seen = false;
    if (screen.button.isEmpty()) {
        look(*opened);
        seen = true;
    } else {
        if (screen.prepare)
            screen.prepare(*opened);
        QWidget *parent = opened.get();
        expectModals({{[parent](QWidget &w) { return &w != parent; },
                       [&](QWidget &w) {
                           look(w);
                           seen = true;
                           if (auto *d = qobject_cast<QDialog *>(&w))
                               d->reject();
                           else
                               w.close();
                       }}});
        click(*opened, qPrintable(screen.button));
    }
    opened->close();
    return seen;
}

void forEachView(QWidget &window, const std::function<void(const QString &where)> &visit)
{
    auto visitTabs = [&](const QString &where) {
        visit(where);
        const QList<QTabWidget *> tabs = window.findChildren<QTabWidget *>();
        for (QTabWidget *t : tabs) {
            if (!t->isVisible())
                continue;
            const int was = t->currentIndex();
            for (int i = 0; i < t->count(); ++i) {
                if (i == was || !t->isTabEnabled(i))
                    continue;
                t->setCurrentIndex(i);
                QCoreApplication::processEvents();
                visit(QStringLiteral("%1, tab %2").arg(where, t->tabText(i)));
            }
            t->setCurrentIndex(was);
        }
    };
    if (auto *main = qobject_cast<MainWindow *>(&window)) {
        for (int a = 0; a <= int(MainWindow::Area::Settings); ++a) {
            main->showArea(static_cast<MainWindow::Area>(a));
            QCoreApplication::processEvents();
            visitTabs(QStringLiteral("area %1").arg(a));
        }
        main->showArea(MainWindow::Area::Tasks);
        return;
    }
    visitTabs(QString());
}

} // namespace gw::test
