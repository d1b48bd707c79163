// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — 签收登记: registering an incoming document from the keyboard.
#pragma once

#include "domain/IncomingItem.h"
#include "security/Actor.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace gw {

class ErrorBanner;
class Workspace;

class RegistrationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistrationDialog)
public:
    RegistrationDialog(Workspace &ws, const Principal &actor, QWidget *parent = nullptr);

    IncomingItem item() const;
    const IncomingItem &saved() const { return m_saved; }
    QString errorText() const;
    /// Adds a file after checking its content (a PDF must open in the worker); false, with the reason
    /// shown, when it is refused.
    bool addAttachment(const QString &name, const QByteArray &bytes);
    /// Reads a PDF's text (in the worker) and proposes the fields it finds; false when unreadable.
    bool readFromPdf(const QByteArray &pdf);
    /// The fields filled from the document and not yet confirmed.
    QStringList proposedFields() const;
    /// The fields the document did not give, marked for the clerk to enter.
    QStringList missingFields() const;
    void confirmProposals();

public Q_SLOTS:
    void accept() override;

private:
    /// What the Register button does: registers the form as it stands (it stays open on an error).
    bool save();
    void loadSenders(qint64 select = 0);
    void checkNumber();
    void addSender();
    void propose(QWidget *field, const QString &what);
    void confirm(QWidget *field);
    void markMissing(QWidget *field, const QString &what);

    Workspace &m_ws;
    Principal m_actor;
    IncomingItem m_saved;
    QList<IncomingAttachment> m_files;
    QComboBox *m_sender = nullptr;
    QLineEdit *m_number = nullptr;
    QLabel *m_numberHint = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_genre = nullptr;
    QComboBox *m_urgency = nullptr;
    QComboBox *m_secrecy = nullptr;
    QLineEdit *m_period = nullptr;
    QSpinBox *m_copies = nullptr;
    QLineEdit *m_copyNumbers = nullptr;
    QDateTimeEdit *m_received = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateEdit *m_due = nullptr;
    QComboBox *m_addressee = nullptr;
    QListWidget *m_fileList = nullptr;
    ErrorBanner *m_error = nullptr;
    QLabel *m_proposalNote = nullptr;
    QPushButton *m_confirmAll = nullptr;
    QHash<QWidget *, QString> m_proposed; ///< field → what it holds, until the clerk confirms it
    QHash<QWidget *, QString> m_missing;  ///< field → what it is, until the clerk fills it in
};

} // namespace gw
