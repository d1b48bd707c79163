// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the auditor's Ed25519 key.
#include "security/AuditSigner.h"

#include <sodium.h>

namespace gw {
namespace {
bool ready()
{
    return sodium_init() >= 0;
}
} // namespace

AuditSigner::KeyPair AuditSigner::generate()
{
    KeyPair k;
    if (!ready())
        return k;
    k.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    k.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(k.publicKey.data()),
                        reinterpret_cast<unsigned char *>(k.secretKey.data()));
    return k;
}

Result<QString> AuditSigner::seal(const QByteArray &secretKey, const QString &passphrase)
{
    if (!ready() || secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return makeError(ErrorCode::Storage, tr("The signing key could not be protected."));
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    QByteArray nonce(crypto_secretbox_NONCEBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    unsigned char key[crypto_secretbox_KEYBYTES];
    const QByteArray pass = passphrase.toUtf8();
    if (crypto_pwhash(key, sizeof key, pass.constData(), size_t(pass.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                      crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return makeError(ErrorCode::Storage, tr("Not enough memory to protect the signing key."));
    QByteArray box(crypto_secretbox_MACBYTES + secretKey.size(), Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(box.data()),
                          reinterpret_cast<const unsigned char *>(secretKey.constData()),
                          size_t(secretKey.size()), reinterpret_cast<const unsigned char *>(nonce.constData()),
                          key);
    sodium_memzero(key, sizeof key);
    const QByteArray sealed = salt + nonce + box;
    return QString::fromLatin1(sealed.toBase64());
}

Result<QByteArray> AuditSigner::unseal(const QString &sealed, const QString &passphrase)
{
    const QByteArray all = QByteArray::fromBase64(sealed.toLatin1());
    const qsizetype head = crypto_pwhash_SALTBYTES + crypto_secretbox_NONCEBYTES;
    if (!ready() || all.size() != head + crypto_secretbox_MACBYTES + crypto_sign_SECRETKEYBYTES)
        return makeError(ErrorCode::Validation, tr("The stored signing key is damaged."));
    unsigned char key[crypto_secretbox_KEYBYTES];
    const QByteArray pass = passphrase.toUtf8();
    if (crypto_pwhash(key, sizeof key, pass.constData(), size_t(pass.size()),
                      reinterpret_cast<const unsigned char *>(all.constData()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                      crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return makeError(ErrorCode::Storage, tr("Not enough memory to open the signing key."));
    QByteArray secret(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    const int rc = crypto_secretbox_open_easy(
        reinterpret_cast<unsigned char *>(secret.data()),
        reinterpret_cast<const unsigned char *>(all.constData() + head), size_t(all.size() - head),
        reinterpret_cast<const unsigned char *>(all.constData() + crypto_pwhash_SALTBYTES), key);
    sodium_memzero(key, sizeof key);
    if (rc != 0)
        return makeError(ErrorCode::Auth, tr("The passphrase of the signing key is wrong."));
    return secret;
}

QByteArray AuditSigner::publicKeyOf(const QByteArray &secretKey)
{
    if (!ready() || secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char *>(pk.data()),
                                 reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return pk;
}

QByteArray AuditSigner::message(qint64 seq, const QString &hash, qint64 atMs)
{
    return QByteArrayLiteral("gongwen-audit-checkpoint\n") + QByteArray::number(seq) + '\n' + hash.toLatin1() +
           '\n' + QByteArray::number(atMs);
}

QByteArray AuditSigner::sign(const QByteArray &secretKey, const QByteArray &message)
{
    if (!ready() || secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()),
                         reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return sig;
}

bool AuditSigner::verify(const AuditCheckpoint &c)
{
    if (!ready() || c.publicKey.size() != crypto_sign_PUBLICKEYBYTES || c.signature.size() != crypto_sign_BYTES)
        return false;
    const QByteArray m = message(c.seq, c.hash, c.atMs);
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(c.signature.constData()),
                                       reinterpret_cast<const unsigned char *>(m.constData()), size_t(m.size()),
                                       reinterpret_cast<const unsigned char *>(c.publicKey.constData())) == 0;
}

QString AuditSigner::toText(const QByteArray &publicKey)
{
    return QString::fromLatin1(publicKey.toHex());
}

QByteArray AuditSigner::fromText(const QString &text)
{
    const QByteArray bytes = QByteArray::fromHex(text.trimmed().toLatin1());
    return bytes.size() == crypto_sign_PUBLICKEYBYTES ? bytes : QByteArray();
}

} // namespace gw
