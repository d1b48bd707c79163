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

#include <QComboBox>
#include <QDeadlineTimer>
#include <QFile>
#include <QAbstractButton>
#include <QPainter>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
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

/// Where a point of page 1 (in points) is on the view's screen.
QPoint onScreen(PdfView *view, const QPointF &pt)
{
    const QRectF page = view->pageRect(0);
    const QPointF origin = view->toPagePoint(0, page.topLeft());
    const QPointF unit = view->toPagePoint(0, page.topLeft() + QPointF(100, 100));
    const double k = 100.0 / (unit.x() - origin.x());
    return (page.topLeft() + (pt - origin) * k).toPoint();
}

/// Draws a markup as the reviewer does: the tool's button, the category, a drag (or a click for a
/// note) on the page with the mouse, and the comment typed into the prompt that follows.
void drawWithMouse(DraftDialog &d, PdfView::Tool tool, MarkupCategory category, const QRectF &rect,
                   const QString &comment)
{
    MarkupPanel *panel = d.markupPanel();
    QTest::mouseClick(child<QToolButton>(*panel, qPrintable(QStringLiteral("tool%1").arg(int(tool)))),
                      Qt::LeftButton);
    auto *cat = child<QComboBox>(*panel, "markupCategory");
    cat->setCurrentIndex(cat->findData(markupCategoryCode(category)));
    PdfView *view = d.pdfViewer()->view();
    view->showArea(0, rect);
    QWidget *surface = view->viewport();
    QTest::mousePress(surface, Qt::LeftButton, {}, onScreen(view, rect.topLeft()));
    if (tool == PdfView::Tool::Highlight || tool == PdfView::Tool::StrikeOut) // the page's words come first
        QTRY_VERIFY_WITH_TIMEOUT(!view->textUnder(0, rect).first.isEmpty(), 15000);
    const QPointF end = tool == PdfView::Tool::Note ? rect.topLeft() : rect.bottomRight();
    QTest::mouseMove(surface, onScreen(view, end));
    expectModals({typeInPrompt(comment)});
    QTest::mouseRelease(surface, Qt::LeftButton, {}, onScreen(view, end));
}

/// Picks a markup in the panel's list, as a click on its row does.
void pickMarkup(MarkupPanel &panel, qint64 id)
{
    auto *list = child<QTreeWidget>(panel, "markupList");
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == id)
            list->setCurrentItem(list->topLevelItem(i));
    }
}

/// The drafter's PDF draft of a 通知, submitted: it waits at the reviewer's step. Returns its id.
qint64 draftAtReview(Workspace &ws, const Principal &drafter, const QByteArray &pdf)
{
    DraftFields f;
    f.title = QStringLiteral("关于开展安全生产大检查的通知");
    f.issuer = Issuer::DistrictOffice;
    f.draftingUnitId = ws.drafting().draftingUnits(drafter).value().first().id;
    f.mainRecipients = {QStringLiteral("各镇人民政府、街道办事处")};
    auto created = ws.drafting().create(drafter, f, DraftBody{QStringLiteral("（PDF）"), pdf});
    REQUIRE(created.ok());
    REQUIRE(ws.drafting().act(drafter, created.value().id, created.value().version, ChainAction::Pass, QString())
                .ok());
    return created.value().id;
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
    const qint64 id = draftAtReview(*ws, drafter, draftPdf(QStringLiteral("一、检查范围")));

    {
        DraftDialog review(*ws, reviewer, id);
        review.show();
        REQUIRE(waitForPdf(review));
        review.showTab(DraftDialog::Tab::Pdf);
        MarkupPanel *panel = review.markupPanel();
        REQUIRE(panel != nullptr);
        drawWithMouse(review, PdfView::Tool::Highlight, MarkupCategory::Policy, QRectF(100, 205, 380, 18),
                      QStringLiteral("应依据新修订的安全生产法"));
        drawWithMouse(review, PdfView::Tool::Note, MarkupCategory::Format, QRectF(300, 168, 16, 16),
                      QStringLiteral("主送机关后用全角冒号"));
        drawWithMouse(review, PdfView::Tool::StrikeOut, MarkupCategory::Wording, QRectF(124, 205, 32, 18),
                      QStringLiteral("删去“切实”"));
        drawWithMouse(review, PdfView::Tool::Rectangle, MarkupCategory::Wording, QRectF(90, 240, 200, 30),
                      QStringLiteral("多余"));
        REQUIRE(panel->pending().size() == 4);
        CHECK(panel->pending().at(0).quotedText.contains(QStringLiteral("切实做好")));
        CHECK(panel->pending().at(0).category == MarkupCategory::Policy);
        CHECK(panel->pending().at(1).kind == MarkupKind::Note);
        panel->undoStack()->undo(); // the rectangle was a slip
        CHECK(panel->pending().size() == 3);
        panel->undoStack()->redo();
        panel->undoStack()->undo();
        CHECK(panel->pending().size() == 3);
        click(*panel, "saveMarkup");
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
        expectModals({typeInPrompt(QStringLiteral("见批注，请修改"))});
        click(review, "actionReturn");
        CHECK(review.draft().state == QStringLiteral("drafting"));
    }

    {
        DraftDialog revise(*ws, drafter, id);
        revise.show();
        REQUIRE(waitForPdf(revise));
        revise.showTab(DraftDialog::Tab::Pdf);
        MarkupPanel *panel = revise.markupPanel();
        REQUIRE(panel->saved().size() == 3);
        for (int i = 0; i < 3; ++i) {
            pickMarkup(*panel, panel->saved().at(i).id);
            if (panel->saved().at(i).category == MarkupCategory::Format) {
                expectModals({typeInPrompt(QStringLiteral("原格式符合GB/T 9704"))});
                click(*panel, "markupNotChanged");
            } else {
                click(*panel, "markupFixed");
            }
            INFO(panel->errorText().toStdString());
            CHECK(panel->errorText().isEmpty());
        }
        screenshot(revise, QStringLiteral("markup_02_drafter_zh_CN"));
        // The fixed version, as a PDF.
        const QString path = db.folder() + QStringLiteral("/v2.pdf");
        QFile v2(path);
        REQUIRE(v2.open(QIODevice::WriteOnly));
        v2.write(draftPdf(QStringLiteral("一、检查范围和重点")));
        v2.close();
        DraftEditorDialog editor(*ws, drafter, revise.draft(), QStringLiteral("（PDF）"));
        editor.show();
        expectModals({chooseFile(path)});
        click(editor, "draftUsePdf");
        INFO(editor.errorText().toStdString());
        REQUIRE(child<QPlainTextEdit>(editor, "draftBody")->toPlainText().contains(QStringLiteral("检查范围")));
        click(editor, "draftSave");
        REQUIRE(editor.result() == QDialog::Accepted);
        REQUIRE(revise.refresh());
        expectModals({typeInPrompt(QString())});
        click(revise, "actionPass");
        CHECK(revise.draft().state == QStringLiteral("secretariat_review"));
    }

    DraftDialog check(*ws, reviewer, id);
    check.show();
    REQUIRE(waitForPdf(check));
    check.showTab(DraftDialog::Tab::Pdf);
    MarkupPanel *panel = check.markupPanel();
    for (const Markup &m : ws->markups().forDraft(reviewer, id).value()) {
        CHECK(m.status != MarkupStatus::Open);
        pickMarkup(*panel, m.id);
        click(*panel, "markupClose");
    }
    for (const Markup &m : ws->markups().forDraft(reviewer, id).value())
        CHECK(m.status == MarkupStatus::Closed);
    screenshot(check, QStringLiteral("markup_03_reviewer_closes_zh_CN"));
    check.showTab(DraftDialog::Tab::Versions);
    child<QComboBox>(check, "compareFrom")->setCurrentIndex(0);
    child<QComboBox>(check, "compareTo")->setCurrentIndex(1);
    click(check, "compareVersions");
    CHECK(check.findChild<QTextBrowser *>(QStringLiteral("diffView"))
              ->toPlainText()
              .contains(QStringLiteral("和重点")));
    screenshot(check, QStringLiteral("markup_04_diff_zh_CN"));
}

