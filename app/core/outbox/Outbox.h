// Outbox: replies on their way to a platform, durable, delivered exactly once.
// May use the SDK and SQL over the workspace connection.
#pragma once

#include "Result.h"

#include <sdk/ChannelPlugin.h>

#include <QDateTime>
#include <QSqlDatabase>

#include <functional>

namespace CareDesk::Core {
class Clock;
}

namespace CareDesk::Outbox {

enum class DeliveryState { Queued, Sending, Sent, Failed, Uncertain };

QString toString(DeliveryState state);
QString toString(Sdk::OutboundAction action); // "reply", "post", "repost", "quote", "like"
// Whether the action sends the agent's text (a repost and a like send none).
bool carriesText(Sdk::OutboundAction action);

struct OutboxEntry;
// A sent message as the channel's own item, for the ingest pipeline to record in its
// conversation (which marks what it answers as replied).
Sdk::InboundItem sentAsItem(const OutboxEntry &sent, const QDateTime &sentAt);

// One reply, direct message, post or share on its way out.
struct OutboxEntry
{
    qint64 id = 0;
    QString clientId; // made by CareDesk before anything is sent
    qint64 channelId = 0;
    qint64 conversationId = 0; // 0: none
    Sdk::OutboundMessage message;
    DeliveryState state = DeliveryState::Queued;
    QString platformId;
    int attempts = 0;
    QString lastError;
    QDateTime nextAttemptAt;
    QString author; // the agent who wrote it
};

struct DeliveryReport
{
    int sent = 0;
    int failed = 0;  // refused for good; an agent must act
    int waiting = 0; // to be tried again later
};

// What leaves CareDesk goes through here, so that every reply is posted exactly once: it is
// stored before the network call, marked `sending` in its own commit, and after an answer
// that may have been lost (a timeout, a crash) it is looked up on the platform before it is
// ever sent again.
class Outbox final
{
public:
    // `clock` must outlive the outbox.
    Outbox(QSqlDatabase db, const Core::Clock &clock);

    // A reply in a conversation, addressed from what the customer last wrote there: a public
    // reply answers their latest public message; a private one goes to them as a DM (on
    // Facebook, as the private reply to their comment when they have not written privately yet).
    // Not yet queued.
    Core::Result<OutboxEntry> replyIn(qint64 conversationId, bool isPublic, const QString &text,
                                      const QString &author);

    // Queues a message; a new client id is made when `entry.clientId` is empty. A valid
    // `entry.nextAttemptAt` holds it back until then (the agent's window to undo). Returns the
    // stored entry.
    Core::Result<OutboxEntry> enqueue(OutboxEntry entry);
    // Takes back a message nobody has tried to send yet; false when it is already on its way.
    Core::Result<bool> cancel(const QString &clientId);
    // Everything not sent yet, on every channel, oldest first.
    Core::Result<QList<OutboxEntry>> unsettled();
    Core::Result<QList<OutboxEntry>> entries(qint64 channelId);
    Core::Result<OutboxEntry> entry(const QString &clientId);
    // Sends an entry that failed again (after the account was authorised again, say).
    Core::Result<void> retry(const QString &clientId);

    // Delivers what is due on one channel through its connector. `onSent` records a sent
    // reply in its conversation; it runs right after the platform confirmed it (posts and
    // shares are recorded in the outbox alone).
    using SentCallback = std::function<void(const OutboxEntry &)>;
    Core::Result<DeliveryReport> deliverDue(qint64 channelId, Sdk::ChannelConnector &connector,
                                            const SentCallback &onSent = {});

    // Waiting before attempt n+1 (n >= 1): 30 s doubling to one hour, with up to a fifth added
    // at random so that many clients do not retry in step.
    static qint64 backoffSecs(int attempts);
    static constexpr int MAX_ATTEMPTS = 12;

private:
    Core::Result<QList<OutboxEntry>> select(const QString &where, const QVariantList &values);
    Core::Result<void> update(const OutboxEntry &entry);

    QSqlDatabase m_db;
    const Core::Clock &m_clock;
};

} // namespace CareDesk::Outbox
