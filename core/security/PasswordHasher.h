// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — Argon2id password hashes (libsodium), stored with their parameters.
#pragma once

#include <QString>

#include <cstddef>

namespace gw {

/// Hashes and checks passwords. The stored string carries algorithm, memory, passes and salt,
/// so parameters can be raised later: needsRehash() says when a stored hash is below them.
class PasswordHasher final
{
public:
    struct Params
    {
        unsigned long long opsLimit = 2;  ///< passes (t)
        std::size_t memLimit = 19u << 20; ///< bytes (m); OWASP minimum is 19 MiB with t = 2
    };

    PasswordHasher() : PasswordHasher(Params{}) {}
    explicit PasswordHasher(Params p);

    /// The encoded hash ("$argon2id$v=19$m=…,t=…,p=1$salt$hash"); empty when memory is short.
    QString hash(const QString &password) const;
    bool verify(const QString &encoded, const QString &password) const;
    bool needsRehash(const QString &encoded) const;
    const Params &params() const { return m_params; }

private:
    Params m_params;
};

} // namespace gw
