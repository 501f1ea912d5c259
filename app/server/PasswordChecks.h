#pragma once

#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <functional>

namespace CareDesk::Server {

// Workers hashing at once; checks an address may have waiting, and all addresses together.
struct PasswordCheckLimits
{
    int workers = 2;
    int perAddress = 4;
    int total = 64;
};

// Checks passwords against their Argon2id hashes on a few worker threads, so that the event
// loop goes on serving everyone else meanwhile. Bounded: an address may have a few checks
// waiting and all addresses together a few dozen; beyond that a check is refused at once,
// which keeps a flood from one address from delaying the others' logins for long.
class PasswordChecks final : public QObject
{
    Q_OBJECT
public:
    using Limits = PasswordCheckLimits;
    explicit PasswordChecks(const Limits &limits = Limits(), QObject *parent = nullptr);
    // Waits for the checks that are running; the ones waiting are dropped unanswered.
    ~PasswordChecks() override;

    void setLimits(const Limits &limits);

    enum class Admission { Queued, AddressBusy, Busy };
    // `done(valid)` runs later on this object's thread, unless the check is refused.
    Admission check(const QString &address, const QString &storedHash, const QByteArray &password,
                    std::function<void(bool valid)> done);

private:
    Limits m_limits;
    QThreadPool m_pool;
    QHash<QString, int> m_waitingByAddress;
    int m_waiting = 0;
};

} // namespace CareDesk::Server
