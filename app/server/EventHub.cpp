#include "EventHub.h"

#include "Logging.h"
#include "store/ChangeFeed.h"
#include "store/ConversationReads.h"
#include "store/SessionStore.h"

#include <protocol/LiveFeed.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QTimer>
#include <QWebSocket>

#include <utility>

namespace CareDesk::Server {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Server::EventHub)
};

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// {"type":"changes","changes":[...]} from changes already in compact JSON.
QString changesMessage(const QList<QByteArray> &changes)
{
    QByteArray text = QByteArrayLiteral("{\"type\":\"changes\",\"changes\":[");
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (i > 0)
            text += ',';
        text += changes[i];
    }
    text += "]}";
    return QString::fromUtf8(text);
}

QByteArray compactChange(const Protocol::ChangeRecord &change)
{
    return QJsonDocument(change.toJson()).toJson(QJsonDocument::Compact);
}

constexpr int PAGE = 1000;

} // namespace

EventHub::EventHub(SessionStore &sessions, ChangeFeed &feed, ConversationReads &conversations,
                   std::function<qint64()> nowMs, QObject *parent)
    : QObject(parent)
    , m_sessions(sessions)
    , m_feed(feed)
    , m_conversations(conversations)
    , m_nowMs(std::move(nowMs))
{
    if (auto latest = m_feed.latestRev())
        m_pumpedRev = latest.value();
    m_pumpTimer.setSingleShot(true);
    m_pumpTimer.setInterval(PUMP_DELAY_MS);
    connect(&m_pumpTimer, &QTimer::timeout, this, &EventHub::pump);
    m_sessionTimer.setInterval(SESSION_CHECK_MS);
    connect(&m_sessionTimer, &QTimer::timeout, this, &EventHub::checkSessions);
    m_sessionTimer.start();
}

void EventHub::schedulePump()
{
    if (!m_pumpTimer.isActive())
        m_pumpTimer.start();
}

EventHub::~EventHub()
{
    for (auto socket = m_clients.keyBegin(); socket != m_clients.keyEnd(); ++socket) {
        (*socket)->disconnect(this);
        (*socket)->deleteLater();
    }
}

void EventHub::accept(std::unique_ptr<QWebSocket> owned, const QHostAddress &from)
{
    QWebSocket *socket = owned.release();
    socket->setParent(this);
    Client fresh;
    fresh.address = from.toString();
    const auto waiting =
        std::count_if(m_clients.cbegin(), m_clients.cend(), [&](const Client &other) {
            return !other.agent && other.address == fresh.address;
        });
    m_clients.insert(socket, fresh);
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString &text) { onMessage(socket, text); });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { drop(socket); });
    connect(socket, &QWebSocket::bytesWritten, this, [this, socket] {
        if (const auto client = m_clients.constFind(socket);
            client != m_clients.cend() && client->catchingUp)
            catchUp(socket);
    });
    if (waiting >= MAX_UNAUTHENTICATED_PER_ADDRESS) {
        refuse(socket, QStringLiteral("too_many_connections"),
               Tr::tr("Too many connections from your address are waiting to say hello."));
        drop(socket);
        return;
    }
    QTimer::singleShot(HELLO_TIMEOUT_MS, socket, [this, socket] {
        const auto client = m_clients.constFind(socket);
        if (client != m_clients.cend() && !client->agent)
            refuse(socket, QStringLiteral("unauthorized"),
                   Tr::tr("Say hello with a session token first."));
    });
}

void EventHub::onMessage(QWebSocket *socket, const QString &text)
{
    auto client = m_clients.find(socket);
    if (client == m_clients.end())
        return;
    const Protocol::DeskMessage message = Protocol::DeskMessage::fromText(text);
    using Type = Protocol::DeskMessage::Type;
    if (message.type == Type::NotAnObject) {
        refuse(socket, QStringLiteral("bad_request"),
               Tr::tr("Each message must be one JSON object."));
    } else if (message.type == Type::Hello || message.type == Type::BadHello) {
        hello(socket, *client, message);
    } else if (!client->agent) {
        refuse(socket, QStringLiteral("unauthorized"),
               Tr::tr("Say hello with a session token first."));
    } else if (message.type == Type::Viewing || message.type == Type::Typing) {
        relayActivity(socket, *client, message);
    } else if (message.type == Type::Ping) {
        socket->sendTextMessage(compact({{QStringLiteral("type"), QStringLiteral("pong")}}));
    } else {
        socket->sendTextMessage(
            compact({{QStringLiteral("type"), QStringLiteral("error")},
                     {QStringLiteral("error"),
                      QJsonObject{{QStringLiteral("code"), QStringLiteral("bad_request")},
                                  {QStringLiteral("message"), Tr::tr("Unknown message type.")}}}}));
    }
}

