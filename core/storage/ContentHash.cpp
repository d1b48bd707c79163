// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ContentHash.h"

#include <QCryptographicHash>

#include <openssl/evp.h>

#include <memory>

namespace gw {

ContentHash ContentHash::of(const QByteArray &bytes)
{
    return {sha256Of(bytes), sm3Of(bytes)};
}

QString ContentHash::sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString ContentHash::sm3Of(const QByteArray &bytes)
{
    std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> md(EVP_MD_fetch(nullptr, "SM3", nullptr), &EVP_MD_free);
    if (!md)
        return {};
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!ctx || EVP_DigestInit_ex(ctx.get(), md.get(), nullptr) != 1 ||
        EVP_DigestUpdate(ctx.get(), bytes.constData(), size_t(bytes.size())) != 1 ||
        EVP_DigestFinal_ex(ctx.get(), out, &len) != 1)
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), int(len)).toHex());
}

} // namespace gw
