// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — Argon2id password hashes.
#include "security/PasswordHasher.h"

#include <sodium.h>

#include <mutex>

namespace gw {
namespace {
void initSodium()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            qFatal("libsodium could not be initialised");
    });
}
} // namespace

PasswordHasher::PasswordHasher(Params p) : m_params(p)
{
    initSodium();
    // Never below the OWASP minimum, whatever a caller asks for.
    if (m_params.opsLimit < 2)
        m_params.opsLimit = 2;
    if (m_params.memLimit < (19u << 20))
        m_params.memLimit = 19u << 20;
}

QString PasswordHasher::hash(const QString &password) const
{
    const QByteArray pw = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, pw.constData(), static_cast<unsigned long long>(pw.size()),
                              m_params.opsLimit, m_params.memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &encoded, const QString &password) const
{
    const QByteArray enc = encoded.toLatin1();
    const QByteArray pw = password.toUtf8();
    if (enc.isEmpty())
        return false;
    return crypto_pwhash_str_verify(enc.constData(), pw.constData(),
                                    static_cast<unsigned long long>(pw.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString &encoded) const
{
    const QByteArray enc = encoded.toLatin1();
    return crypto_pwhash_str_needs_rehash(enc.constData(), m_params.opsLimit, m_params.memLimit) != 0;
}

} // namespace gw