void EventHub::hello(QWebSocket *socket, Client &client, const Protocol::DeskMessage &message)
{
    if (client.agent)
        return; // one hello per connection
    if (message.type != Protocol::DeskMessage::Type::Hello) {
        refuse(socket, QStringLiteral("bad_request"),
               Tr::tr("hello needs a token and, optionally, since as a number."));
        return;
    }
    auto agent = m_sessions.agentForToken(message.token.toUtf8(), m_nowMs());
    if (!agent || !agent.value() || agent.value()->role == Role::Integration) {
        refuse(socket, QStringLiteral("unauthorized"),
               Tr::tr("The session token is not valid. Log in again."));
        return;
    }
    client.agent = agent.value();
    client.token = message.token.toUtf8();
    client.sentRev = message.since;
    client.catchingUp = true;
    if (connectionsOf(client.agent->id) == 1)
        Q_EMIT agentOnline(client.agent->id);
    // What the client missed comes before anything live, a page at a time as it reads.
    catchUp(socket, true);
}

void EventHub::catchUp(QWebSocket *socket, bool sessionChecked)
{
    while (socket->bytesToWrite() < CATCH_UP_LOW_WATER_BYTES) {
        auto client = m_clients.find(socket);
        if (client == m_clients.end() || !client->catchingUp)
            return;
        // The session may have ended since the last page: nothing more goes out then.
        if (!std::exchange(sessionChecked, true) && !sessionHolds(socket, *client))
            return;
        auto feed = m_feed.since(*client->agent, client->sentRev, PAGE);
        if (!feed) {
            refuse(socket, QStringLiteral("unavailable"), feed.error().userMessage);
            drop(socket);
            return;
        }
        if (!feed.value().changes.isEmpty()) {
            QList<QByteArray> changes;
            for (const Protocol::ChangeRecord &change : feed.value().changes)
                changes.append(compactChange(change));
            if (!send(socket, changesMessage(changes)))
                return;
        }
        client->sentRev = feed.value().rev;
        if (feed.value().changes.size() < PAGE) {
            client->catchingUp = false;
            send(socket, compact({{QStringLiteral("type"), QStringLiteral("welcome")},
                                  {QStringLiteral("rev"), client->sentRev},
                                  {QStringLiteral("agent"), client->agent->toJson()}}));
            return;
        }
    }
}

bool EventHub::send(QWebSocket *socket, const QString &message)
{
    if (socket->bytesToWrite() > MAX_BUFFERED_BYTES) {
        qCWarning(lcServer) << "closed a live feed that stopped reading:"
                            << m_clients.value(socket).address;
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("too_slow"));
        drop(socket);
        return false;
    }
    socket->sendTextMessage(message);
    return true;
}

bool EventHub::mayRelay(Client &client, qint64 conversationId)
{
    const qint64 second = m_nowMs() / 1000;
    if (client.activitySecond != second) {
        client.activitySecond = second;
        client.activityInSecond = 0;
    }
    if (++client.activityInSecond > ACTIVITY_PER_SECOND)
        return false;
    if (client.agent->role == Role::Admin)
        return true;
    auto state = m_conversations.state(conversationId);
    return state && state.value() && state.value()->teamId == client.agent->teamId;
}

void EventHub::relayActivity(QWebSocket *socket, Client &client,
                             const Protocol::DeskMessage &message)
{
    // Only a conversation's id, only so often, and only of the agent's own team.
    if (message.conversationId <= 0 || !mayRelay(client, message.conversationId))
        return;
    const Protocol::Activity activity{
        message.type == Protocol::DeskMessage::Type::Viewing ? QStringLiteral("viewing")
                                                             : QStringLiteral("typing"),
        message.conversationId, client.agent->teamId, client.agent->id, client.agent->displayName};
    deliverActivity(activity, socket);
    // Colleagues connected to other server instances hear of it too.
    Q_EMIT activityToShare(compact(activity.toJson()));
}

void EventHub::deliverActivity(const Protocol::Activity &activity, QWebSocket *from)
{
    const QString text = compact(activity.toJson());
    QList<QWebSocket *> to;
    for (auto other = m_clients.cbegin(); other != m_clients.cend(); ++other)
        if (other.key() != from && other->agent && !other->catchingUp &&
            other->agent->teamId == activity.teamId)
            to.append(other.key());
    for (QWebSocket *socket : std::as_const(to))
        send(socket, text);
}

void EventHub::deliverSharedActivity(const QString &payload)
{
    const Protocol::FeedMessage message = Protocol::FeedMessage::fromText(payload);
    if (message.type == Protocol::FeedMessage::Type::Activity)
        deliverActivity(message.activity, nullptr);
}

