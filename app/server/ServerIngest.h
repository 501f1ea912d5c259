#pragma once

#include "Result.h"
#include "channels/ChannelConfig.h"
#include "model/Inbox.h"
#include "outbox/Outbox.h"
#include "storage/EscalationStore.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace CareDesk::Core {
class Clock;
}
namespace CareDesk::Storage {
class Database;
}
namespace CareDesk::Triage {
class TriageEngine;
}

namespace CareDesk::Server {

// What a team's JSON Lines of inbound items did.
struct IngestOutcome
{
    int messages = 0;      // messages stored
    int conversations = 0; // conversations started
    int skipped = 0;       // bad lines, duplicates and noise
    QStringList errors;    // "line N: what was wrong", for the first MAX_LISTED_ERRORS bad lines
    int moreErrors = 0;    // bad lines after those

    // However many lines are bad, the answer stays small.
    static constexpr int MAX_LISTED_ERRORS = 100;
};

// A conversation of the ingest workspace and the team it belongs to: the team that sent it
// through POST /v1/ingest, or 0 when it came through a channel the server runs (whose
// configuration names its team).
struct TeamConversation
{
    qint64 teamId = 0;
    Core::ConversationDetail conversation;
};

// The core ingest pipeline, run once for the whole team: items are threaded and triaged into
// the server's own workspace (a local SQLite file, the same engine the desktop uses, which
// also holds the team's channels and their outbox), and the conversations they touched are
// handed out to be published into the shared store.
class ServerIngest final
{
public:
    ~ServerIngest();
    static Core::Result<std::unique_ptr<ServerIngest>> open(const QString &directory,
                                                            const Core::Clock &clock);
    // Where the server keeps its workspace under its data folder.
    static QString directoryIn(const QString &dataDirectory);

    using Done = std::function<void(Core::Result<IngestOutcome>)>;
    // A team's JSON Lines of inbound items (POST /v1/ingest); bad lines are reported in the
    // outcome, never fatal. What a team sends is kept apart in the workspace: its channels,
    // threads and customers are its own, so the same channel name, thread id or author in
    // another team's items is another channel, conversation and customer.
    // The lines are stored in pieces, each in a transaction of its own and followed by
    // `afterPiece`; each piece is sized from the pace of the one before so that, with
    // `afterPiece`, it takes about PIECE_MS. Between two pieces the event loop serves everyone
    // else. `done` gets the outcome, or the error that stopped the batch (the pieces before it
    // stay stored). Batches sent together take turns.
    void ingestJsonLines(qint64 teamId, QByteArray lines, std::function<void()> afterPiece,
                         Done done);
    // Every conversation with a message stored after message `afterMessageId`, as it now stands;
    // `lastMessageId` is set to the newest message, where the next call starts.
    Core::Result<QList<TeamConversation>> touchedAfter(qint64 afterMessageId,
                                                       qint64 &lastMessageId);
    // These conversations as they now stand, with their customer's CRM link.
    Core::Result<QList<TeamConversation>> conversations(const QList<qint64> &ids);
    // A customer's conversations still open: published again when who they are changes.
    Core::Result<QList<qint64>> openConversationsOf(qint64 customerId);
    // The priority points of an existing customer by tier, as the team's CRM settings give them.
    void setExistingCustomerPoints(const QHash<QString, int> &points);

    // A channel the server runs, from its configuration file (see ChannelConfig).
    Core::Result<void> addChannel(const Channels::ChannelConfig &config, const QString &platform);
    // Queues an agent's reply for its channel under the agent's client id; a second call with
    // the same id changes nothing.
    Core::Result<void> queueReply(qint64 sourceConversationId, bool isPublic, const QString &text,
                                  const QString &clientId, const QString &author);
    // A post of the team's own (a shift change) on the channel named `channelName`, queued
    // once under `clientId`: a resent request queues nothing new.
    Core::Result<void> queuePost(const QString &channelName, const QString &text,
                                 const QString &clientId, const QString &author);
    Core::Result<Outbox::OutboxEntry> outboxEntry(const QString &clientId);
    // Keeps threading in step with the team: a conversation resolved on the server is closed
    // here too, so that the customer's next message starts a new one.
    Core::Result<void> setStatus(qint64 sourceConversationId, Core::ConversationStatus status);
    Core::Result<Core::ConversationStatus> status(qint64 sourceConversationId);
    // The customers' messages the teams' escalation rules have not looked at yet (after
    // `messageId`, oldest first, at most `limit`), and how far the rules looked.
    Core::Result<QList<Storage::ArrivedMessage>> arrivedAfter(qint64 messageId, int limit);
    Core::Result<qint64> rulesCheckedUpTo();
    Core::Result<void> setRulesCheckedUpTo(qint64 messageId);

    // The satisfaction survey asked in a conversation, with its answer; nullopt: none.
    Core::Result<std::optional<Core::SurveyRecord>> survey(qint64 sourceConversationId);

    // Long enough for a piece to be worth its transaction, short enough that whoever waits
    // for the event loop meanwhile hardly notices.
    static constexpr int PIECE_MS = 20;
    static constexpr int FIRST_PIECE_LINES = 10;
    static constexpr int MAX_PIECE_LINES = 500;

private:
    struct Batch;

    ServerIngest(std::unique_ptr<Storage::Database> database, const Core::Clock &clock);
    // Stores the batch's next piece of `lines` lines once the event loop has served the rest.
    void storeLater(std::shared_ptr<Batch> batch, int lines);
    // Stores the next piece of `batch`, of at most `lines` lines; false when nothing was left.
    Core::Result<bool> storePiece(Batch &batch, int lines);
    // The team's own channel of that name on that platform, made on first sight.
    Core::Result<qint64> teamChannel(Batch &batch, const QString &platform, const QString &name);

    std::unique_ptr<Storage::Database> m_database;
    const Core::Clock &m_clock;
    std::unique_ptr<Triage::TriageEngine> m_triage;
    // The pieces waiting for their turn run in its name: they end with the workspace.
    std::unique_ptr<QObject> m_pieces;
};

} // namespace CareDesk::Server
