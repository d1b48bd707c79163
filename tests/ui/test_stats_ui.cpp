// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk UI tests — the 统计 page on the demonstration office's past year: the ledger and its
// chart, the documents behind a number, review quality, and the figures exported to Excel.
#include "Screenshots.h"
#include "UiHelpers.h"

#include "DrillDownDialog.h"
#include "DraftModel.h"
#include "StatsPage.h"

#include "Clock.h"
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
#include <QProcess>
#include <QPushButton>
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
    expectModals({{[](QWidget &w) { return w.objectName() == QLatin1String("drillDown"); },
                   [&](QWidget &w) {
                       auto *d = qobject_cast<DrillDownDialog *>(&w);
                       listed = d->model()->rowCount();
                       screenshot(w, QStringLiteral("stats-drilldown"));
                       d->reject();
                   }}});
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
