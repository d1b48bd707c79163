// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — a fresh, empty database on the engine under test.
#pragma once

#include "storage/DatabaseUrl.h"

#include <QTemporaryDir>

#include <memory>

namespace gw::test {

/// The engine the storage tests run against: PostgreSQL when GONGWEN_TEST_BACKEND=postgres
/// (the server named by GONGWEN_TEST_PG_URL), else SQLite files in a temporary folder.
Backend backendUnderTest();

/// A new, empty database that is removed when this object goes.
class TestDb
{
public:
    TestDb();
    ~TestDb();
    TestDb(const TestDb &) = delete;
    TestDb &operator=(const TestDb &) = delete;

    const DatabaseUrl &url() const { return m_url; }
    QString folder() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    DatabaseUrl m_url;
    QString m_pgName;
};

} // namespace gw::test
