// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk UI tests — registers and lists take in changes row by row, from this workstation and
// from another one, and every model passes Qt's model checks while they do.
#include "UiHelpers.h"

#include "DraftListPage.h"
#include "DraftModel.h"
#include "IncomingModel.h"
#include "IncomingPage.h"
#include "UnitDirectoryPage.h"
#include "UnitModel.h"
#include "UserModel.h"

#include "services/ChangeFeed.h"
#include "services/DraftingService.h"
#include "services/IncomingService.h"
#include "services/UnitService.h"
#include "services/UserService.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTableView>

using namespace gw;
using namespace gw::test;

namespace {
qint64 aDepartment(Workspace &ws, const Principal &actor)
{
    UnitFilter f;
    f.type = UnitType::Department;
    auto units = ws.units().list(actor, f);
    REQUIRE(units.ok());
    REQUIRE_FALSE(units.value().isEmpty());
    return units.value().first().id;
}

/// Waits for this workstation's feed to see what another one committed (about a second at most).
void waitForFeed(Workspace &ws, const std::function<bool()> &arrived)
{
    QElapsedTimer t;
    t.start();
    while (!arrived() && t.elapsed() < 2000) {
        ws.changes().poll();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
}
} // namespace

TEST_CASE(
    "收文 register: an item registered on another workstation appears without a reset, the cursor stays",
    "[ui]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    const Principal clerk = logIn(*ws, "clerk");
    IncomingPage page(*ws, clerk);
    page.resize(1280, 700);
    page.show();
    auto *view = child<QTableView>(page, "incomingTable");
    auto *model = qobject_cast<IncomingModel *>(view->model());
    REQUIRE(model != nullptr);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() >= 3);
    view->setCurrentIndex(model->index(2, IncomingModel::TitleColumn));
    const qint64 current = model->itemAt(2).id;
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);

    auto other = Workspace::open(db.url()); // another workstation on the same records
    REQUIRE(other.ok());
    const Principal otherClerk = logIn(*other.value(), "clerk");
    IncomingItem item;
    item.senderUnitId = aDepartment(*other.value(), otherClerk);
    item.title = QStringLiteral("关于开展安全生产大检查的通知");
    item.docNumber = QStringLiteral("云安发〔2026〕41号");
    auto registered = other.value()->incoming().registerItem(otherClerk, item, {});
    REQUIRE(registered.ok());

    waitForFeed(*ws, [&] { return model->rowOf(registered.value().id) >= 0; });
    CHECK(model->rowOf(registered.value().id) >= 0);
    CHECK(resets.isEmpty());
    CHECK(inserted.count() == 1);
    REQUIRE(view->currentIndex().isValid());
    CHECK(model->itemAt(view->currentIndex().row()).id == current);

    // A change to the item under the cursor (triage on the other workstation) updates that row in place.
    const int rowsBefore = model->rowCount();
    auto got = other.value()->incoming().get(otherClerk, current);
    REQUIRE(got.ok());
    if (got.value().state == QLatin1String("registered")) {
        auto triaged =
            other.value()->incoming().triage(otherClerk, current, got.value().version, TriageFacts{},
                                             TriageOutcome::Accept, QStringLiteral("受理。"));
        if (triaged.ok()) {
            waitForFeed(*ws, [&] {
                return model->itemAt(model->rowOf(current)).state != QLatin1String("registered");
            });
            CHECK(model->itemAt(model->rowOf(current)).state == QStringLiteral("accepted"));
        }
    }
    CHECK(model->rowCount() == rowsBefore);
    CHECK(resets.isEmpty());
    CHECK(model->itemAt(view->currentIndex().row()).id == current);
}

TEST_CASE("待办: a draft passed on by another workstation leaves the list row by row, the cursor stays",
          "[ui]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    const Principal reviewer = logIn(*ws, "reviewer");
    DraftListPage page(*ws, reviewer, DraftModel::Mode::Tasks);
    page.resize(1280, 700);
    page.show();
    auto *view = child<QTableView>(page, "taskTable");
    auto *model = qobject_cast<DraftModel *>(view->model());
    REQUIRE(model != nullptr);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() >= 2);
    auto other = Workspace::open(db.url());
    REQUIRE(other.ok());
    const Principal otherReviewer = logIn(*other.value(), "reviewer");
    int goneRow = -1;
    for (int r = 0; r < model->rowCount() && goneRow < 0; ++r) {
        if (other.value()
                ->drafting()
                .actionsFor(otherReviewer, model->draftAt(r))
                .chain.contains(ChainAction::Return))
            goneRow = r;
    }
    REQUIRE(goneRow >= 0);
    const Draft gone = model->draftAt(goneRow);
    const int keptRow = goneRow == model->rowCount() - 1 ? 0 : model->rowCount() - 1;
    view->setCurrentIndex(model->index(keptRow, DraftModel::TitleColumn));
    const qint64 kept = model->draftAt(keptRow).id;
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);

    auto returned = other.value()->drafting().act(otherReviewer, gone.id, gone.version, ChainAction::Return,
                                                  QStringLiteral("请补充依据。"));
    REQUIRE(returned.ok());

    waitForFeed(*ws, [&] { return model->rowOf(gone.id) < 0; });
    CHECK(model->rowOf(gone.id) < 0);
    CHECK(resets.isEmpty());
    REQUIRE(view->currentIndex().isValid());
    CHECK(model->draftAt(view->currentIndex().row()).id == kept);
}

