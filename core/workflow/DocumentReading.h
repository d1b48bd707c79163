// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — reading the registration fields off a document's text (GB/T 9704 layout).
#pragma once

#include "domain/Clearance.h"
#include "domain/DocumentKinds.h"

#include <QDate>
#include <QString>

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
};

/// Finds the 文号 (its pattern), the title (the 关于…的… line after the masthead), the sender
/// (the masthead's issuing authority), the urgency and secrecy marks (★ and its period) and the
/// 成文日期 (the last full date, where the seal sits).
DocumentProposals readDocument(const QString &text);

} // namespace gw
