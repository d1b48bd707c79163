// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk UI tests — printing and the first reader on the demo office: three numbered copies to
// PDF, a failure at the first reader, the wording fixed and reprinted, the pass and the release.
#include "Screenshots.h"
#include "UiHelpers.h"

#include "DraftDialog.h"
#include "DraftListPage.h"
#include "FirstReaderDialog.h"
#include "PrintDialog.h"

#include "pdf/PdfWorkerClient.h"
#include "services/DraftingService.h"
#include "services/PrintingService.h"

#include <QCheckBox>
#include <QLabel>
#include <QComboBox>
#include <QFile>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabWidget>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace gw;
using namespace gw::test;

TEST_CASE("print: three numbered copies to PDF, failed once at the first reader, fixed, passed and released",
          "[ui][print]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    const Principal printer = logIn(*ws, "printer");
    const Principal reader = logIn(*ws, "reader");
    const Principal reviewer = logIn(*ws, "reviewer");
    DraftFilter waiting;
    waiting.states = {QStringLiteral("printing")};
    const auto list = ws->drafting().list(printer, waiting);
    REQUIRE(list.ok());
    REQUIRE_FALSE(list.value().isEmpty());
    const qint64 id = list.value().first().id;
    const QString title = list.value().first().fields.title;

    { // The draft page offers printing to the printer, and shows the format check.
        DraftDialog page(*ws, printer, id);
        page.resize(1200, 800);
        page.show();
        CHECK(page.actionNames().contains(QStringLiteral("actionPrint")));
        CHECK_FALSE(page.actionNames().contains(QStringLiteral("actionFirstRead")));
        auto *tabs = page.tabs();
        tabs->setCurrentWidget(child<QTextBrowser>(page, "formatCheckView"));
        CHECK(ws->printing().formatCheck(printer, id).value().isEmpty());
        CHECK(tabs->tabText(tabs->currentIndex()) == DraftDialog::tr("Format check")); // no count of findings
        screenshot(page, QStringLiteral("print_01_draft_format_check_zh_CN"));
    }
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.pdf"));
    {
        PrintDialog print(*ws, printer, id);
        print.resize(1100, 760);
        print.show();
        // One copy a unit: the demo's 各镇人民政府、街道办事处，区政府各部门 is every town, sub-district and
        // department of the directory, each on its own 份号, then the file copy.
        const QStringList byUnit = ws->printing().distributionList(printer, id).value();
        const QStringList asWritten = ws->printing().distributionList(printer, id, false).value();
        CHECK(byUnit.size() > asWritten.size() + 10);
        CHECK(byUnit.contains(QStringLiteral("云溪区青石镇人民政府")));
        CHECK(byUnit.contains(QStringLiteral("云溪区城东街道办事处")));
        auto *perUnit = child<QCheckBox>(print, "copyPerUnit");
        CHECK(perUnit->isChecked());
        CHECK(child<QSpinBox>(print, "copyCount")->value() == byUnit.size());
        CHECK(print.copies().first().recipient == byUnit.first());
        CHECK(print.copies().last().recipient == QStringLiteral("存档"));
        screenshot(print, QStringLiteral("print_02_copies_by_unit_zh_CN"));
        // Merged: a line as written, one copy.
        perUnit->setChecked(false);
        CHECK(child<QSpinBox>(print, "copyCount")->value() == asWritten.size());
        CHECK(print.copies().first().recipient == asWritten.first());
        child<QSpinBox>(print, "copyFirst")->setValue(1);
        child<QSpinBox>(print, "copyCount")->setValue(3);
        const QList<PrintCopy> copies = print.copies();
        REQUIRE(copies.size() == 3);
        CHECK(copies.at(0).number == 1);
        CHECK_FALSE(copies.at(0).recipient.isEmpty()); // from the distribution list
        expectModals({chooseFile(first)});
        click(print, "printToPdf");
        INFO(print.errorText().toStdString());
        REQUIRE(QFile::exists(first));
        // A printed 机密 document is no one else's to read on this computer.
        CHECK(QFile::permissions(first) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadUser | QFileDevice::WriteUser));
        CHECK(print.logRows() == 1);
        screenshot(print, QStringLiteral("print_02_printed_zh_CN"));
        click(print, "sendToFirstReader");
        REQUIRE(print.result() == QDialog::Accepted);
    }
    { // Each copy carries its own 份号.
        QFile f(first);
        REQUIRE(f.open(QIODevice::ReadOnly));
        auto worker = PdfWorkerClient::forThisProgram();
        auto info = worker->open(f.readAll());
        REQUIRE(info.ok());
        REQUIRE(info.value().pageCount % 3 == 0);
        const int perCopy = info.value().pageCount / 3;
        for (int c = 0; c < 3; ++c) {
            auto text = worker->text(c * perCopy);
            REQUIRE(text.ok());
            CHECK(text.value().text.startsWith(PrintingService::copyNumberText(c + 1)));
        }
        QFile kept(QStringLiteral(GONGWEN_SCREENSHOT_DIR "/print_copies.pdf")); // for a person to look at
        if (kept.open(QIODevice::WriteOnly) && f.seek(0))
            kept.write(f.readAll());
    }
    { // The first reader finds a misprint and sends it back to 秘书科.
        DraftDialog page(*ws, reader, id);
        CHECK(page.actionNames().contains(QStringLiteral("actionFirstRead")));
        FirstReaderDialog fr(*ws, reader, id);
        fr.resize(1280, 800);
        fr.show();
        CHECK(differenceCount(fr.comparison()) == 0); // the print reads as signed
        // The automatic checks: only the rules that apply to a downward 通报, each with why.
        const QString automatic = child<QLabel>(fr, "automaticChecks")->text();
        CHECK_FALSE(automatic.contains(QStringLiteral("请示")));
        CHECK_FALSE(automatic.contains(QStringLiteral("签发人")));
        CHECK(automatic.contains(QStringLiteral("适用于")));
        screenshot(fr, QStringLiteral("print_03_first_reader_zh_CN"));
        click(fr, "passButton"); // nothing ticked: no pass
        CHECK_FALSE(fr.errorText().isEmpty());
        CHECK(ws->drafting().get(reader, id).value().state == QStringLiteral("first_reading"));
        expectModals({{[](QWidget &w) { return w.objectName() == QLatin1String("failDialog"); },
                       [](QWidget &w) {
                           child<QComboBox>(w, "failCategory")->setCurrentIndex(0); // 文字
                           child<QComboBox>(w, "failBackTo")->setCurrentIndex(0);   // 秘书科
                           child<QPlainTextEdit>(w, "failNote")
                               ->setPlainText(QStringLiteral("第一段“推进”一词前多一空格，印制不清"));
                           pressOk(w);
                       }}});
        click(fr, "failButton");
    }
    CHECK(ws->drafting().get(reviewer, id).value().state == QStringLiteral("printing"));
    { // 秘书科 fixes the wording (the signature stays).
        DraftDialog page(*ws, reviewer, id);
        QString body = ws->drafting().version(reviewer, id, page.draft().currentVersion).value().text;
        body.replace(QStringLiteral("。"), QStringLiteral("。 "), Qt::CaseSensitive); // a visible change
        body = body.trimmed() + QStringLiteral("\n特此通报。");
        page.show();
        expectModals({typeInPrompt(body), chooseInInput(QStringLiteral("补充结束语"))});
        click(page, "actionWordingFix");
        INFO(page.errorText().toStdString());
        CHECK(page.draft().currentVersion == 2);
    }
    {
        PrintDialog print(*ws, printer, id);
        print.show();
        CHECK(child<QSpinBox>(print, "copyFirst")->value() == 4); // the next number, unless told
        child<QSpinBox>(print, "copyFirst")->setValue(1);           // the same numbers again: a reprint
        child<QSpinBox>(print, "copyCount")->setValue(3);
        // A reprinted number goes to whom it went before, though the list now goes by unit …
        const QString before = ws->printing().printLog(printer, id).value().first().copies.first().recipient;
        CHECK(print.copies().first().recipient == before);
        // … and a number never printed goes to the list's unit again, as the user moves the range on.
        child<QSpinBox>(print, "copyFirst")->setValue(12);
        CHECK(print.copies().first().recipient != before);
        CHECK(print.copies().first().recipient ==
              ws->printing().distributionList(printer, id).value().first());
        child<QSpinBox>(print, "copyFirst")->setValue(1);
        CHECK(print.copies().first().recipient == before);
        expectModals({chooseFile(dir.filePath(QStringLiteral("second.pdf")))});
        click(print, "printToPdf");
        INFO(print.errorText().toStdString());
        REQUIRE(QFile::exists(dir.filePath(QStringLiteral("second.pdf"))));
        CHECK(print.logRows() == 2);
        CHECK(ws->printing().printLog(printer, id).value().last().reprint);
        click(print, "sendToFirstReader");
        REQUIRE(print.result() == QDialog::Accepted);
    }
    { // Now the print differs from the signed version where the wording was fixed; read, ticked, passed.
        FirstReaderDialog fr(*ws, reader, id);
        fr.resize(1280, 800);
        fr.show();
        CHECK(differenceCount(fr.comparison()) >= 1);
        // Element by element: the 份号 and the 标志 are rows of their own, and the difference is a paragraph
        // of the body, brought into view and named where it stands.
        REQUIRE(fr.comparison().size() > 4);
        CHECK(fr.comparison().first().element.part == PrintedElement::CopyNumber);
        CHECK(fr.comparison().first().same);
        const int shown = fr.showNextDifference();
        REQUIRE(shown >= 0);
        CHECK(fr.comparison().at(shown).element.part == PrintedElement::Paragraph);
        const QString view = child<QTextBrowser>(fr, "comparisonView")->toPlainText();
        CHECK(view.contains(printedElementLabel(fr.comparison().at(shown).element)));
        CHECK(view.contains(printedElementLabel(fr.comparison().first().element)));
        for (const QString &code : FirstReaderChecklist::codes())
            QTest::mouseClick(child<QCheckBox>(fr, qPrintable(code)), Qt::LeftButton);
        screenshot(fr, QStringLiteral("print_04_first_reader_pass_zh_CN"));
        click(fr, "passButton");
    }
    const Draft released = ws->drafting().get(reviewer, id).value();
    CHECK(released.state == QStringLiteral("release"));
    { // The routing slip says every step in words: printed, failed by the first reader, released.
        DraftDialog page(*ws, reviewer, id);
        auto *slip = child<QTableWidget>(page, "routingSlip");
        REQUIRE(slip->rowCount() > 5);
        for (int r = 0; r < slip->rowCount(); ++r) {
            const QString done = slip->item(r, 2)->text();
            INFO(done.toStdString());
            CHECK(done.contains(QRegularExpression(QStringLiteral("\\p{Han}"))));
        }
    }
    CHECK(released.releasedAtMs > 0);
    const auto readings = ws->printing().readings(reviewer, id).value();
    REQUIRE(readings.size() == 2);
    CHECK_FALSE(readings.at(0).passed);
    CHECK(readings.at(1).passed);
    { // The 发文 register shows it released.
        DraftListPage reg(*ws, reviewer, DraftModel::Mode::Register);
        reg.resize(1400, 700);
        reg.show();
        bool seen = false;
        for (int r = 0; r < reg.model()->rowCount(); ++r) {
            if (reg.model()->draftAt(r).id == id) {
                seen = true;
                CHECK(reg.model()
                          ->data(reg.model()->index(r, DraftModel::PrintColumn), Qt::DisplayRole)
                          .toString()
                          .contains(QStringLiteral("核发")));
            }
        }
        CHECK(seen);
        screenshot(reg, QStringLiteral("print_05_register_released_zh_CN"));
    }
    INFO(title.toStdString());
}