TEST_CASE("review markup: an action or closing the page with unsaved markups asks — cancel keeps them and "
          "does nothing, save saves them before the action, own markups not closed are listed, and the tools "
          "are read-only after",
          "[ui][markup][security][ux]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    const Principal drafter = logIn(*ws, "drafter");
    const Principal reviewer = logIn(*ws, "reviewer");
    const qint64 id = draftAtReview(*ws, drafter, draftPdf(QStringLiteral("一、")));
    const QString stepBefore = ws->drafting().get(reviewer, id).value().state;

    DraftDialog review(*ws, reviewer, id);
    review.show();
    REQUIRE(waitForPdf(review));
    review.showTab(DraftDialog::Tab::Pdf);
    drawWithMouse(review, PdfView::Tool::Note, MarkupCategory::Format, QRectF(300, 168, 16, 16),
                  QStringLiteral("主送机关后用全角冒号"));
    REQUIRE(review.markupPanel()->pending().size() == 1);
    const auto answer = [](const char *button) {
        return ModalStep{[](QWidget &w) { return w.objectName() == QLatin1String("unsavedMarkups"); },
                         [button](QWidget &w) {
                             QTest::mouseClick(w.findChild<QAbstractButton *>(QString::fromLatin1(button)),
                                               Qt::LeftButton);
                         }};
    };
    // Pass, then Cancel: nothing moves, the markup is still there, unsaved.
    expectModals({answer("unsavedCancel")});
    click(review, "actionPass");
    CHECK(ws->drafting().get(reviewer, id).value().state == stepBefore);
    CHECK(review.markupPanel()->pending().size() == 1);
    // Closing the page, then Cancel: still open.
    expectModals({answer("unsavedCancel")});
    review.reject();
    CHECK(review.isVisible());
    // Pass, Save them, the opinion, then the list of one's own markups not closed: declined, nothing moves.
    expectModals({answer("unsavedSave"), typeInPrompt(QStringLiteral("同意")), answerConfirm(false)});
    click(review, "actionPass");
    CHECK(ws->markups().forDraft(reviewer, id).value().size() == 1);
    CHECK(ws->drafting().get(reviewer, id).value().state == stepBefore);
    CHECK(review.markupPanel()->canMark());
    // Again, and pass anyway: the draft moves on, the routing slip says a markup was left open, and the
    // markup tools are read-only for the reviewer now.
    expectModals({typeInPrompt(QStringLiteral("同意")), answerConfirm(true)});
    click(review, "actionPass");
    CHECK(ws->drafting().get(reviewer, id).value().state != stepBefore);
    const QString opinion = ws->drafting().routing(reviewer, id).value().last().opinion;
    CHECK(opinion.startsWith(QStringLiteral("同意")));
    CHECK(opinion.contains(QLatin1Char('1')));
    CHECK_FALSE(review.markupPanel()->canMark());
    CHECK_FALSE(child<QToolButton>(*review.markupPanel(), qPrintable(QStringLiteral("tool%1").arg(
                                                             int(PdfView::Tool::StrikeOut))))
                    ->isEnabled());
    CHECK(child<QWidget>(*review.markupPanel(), "markupReadOnly")->isVisible());
}
