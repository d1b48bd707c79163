// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the fields of the office's identity, shared by set-up and settings.
#pragma once

#include "domain/Office.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace gw {

class OfficeForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfficeForm)
public:
    explicit OfficeForm(QWidget *parent = nullptr);

    /// The office as entered; prefixes are one a line: "黄政发 区政府发文".
    Office office() const;
    void setOffice(const Office &office);
    /// After a conflict: the next save applies the form over the stored `version` on purpose.
    void setVersion(qint64 version) { m_version = version; }

private:
    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_signMark = nullptr;
    QLineEdit *m_fonds = nullptr;
    QLineEdit *m_contactPerson = nullptr;
    QLineEdit *m_contactPhone = nullptr;
    QSpinBox *m_warningDays = nullptr;
    QLineEdit *m_organ = nullptr;
    QComboBox *m_loanApprover = nullptr;
    QSpinBox *m_backupDays = nullptr;
    QPlainTextEdit *m_retention = nullptr;
    QPlainTextEdit *m_prefixes = nullptr;
    qint64 m_version = 0;
};

} // namespace gw
