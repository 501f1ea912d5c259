#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace CareDesk::Server {

// Argon2id password hashes (libsodium's encoded form, salt and cost included) and session
// tokens. Only hashes are stored: a copy of the database opens no account.
namespace Passwords {

// nullopt when the machine lacks the memory the hash needs.
std::optional<QString> hash(const QByteArray &password);
bool verify(const QString &storedHash, const QByteArray &password);

// A new session token: 32 random bytes, base64url without padding.
QByteArray newToken();
// What the database keeps of a token: its SHA-256, hex.
QString tokenDigest(const QByteArray &token);

} // namespace Passwords

} // namespace CareDesk::Server
