#include "Passwords.h"

#include <sodium.h>

namespace CareDesk::Server::Passwords {

namespace {

bool ready()
{
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

} // namespace

std::optional<QString> hash(const QByteArray &password)
{
    if (!ready())
        return std::nullopt;
    char encoded[crypto_pwhash_STRBYTES];
    // The interactive limits (64 MiB, two passes) keep a login under a fifth of a second here
    // while making each guess on a stolen hash just as expensive.
    if (crypto_pwhash_str_alg(
            encoded, password.constData(), static_cast<unsigned long long>(password.size()),
            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
            crypto_pwhash_ALG_ARGON2ID13) != 0)
        return std::nullopt;
    return QString::fromLatin1(encoded);
}

bool verify(const QString &storedHash, const QByteArray &password)
{
    if (!ready())
        return false;
    const QByteArray encoded = storedHash.toLatin1();
    return crypto_pwhash_str_verify(encoded.constData(), password.constData(),
                                    static_cast<unsigned long long>(password.size())) == 0;
}

QByteArray newToken()
{
    ready();
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<size_t>(bytes.size()));
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString tokenDigest(const QByteArray &token)
{
    ready();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(token.constData()),
                       static_cast<unsigned long long>(token.size()));
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

} // namespace CareDesk::Server::Passwords
