// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — reading the registration fields off a document's text (GB/T 9704 layout).
#pragma once

#include "domain/Clearance.h"
#include "domain/DocumentKinds.h"
#include "domain/Triage.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace gw {

/// What the text of a document suggests for its registration. Each field is only a proposal:
/// the clerk confirms it.
struct DocumentProposals
{
    std::optional<QString> docNumber;
    std::optional<QString> title;
    std::optional<QString> sender; ///< from the 发文机关标志 ("…文件") or the 署名
    std::optional<Urgency> urgency;
    std::optional<Clearance> secrecy;
    std::optional<QString> secrecyPeriod;
    std::optional<QDate> writtenDate; ///< 成文日期
    std::optional<Genre> genre;
    std::optional<QString> mainRecipient; ///< the 主送 line, without its colon
    /// Whom the 主送 addresses: the district government, its office, or a leader personally.
    std::optional<Addressee> addressee;
    QStringList attachments; ///< the names in the 附件说明, in order
};

/// Reads the document by the parts of its layout (GB/T 9704-2012): 份号, 密级★期限 and 紧急程度 at the top;
/// the masthead (the organ's name with or without 文件, a joint masthead, a 函's or a 纪要's); the 文号
/// (beside a 签发人 too); the title (every line up to the 主送, joined); the 主送; the 附件说明; the 成文日期
/// under the 署名 (never a date of the body or the 版记's 印发日期); the 署名 as the sender when there is
/// no masthead. A field the text does not give stays empty.
DocumentProposals readDocument(const QString &text);

} // namespace gw
