// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — a letter or call from a private person (非公文): recorded and passed to the petitions
// office or the hotline with a 转送单, and the list of those recorded.
#pragma once

#include "domain/CitizenLetter.h"
#include "security/Actor.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace gw {

class ErrorBanner;
class Workspace;

class LetterDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LetterDialog)
public:
    LetterDialog(Workspace &ws, const Principal &actor, QWidget *parent = nullptr);

    /// The letter as the form holds it.
    CitizenLetter letter() const;
    const CitizenLetter &saved() const { return m_saved; }
    QString errorText() const;
    /// The 转送单 of a recorded letter, as PDF bytes.
    static QByteArray forwardNotice(Workspace &ws, const Principal &actor, const CitizenLetter &letter);
    /// Offers the 转送单 of `letter` for saving as a PDF; a failure is shown on `error`.
    static void saveForwardNotice(QWidget *parent, ErrorBanner *error, Workspace &ws, const Principal &actor,
                                  const CitizenLetter &letter);

public Q_SLOTS:
    void accept() override;

private:
    bool save();

    Workspace &m_ws;
    Principal m_actor;
    CitizenLetter m_saved;
    QLineEdit *m_person = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_contact = nullptr;
    QDateTimeEdit *m_received = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QComboBox *m_route = nullptr;
    QLineEdit *m_note = nullptr;
    ErrorBanner *m_error = nullptr;
};

/// The letters and calls recorded, newest first, each marked 非公文, with its 转送单 to print again.
class LettersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LettersDialog)
public:
    LettersDialog(Workspace &ws, const Principal &actor, QWidget *parent = nullptr);
    int rowCount() const;
    QString errorText() const;

private:
    void reload();

    Workspace &m_ws;
    Principal m_actor;
    QList<CitizenLetter> m_letters;
    QTableWidget *m_table = nullptr;
    ErrorBanner *m_error = nullptr;
};

} // namespace gw
