// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk UI tests — the 统计 page on the demonstration office's past year: the ledger and its
// chart, the documents behind a number, review quality, and the figures exported to Excel.
#include "CarryThrough.h"
#include "Screenshots.h"
#include "UiHelpers.h"

#include "BulletinDialogs.h"
#include "DrillDownDialog.h"
#include "FlowTab.h"
#include "IncomingModel.h"
#include "DraftModel.h"
#include "RankingTab.h"
#include "StatsPage.h"

#include "Clock.h"
#include "pdf/Typesetter.h"
#include "services/BulletinService.h"
#include "services/DraftingService.h"
#include "services/PrintingService.h"
#include "services/RankingTables.h"
#include "services/RatingService.h"
#include "services/StatsService.h"
#include "services/StatsTables.h"
#include "workflow/WorkCalendar.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QMenu>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QListWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace gw;
using namespace gw::test;

namespace {
/// The twelve months before this one: the demonstration office's past.
StatsPeriod pastYear(Workspace &ws)
{
    const QDate today = WorkCalendar::localDate(ws.clock().now());
    const QDate thisMonth(today.year(), today.month(), 1);
    return StatsPeriod::days(thisMonth.addMonths(-12), thisMonth.addDays(-1));
}

int columnOf(const Ledger &l, LedgerMeasure m, const QString &detail)
{
    const QList<LedgerColumn> columns = StatsTables::ledgerColumns(l);
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).kind == LedgerColumn::Count && columns.at(i).measure == m && columns.at(i).detail == detail)
            return i;
    }
    return -1;
}

/// The next drill-down window: `look` at it, then it is closed.
ModalStep onDrillDown(const std::function<void(DrillDownDialog &)> &look)
{
    return {[](QWidget &w) { return w.objectName() == QLatin1String("drillDown"); },
            [look](QWidget &w) {
                auto *d = qobject_cast<DrillDownDialog *>(&w);
                REQUIRE(d != nullptr);
                look(*d);
                d->reject();
            }};
}

/// The rows of the 发文 register listed by the drill-down `open` opens.
int drilledDrafts(const std::function<void()> &open)
{
    int listed = -1;
    expectModals({onDrillDown([&](DrillDownDialog &d) { listed = d.model()->rowCount(); })});
    open();
    return listed;
}
} // namespace