TEST_CASE("The unit directory and the accounts take in changes row by row and pass the model checks", "[ui]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    const Principal admin = logIn(*ws, "admin");
    UnitModel units(ws->units(), admin);
    QAbstractItemModelTester unitTester(&units, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(units.setFilter(UnitFilter{}).ok());
    UserModel users(ws->users(), admin);
    QAbstractItemModelTester userTester(&users, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(users.reload().ok());
    QSignalSpy unitResets(&units, &QAbstractItemModel::modelReset);
    QSignalSpy userResets(&users, &QAbstractItemModel::modelReset);

    Unit renamed = units.unitAt(0);
    renamed.name = QStringLiteral("阿里镇人民政府");
    auto saved = ws->units().update(admin, renamed);
    REQUIRE(saved.ok());
    REQUIRE(units.refresh().ok());
    REQUIRE(units.rowOf(renamed.id) >= 0);
    CHECK(units.unitAt(units.rowOf(renamed.id)).name == QStringLiteral("阿里镇人民政府"));

    User u = users.userAt(1);
    u.displayName = QStringLiteral("改名后");
    REQUIRE(ws->users().update(admin, u).ok());
    REQUIRE(users.refresh().ok());
    CHECK(users.userAt(users.rowOf(u.id)).displayName == QStringLiteral("改名后"));
    CHECK(unitResets.isEmpty());
    CHECK(userResets.isEmpty());
}

TEST_CASE("收文 register: a burst of changes is read once, when the burst is over", "[ui]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    const Principal clerk = logIn(*ws, "clerk");
    IncomingPage page(*ws, clerk);
    page.show();
    QSignalSpy counted(&page, &IncomingPage::counted);
    REQUIRE(counted.wait(10000)); // the first count, on opening
    auto *model = child<QTableView>(page, "incomingTable")->model();
    const int rows = model->rowCount();

    // Twenty registrations in a row, as an import or another workstation's batch sends them.
    QList<qint64> ids;
    for (int i = 0; i < 20; ++i) {
        IncomingItem item;
        item.senderUnitId = aDepartment(*ws, clerk);
        item.title = QStringLiteral("关于报送第%1批项目清单的通知").arg(i + 1);
        item.docNumber = QStringLiteral("云发改发〔2026〕%1号").arg(200 + i);
        auto registered = ws->incoming().registerItem(clerk, item, {});
        REQUIRE(registered.ok());
        ids.append(registered.value().id);
    }
    CHECK(model->rowCount() == rows); // nothing read yet: the page waits for the burst to end
    REQUIRE(counted.wait(10000));
    QCoreApplication::processEvents();
    CHECK(counted.count() == 2); // one refresh, one count, for twenty changes
    CHECK(model->rowCount() == rows + 20);
}

TEST_CASE("Unit directory: retiring a unit is asked once more, and declined, the unit stays in use", "[ui]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    const Principal admin = logIn(*ws, "admin");
    UnitDirectoryPage page(*ws, admin);
    page.show();
    auto *view = child<QTableView>(page, "unitTable");
    auto *model = qobject_cast<UnitModel *>(view->model());
    REQUIRE(model != nullptr);
    REQUIRE(model->rowCount() > 0);
    view->setCurrentIndex(model->index(0, 0));
    const Unit chosen = model->unitAt(0);
    REQUIRE(chosen.active);
    auto stored = [&] {
        UnitFilter all;
        all.includeInactive = true;
        all.limit = 100000;
        for (const Unit &u : ws->units().list(admin, all).value()) {
            if (u.id == chosen.id)
                return u;
        }
        return Unit{};
    };
    expectModals({answerConfirm(false)});
    click(page, "retireUnit");
    CHECK(stored().active);
    expectModals({answerConfirm(true)});
    click(page, "retireUnit");
    CHECK_FALSE(stored().active);
}
