// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the office's identity and its first-run set-up.
#pragma once

#include "Result.h"
#include "domain/Office.h"
#include "domain/User.h"
#include "security/Actor.h"
#include "services/ServiceContext.h"

#include <QObject>

#include <optional>

namespace gw {

/// What the first-run wizard collects.
struct OfficeSetup
{
    Office office;
    QString adminUsername;
    QString adminDisplayName;
    QString adminPassword;
};

class OfficeService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfficeService)
public:
    OfficeService(const ServiceContext &ctx, QObject *parent = nullptr) : QObject(parent), m_ctx(ctx) {}

    /// True while the database has no office or no account: the first-run wizard must run.
    Result<bool> needsSetUp() const;
    /// Records the office and its first administrator; refused once any account exists.
    Result<Principal> setUp(const OfficeSetup &setup);
    Result<std::optional<Office>> office() const;
    Result<Office> update(const Actor &actor, Office office);

    static Status validate(const Office &office);

Q_SIGNALS:
    void officeChanged();

private:
    ServiceContext m_ctx;
};

} // namespace gw