TEST_CASE("统计 page: the demo year's ledger in the table and the chart, each number's documents one "
          "step away, exported to Excel",
          "[stats]")
{
    TestDb db;
    auto ws = demoWorkspace(db, true);
    const Principal reviewer = logIn(*ws, "reviewer");
    StatsPage page(*ws, reviewer);
    page.resize(1366, 720);
    page.show();
    page.setPeriod(pastYear(*ws));
    const Ledger &l = page.ledger();
    REQUIRE(l.lines.size() == 7); // the four sections and three departments of the past year
    CHECK(l.total.handled == 60);
    CHECK(l.total.errorTotal() > 20);
    CHECK(l.total.backflowTotal() > 10);
    CHECK(l.total.firstReadFailTotal() == 9);

    // The table: a row per unit and the totals, in bold, below; a count says it opens its documents,
    // the rate does not.
    QTableView *table = page.ledgerView();
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    const int rateColumn = table->model()->columnCount() - 1;
    CHECK(table->model()->index(0, 1).data(Qt::ToolTipRole).toString().size() > 0);
    CHECK(table->model()->index(0, rateColumn).data(Qt::ToolTipRole).toString().isEmpty());
    REQUIRE(table->model()->rowCount() == 8);
    CHECK(table->model()->index(7, 1).data(Qt::UserRole).toInt() == 60);
    CHECK(table->model()->index(7, 0).data(Qt::FontRole).value<QFont>().bold());
    // The chart: five kinds of defect, a bar for each unit.
    auto *bars = qobject_cast<QBarSeries *>(page.ledgerChart()->chart()->series().value(0));
    REQUIRE(bars != nullptr);
    CHECK(bars->count() == 5);
    CHECK(bars->barSets().at(0)->count() == 7);
    screenshot(page, QStringLiteral("stats-ledger"));

    // A number opens its documents: as many as the cell counts documents, each one the register's row.
    const int policy = columnOf(l, LedgerMeasure::Markup, markupCategoryCode(MarkupCategory::Policy));
    REQUIRE(policy > 0);
    int listed = -1;
    expectModals({onDrillDown([&](DrillDownDialog &d) {
        listed = d.model()->rowCount();
        screenshot(d, QStringLiteral("stats-drilldown"));
    })});
    page.drillLedger(0, policy);
    LedgerCell cell = *StatsTables::ledgerCell(l, l.lines.first(), StatsTables::ledgerColumns(l).at(policy));
    CHECK(listed == int(ws->stats().draftsBehind(reviewer, cell).value().size()));
    CHECK(listed > 0);

    // Review quality: the reviewer 赵静 passed drafts in which the deputy then found errors.
    page.tabs()->setCurrentIndex(1);
    REQUIRE(page.quality().size() >= 3);
    bool reviewerSlipped = false;
    for (const ReviewerQuality &q : page.quality())
        reviewerSlipped = reviewerSlipped || (q.userId == reviewer.userId && q.slippedTotal() > 0);
    CHECK(reviewerSlipped);
    CHECK(page.qualityView()->model()->rowCount() == int(page.quality().size()));
    screenshot(page, QStringLiteral("stats-review-quality"));

    // Export: the ledger and the months to a workbook whose totals row holds the same numbers.
    page.tabs()->setCurrentIndex(0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("台账.xlsx"));
    auto *exportButton = page.tabs()->widget(0)->findChild<QPushButton *>(QStringLiteral("export"));
    REQUIRE(exportButton != nullptr);
    auto *xlsx = exportButton->menu()->findChild<QAction *>(QStringLiteral("exportXlsx"));
    REQUIRE(xlsx != nullptr);
    expectModals({chooseFile(path)});
    xlsx->trigger();
    REQUIRE(QFile::exists(path));
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet1.xml")});
    REQUIRE(unzip.waitForFinished(30000));
    const QString sheet = QString::fromUtf8(unzip.readAllStandardOutput());
    CHECK(sheet.contains(QRegularExpression(QStringLiteral("<c r=\"B9\"[^>]*><v>60</v></c>"))));
    CHECK(QFile(path).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                                        QFileDevice::WriteUser));
}

TEST_CASE("统计 page: a post without the figures is told so, and a section head's scope is fixed", "[stats]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    StatsPage clerkPage(*ws, logIn(*ws, "clerk"));
    CHECK(clerkPage.findChild<QTabWidget *>() == nullptr);
    auto *banner = clerkPage.findChild<QWidget *>(QStringLiteral("errorBanner"));
    REQUIRE(banner != nullptr);
    // A supervisor sees the ledger but not review quality, which is 秘书科's and the directors'.
    StatsPage supervisorPage(*ws, logIn(*ws, "supervisor"));
    REQUIRE(supervisorPage.tabs() != nullptr);
    CHECK(supervisorPage.qualityView() == nullptr);
}

