// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — a PDF worker gone wrong, run as "gongwen_pdf_tests fake-pdf-worker MODE".
#pragma once

#include <QString>

namespace gw::test {

/// Serves requests on stdin/stdout; `mode` says how its render replies are wrong: "mono", "invalid",
/// "huge" (sizes beyond its bytes) or "oversize" (a frame longer than the protocol allows).
int runFakeWorker(const QString &mode);

} // namespace gw::test
