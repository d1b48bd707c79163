// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the notices the secretariat prints about incoming documents: the 退文通知 sent back
// to a unit whose document is not taken, and the 催办通知 to whoever holds an item.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

#include <functional>

class QPainter;

namespace gw {

/// A PDF of `pages` A4 pages at 72 dpi; `draw` paints page `index` in points, origin top left.
QByteArray paintA4Pdf(int pages, const std::function<void(QPainter &, int index)> &draw,
                      const QString &title = {});

struct ReturnNotice
{
    QString office; ///< the office sending the notice back
    QString sender; ///< the unit the document came from
    QString docNumber;
    QString title;
    QString citation; ///< the rule's words
    QString reason;   ///< the clerk's reason
    QDate date;
    QString officeContact; ///< the office's contact line (Office::noticeContact)
};

/// An A4 PDF of the notice, in the office's Chinese faces.
QByteArray returnNoticePdf(const ReturnNotice &notice);

struct TransferNotice
{
    QString office;
    QString sender;     ///< the unit the document came from
    QString department; ///< the department it was transferred to: whom to contact
    QString docNumber;
    QString title;
    QString reason;
    QDate date;
    QString officeContact; ///< the office's contact line (Office::noticeContact)
};

/// An A4 PDF of the 转办告知单 telling the sender where the document went and whom to contact.
QByteArray transferNoticePdf(const TransferNotice &notice);

struct UrgeNotice
{
    QString office; ///< the office urging
    QString holder; ///< who holds the item now
    QString sender; ///< the unit the document came from
    QString docNumber;
    QString title;
    QDate received;
    QDate due;            ///< null when the item has no time limit
    bool overdue = false; ///< the time limit has passed
    QString note;         ///< what the clerk adds
    QDate date;
    QString officeContact; ///< the office's contact line (Office::noticeContact)
};

/// An A4 PDF of the 催办通知.
QByteArray urgeNoticePdf(const UrgeNotice &notice);

struct LetterForwardNotice
{
    QString office;      ///< the office passing it on
    QString destination; ///< 区信访局, or the hotline
    QString person;      ///< who wrote or called
    QString contact;
    bool call = false;
    QString summary;
    QDate received;
    QString note;
    QDate date;
    QString officeContact; ///< the office's contact line (Office::noticeContact)
};

/// An A4 PDF of the 转送单 with which a letter or call from a person goes to the petitions office or the
/// hotline.
QByteArray letterForwardNoticePdf(const LetterForwardNotice &notice);

} // namespace gw
