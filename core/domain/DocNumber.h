// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — 文号 (document numbers) as written on documents: prefix〔year〕N号.
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace gw {

/// A parsed 文号: 黄政发〔2026〕12号 → prefix 黄政发, year 2026, number 12.
struct DocNumber
{
    Q_DECLARE_TR_FUNCTIONS(DocNumber)
public:
    QString prefix;
    int year = 0;
    int number = 0;

    /// Accepts the look-alike brackets [ ] ［ ］ 〔 〕 ( ) （ ） 【 】 and spaces, and returns the number in
    /// its standard form, or a message that says what is wrong.
    static Result<DocNumber> parse(const QString &text);
    /// The standard form: prefix〔year〕number号.
    QString toString() const;
};

} // namespace gw