TEST_CASE("统计 page: the annual ranking with its formula and inputs, a new scheme version, and a bulletin composed, "
          "carried through sign-off, printed and passed by the first reader",
          "[stats]")
{
    TestDb db;
    auto ws = demoWorkspace(db, true);
    const Principal reviewer = logIn(*ws, "reviewer");
    StatsPage page(*ws, reviewer);
    page.resize(1366, 720);
    page.show();
    RankingTab *tab = page.rankingTab();
    REQUIRE(tab != nullptr);
    page.tabs()->setCurrentWidget(tab);
    const int year = WorkCalendar::localDate(ws->clock().now()).year();
    CHECK(tab->year()->value() == year);
    const Rating &r = tab->rating();
    REQUIRE(r.lines.size() >= 5);
    CHECK(r.scheme.number == 1);
    for (int i = 1; i < r.lines.size(); ++i) {
        if (r.lines.at(i).rank > 0)
            CHECK(r.lines.at(i - 1).parts.total >= r.lines.at(i).parts.total);
    }
    // The inputs, the score and its working on every line; the formula above the table.
    QAbstractItemModel *model = tab->rankingView()->model();
    REQUIRE(model->rowCount() == int(r.lines.size()));
    const QList<RankingColumn> columns = RankingTables::columns();
    const int working = int(columns.indexOf(RankingColumn::Working));
    const int handled = int(columns.indexOf(RankingColumn::Handled));
    CHECK(model->index(0, working).data().toString().endsWith(QString::number(r.lines.first().parts.total, 'f', 2)));
    CHECK(tab->findChild<QLabel *>(QStringLiteral("formula"))->text().contains(r.scheme.formula()));
    // A demo year has time-limited documents, some released late.
    int timed = 0;
    for (const RatingLine &l : r.lines)
        timed += l.inputs.timed;
    CHECK(timed > 0);
    screenshot(page, QStringLiteral("stats-ranking"));

    // A figure opens its documents.
    CHECK(drilledDrafts([&] { tab->drillRanking(0, handled); }) == r.lines.first().inputs.handled);

    // 秘书科 sets a new scheme: policy errors weigh double; the ranking is made again with version 2.
    expectModals({{[](QWidget &w) { return w.objectName() == QLatin1String("ratingSchemeDialog"); },
                   [&](QWidget &w) {
                       w.findChild<QDoubleSpinBox *>(QStringLiteral("policy"))->setValue(40);
                       w.findChild<QLineEdit *>(QStringLiteral("note"))->setText(QStringLiteral("政策差错加倍扣分"));
                       screenshot(w, QStringLiteral("stats-rating-scheme"));
                       pressOk(w);
                   }}});
    click(*tab, "editScheme");
    CHECK(tab->rating().scheme.number == 2);
    CHECK(tab->rating().scheme.policy == Approx(40));
    CHECK(ws->rating().schemes(reviewer).value().size() == 2);

    // A bulletin of last month: previewed, then drafted as an issue of 《办文质量通报》.
    const QDate today = WorkCalendar::localDate(ws->clock().now());
    const QDate lastMonth = QDate(today.year(), today.month(), 1).addMonths(-1);
    page.setPeriod(StatsPeriod::month(lastMonth.year(), lastMonth.month()));
    QString preview;
    expectModals({{[](QWidget &w) { return w.objectName() == QLatin1String("composeBulletin"); },
                   [&](QWidget &w) {
                       auto *d = qobject_cast<ComposeBulletinDialog *>(&w);
                       // The serial's issuer, 秘书科, drafts it when the composer's own unit is not recorded.
                       CHECK(w.findChild<QComboBox *>(QStringLiteral("unit"))->currentText() == QStringLiteral("秘书科"));
                       w.findChild<QRadioButton *>(QStringLiteral("attributed"))->setChecked(true);
                       preview = d->preview()->toPlainText();
                       screenshot(w, QStringLiteral("stats-compose-bulletin"));
                       d->compose();
                   }}});
    const qint64 id = tab->composeBulletin();
    REQUIRE(id > 0);
    CHECK(preview.startsWith(QStringLiteral("关于%1年%2月办文质量情况的通报").arg(lastMonth.year()).arg(lastMonth.month())));
    CHECK(preview.contains(QStringLiteral("（一）")));
    REQUIRE(tab->issues().size() == 1);
    CHECK(tab->issues().first().number == 0);

    // Carried through the chain as any draft: submitted, checked, reviewed, approved, signed, registered.
    const QHash<QString, const char *> byStep{{QStringLiteral("drafting"), "reviewer"},
                                              {QStringLiteral("section_check"), "section"},
                                              {QStringLiteral("secretariat_review"), "reviewer"},
                                              {QStringLiteral("deputy_review"), "deputy"},
                                              {QStringLiteral("director_review"), "director"},
                                              {QStringLiteral("director_sign"), "director"},
                                              {QStringLiteral("office_director_approval"), "director"}};
    const Draft d = carryToRegistration(*ws, id, byStep, QStringLiteral("云政办发"));
    auto issue = ws->bulletins().issueOf(reviewer, d.id).value();
    REQUIRE(issue);
    CHECK(issue->number == 1);

    // Printed: the 附注 names the issue; the page rendered and looked at; the first reader passes it.
    const OfficialDocument doc = printAndPass(*ws, d, QStringLiteral("stats-bulletin"), {QStringLiteral("办公室各科室")});
    CHECK(doc.annotation == issue->label());
    tab->reload();
    REQUIRE(tab->issues().size() == 1);
    CHECK(tab->issues().first().label() == QStringLiteral("《办文质量通报》%1年第1期").arg(today.year()));
    screenshot(page, QStringLiteral("stats-ranking-issues"));
}

