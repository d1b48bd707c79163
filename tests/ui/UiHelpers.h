// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk UI tests — a demonstration office to drive screens on, and widget look-ups.
#pragma once

#include "TestDb.h"

#include "security/Actor.h"
#include "services/AuthService.h"
#include "services/DemoSeeder.h"
#include "services/Workspace.h"

#include <catch2/catch.hpp>

#include <QWidget>

namespace gw::test {

inline std::unique_ptr<Workspace> demoWorkspace(const TestDb &db)
{
    auto ws = Workspace::open(db.url());
    REQUIRE(ws.ok());
    REQUIRE(DemoSeeder::seed(*ws.value()).ok());
    return std::move(ws).value();
}

inline Principal logIn(Workspace &ws, const char *user)
{
    auto a = ws.auth().login(QString::fromLatin1(user), DemoSeeder::password());
    REQUIRE(a.ok());
    return a.value();
}

/// The child widget named `name`; the test stops when there is none.
template <typename T> T *child(QWidget &w, const char *name)
{
    T *c = w.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(c != nullptr);
    return c;
}

} // namespace gw::test
