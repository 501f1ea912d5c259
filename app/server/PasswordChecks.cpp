#include "PasswordChecks.h"

#include "Passwords.h"

namespace CareDesk::Server {

PasswordChecks::PasswordChecks(const Limits &limits, QObject *parent)
    : QObject(parent)
{
    setLimits(limits);
}

PasswordChecks::~PasswordChecks()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void PasswordChecks::setLimits(const Limits &limits)
{
    m_limits = limits;
    m_pool.setMaxThreadCount(qMax(1, limits.workers));
}

PasswordChecks::Admission PasswordChecks::check(const QString &address, const QString &storedHash,
                                                const QByteArray &password,
                                                std::function<void(bool valid)> done)
{
    int &fromAddress = m_waitingByAddress[address];
    if (fromAddress >= m_limits.perAddress)
        return Admission::AddressBusy;
    if (m_waiting >= m_limits.total) {
        if (fromAddress == 0)
            m_waitingByAddress.remove(address);
        return Admission::Busy;
    }
    // An address's first check goes before the others' second and later ones: the owner's
    // login does not queue behind an attacker's.
    const int priority = -fromAddress;
    ++fromAddress;
    ++m_waiting;
    // `this` outlives the job: the destructor waits for running ones.
    m_pool.start(
        [this, address, storedHash, password, done = std::move(done)] {
            const bool valid = Passwords::verify(storedHash, password);
            // Back on the server's thread; dropped if the checks are gone by then.
            QMetaObject::invokeMethod(
                this,
                [this, address, valid, done] {
                    --m_waiting;
                    if (--m_waitingByAddress[address] <= 0)
                        m_waitingByAddress.remove(address);
                    done(valid);
                },
                Qt::QueuedConnection);
        },
        priority);
    return Admission::Queued;
}

} // namespace CareDesk::Server
