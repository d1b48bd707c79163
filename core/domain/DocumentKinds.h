// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — what kind of document: genre (文种), issuer, direction, urgency.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace gw {

/// The 15 genres of the 2012 regulation (党政机关公文处理工作条例).
enum class Genre
{
    Resolution,   ///< 决议
    Decision,     ///< 决定
    Order,        ///< 命令（令）
    Communique,   ///< 公报
    Announcement, ///< 公告
    Notice,       ///< 通告
    Opinion,      ///< 意见
    Circular,     ///< 通知
    Bulletin,     ///< 通报
    Report,       ///< 报告
    Request,      ///< 请示
    Reply,        ///< 批复
    Motion,       ///< 议案
    Letter,       ///< 函
    Minutes,      ///< 纪要
};

/// In whose name a document goes out; decides the chain variant.
enum class Issuer
{
    DistrictGovernment, ///< 区政府
    DistrictOffice,     ///< 区政府办公室
    JointPartyGov,      ///< 区委、区政府联合
    JointOffices,       ///< 区委办、区府办联合
};

/// Where it goes: to a higher authority, a peer, or below.
enum class Direction
{
    Upward,
    Parallel,
    Downward
};

/// Urgency (紧急程度). 急件 of the source is accepted as 加急 on input.
enum class Urgency
{
    Normal,
    Urgent,
    VeryUrgent
};

const QList<Genre> &allGenres();
QString genreCode(Genre g);
std::optional<Genre> genreFromCode(const QString &code);
/// The Chinese name of the genre (a fixed term, the same in every interface language).
QString genreName(Genre g);
QString genreLabel(Genre g);

const QList<Issuer> &allIssuers();
QString issuerCode(Issuer i);
std::optional<Issuer> issuerFromCode(const QString &code);
QString issuerLabel(Issuer i);

const QList<Direction> &allDirections();
QString directionCode(Direction d);
std::optional<Direction> directionFromCode(const QString &code);
QString directionLabel(Direction d);

const QList<Urgency> &allUrgencies();
QString urgencyCode(Urgency u);
/// Accepts the codes and the Chinese names, with 急件 as 加急.
std::optional<Urgency> urgencyFromCode(const QString &code);
QString urgencyLabel(Urgency u);

} // namespace gw