TEST_CASE("print: the reviewer sees the format check's findings while reviewing", "[ui][print]")
{
    TestDb db;
    auto ws = demoWorkspace(db);
    const Principal drafter = logIn(*ws, "drafter");
    const Principal reviewer = logIn(*ws, "reviewer");
    DraftFields f;
    f.title = QStringLiteral("关于申请防汛物资补助资金的请示。"); // a full stop in the title
    f.genre = Genre::Request;
    f.issuer = Issuer::DistrictGovernment;
    f.direction = Direction::Upward;
    f.draftingUnitId = ws->drafting().draftingUnits(drafter).value().first().id;
    f.mainRecipients = {QStringLiteral("云溪市人民政府"), QStringLiteral("云溪市财政局")}; // two for a 请示
    f.ccRecipients = {QStringLiteral("区人武部"), QStringLiteral("区委办公室")};           // out of order
    f.signerId = 0;
    for (const User &u : ws->drafting().signers(drafter).value()) {
        if (u.districtHead)
            f.signerId = u.id;
    }
    auto created = ws->drafting().create(
        drafter, f, DraftBody{QStringLiteral("为做好今年防汛工作，特申请补助资金。"), {}},
        QStringLiteral("两个主送机关系按市里要求"));
    REQUIRE(created.ok());
    auto submitted = ws->drafting().act(drafter, created.value().id, created.value().version,
                                        ChainAction::Pass, QString());
    REQUIRE(submitted.ok());
    const auto findings = ws->printing().formatCheck(reviewer, created.value().id);
    REQUIRE(findings.ok());
    QStringList rules;
    for (const FormatFinding &x : findings.value())
        rules.append(x.rule);
    CHECK(rules.contains(QStringLiteral("title.punctuation")));
    CHECK(rules.contains(QStringLiteral("request.one_recipient")));
    CHECK(rules.contains(QStringLiteral("cc.order")));
    CHECK_FALSE(rules.contains(QStringLiteral("signer.upward"))); // the chosen leader stands for the 签发人
    DraftDialog page(*ws, reviewer, created.value().id);
    page.resize(1200, 800);
    page.show();
    CHECK(page.actionNames().contains(QStringLiteral("actionPass")));
    auto *view = child<QTextBrowser>(page, "formatCheckView");
    page.tabs()->setCurrentWidget(view);
    CHECK(
        page.tabs()->tabText(page.tabs()->currentIndex()).contains(QString::number(findings.value().size())));
    CHECK(view->toPlainText().contains(QStringLiteral("GB/T 9704-2012 7.3.1")));
    screenshot(page, QStringLiteral("print_06_review_format_findings_zh_CN"));
}
