// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk UI tests — the review loop on a PDF draft: mark up, return, answer, revise, close, export.
#include "SamplePdf.h"
#include "Screenshots.h"
#include "UiHelpers.h"

#include "DraftDialog.h"
#include "DraftEditorDialog.h"
#include "MarkupPanel.h"
#include "PdfView.h"
#include "PdfViewer.h"

#include "pdf/PdfWorkerClient.h"
#include "services/DraftingService.h"
#include "services/MarkupService.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QPainter>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>

using namespace gw;
using namespace gw::test;

namespace {
QByteArray draftPdf(const QString &extra)
{
    return samplePdf(1, [&extra](QPainter &p, int) {
        p.setFont(QFont(QStringLiteral("Noto Serif CJK SC"), 16));
        p.drawText(QRectF(0, 100, 595, 30), Qt::AlignHCenter, QStringLiteral("关于开展安全生产大检查的通知"));
        p.drawText(72, 180, QStringLiteral("各镇人民政府、街道办事处："));
        p.drawText(100, 220, QStringLiteral("为切实做好安全生产工作，现就有关事项通知如下。"));
        p.drawText(100, 260, extra);
    });
}

Markup mark(MarkupKind kind, MarkupCategory category, const QString &comment, const QRectF &rect)
{
    Markup m;
    m.kind = kind;
    m.category = category;
    m.comment = comment;
    m.rects = {rect};
    return m;
}

bool waitForPdf(DraftDialog &d)
{
    REQUIRE(d.pdfViewer() != nullptr);
    QDeadlineTimer deadline(15000);
    while (d.pdfViewer()->view()->renderedPages() == 0) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(20);
    }
    return true;
}
} // namespace

TEST_CASE(
    "review markup: the reviewer marks up in all three categories, the drafter answers and revises, the "
    "reviewer closes — export carries the markup",
    "[ui][markup][loop]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    const Principal drafter = logIn(*ws, "drafter");
    const Principal reviewer = logIn(*ws, "reviewer");
    DraftFields f;
    f.title = QStringLiteral("关于开展安全生产大检查的通知");
    f.issuer = Issuer::DistrictOffice;
    f.draftingUnitId = ws->drafting().draftingUnits(drafter).value().first().id;
    f.mainRecipients = {QStringLiteral("各镇人民政府、街道办事处")};
    const QByteArray v1 = draftPdf(QStringLiteral("一、检查范围"));
    auto created = ws->drafting().create(drafter, f, DraftBody{QStringLiteral("（PDF）"), v1});
    REQUIRE(created.ok());
    const qint64 id = created.value().id;
    REQUIRE(ws->drafting().act(drafter, id, created.value().version, ChainAction::Pass, QString()).ok());

    {
        DraftDialog review(*ws, reviewer, id);
        review.show();
        REQUIRE(waitForPdf(review));
        MarkupPanel *panel = review.markupPanel();
        REQUIRE(panel != nullptr);
        panel->addPending(mark(MarkupKind::Highlight, MarkupCategory::Policy,
                               QStringLiteral("应依据新修订的安全生产法"), QRectF(100, 205, 380, 18)));
        panel->addPending(mark(MarkupKind::Note, MarkupCategory::Format,
                               QStringLiteral("主送机关后用全角冒号"), QRectF(300, 168, 16, 16)));
        panel->addPending(mark(MarkupKind::StrikeOut, MarkupCategory::Wording, QStringLiteral("删去“切实”"),
                               QRectF(124, 205, 32, 18)));
        panel->addPending(mark(MarkupKind::Rectangle, MarkupCategory::Wording, QStringLiteral("多余"),
                               QRectF(90, 240, 200, 30)));
        CHECK(panel->pending().size() == 4);
        panel->undoStack()->undo(); // the rectangle was a slip
        CHECK(panel->pending().size() == 3);
        panel->undoStack()->redo();
        panel->undoStack()->undo();
        CHECK(panel->pending().size() == 3);
        REQUIRE(panel->save());
        CHECK(panel->saved().size() == 3);
        CHECK(panel->pending().isEmpty());
        screenshot(review, QStringLiteral("markup_01_reviewer_zh_CN"));

        const QString exported = db.folder() + QStringLiteral("/marked.pdf");
        REQUIRE(panel->exportTo(exported));
        QFile out(exported);
        REQUIRE(out.open(QIODevice::ReadOnly));
        auto reader = PdfWorkerClient::forThisProgram();
        REQUIRE(reader->open(out.readAll()).ok());
        CHECK(reader->annotations().value().size() == 3);
        REQUIRE(review.perform(ChainAction::Return, QStringLiteral("见批注，请修改")));
    }

    {
        DraftDialog revise(*ws, drafter, id);
        revise.show();
        REQUIRE(waitForPdf(revise));
        MarkupPanel *panel = revise.markupPanel();
        REQUIRE(panel->saved().size() == 3);
        for (int i = 0; i < 3; ++i) {
            panel->select(panel->saved().at(i).id);
            if (panel->saved().at(i).category == MarkupCategory::Format)
                REQUIRE(panel->answerSelected(false, QStringLiteral("原格式符合GB/T 9704")));
            else
                REQUIRE(panel->answerSelected(true, QString()));
        }
        screenshot(revise, QStringLiteral("markup_02_drafter_zh_CN"));
        // The fixed version, as a PDF.
        const QString path = db.folder() + QStringLiteral("/v2.pdf");
        QFile v2(path);
        REQUIRE(v2.open(QIODevice::WriteOnly));
        v2.write(draftPdf(QStringLiteral("一、检查范围和重点")));
        v2.close();
        DraftEditorDialog editor(*ws, drafter, revise.draft(), QStringLiteral("（PDF）"));
        REQUIRE(editor.loadPdf(path));
        REQUIRE(editor.save());
        REQUIRE(revise.refresh());
        REQUIRE(revise.perform(ChainAction::Pass, QString()));
    }

    DraftDialog check(*ws, reviewer, id);
    check.show();
    REQUIRE(waitForPdf(check));
    MarkupPanel *panel = check.markupPanel();
    for (const Markup &m : ws->markups().forDraft(reviewer, id).value()) {
        CHECK(m.status != MarkupStatus::Open);
        panel->select(m.id);
        REQUIRE(panel->closeSelected(false));
    }
    for (const Markup &m : ws->markups().forDraft(reviewer, id).value())
        CHECK(m.status == MarkupStatus::Closed);
    screenshot(check, QStringLiteral("markup_03_reviewer_closes_zh_CN"));
    check.showTab(DraftDialog::Tab::Versions);
    check.compare(1, 2);
    CHECK(check.findChild<QTextBrowser *>(QStringLiteral("diffView"))
              ->toPlainText()
              .contains(QStringLiteral("和重点")));
    screenshot(check, QStringLiteral("markup_04_diff_zh_CN"));
}
