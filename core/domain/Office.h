// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the office this workstation serves.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace gw {

/// A 发文字号 prefix such as 黄政发, with what it is used for.
struct DocPrefix
{
    QString prefix;
    QString description;
};

/// The office's identity, set up on first run.
struct Office
{
    QString fullName; ///< e.g. 黄州区人民政府办公室
    QString signMark; ///< 发文机关标志, e.g. 黄州区人民政府
    QString fondsNo;  ///< 全宗号 for archiving
    QList<DocPrefix> prefixes;
    QString contactPerson; ///< 联系人 printed on the notices the office sends (退文通知, 转办告知单 …)
    QString contactPhone;  ///< 联系电话
    /// 督查: a matter turns yellow when its deadline is within this many working days.
    int warningDays = 3;
    /// 档案: the 机构（问题）code in each 档号 (empty: the office does not sort its 件 by organisation),
    /// the role whose holder approves lending an archived item, and how many days a backup stays recent.
    QString organCode;
    QString loanApprover = QStringLiteral("director");
    int backupDays = 7;
    /// The office's rules for proposing a 件's retention, as RetentionRules::toText() writes them; empty:
    /// the rules an office starts with.
    QString retentionRules;
    QString updatedBy;
    qint64 updatedAtMs = 0;
    qint64 version = 0;

    /// The contact line of a notice, e.g. "联系人：李文秀　联系电话：0712-2345678"; empty when not set.
    QString noticeContact() const
    {
        QStringList parts;
        if (!contactPerson.trimmed().isEmpty())
            parts << QStringLiteral("联系人：") + contactPerson.trimmed();
        if (!contactPhone.trimmed().isEmpty())
            parts << QStringLiteral("联系电话：") + contactPhone.trimmed();
        return parts.join(QStringLiteral("　"));
    }
};

} // namespace gw
