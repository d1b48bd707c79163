// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the auditor's Ed25519 key: checkpoints of the audit chain no database change can forge.
#pragma once

#include "Result.h"
#include "domain/AuditEntry.h"

#include <QByteArray>
#include <QCoreApplication>

namespace gw {


class AuditSigner final
{
    Q_DECLARE_TR_FUNCTIONS(AuditSigner)
public:
    struct KeyPair
    {
        QByteArray publicKey;
        QByteArray secretKey;
    };
    static KeyPair generate();
    /// The secret key encrypted under a passphrase (Argon2id, then XSalsa20-Poly1305), as text.
    static Result<QString> seal(const QByteArray &secretKey, const QString &passphrase);
    /// The secret key back, or an Auth error when the passphrase is wrong.
    static Result<QByteArray> unseal(const QString &sealed, const QString &passphrase);
    /// The public key that belongs to a secret key.
    static QByteArray publicKeyOf(const QByteArray &secretKey);

    /// The bytes a checkpoint's signature covers.
    static QByteArray message(qint64 seq, const QString &hash, qint64 atMs);
    static QByteArray sign(const QByteArray &secretKey, const QByteArray &message);
    static bool verify(const AuditCheckpoint &c);
    /// Hex text of a public key, for settings, files and the screen; and back (empty when not one).
    static QString toText(const QByteArray &publicKey);
    static QByteArray fromText(const QString &text);
};

} // namespace gw
