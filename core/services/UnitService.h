// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the unit directory (单位名录), read by triage to decide skip-level requests.
#pragma once

#include "Result.h"
#include "domain/Unit.h"
#include "security/Actor.h"
#include "services/ServiceContext.h"
#include "storage/UnitRepository.h"

#include <QObject>

namespace gw {

/// Adds, edits, retires and lists units. Every call checks the actor's permission.
class UnitService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitService)
public:
    UnitService(const ServiceContext &ctx, QObject *parent = nullptr) : QObject(parent), m_ctx(ctx) {}

    Result<QList<Unit>> list(const Actor &actor, const UnitFilter &filter) const;
    Result<Unit> get(const Actor &actor, qint64 id) const;
    Result<Unit> create(const Actor &actor, Unit unit);
    /// Saves an edit made on `unit.version`; a Conflict when someone saved in between.
    Result<Unit> update(const Actor &actor, Unit unit);
    /// Retires (or restores) a unit; retired units stay for the records that cite them.
    Result<Unit> setActive(const Actor &actor, qint64 id, qint64 version, bool active);

Q_SIGNALS:
    void unitChanged(qint64 id);

private:
    Status validate(const Unit &u) const;
    ServiceContext m_ctx;
};

} // namespace gw