TEST_CASE("统计 page: the ranking is not a section head's, and a leader sees it without setting it", "[stats]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    StatsPage leaderPage(*ws, logIn(*ws, "leader"));
    REQUIRE(leaderPage.rankingTab() != nullptr);
    CHECK(leaderPage.rankingTab()->findChild<QPushButton *>(QStringLiteral("editScheme")) == nullptr);
    CHECK(leaderPage.rankingTab()->findChild<QPushButton *>(QStringLiteral("composeBulletin")) == nullptr);
    StatsPage reviewerPage(*ws, logIn(*ws, "reviewer"));
    CHECK(reviewerPage.rankingTab()->findChild<QPushButton *>(QStringLiteral("editScheme")) != nullptr);
    CHECK(reviewerPage.rankingTab()->findChild<QPushButton *>(QStringLiteral("composeBulletin")) != nullptr);
    StatsPage sectionPage(*ws, logIn(*ws, "section"));
    CHECK(sectionPage.rankingTab() == nullptr);
}

TEST_CASE("统计 page: the flow figures of the demo year, each count opening the 发文 or the 收文 register",
          "[stats]")
{
    TestDb db;
    auto ws = demoWorkspace(db, true);
    const Principal reviewer = logIn(*ws, "reviewer");
    StatsPage page(*ws, reviewer);
    page.resize(1366, 720);
    page.show();
    // The past year and this month so far: the demo's history and what is on the desks today.
    page.setPeriod(StatsPeriod::days(pastYear(*ws).first, WorkCalendar::localDate(ws->clock().now())));
    FlowTab *tab = page.flowTab();
    REQUIRE(tab != nullptr);
    page.tabs()->setCurrentWidget(tab);
    const FlowFigures &f = tab->figures();
    REQUIRE(f.tables.size() >= 10); // outgoing, printing, and the incoming tables for 秘书科
    CHECK(tab->tableList()->count() == int(f.tables.size()));
    // Outgoing by genre: the sixty documents of the demo year and today's, and the documents behind the total.
    const FlowTable &genres = f.tables.first();
    const int started = genres.rows.last().at(1).toInt();
    CHECK(started > 60);
    tab->tableList()->setCurrentRow(0);
    CHECK(tab->view()->model()->rowCount() == int(genres.rows.size()));
    CHECK(drilledDrafts([&] { tab->drill(int(genres.rows.size()) - 1, 1); }) == started);
    screenshot(page, QStringLiteral("stats-flow"));

    // Incoming by sender: the first sender's items, in the 收文 register.
    int senders = -1;
    for (int i = 0; i < f.tables.size(); ++i) {
        if (f.tables.at(i).title == StatsService::tr("Incoming by sender"))
            senders = i;
    }
    REQUIRE(senders >= 0);
    tab->tableList()->setCurrentRow(senders);
    const FlowTable &bySender = f.tables.at(senders);
    REQUIRE_FALSE(bySender.rows.isEmpty());
    const int received = bySender.rows.first().at(1).toInt();
    CHECK(received > 0);
    screenshot(page, QStringLiteral("stats-flow-incoming"));
    int items = -1;
    expectModals({onDrillDown([&](DrillDownDialog &d) {
        REQUIRE(d.incomingModel() != nullptr);
        items = d.incomingModel()->rowCount();
        screenshot(d, QStringLiteral("stats-flow-drill-incoming"));
    })});
    tab->drill(0, 1);
    CHECK(items == std::min(received, int(IncomingModel::kPage)));
}
