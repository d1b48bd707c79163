// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk UI tests — the 督查 page at the demonstration office: a leader's instruction registered
// from an incoming document, assigned, fed back with a picture, extended, a report refused and another
// closed; the hotline desk's calls in and out of scope; 待办 and the lights.
#include "CarryThrough.h"
#include "Screenshots.h"
#include "UiHelpers.h"

#include "DraftListPage.h"
#include "MainWindow.h"
#include "MatterDialog.h"
#include "MatterModel.h"
#include "MatterStepDialog.h"
#include "MatterView.h"
#include "SupervisionPage.h"
#include "SupervisionReportsUi.h"

#include "Clock.h"
#include "pdf/Typesetter.h"
#include "services/BulletinService.h"
#include "services/DraftingService.h"
#include "services/PrintingService.h"
#include "services/SupervisionReports.h"
#include "services/SupervisionService.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>

using namespace gw;
using namespace gw::test;

namespace {
/// The next window named `name`: `act` on it (the test presses its buttons).
ModalStep on(const char *name, const std::function<void(QWidget &)> &act)
{
    return {[name](QWidget &w) { return w.objectName() == QLatin1String(name); }, act};
}

void chooseUnit(QComboBox *box, const QString &name)
{
    const int i = box->findText(name);
    REQUIRE(i >= 0);
    box->setCurrentIndex(i);
}
} // namespace

TEST_CASE("督查 at the desk: an instruction from an incoming document to 销号, with a picture, an extension and "
          "a report sent back",
          "[ui][supervision]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    const Principal sup = logIn(*ws, "supervisor");
    SupervisionPage page(*ws, sup);
    page.resize(1366, 720);
    page.show();
    CHECK(page.model()->rowCount() > 10);
    screenshot(page, QStringLiteral("supervision_register"));

    // From an incoming document bearing the leader's instruction.
    qint64 made = 0;
    expectModals({on("pickIncoming",
                     [](QWidget &w) {
                         auto *list = child<QListWidget>(w, "incomingWithInstruction");
                         REQUIRE(list->count() >= 1);
                         screenshot(w, QStringLiteral("supervision_pick_incoming"));
                         pressOk(w);
                     }),
                  on("matterDialog", [&](QWidget &w) {
                      CHECK_FALSE(child<QLineEdit>(w, "matterTitle")->text().isEmpty());
                      CHECK_FALSE(child<QPlainTextEdit>(w, "matterRequest")->toPlainText().isEmpty());
                      chooseUnit(child<QComboBox>(w, "matterUnit"), QStringLiteral("云溪区住房和城乡建设局"));
                      child<QDateEdit>(w, "matterDue")->setDate(WorkCalendar::localDate(ws->clock().now()).addDays(7));
                      screenshot(w, QStringLiteral("supervision_register_instruction"));
                      pressOk(w);
                      made = static_cast<MatterDialog &>(w).registered().value(0).id;
                  })});
    REQUIRE(page.registerFromIncoming());
    REQUIRE(made > 0);
    REQUIRE(page.current());
    CHECK(page.current()->id == made);
    CHECK(page.current()->state == QStringLiteral("in_progress"));
    CHECK(page.current()->incomingId > 0);

    // Feedback with a picture; the typed text survives a refusal (a day still to come).
    const QByteArray png = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==");
    expectModals({on("matterStepDialog", [&](QWidget &w) {
        auto &d = static_cast<MatterStepDialog &>(w);
        child<QPlainTextEdit>(w, "matterStepText")->setPlainText(QStringLiteral("已完成现场排查。"));
        child<QDateEdit>(w, "matterStepDate")->setDate(WorkCalendar::localDate(ws->clock().now()).addDays(3));
        d.addFile(QStringLiteral("现场.png"), png);
        pressOk(w);
        CHECK(w.isVisible()); // refused: still open, text and file kept
        CHECK(child<QPlainTextEdit>(w, "matterStepText")->toPlainText() == QStringLiteral("已完成现场排查。"));
        CHECK(child<QListWidget>(w, "matterStepFiles")->count() == 1);
        child<QDateEdit>(w, "matterStepDate")->setDate(WorkCalendar::localDate(ws->clock().now()));
        screenshot(w, QStringLiteral("supervision_feedback"));
        pressOk(w);
    })});
    REQUIRE(page.takeStep(MatterStep::Feedback));
    CHECK(page.findChild<QTextBrowser *>(QStringLiteral("matterDetail"))->toHtml().contains(QStringLiteral("现场.png")));

    // An extension asked and granted.
    expectModals({on("matterStepDialog", [](QWidget &w) {
        child<QPlainTextEdit>(w, "matterStepText")->setPlainText(QStringLiteral("需协调管网改造，申请延期。"));
        pressOk(w);
    })});
    REQUIRE(page.takeStep(MatterStep::RequestExtension));
    const QDate asked = page.current()->extensionAskedTo;
    CHECK(page.offered().contains(QStringLiteral("matterDecideExtension")));
    expectModals({on("matterStepDialog", [](QWidget &w) { pressOk(w); })});
    REQUIRE(page.takeStep(MatterStep::DecideExtension));
    CHECK(page.current()->dueDate == asked);
    CHECK(page.current()->extensionsGranted == 1);

    // The report is sent back once, then accepted and closed.
    expectModals({on("matterStepDialog", [](QWidget &w) {
        child<QPlainTextEdit>(w, "matterStepText")->setPlainText(QStringLiteral("已整治完毕。"));
        pressOk(w);
    })});
    REQUIRE(page.takeStep(MatterStep::Report));
    expectModals({on("matterStepDialog", [](QWidget &w) {
        auto *choice = w.findChildren<QComboBox *>().first();
        choice->setCurrentIndex(1); // 退办
        pressOk(w);
        CHECK(w.isVisible()); // a return needs its reason
        child<QPlainTextEdit>(w, "matterStepText")->setPlainText(QStringLiteral("缺少整治前后对比照片。"));
        screenshot(w, QStringLiteral("supervision_return"));
        pressOk(w);
    })});
    REQUIRE(page.takeStep(MatterStep::Review));
    CHECK(page.current()->state == QStringLiteral("in_progress"));
    expectModals({on("matterStepDialog", [](QWidget &w) {
        child<QPlainTextEdit>(w, "matterStepText")->setPlainText(QStringLiteral("已补充对比照片。"));
        pressOk(w);
    })});
    REQUIRE(page.takeStep(MatterStep::Report));
    expectModals({on("matterStepDialog", [](QWidget &w) { pressOk(w); })});
    REQUIRE(page.takeStep(MatterStep::Review));
    expectModals({on("matterStepDialog", [](QWidget &w) { pressOk(w); })});
    REQUIRE(page.takeStep(MatterStep::Close));
    auto closed = ws->supervision().get(sup, made);
    REQUIRE(closed);
    CHECK(closed.value().state == QStringLiteral("closed"));
    screenshot(page, QStringLiteral("supervision_closed"));
}

