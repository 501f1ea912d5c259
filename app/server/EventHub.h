#pragma once

#include "store/Agent.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QHostAddress;
class QWebSocket;

namespace CareDesk::Protocol {
struct Activity;
struct DeskMessage;
} // namespace CareDesk::Protocol

namespace CareDesk::Server {

class ChangeFeed;
class ConversationReads;
class SessionStore;

// The live side of the change feed (GET /v1/events). A client opens a WebSocket and sends
// {"type":"hello","token":"...","since":REV}; it receives every change after REV it may see as
// {"type":"changes","changes":[{...}, ...]}, then {"type":"welcome","rev":N}, then the new
// changes as they are committed, by this server instance or (on PostgreSQL) by another, in
// order. Changes committed close together travel in one message. Nothing is sent twice: each
// client remembers the last revision it was sent.
//
// Clients also say what they are doing: {"type":"viewing"|"typing","conversationId":N}; the
// others on the team receive {"type":"activity","what","conversationId","agent":{id,name}},
// a few a second per colleague at most, and only for their own team's conversations.
//
// A client costs little that it does not use: a few unauthenticated sockets per address, the
// catch-up sent a page at a time as the socket drains, and a client whose unsent messages pass
// MAX_BUFFERED_BYTES closed with "too_slow" (it reconnects and catches up from its revision).
class EventHub final : public QObject
{
    Q_OBJECT
public:
    EventHub(SessionStore &sessions, ChangeFeed &feed, ConversationReads &conversations,
             std::function<qint64()> nowMs, QObject *parent = nullptr);
    ~EventHub() override;

    // `from`: the address it came from, as HttpServerAdapter tells it.
    void accept(std::unique_ptr<QWebSocket> socket, const QHostAddress &from);
    // Sends every change committed since the last pump to the clients that may see it, after
    // PUMP_DELAY_MS, so that the changes of requests handled together share one message.
    void schedulePump();
    void pump();
    static constexpr int PUMP_DELAY_MS = 5;
    int clientCount() const { return static_cast<int>(m_clients.size()); }
    // Viewing and typing relayed from another server instance (activityToShare() there).
    void deliverSharedActivity(const QString &payload);

    // A client that has not said hello within this time is closed.
    static constexpr int HELLO_TIMEOUT_MS = 10000;
    // Sockets from one address that have not said hello yet; more are closed at once.
    static constexpr int MAX_UNAUTHENTICATED_PER_ADDRESS = 8;
    // The catch-up goes on while less than this waits to be sent.
    static constexpr qint64 CATCH_UP_LOW_WATER_BYTES = 256 * 1024;
    static constexpr qint64 MAX_BUFFERED_BYTES = 8 * 1024 * 1024;
    // Viewing and typing relayed per client and second at most.
    static constexpr int ACTIVITY_PER_SECOND = 4;

    // Closes every live feed whose session ended (signed out, expired, its agent removed) or
    // whose agent's role or team changed: such a feed would go on hearing what its session may
    // no longer see. Runs every SESSION_CHECK_MS, so that changes made by another process or
    // server instance count too, and at once after such a change made here.
    void checkSessions();
    static constexpr int SESSION_CHECK_MS = 2000;

Q_SIGNALS:
    void agentOnline(qint64 agentId);             // the agent's first connection here
    void agentOffline(qint64 agentId);            // the agent's last connection here closed
    void activityToShare(const QString &payload); // for the other instances on the same database

private:
    struct Client
    {
        std::optional<Agent> agent;
        QByteArray token; // the session it said hello with, checked again while it lives
        qint64 sentRev = 0;
        bool catchingUp = false; // live changes wait until the catch-up is through
        QString address;
        qint64 activitySecond = 0;
        int activityInSecond = 0;
    };

    void onMessage(QWebSocket *socket, const QString &text);
    void hello(QWebSocket *socket, Client &client, const Protocol::DeskMessage &message);
    // Sends pages of missed changes while the socket drains; then welcome. The session is
    // checked before the first page unless the caller just did.
    void catchUp(QWebSocket *socket, bool sessionChecked = false);
    // Sends, or closes a client that lets too much pile up unread; false when it closed.
    bool send(QWebSocket *socket, const QString &message);
    bool mayRelay(Client &client, qint64 conversationId);
    void relayActivity(QWebSocket *socket, Client &client, const Protocol::DeskMessage &message);
    void deliverActivity(const Protocol::Activity &activity, QWebSocket *from);
    // Closes the feeds whose session no longer holds (see checkSessions()).
    void closeEndedSessions();
    // Whether the client's session still holds as it did at hello; if not, its feed is closed.
    bool sessionHolds(QWebSocket *socket, const Client &client);
    void endFeed(QWebSocket *socket);
    void refuse(QWebSocket *socket, const QString &code, const QString &message);
    void drop(QWebSocket *socket);
    int connectionsOf(qint64 agentId) const;

    SessionStore &m_sessions;
    ChangeFeed &m_feed;
    ConversationReads &m_conversations;
    std::function<qint64()> m_nowMs;
    QHash<QWebSocket *, Client> m_clients;
    qint64 m_pumpedRev = 0;
    qint64 m_lastTouchMs = 0;
    QTimer m_pumpTimer;
    QTimer m_sessionTimer;
};

} // namespace CareDesk::Server
