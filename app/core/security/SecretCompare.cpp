#include "SecretCompare.h"

#include <sodium.h>

#include <array>

namespace CareDesk::Security {

namespace {

using Digest = std::array<unsigned char, crypto_generichash_BYTES>;

// Both sides are hashed first: the comparison then takes as long whatever the lengths.
Digest digestOf(QByteArrayView text)
{
    Digest digest{};
    crypto_generichash(digest.data(), digest.size(),
                       reinterpret_cast<const unsigned char *>(text.data()),
                       static_cast<unsigned long long>(text.size()), nullptr, 0);
    return digest;
}

} // namespace

bool sameSecret(QByteArrayView given, QByteArrayView expected)
{
    // Thread-safe and idempotent; libsodium picks its fastest hash implementation here.
    [[maybe_unused]] static const bool initialised = sodium_init() >= 0;
    const Digest left = digestOf(given);
    const Digest right = digestOf(expected);
    const bool same = sodium_memcmp(left.data(), right.data(), left.size()) == 0;
    return same && given.size() == expected.size() && !expected.isEmpty();
}

} // namespace CareDesk::Security
