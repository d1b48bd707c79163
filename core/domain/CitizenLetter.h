// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — a letter or call from a private person: not a document (非公文). It is not triaged; the
// clerk records it and passes it to the petitions office (信访) or the hotline (直线电话).
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace gw {

/// Where a letter from a person goes.
enum class LetterRoute
{
    Petitions, ///< 信访: the district's petitions office
    Hotline,   ///< 直线电话: the government hotline
};

const QList<LetterRoute> &allLetterRoutes();
QString letterRouteCode(LetterRoute r);
std::optional<LetterRoute> letterRouteFromCode(const QString &code);
QString letterRouteLabel(LetterRoute r);

struct CitizenLetter
{
    qint64 id = 0;
    QString personName; ///< 来信人 / 来电人
    QString contact;    ///< telephone or address, as given
    bool call = false;  ///< a call rather than a letter
    QString summary;    ///< what it is about
    qint64 receivedAtMs = 0;
    LetterRoute route = LetterRoute::Petitions;
    QString note; ///< the clerk's remark on the 转送单
    qint64 createdBy = 0;
    QString createdByName;
    qint64 createdAtMs = 0;
    qint64 version = 1;
};

} // namespace gw
