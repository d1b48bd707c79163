// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — an incoming document (收文) as registered, triaged and handled.
#pragma once

#include "domain/Clearance.h"
#include "domain/DocumentKinds.h"
#include "domain/Triage.h"

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
inline constexpr char kProposed[] = "proposed";       ///< 拟办 written, waiting for the leader's 签批
inline constexpr char kInstructed[] = "instructed";   ///< 签批 given, waiting for distribution
inline constexpr char kCirculating[] = "circulating"; ///< with its readers and handlers, in turn
inline constexpr char kHandled[] = "handled";         ///< every reader done, back at 秘书科
inline constexpr char kDone[] = "done";               ///< 答复 recorded: ready to archive
/// The secretariat, when an item is back between two readers.
inline constexpr char kSecretariat[] = "秘书科";
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

/// One line of an item's handling history: what was done, by whom, when.
struct IncomingEvent
{
    QString action; ///< "register", "triage:accepted", "urge:phone" …
    QString actorName;
    qint64 atMs = 0;
    QString note;
};

struct IncomingItem
{
    qint64 id = 0;
    qint64 senderUnitId = 0;
    QString senderName; ///< read with the item, for display and sorting; not stored with it
    QString docNumber;  ///< standard form, or empty when the document has none
    QString title;
    Genre genre = Genre::Circular;
    Urgency urgency = Urgency::Normal;
    Clearance secrecy = Clearance::None;
    QString secrecyPeriod;
    int copies = 1;
    QString copyNumbers; ///< 份号, e.g. "000012-000014"
    /// 收文编号: the year of registration and the item's place in it, gap-free, given at registration.
    int receiptYear = 0;
    int receiptSeq = 0;
    qint64 receivedAtMs = 0;
    qint64 dueAtMs = 0; ///< 办理时限 (0: none)
    Addressee addressee = Addressee::DistrictGovernment;
    QString state = QString::fromLatin1(incoming::kRegistered);
    QString holder; ///< who has it now
    qint64 holderSinceMs = 0;
    QString triageRule;
    QString triageReason;
    qint64 transferTo = 0;
    /// The rule the triage proposal cited, whether or not the clerk decided otherwise.
    /// 收文编号 as written in the register, e.g. 收〔2026〕12号; empty before registration.
    QString receiptNumber() const;
    QString triageRuleProposed() const
    {
        return triageRule.startsWith(QLatin1String(kOverridePrefix))
                   ? triageRule.mid(int(qstrlen(kOverridePrefix)))
                   : triageRule;
    }
    /// Whether the clerk decided otherwise than the rules proposed.
    bool triageOverridden() const { return triageRule.startsWith(QLatin1String(kOverridePrefix)); }
    static constexpr char kOverridePrefix[] = "override:";
    QString reply;
    QString proposal;    ///< 拟办意见
    QString instruction; ///< 签批 of the leader
    qint64 createdBy = 0;
    qint64 updatedAtMs = 0;
    QString updatedBy;
    qint64 version = 0;
};

/// One reader or handler on the item's circulation list, in order.
struct IncomingRoute
{
    int position = 0;
    qint64 userId = 0;
    QString userName;
    bool handles = false; ///< 阅办 (handles) rather than 阅知/阅签 (reads)
    bool lead = false;    ///< 主办 among several handlers; the others assist (协办)
    QString state;        ///< "waiting", "holding", "done"
    QString opinion;
    qint64 receivedAtMs = 0;
    qint64 doneAtMs = 0;
};

QString addresseeCode(Addressee a);
std::optional<Addressee> addresseeFromCode(const QString &code);

} // namespace gw