TEST_CASE("直线电话 at the desk: a call in scope transferred, one outside closed with its advice", "[ui][supervision]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    const Principal desk = logIn(*ws, "hotline");
    SupervisionPage page(*ws, desk);
    page.resize(1366, 720);
    page.show();
    // The desk sees the calls only.
    for (int r = 0; r < page.model()->rowCount(); ++r)
        CHECK(page.model()->matterAt(r).kind == MatterKind::Hotline);

    auto fill = [](QWidget &w, const char *category, const QString &said) {
        auto *box = child<QComboBox>(w, "matterCategory");
        box->setCurrentIndex(box->findData(QString::fromLatin1(category)));
        child<QLineEdit>(w, "matterCaller")->setText(QStringLiteral("周女士"));
        child<QPlainTextEdit>(w, "matterRequest")->setPlainText(said);
    };
    expectModals({on("matterDialog", [&](QWidget &w) {
        fill(w, "procedure", QStringLiteral("想问办理居住证需要哪些材料。"));
        CHECK_FALSE(child<QLabel>(w, "matterScope")->text().isEmpty());
        chooseUnit(child<QComboBox>(w, "matterUnit"), QStringLiteral("云溪区城西街道办事处"));
        screenshot(w, QStringLiteral("supervision_call_in_scope"));
        pressOk(w);
    })});
    REQUIRE(page.registerNew(MatterKind::Hotline));
    REQUIRE(page.current());
    CHECK(page.current()->state == QStringLiteral("in_progress"));
    CHECK(page.current()->leadUnitName == QStringLiteral("云溪区城西街道办事处"));

    expectModals({on("matterDialog", [&](QWidget &w) {
        fill(w, "cppcc", QStringLiteral("想反映政协委员履职的问题。"));
        CHECK_FALSE(child<QComboBox>(w, "matterUnit")->isEnabled());
        screenshot(w, QStringLiteral("supervision_call_out_of_scope"));
        pressOk(w);
    })});
    REQUIRE(page.registerNew(MatterKind::Hotline));
    MatterFilter f;
    f.text = QStringLiteral("政协委员履职");
    auto found = ws->supervision().list(desk, f);
    REQUIRE(found);
    REQUIRE(found.value().size() == 1);
    CHECK(found.value().first().state == QStringLiteral("closed"));
    CHECK(found.value().first().reply == HotlineScope::advice(CallCategory::Cppcc));
    CHECK(page.model()->rowOf(found.value().first().id) == -1); // closed: not among the open matters shown
}

