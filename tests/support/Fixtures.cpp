// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — an office with accounts on a fresh database.
#include "Fixtures.h"

#include "SampleOffice.h"

#include "services/OfficeService.h"
#include "services/UserService.h"
#include "storage/Database.h"

#include <QSqlError>

namespace gw::test {

TestOffice::TestOffice()
{
    auto opened = Workspace::open(db.url(), clock);
    if (!opened)
        FAIL(opened.error().message.toStdString());
    ws = std::move(opened).value();
    auto a = ws->office().setUp(sampleOfficeSetup(kPassword));
    if (!a)
        FAIL(a.error().message.toStdString());
    admin = a.value();
}

Principal TestOffice::addUser(const QString &username, QList<Role> roles, Clearance c)
{
    User u;
    u.username = username;
    u.displayName = username;
    u.roles = std::move(roles);
    u.clearance = c;
    auto created = ws->users().create(admin, u, kPassword);
    if (!created)
        FAIL(created.error().message.toStdString());
    return Principal::fromUser(created.value());
}

std::unique_ptr<Workspace> TestOffice::secondWorkstation() const
{
    auto opened = Workspace::open(db.url(), clock);
    if (!opened)
        FAIL(opened.error().message.toStdString());
    return std::move(opened).value();
}

QVariant TestOffice::raw(const QString &sql) const
{
    QSqlQuery q(ws->database().connection());
    if (!q.exec(sql))
        FAIL("raw SQL failed: " << sql.toStdString() << ": " << q.lastError().text().toStdString());
    return q.next() ? q.value(0) : QVariant();
}

} // namespace gw::test
