// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — every committed change, from this workstation and from the others.
#include "services/ChangeFeed.h"

#include "storage/AuditRepository.h"
#include "storage/Database.h"

#include <QSqlDriver>
#include <QTimer>

namespace gw {

ChangeFeed::ChangeFeed(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    // data_version first: a commit landing between the two reads is then read again, never missed.
    if (auto dv = AuditRepository(m_db).dataVersion())
        m_dataVersion = dv.value();
    if (auto head = AuditRepository(m_db).head())
        m_seenSeq = head.value().seq;
}

ChangeFeed::~ChangeFeed()
{
    if (m_listening)
        m_db.connection().driver()->unsubscribeFromNotification(QLatin1String(kChangeChannel));
}

Status ChangeFeed::announce(const QList<ObjectChange> &changes) const
{
    if (changes.isEmpty())
        return {};
    return AuditRepository(m_db).announce();
}

void ChangeFeed::publish(const QList<ObjectChange> &changes)
{
    for (const ObjectChange &c : changes) {
        if (c.auditSeq > m_seenSeq)
            m_ownSeqs.insert(c.auditSeq);
    }
    // Own entries that follow on directly from what was seen need no reading back.
    while (m_ownSeqs.remove(m_seenSeq + 1))
        ++m_seenSeq;
    QList<QPair<QString, qint64>> published;
    for (const ObjectChange &c : changes) {
        const QPair<QString, qint64> key{c.objectType, c.objectId};
        if (published.contains(key))
            continue; // one signal an object, however many entries the write made for it
        published.append(key);
        Q_EMIT objectChanged(c.objectType, c.objectId);
    }
}

void ChangeFeed::follow(int intervalMs)
{
    if (m_db.backend() == Backend::Postgres && !m_listening) {
        QSqlDriver *driver = m_db.connection().driver();
        m_listening = driver->subscribeToNotification(QLatin1String(kChangeChannel));
        if (m_listening)
            connect(driver, &QSqlDriver::notification, this,
                    [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &) {
                        onNotification(name);
                    });
    }
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, [this] { poll(); });
    }
    m_timer->start(intervalMs);
}

void ChangeFeed::onNotification(const QString &name)
{
    if (name != QLatin1String(kChangeChannel))
        return;
    poll();
}

int ChangeFeed::poll()
{
    if (m_db.inTransaction())
        return 0;
    const AuditRepository repo(m_db);
    qint64 dataVersion = m_dataVersion;
    if (m_db.backend() == Backend::Sqlite) {
        auto dv = repo.dataVersion();
        if (!dv || dv.value() == m_dataVersion)
            return 0; // no other connection has committed since the last look
        dataVersion = dv.value();
    }
    // On PostgreSQL a NOTIFY brings the read forward; the timer's read (one primary-key range) is the
    // safety net for a notification lost with a dropped connection.
    QList<QPair<QString, qint64>> changed;
    constexpr int kBatch = 500;
    for (;;) {
        auto touched = repo.touchedAfter(m_seenSeq, kBatch);
        if (!touched)
            return 0; // the data version stays as it was: the next look reads again
        for (const AuditRepository::Touch &t : touched.value()) {
            m_seenSeq = t.seq;
            if (m_ownSeqs.remove(t.seq))
                continue;
            bool numeric = false;
            const qint64 id = t.objectId.toLongLong(&numeric);
            const QPair<QString, qint64> key{t.objectType, numeric ? id : 0};
            if (!changed.contains(key)) // one signal an object, however many entries it had
                changed.append(key);
        }
        if (touched.value().size() < kBatch)
            break;
    }
    m_dataVersion = dataVersion;
    for (const auto &[type, id] : changed)
        Q_EMIT objectChanged(type, id);
    return int(changed.size());
}

} // namespace gw