TEST_CASE("督查 in 待办: the supervisor's matters wait with their lights, a leader decides an extension there",
          "[ui][supervision]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    const Principal sup = logIn(*ws, "supervisor");
    DraftListPage tasks(*ws, sup, DraftModel::Mode::Tasks);
    tasks.show();
    REQUIRE(tasks.matterModel());
    CHECK(tasks.matterModel()->rowCount() > 0);
    // A leader sees the extension asked on the matter concerning them, and decides it from 待办.
    const Principal vice = logIn(*ws, "vice");
    DraftListPage leaderTasks(*ws, vice, DraftModel::Mode::Tasks);
    leaderTasks.show();
    REQUIRE(leaderTasks.matterModel());
    REQUIRE(leaderTasks.matterModel()->rowCount() == 1);
    CHECK(leaderTasks.matterModel()->matterAt(0).extensionPending());
    expectModals({on("matterWindow",
                     [](QWidget &w) {
                         auto *view = w.findChild<MatterView *>();
                         REQUIRE(view);
                         CHECK(view->offered() == QStringList{QStringLiteral("matterDecideExtension")});
                         screenshot(w, QStringLiteral("supervision_leader_extension"));
                         expectModals({on("matterStepDialog", [](QWidget &d) { pressOk(d); })});
                         REQUIRE(view->takeStep(MatterStep::DecideExtension));
                         static_cast<QDialog &>(w).reject();
                     })});
    leaderTasks.openMatterRow(0);
    CHECK(leaderTasks.matterModel()->rowCount() == 0);
    // A drafter has no 督查 list.
    DraftListPage drafter(*ws, logIn(*ws, "drafter"), DraftModel::Mode::Tasks);
    CHECK(drafter.matterModel() == nullptr);
}

TEST_CASE("督查通报 at the desk: last month's bulletin drafted, carried through the chain, numbered, printed and "
          "first-read",
          "[ui][supervision]")
{
    TestDb db;
    auto ws = demoWorkspace(db, true);
    const Principal sup = logIn(*ws, "supervisor");
    SupervisionPage page(*ws, sup);
    page.resize(1366, 720);
    page.show();
    // The figures tab, on the month of a fortnight ago: the demo's matters were registered over the
    // past month, some at its start and some at its end, so that month holds some of them whatever
    // day (in China time) the test runs on.
    const QDate today = WorkCalendar::localDate(ws->clock().now());
    const QDate fortnightAgo = today.addDays(-15);
    child<QTabWidget>(page, "supervisionTabs")->setCurrentWidget(page.figuresTab());
    page.figuresTab()->setPeriod(StatsPeriod::month(fortnightAgo.year(), fortnightAgo.month()));
    CHECK_FALSE(page.figuresTab()->figures().rows.isEmpty());
    screenshot(*page.figuresTab(), QStringLiteral("supervision_figures"));
    int listed = -1;
    expectModals({on("matterList", [&](QWidget &w) {
        listed = static_cast<MatterListDialog &>(w).model()->rowCount();
        static_cast<QDialog &>(w).reject();
    })});
    int row = -1;
    for (int r = 0; r < page.figuresTab()->figures().rows.size(); ++r) {
        if (page.figuresTab()->figures().rows.at(r).received > 0)
            row = r;
    }
    REQUIRE(row >= 0);
    REQUIRE(page.figuresTab()->drillDown(row, SupervisionReports::ReceivedColumn));
    CHECK(listed == page.figuresTab()->figures().rows.at(row).received);

    QString preview;
    expectModals({on("composeReport", [&](QWidget &w) {
        preview = child<QPlainTextEdit>(w, "reportPreview")->toPlainText();
        screenshot(w, QStringLiteral("supervision_compose_bulletin"));
        pressOk(w);
    })});
    const qint64 id = page.composeReport(0);
    REQUIRE(id > 0);
    const QDate lastMonth = QDate(today.year(), today.month(), 1).addMonths(-1);
    CHECK(preview.startsWith(QStringLiteral("关于%1年%2月督查工作情况的通报").arg(lastMonth.year()).arg(lastMonth.month())));
    CHECK(preview.contains(QStringLiteral("三、逾期未办结事项")));

    const QHash<QString, const char *> byStep{{QStringLiteral("drafting"), "supervisor"},
                                              {QStringLiteral("secretariat_review"), "reviewer"},
                                              {QStringLiteral("deputy_review"), "deputy"},
                                              {QStringLiteral("director_sign"), "director"}};
    const Draft d = carryToRegistration(*ws, id, byStep, QStringLiteral("云政办发"));
    auto issue = ws->bulletins().issueOf(logIn(*ws, "reviewer"), d.id).value();
    REQUIRE(issue);
    CHECK(issue->label() == QStringLiteral("《督查通报》第1期"));
    const OfficialDocument doc =
        printAndPass(*ws, d, QStringLiteral("supervision-bulletin"), {QStringLiteral("各镇人民政府、街道办事处")});
    CHECK(doc.annotation == issue->label());
}
