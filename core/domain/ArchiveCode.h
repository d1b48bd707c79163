// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the 档号 of an archived 件 (DA/T 22-2015) and the retention it is kept for.
#pragma once

#include "Result.h"
#include "domain/DocumentKinds.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace gw {

/// 保管期限 (DA/T 22-2015 5.3): permanent, 30 years, 10 years.
enum class Retention
{
    Permanent, ///< 永久, code Y
    Years30,   ///< 定期30年, code D30
    Years10,   ///< 定期10年, code D10
};

QString retentionCode(Retention r);
std::optional<Retention> retentionFromCode(const QString &code);
QString retentionLabel(Retention r);
QList<Retention> allRetentions();

/// 档号 = 全宗号-门类代码·年度-保管期限-机构（问题）代码-件号, e.g. J012-WS·2026-Y-BGS-0001; the 机构 part
/// is left out when the office does not sort its 件 by organisation (J012-WS·2026-D10-0023).
struct ArchiveCode
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveCode)
public:
    QString fonds;                       ///< 全宗号, e.g. J012
    QString category = QStringLiteral("WS"); ///< 门类代码: WS for 文书
    int year = 0;
    Retention retention = Retention::Years10;
    QString organ;                       ///< 机构（问题）代码, e.g. BGS; may be empty
    int item = 0;                        ///< 件号, 1 … 9999

    /// The 档号 as written on the 归档章 and in the catalogue; the 件号 four digits, zero-padded.
    QString toString() const;
    /// Reads a 档号 as toString() writes it (the separators · and - as written, full-width ones too).
    static Result<ArchiveCode> parse(const QString &text);
    /// Whether every part is what DA/T 22 allows: a 全宗号 and a 门类代码 of letters and digits, a year
    /// of four digits, a 机构 code of letters and digits when present, a 件号 from 1 to 9999.
    Status check() const;
    bool operator==(const ArchiveCode &o) const
    {
        return fonds == o.fonds && category == o.category && year == o.year && retention == o.retention &&
               organ == o.organ && item == o.item;
    }
};

/// One rule the office keeps for proposing a 件's retention: documents of `genre` (any when empty) that
/// the office issued itself (`own`) or received, kept for `retention`. A person confirms the proposal.
struct RetentionRule
{
    std::optional<Genre> genre;
    bool own = true;
    bool normativeOnly = false; ///< only 规范性文件
    Retention retention = Retention::Years10;
};

class RetentionRules final
{
    Q_DECLARE_TR_FUNCTIONS(RetentionRules)
public:
    /// The rules an office starts with (DA/T 22-2015 with the 机关文件材料归档范围和文书档案保管期限规定):
    /// its own 决议, 决定, 命令, 公报, 公告, 规范性文件, 请示 and 报告 permanent; its own 意见, 通报,
    /// 纪要 and 批复 30 years; the rest of its own 10 years; received 决定, 决议 and 命令 30 years, other
    /// received documents 10 years.
    static QList<RetentionRule> defaults();
    /// The first rule that fits (a normative rule before others); 定期10年 when none does.
    static Retention propose(const QList<RetentionRule> &rules, Genre genre, bool own, bool normative);
    /// The rules as the office keeps them, one a line in fixed Chinese terms (the same in every interface
    /// language): 本单位|收文, then a genre's name (请示, 通知 …), 规范性文件 or 全部, then 永久, 30年 or 10年 —
    /// e.g. "本单位 请示 永久".
    static QString toText(const QList<RetentionRule> &rules);
    /// Reads toText()'s lines (定期30年 and 定期10年 accepted, blank lines skipped); refuses a line it cannot
    /// read, naming it. Empty text: the defaults.
    static Result<QList<RetentionRule>> parse(const QString &text);
    /// The office's rules as kept, or the defaults when they cannot be read.
    static QList<RetentionRule> ofOffice(const QString &text)
    {
        auto r = parse(text);
        return r ? r.value() : defaults();
    }
};

} // namespace gw
