// Security: where secrets live (the OS keychain), never SQLite, files or logs.
// May use Qt Core, QtKeychain, libsodium and Qt Network's host addresses only.
#pragma once

#include "Result.h"

#include <QHash>
#include <QString>

#include <functional>

class QObject;

namespace CareDesk::Security {

// Where platform tokens and server session tokens live. Secrets never go to SQLite, settings
// files or logs; the real implementation is the operating system's keychain.
class CredentialStore
{
public:
    using ReadCallback = std::function<void(Core::Result<QString>)>;
    using DoneCallback = std::function<void(Core::Result<void>)>;

    virtual ~CredentialStore() = default;
    // Callbacks run on `context`'s thread, from its event loop, and not at all once `context`
    // is gone: an answer never reaches an object that has been destroyed meanwhile.
    virtual void read(const QString &key, const QObject *context, ReadCallback done) = 0;
    virtual void write(const QString &key, const QString &secret, const QObject *context,
                       DoneCallback done) = 0;
    virtual void remove(const QString &key, const QObject *context, DoneCallback done) = 0;
};

// Keeps secrets in memory only: for unit tests and for trainees' practice inboxes.
class MemoryCredentialStore final : public CredentialStore
{
public:
    void read(const QString &key, const QObject *context, ReadCallback done) override;
    void write(const QString &key, const QString &secret, const QObject *context,
               DoneCallback done) override;
    void remove(const QString &key, const QObject *context, DoneCallback done) override;

private:
    QHash<QString, QString> m_secrets;
};

// The OS keychain (macOS Keychain, Windows Credential Manager, Secret Service on Linux).
class KeychainCredentialStore final : public CredentialStore
{
public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("CareDesk"));
    void read(const QString &key, const QObject *context, ReadCallback done) override;
    void write(const QString &key, const QString &secret, const QObject *context,
               DoneCallback done) override;
    void remove(const QString &key, const QObject *context, DoneCallback done) override;

private:
    QString m_service;
};

} // namespace CareDesk::Security
