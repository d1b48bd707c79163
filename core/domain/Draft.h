// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — an outgoing document in the making, its versions and its routing slip.
#pragma once

#include "domain/ChainVariant.h"
#include "domain/Clearance.h"
#include "domain/DocumentKinds.h"

#include <QDate>
#include <QStringList>

namespace gw {

/// The fields a drafter fills in.
struct DraftFields
{
    QString title;
    Genre genre = Genre::Circular;
    Issuer issuer = Issuer::DistrictGovernment;
    Direction direction = Direction::Downward;
    qint64 draftingUnitId = 0;  ///< an office section, or a district department (代拟稿)
    bool normative = false;     ///< 规范性文件
    QStringList mainRecipients; ///< 主送机关
    QStringList ccRecipients;   ///< 抄送机关
    QStringList attachments;    ///< 附件 titles, in order
    Urgency urgency = Urgency::Normal;
    Clearance secrecy = Clearance::None;
    QString secrecyPeriod; ///< 保密期限, e.g. "1年"
    qint64 signerId = 0;   ///< the leader who will sign
    QString repliesTo;     ///< for a 批复: the 文号 of the 请示 it answers
    QDate dueDate;         ///< when the matter must be done (proposes urgency)
    bool needsConsultation = false;
    QString annotation; ///< 附注, printed in parentheses under the 成文日期
};

/// A draft as stored: its fields and where it stands in the chain.
struct Draft
{
    qint64 id = 0;
    DraftFields fields;
    ChainVariant variant = ChainVariant::OfficeDrafted;
    QString state; ///< the step it waits at (a key of the chain table)
    int currentVersion = 0;
    int signedVersion = 0; ///< 0 until signed
    qint64 signedAtMs = 0;
    QString signedBy;
    QDate writtenDate;       ///< 成文日期
    QString docNumber;       ///< 发文字号, once registered
    qint64 dueAtMs = 0;      ///< when the current step is due (0: no limit)
    qint64 releasedAtMs = 0; ///< 核发: when the first reader passed it and it went out
    qint64 createdBy = 0;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    QString updatedBy;
    qint64 version = 0;
};

/// One kept version of the body.
struct DraftVersion
{
    qint64 draftId = 0;
    int number = 0;
    QString kind;   ///< "draft", "wording_fix", "content_change"
    QString text;   ///< the body as text (for a PDF, its extracted text)
    QByteArray pdf; ///< the uploaded PDF, if any
    QString sha256; ///< of the PDF when there is one, else of the text
    qint64 authorId = 0;
    QString authorName;
    qint64 atMs = 0;
    QString note;
};

/// One line of the routing slip (流转记录).
struct RoutingEntry
{
    qint64 draftId = 0;
    int seq = 0;
    QString step;   ///< the step acted at
    QString action; ///< "pass", "return", "close", "sign", "register", "wording_fix", "content_change" …
    QString toStep;
    qint64 actorId = 0;
    QString actorName;
    qint64 atMs = 0;
    QString opinion;
    int version = 0; ///< the body version acted on
    bool backflow = false;
    qint64 backflowUnitId = 0;
};

} // namespace gw
