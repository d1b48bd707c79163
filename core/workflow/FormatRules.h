// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the format check (格式检查) of an outgoing document against GB/T 9704-2012 and the
// 2012 regulation: every violation with the rule it breaks. Findings are of the 文种格式 category.
#pragma once

#include "domain/Markup.h"
#include "domain/OfficialDocument.h"

#include <QCoreApplication>

namespace gw {

struct FormatFinding
{
    QString rule;     ///< a stable code, e.g. "number.brackets"
    QString element;  ///< the element concerned, e.g. 发文字号
    QString message;  ///< what is wrong, in the user's language
    QString citation; ///< the rule's words
    MarkupCategory category = MarkupCategory::Format;
};

class FormatRules
{
    Q_DECLARE_TR_FUNCTIONS(FormatRules)
public:
    /// Every violation in the document as it would be printed; empty when it passes.
    static QList<FormatFinding> check(const OfficialDocument &doc);
    /// The rule codes the checker knows, in the order of the checklist.
    static QStringList ruleCodes();
    /// The checklist item a rule code belongs to, in the user's language.
    static QString ruleLabel(const QString &code);
    /// Whether the rule applies to the document (its genre, its direction), and why — in the user's
    /// language, for the tick the first reader sees ("every document", "a 请示", "an upward document").
    static bool applies(const QString &code, const OfficialDocument &doc, QString *why = nullptr);
    /// The rule codes that apply to the document, in the order of the checklist.
    static QStringList applicableRules(const OfficialDocument &doc);
    /// Whether a 请示's body closes with its request (妥否，请批示 …).
    static bool hasClosingRequest(const QString &body);
    /// Whether a 附注 names a contact person and a telephone number.
    static bool hasContact(const QString &annotation);
};

} // namespace gw
