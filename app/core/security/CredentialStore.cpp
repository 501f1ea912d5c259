#include "CredentialStore.h"

#include "Logging.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>

namespace CareDesk::Security {

using Core::Error;
using Core::Result;

namespace {

// Gives this file's free functions a translation context lupdate understands.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Security::CredentialStore)
};

Error keychainError(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return {Tr::tr("No saved sign-in was found for this account."), job.errorString()};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {Tr::tr("Access to the system keychain was denied."), job.errorString()};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    default:
        // Typically a Linux desktop without a running, unlocked Secret Service.
        return {Tr::tr("The system keychain is not available. Sign-ins cannot be saved until a "
                       "keyring (such as GNOME Keyring or KWallet) is running and unlocked."),
                job.errorString()};
    }
}

} // namespace

void MemoryCredentialStore::read(const QString &key, const QObject *, ReadCallback done)
{
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        done(Error{Tr::tr("No saved sign-in was found for this account."), key});
    else
        done(*it);
}

void MemoryCredentialStore::write(const QString &key, const QString &secret, const QObject *,
                                  DoneCallback done)
{
    m_secrets.insert(key, secret);
    done({});
}

void MemoryCredentialStore::remove(const QString &key, const QObject *, DoneCallback done)
{
    m_secrets.remove(key);
    done({});
}

KeychainCredentialStore::KeychainCredentialStore(QString service)
    : m_service(std::move(service))
{}

void KeychainCredentialStore::read(const QString &key, const QObject *context, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job *finished) {
                         auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
                         if (readJob->error() != QKeychain::NoError) {
                             qCWarning(lcSecrets)
                                 << "keychain read failed:" << readJob->errorString();
                             done(keychainError(*readJob));
                         } else {
                             done(readJob->textData());
                         }
                     });
    job->start();
}

void KeychainCredentialStore::write(const QString &key, const QString &secret,
                                    const QObject *context, DoneCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job *finished) {
                         if (finished->error() != QKeychain::NoError) {
                             qCWarning(lcSecrets)
                                 << "keychain write failed:" << finished->errorString();
                             done(keychainError(*finished));
                         } else {
                             done({});
                         }
                     });
    job->start();
}

void KeychainCredentialStore::remove(const QString &key, const QObject *context, DoneCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job *finished) {
                         if (finished->error() != QKeychain::NoError &&
                             finished->error() != QKeychain::EntryNotFound)
                             done(keychainError(*finished));
                         else
                             done({});
                     });
    job->start();
}

} // namespace CareDesk::Security
