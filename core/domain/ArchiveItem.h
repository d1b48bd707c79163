// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — an archived 件 (DA/T 22-2015), its components and the metadata it is described by.
#pragma once

#include "Result.h"
#include "domain/ArchiveCode.h"
#include "domain/Clearance.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace gw {

/// Where a 件 comes from: a document the office issued, or one it received and handled.
enum class ArchiveSource
{
    Outgoing,
    Incoming,
};
QString archiveSourceCode(ArchiveSource s);
std::optional<ArchiveSource> archiveSourceFromCode(const QString &code);
QString archiveSourceLabel(ArchiveSource s);

/// What a component is within its 件. The order of the values is the order within the 件 (DA/T 22-2015
/// 5.3: the 文件处理单 before the 收文; the 正本 before the 发文稿纸 and the 定稿; main text before attachments;
/// the forwarding document before what it forwards).
enum class ComponentRole
{
    HandlingSlip, ///< 文件处理单 of an incoming item: 拟办, 签批, circulation with opinions, reply
    Received,     ///< 来文: the incoming document itself
    Released,     ///< 正本: the printed PDF of record of an outgoing document
    Stamped,      ///< the archival copy of the first document with the 归档章 on its first page
    Attachment,   ///< 附件 kept as a file of its own
    Forwarded,    ///< 被转发文件: what a forwarding document forwards
    Notice,       ///< a notice the office sent about the item (退文通知, 转办告知单 …)
    RoutingSlip,  ///< 发文稿纸: the routing record of an outgoing document
    Signed,       ///< 定稿: the version signed off
    Revision,     ///< 修改稿: an earlier version
    FirstReading, ///< the first reader's record (第一读者校核记录)
};
QString componentRoleCode(ComponentRole r);
std::optional<ComponentRole> componentRoleFromCode(const QString &code);
QString componentRoleLabel(ComponentRole r);

/// One file of a 件, stored once by its digests.
struct ArchiveComponent
{
    int position = 0; ///< 1 … within the 件, in DA/T 22 order
    ComponentRole role = ComponentRole::Released;
    QString name;     ///< a file name, e.g. 正本.pdf
    QString sha256;
    QString sm3;
    qint64 size = 0;
    int pages = 0;
};

/// An archived 件 with its 档号 and the DA/T 46 metadata the records hold.
struct ArchiveItem
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveItem)
public:
    qint64 id = 0;
    ArchiveSource source = ArchiveSource::Outgoing;
    qint64 sourceId = 0;
    ArchiveCode code;
    QString title;       ///< 题名
    QString responsible; ///< 责任者: the issuing authority
    QString docNumber;   ///< 文号, when the document has one
    QString date;        ///< 文件形成日期, yyyy-MM-dd (成文日期 or the date received)
    Clearance secrecy = Clearance::None;
    int pages = 0;       ///< 页数 of the 正本 or 来文
    QString remark;      ///< 备注
    Retention proposed = Retention::Years10; ///< what the rules proposed; `code.retention` is what was confirmed
    qint64 archivedAtMs = 0;
    QString archivedBy;
    qint64 forwardedId = 0; ///< the incoming item a forwarding document forwards, archived with it
    QList<ArchiveComponent> components;
    qint64 updatedAtMs = 0;
    QString updatedBy;
    qint64 version = 0;

    /// The metadata items DA/T 46 requires that are empty, named for people (文号 only for a document
    /// that the office issued, which always has one).
    QStringList missingMetadata() const;
    /// The component roles a 件 of this source must hold and does not.
    QList<ComponentRole> missingComponents() const;
    /// The components put in DA/T 22 order and numbered from 1.
    static QList<ArchiveComponent> ordered(QList<ArchiveComponent> components);
    /// The component roles every 件 of `source` holds.
    static QList<ComponentRole> requiredRoles(ArchiveSource source);
};

/// The missing 件号 of one sequence (year × retention × organisation), given the numbers it holds: every
/// number from 1 to the highest that is not there.
QList<int> itemNumberGaps(QList<int> numbers);

} // namespace gw