void EventHub::pump()
{
    m_pumpTimer.stop();
    QElapsedTimer timer;
    timer.start();
    const auto report = qScopeGuard([&] {
        if (timer.elapsed() > 0)
            qCDebug(lcServer) << "live feed sent in" << timer.elapsed() << "ms";
    });
    bool sessionsChecked = false;
    for (;;) {
        auto changes = m_feed.after(m_pumpedRev, PAGE);
        if (!changes) {
            qCWarning(lcServer) << "change feed unavailable:" << changes.error().detail;
            return;
        }
        if (changes.value().isEmpty())
            return;
        // Every delivery first makes sure that each session still holds, so that nothing new
        // reaches a feed whose session ended elsewhere before the next periodic check.
        if (!sessionsChecked) {
            closeEndedSessions();
            sessionsChecked = true;
        }
        QList<std::pair<qint64, QByteArray>> encoded; // team, change as JSON
        for (const auto &[teamId, change] : changes.value())
            encoded.append({teamId, compactChange(change)});
        const qint64 lastRev = changes.value().constLast().second.rev;
        // Clients that may see the same changes get the same message, built once.
        QHash<QPair<qint64, qint64>, QString> messages; // (team or -1 for all, sent rev) -> message
        QList<std::pair<QWebSocket *, QString>> sends;  // sent after the loop: a send may drop
        for (auto client = m_clients.begin(); client != m_clients.end(); ++client) {
            if (!client->agent || client->catchingUp || client->sentRev >= lastRev)
                continue;
            const qint64 scope = client->agent->role == Role::Admin ? -1 : client->agent->teamId;
            const auto key = qMakePair(scope, client->sentRev);
            auto message = messages.constFind(key);
            if (message == messages.cend()) {
                QList<QByteArray> visible;
                for (qsizetype i = 0; i < encoded.size(); ++i) {
                    const qint64 teamId = encoded[i].first;
                    if (changes.value()[i].second.rev > client->sentRev &&
                        (scope == -1 || teamId == 0 || teamId == scope))
                        visible.append(encoded[i].second);
                }
                message =
                    messages.insert(key, visible.isEmpty() ? QString() : changesMessage(visible));
            }
            if (!message->isEmpty())
                sends.append({client.key(), *message});
            client->sentRev = lastRev;
        }
        for (const auto &[socket, message] : std::as_const(sends))
            send(socket, message);
        m_pumpedRev = lastRev;
        if (changes.value().size() < PAGE)
            return;
    }
}

void EventHub::checkSessions()
{
    const qint64 now = m_nowMs();
    // An open live feed is a session in use: the idle timeout does not end it.
    if (now - m_lastTouchMs >= SessionStore::TOUCH_INTERVAL_MS) {
        QList<QByteArray> tokens;
        for (const Client &client : std::as_const(m_clients))
            if (client.agent)
                tokens.append(client.token);
        if (!tokens.isEmpty() && m_sessions.touch(tokens, now))
            m_lastTouchMs = now;
    }
    closeEndedSessions();
}

void EventHub::closeEndedSessions()
{
    QList<QByteArray> tokens;
    for (const Client &client : std::as_const(m_clients))
        if (client.agent)
            tokens.append(client.token);
    if (tokens.isEmpty())
        return;
    auto valid = m_sessions.agentsForSessions(tokens, m_nowMs());
    if (!valid)
        return; // the database is away: the next check decides
    QList<QWebSocket *> ended;
    for (auto client = m_clients.cbegin(); client != m_clients.cend(); ++client) {
        if (!client->agent)
            continue;
        const auto agent = valid.value().constFind(client->token);
        if (agent == valid.value().cend() || agent->role != client->agent->role ||
            agent->teamId != client->agent->teamId)
            ended.append(client.key());
    }
    for (QWebSocket *socket : std::as_const(ended))
        endFeed(socket);
}

bool EventHub::sessionHolds(QWebSocket *socket, const Client &client)
{
    auto agent = m_sessions.agentForToken(client.token, m_nowMs());
    if (agent && (!agent.value() || agent.value()->role != client.agent->role ||
                  agent.value()->teamId != client.agent->teamId)) {
        endFeed(socket);
        return false;
    }
    return true; // or the database is away, and the next check decides
}

void EventHub::endFeed(QWebSocket *socket)
{
    refuse(socket, QStringLiteral("session_ended"),
           Tr::tr("Your session has ended. Sign in again."));
    drop(socket); // nothing more reaches it, even before the close completes
}

void EventHub::refuse(QWebSocket *socket, const QString &code, const QString &message)
{
    socket->sendTextMessage(
        compact({{QStringLiteral("type"), QStringLiteral("error")},
                 {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                       {QStringLiteral("message"), message}}}}));
    socket->close(QWebSocketProtocol::CloseCodePolicyViolated, code);
}

void EventHub::drop(QWebSocket *socket)
{
    const auto client = m_clients.constFind(socket);
    if (client == m_clients.cend())
        return;
    const std::optional<Agent> agent = client->agent;
    m_clients.erase(client);
    socket->deleteLater();
    if (agent && connectionsOf(agent->id) == 0)
        Q_EMIT agentOffline(agent->id);
}

int EventHub::connectionsOf(qint64 agentId) const
{
    int count = 0;
    for (const Client &client : m_clients)
        if (client.agent && client.agent->id == agentId)
            ++count;
    return count;
}

} // namespace CareDesk::Server
