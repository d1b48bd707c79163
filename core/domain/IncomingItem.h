// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — an incoming document (收文) as registered, triaged and handled.
#pragma once

#include "domain/Clearance.h"
#include "domain/DocumentKinds.h"
#include "workflow/TriageRules.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace gw {

/// Where an incoming item stands.
namespace incoming {
inline constexpr char kRegistered[] = "registered";   ///< 签收登记, waiting for 初审
inline constexpr char kAccepted[] = "accepted";       ///< 受理: on to 拟办 and distribution
inline constexpr char kTransferred[] = "transferred"; ///< 转办 to the competent department
inline constexpr char kReturned[] = "returned";       ///< 退文 to the sender
} // namespace incoming

/// A file that came with the document, kept with its SHA-256.
struct IncomingAttachment
{
    qint64 id = 0;
    QString name;
    QString sha256;
    qint64 size = 0;
    QByteArray bytes;
};

struct IncomingItem
{
    qint64 id = 0;
    qint64 senderUnitId = 0;
    QString docNumber; ///< standard form, or empty when the document has none
    QString title;
    Genre genre = Genre::Circular;
    Urgency urgency = Urgency::Normal;
    Clearance secrecy = Clearance::None;
    QString secrecyPeriod;
    int copies = 1;
    QString copyNumbers; ///< 份号, e.g. "000012-000014"
    qint64 receivedAtMs = 0;
    qint64 dueAtMs = 0; ///< 办理时限 (0: none)
    Addressee addressee = Addressee::DistrictGovernment;
    QString state = QString::fromLatin1(incoming::kRegistered);
    QString holder; ///< who has it now
    qint64 holderSinceMs = 0;
    QString triageRule;
    QString triageReason;
    qint64 transferTo = 0;
    QString reply;
    qint64 createdBy = 0;
    qint64 updatedAtMs = 0;
    QString updatedBy;
    qint64 version = 0;
};

QString addresseeCode(Addressee a);
std::optional<Addressee> addresseeFromCode(const QString &code);

} // namespace gw
