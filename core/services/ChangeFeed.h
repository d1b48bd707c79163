// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — every committed change, from this workstation and from the others.
#pragma once

#include "Result.h"

#include <QObject>
#include <QSet>

class QTimer;

namespace gw {

class Database;

/// One object a committed write changed.
struct ObjectChange
{
    QString objectType; ///< the audit's object type: "draft", "incoming", "unit", "user", "office" …
    qint64 objectId = 0;
    QString action;
    qint64 auditSeq = 0;
};

/// Publishes each committed change as objectChanged(type, id): at once for this workstation's own
/// writes, and within about a second for writes committed by another workstation — announced by
/// PostgreSQL NOTIFY, or seen on SQLite as a new PRAGMA data_version — whose objects are read from
/// the audit log. Models refetch the rows named; nothing is reset.
class ChangeFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeFeed)
public:
    explicit ChangeFeed(Database &db, QObject *parent = nullptr);
    ~ChangeFeed() override;

    /// Inside the write transaction: tells other workstations (PostgreSQL NOTIFY, sent on commit).
    Status announce(const QList<ObjectChange> &changes) const;
    /// After the commit: this workstation's own changes.
    void publish(const QList<ObjectChange> &changes);
    /// Starts following other workstations' changes, checking every `intervalMs`.
    void follow(int intervalMs = 1000);
    /// Checks once now for changes other workstations committed; returns how many were published.
    int poll();

Q_SIGNALS:
    void objectChanged(const QString &objectType, qint64 objectId);

private:
    void onNotification(const QString &name);

    Database &m_db;
    QTimer *m_timer = nullptr;
    qint64 m_seenSeq = -1;     ///< the newest audit entry published
    qint64 m_dataVersion = -1; ///< SQLite's data_version at the last check
    QSet<qint64> m_ownSeqs;    ///< own entries above m_seenSeq, already published
    bool m_listening = false;
};

} // namespace gw
