// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk UI tests — a draft carried as the office carries it: through its chain to registration,
// then printed (each page rendered to a picture for a person to look at) and passed by the first reader.
#pragma once

#include "UiHelpers.h"

#include "Clock.h"
#include "domain/Printing.h"
#include "pdf/Typesetter.h"
#include "services/DraftingService.h"
#include "services/PrintingService.h"

#include <QDir>
#include <QHash>
#include <QImage>
#include <QPainter>

namespace gw::test {

/// Passes draft `id` step by step, each step by the demo account `byStep` names, up to registration,
/// and registers it under `prefix` as the reviewer.
inline Draft carryToRegistration(Workspace &ws, qint64 id, const QHash<QString, const char *> &byStep,
                                 const QString &prefix)
{
    const Principal reviewer = logIn(ws, "reviewer");
    Draft d = ws.drafting().get(reviewer, id).value();
    for (int guard = 0; guard < 10 && d.state != QLatin1String("registration"); ++guard) {
        REQUIRE(byStep.contains(d.state));
        auto next = ws.drafting().act(logIn(ws, byStep.value(d.state)), d.id, d.version, ChainAction::Pass,
                                      QStringLiteral("同意。"), true);
        INFO(d.state.toStdString() << ": " << (next.ok() ? std::string() : next.error().message.toStdString()));
        REQUIRE(next.ok());
        d = next.value();
    }
    REQUIRE(d.state == QStringLiteral("registration"));
    auto registered = ws.drafting().registerDocument(reviewer, d.id, d.version, prefix);
    REQUIRE(registered.ok());
    return registered.value();
}

/// Prints registered draft `d` as the printer, saves each page as `<shots>-page<n>.png`, sends it to the
/// first reader, who passes it for `distribution`. Returns the document as printed.
inline OfficialDocument printAndPass(Workspace &ws, Draft d, const QString &shots, const QStringList &distribution)
{
    const Principal printer = logIn(ws, "printer");
    const OfficialDocument doc = ws.printing().officialDocument(printer, d.id, 1).value();
    const OfficialLayout layout = OfficialLayout::build(doc, OfficialFonts::defaults());
    REQUIRE(layout.pageCount() >= 1);
    QDir().mkpath(QStringLiteral(GONGWEN_SCREENSHOT_DIR));
    for (int p = 0; p < layout.pageCount(); ++p) {
        QImage image(QSize(210 * 4, 297 * 4), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        layout.paintPage(painter, p, 4.0);
        painter.end();
        image.save(QStringLiteral(GONGWEN_SCREENSHOT_DIR "/%1-page%2.png").arg(shots).arg(p + 1));
    }
    auto job = ws.printing().recordPrint(printer, d.id, d.version, {PrintCopy{1, QString(), false}},
                                         QStringLiteral("PDF"), layout.pdf(doc.title));
    REQUIRE(job.ok());
    d = ws.drafting().get(printer, d.id).value();
    d = ws.printing().sendToFirstReader(printer, d.id, d.version).value();
    auto passed = ws.printing().pass(logIn(ws, "reader"), d.id, d.version, FirstReaderChecklist::codes(), distribution);
    INFO((passed.ok() ? std::string() : passed.error().message.toStdString()));
    REQUIRE(passed.ok());
    return doc;
}

} // namespace gw::test
