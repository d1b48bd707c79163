// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk UI tests — a demonstration office to drive screens on, and widget look-ups.
#pragma once

#include "TestDb.h"

#include "pdf/Typesetter.h"
#include "security/Actor.h"
#include "services/AuthService.h"
#include "services/DemoSeeder.h"
#include "services/Workspace.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QInputDialog>
#include <QInputMethodEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace gw::test {

/// The demonstration office; `withHistory`: with its past twelve months, printed as the program prints.
inline std::unique_ptr<Workspace> demoWorkspace(const TestDb &db, bool withHistory = false)
{
    auto ws = Workspace::open(db.url());
    REQUIRE(ws.ok());
    DemoSeeder::Typeset typeset;
    if (withHistory)
        typeset = [](const OfficialDocument &doc) {
            return OfficialLayout::build(doc, OfficialFonts::defaults()).pdf(doc.title);
        };
    const Status seeded = DemoSeeder::seed(*ws.value(), typeset);
    INFO((seeded.ok() ? std::string() : seeded.error().message.toStdString()));
    REQUIRE(seeded.ok());
    return std::move(ws).value();
}

inline Principal logIn(Workspace &ws, const char *user)
{
    auto a = ws.auth().login(QString::fromLatin1(user), DemoSeeder::password());
    REQUIRE(a.ok());
    return a.value();
}

/// The child widget named `name`; the test stops when there is none.
template <typename T> T *child(QWidget &w, const char *name)
{
    T *c = w.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(c != nullptr);
    return c;
}

/// Types `text` into `w` as an input method commits it (how Chinese reaches a widget; QTest's key
/// clicks know only Latin-1).
inline void typeText(QWidget *w, const QString &text)
{
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(w, &commit);
}

/// Clicks the button named `name` in `w` with the mouse, as a user would.
inline void click(QWidget &w, const char *name)
{
    // What a user sees: buttons rebuilt after the last action are shown, the old ones are gone.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    auto *b = child<QAbstractButton>(w, name);
    INFO(name);
    REQUIRE(b->isVisible());
    REQUIRE(b->isEnabled());
    QTest::mouseClick(b, Qt::LeftButton);
}

/// One dialog a click opens: how to know it, and what the user does in it.
struct ModalStep
{
    std::function<bool(QWidget &)> matches;
    std::function<void(QWidget &)> act;
};

/// Does each step in the modal dialog it matches, in order, as the dialogs open (a click that opens
/// them follows this call). Gives up after 20 s; a step never done fails the test's later checks.
inline void expectModals(QList<ModalStep> steps)
{
    auto pending = std::make_shared<QList<ModalStep>>(std::move(steps));
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, pending, clock] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && !pending->isEmpty() && pending->first().matches(*modal)) {
            const ModalStep step = pending->takeFirst();
            step.act(*modal);
        }
        if (pending->isEmpty() || clock->elapsed() > 20000) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

inline void pressOk(QWidget &dialog)
{
    auto *box = dialog.findChild<QDialogButtonBox *>();
    REQUIRE(box != nullptr);
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

/// The next text prompt (an opinion, a reason, a comment): types `text` and presses OK.
inline ModalStep typeInPrompt(const QString &text)
{
    return {[](QWidget &w) { return w.findChild<QPlainTextEdit *>(QStringLiteral("promptText")) != nullptr; },
            [text](QWidget &w) {
                auto *edit = w.findChild<QPlainTextEdit *>(QStringLiteral("promptText"));
                edit->setPlainText(text);
                pressOk(w);
            }};
}

/// The next input dialog (a choice from a list, or a line of text): enters `value` and presses OK.
inline ModalStep chooseInInput(const QString &value)
{
    return {[](QWidget &w) { return qobject_cast<QInputDialog *>(&w) != nullptr; },
            [value](QWidget &w) {
                qobject_cast<QInputDialog *>(&w)->setTextValue(value);
                pressOk(w);
            }};
}

/// The next choice from a list (an input dialog with items): picks item `index` and presses OK.
inline ModalStep chooseItem(int index)
{
    return {[](QWidget &w) { return qobject_cast<QInputDialog *>(&w) != nullptr; },
            [index](QWidget &w) {
                auto *input = qobject_cast<QInputDialog *>(&w);
                input->setTextValue(input->comboBoxItems().value(index));
                pressOk(w);
            }};
}

/// The next file dialog (saving a notice): cancelled, as a user who does not want the file.
inline ModalStep cancelFileDialog()
{
    return {[](QWidget &w) { return qobject_cast<QFileDialog *>(&w) != nullptr; },
            [](QWidget &w) { qobject_cast<QDialog *>(&w)->reject(); }};
}

/// The next confirmation (a signature, retiring a unit, a reset, discarding changes): `yes` takes the
/// step, else it is declined.
inline ModalStep answerConfirm(bool yes)
{
    return {[](QWidget &w) { return w.objectName() == QLatin1String("confirmQuestion"); },
            [yes](QWidget &w) {
                auto *button = w.findChild<QAbstractButton *>(yes ? QStringLiteral("confirmYes")
                                                                   : QStringLiteral("confirmNo"));
                if (button)
                    QTest::mouseClick(button, Qt::LeftButton);
            }};
}

/// The next preview of a generated PDF (a notice): looked at, and closed without printing or saving.
inline ModalStep closePreview()
{
    return {[](QWidget &w) { return w.objectName() == QLatin1String("pdfPreview"); },
            [](QWidget &w) {
                if (auto *close = w.findChild<QAbstractButton *>(QStringLiteral("previewClose")))
                    QTest::mouseClick(close, Qt::LeftButton);
            }};
}

/// The next file dialog (opening or saving): `path` typed in as the file's name and accepted.
inline ModalStep chooseFile(const QString &path)
{
    return {[](QWidget &w) { return qobject_cast<QFileDialog *>(&w) != nullptr; },
            [path](QWidget &w) {
                auto *dialog = qobject_cast<QFileDialog *>(&w);
                dialog->selectFile(path);
                static_cast<QDialog *>(dialog)->accept(); // as the Open or Save button does
            }};
}

} // namespace gw::test
