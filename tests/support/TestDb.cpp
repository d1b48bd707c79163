// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — a fresh, empty database on the engine under test.
#include "TestDb.h"

#include <catch2/catch.hpp>

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace gw::test {
namespace {
QString adminUrlText()
{
    return qEnvironmentVariable("GONGWEN_TEST_PG_URL");
}

bool adminExec(const QString &sql, QString *error)
{
    auto url = DatabaseUrl::parse(adminUrlText());
    if (!url) {
        *error = url.error().message;
        return false;
    }
    const QString name = QStringLiteral("test-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.value().host);
        db.setPort(url.value().port);
        db.setUserName(url.value().user);
        db.setPassword(url.value().password);
        db.setDatabaseName(url.value().dbName);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                *error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
} // namespace

Backend backendUnderTest()
{
    return qEnvironmentVariable("GONGWEN_TEST_BACKEND") == QLatin1String("postgres") ? Backend::Postgres
                                                                                     : Backend::Sqlite;
}

TestDb::TestDb()
{
    REQUIRE(m_dir.isValid());
    if (backendUnderTest() == Backend::Sqlite) {
        m_url = DatabaseUrl::sqliteFile(m_dir.filePath(QStringLiteral("test.db")));
        return;
    }
    if (adminUrlText().isEmpty())
        FAIL(
            "GONGWEN_TEST_PG_URL is not set: run the suite with tools/run-tests.sh, which starts PostgreSQL");
    m_pgName = QStringLiteral("gw_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    QString error;
    if (!adminExec(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(m_pgName),
                   &error))
        FAIL("cannot create the test database: " << error.toStdString());
    auto admin = DatabaseUrl::parse(adminUrlText());
    m_url = admin.value();
    m_url.dbName = m_pgName;
}

TestDb::~TestDb()
{
    if (!m_pgName.isEmpty()) {
        QString error;
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName), &error);
    }
}

} // namespace gw::test
