// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — the office that tests and benchmarks set up.
#pragma once

#include "services/OfficeService.h"

namespace gw::test {

/// A small office whose administrator is "admin" with the given password.
inline OfficeSetup sampleOfficeSetup(const QString &password)
{
    OfficeSetup setup;
    setup.office.fullName = QStringLiteral("测试区人民政府办公室");
    setup.office.signMark = QStringLiteral("测试区人民政府");
    setup.office.fondsNo = QStringLiteral("J001");
    setup.office.prefixes = {{QStringLiteral("测政发"), QStringLiteral("区政府发文")}};
    setup.adminUsername = QStringLiteral("admin");
    setup.adminDisplayName = QStringLiteral("管理员");
    setup.adminPassword = password;
    return setup;
}

} // namespace gw::test
