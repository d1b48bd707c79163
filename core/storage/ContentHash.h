// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the fingerprints an archived file is kept under: SHA-256 and SM3 (GB/T 32905-2016).
#pragma once

#include <QByteArray>
#include <QString>

namespace gw {

/// Both digests of one byte string, lower-case hex.
struct ContentHash
{
    QString sha256;
    QString sm3;

    static ContentHash of(const QByteArray &bytes);
    static QString sha256Of(const QByteArray &bytes);
    /// SM3 through OpenSSL 3's EVP interface; empty if the OpenSSL build lacks it (never on Debian 12).
    static QString sm3Of(const QByteArray &bytes);
    bool operator==(const ContentHash &o) const { return sha256 == o.sha256 && sm3 == o.sm3; }
};

} // namespace gw
