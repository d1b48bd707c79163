// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 档案 area's dialogs: confirming the retention of the documents to archive, one
// archived 件 with its files, and recording a loan.
#pragma once

#include "domain/ArchiveItem.h"
#include "domain/ArchiveLoan.h"
#include "security/Actor.h"
#include "storage/ArchiveRepository.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QRadioButton;
class QTableWidget;

namespace gw {

class ArchivePdf;
class ErrorBanner;
class Workspace;

/// The documents chosen for archiving, one row each with the retention the office's rules propose in a
/// list the clerk may change: archiving asks a person to confirm each retention (DA/T 22).
class ArchiveConfirmDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveConfirmDialog)
public:
    /// `forwardable`: the incoming items done with that a forwarding document among `chosen` may carry
    /// into its 件 (DA/T 22: the forwarding document and what it forwards are one 件).
    ArchiveConfirmDialog(const QList<ArchiveCandidate> &chosen, const QList<ArchiveCandidate> &forwardable = {},
                         QWidget *parent = nullptr);
    /// The retention confirmed for row `row`.
    Retention retentionAt(int row) const;
    /// The incoming item row `row` forwards (0: none).
    qint64 forwardedAt(int row) const;
    void setForwardedAt(int row, qint64 incomingId);
    /// Sets row `row`'s retention, as the clerk would in its list.
    void setRetentionAt(int row, Retention r);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

/// One archived 件: its 档号 and metadata, its files in order with their digests; a file opens in the
/// PDF preview (printed or saved from there). The clerk may change the 备注.
class ArchiveItemDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveItemDialog)
public:
    ArchiveItemDialog(Workspace &ws, const Principal &actor, const ArchiveItem &item, QWidget *parent = nullptr);
    QTableWidget *files() const { return m_files; }
    /// Opens component `position` in the PDF preview; false (with the reason shown) when it cannot be read.
    bool openComponent(int position);
    /// The bytes of the component last opened (for a look in tests and screenshots).
    const QByteArray &lastOpened() const { return m_lastOpened; }

private:
    void editRemark();
    Workspace &m_ws;
    Principal m_actor;
    ArchiveItem m_item;
    QTableWidget *m_files = nullptr;
    ErrorBanner *m_error = nullptr;
    QByteArray m_lastOpened;
};

/// 借阅登记: who borrows which 件, on paper or on screen, what for, until when. OK records it through the
/// service and stays open with what was typed when it is refused.
class LoanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoanDialog)
public:
    LoanDialog(Workspace &ws, const Principal &actor, const ArchiveItem &item, QWidget *parent = nullptr);
    const ArchiveLoan &recorded() const { return m_recorded; }
    QComboBox *borrower() const { return m_borrower; }
    QLineEdit *purpose() const { return m_purpose; }
    QDateEdit *due() const { return m_due; }
    QRadioButton *electronic() const { return m_electronic; }
    void accept() override;

private:
    Workspace &m_ws;
    Principal m_actor;
    ArchiveItem m_item;
    QComboBox *m_borrower = nullptr;
    QLineEdit *m_purpose = nullptr;
    QDateEdit *m_due = nullptr;
    QRadioButton *m_electronic = nullptr;
    ErrorBanner *m_error = nullptr;
    ArchiveLoan m_recorded;
};

} // namespace gw
