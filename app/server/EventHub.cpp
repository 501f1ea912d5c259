#include "EventHub.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimer>
#include <QWebSocket>

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

QString changeMessage(const Protocol::ChangeRecord &change)
{
    return compact({{QStringLiteral("type"), QStringLiteral("change")}, {QStringLiteral("change"), change.toJson()}});
}

constexpr int PAGE = 1000;

} // namespace

EventHub::EventHub(TeamStore &store, std::function<qint64()> nowMs, QObject *parent)
    : QObject(parent), m_store(store), m_nowMs(std::move(nowMs))
{
    if (auto latest = m_store.latestRev())
        m_pumpedRev = latest.value();
}

EventHub::~EventHub()
{
    for (QWebSocket *socket : m_clients.keys()) {
        socket->disconnect(this);
        socket->deleteLater();
    }
}

void EventHub::accept(std::unique_ptr<QWebSocket> owned)
{
    QWebSocket *socket = owned.release();
    socket->setParent(this);
    m_clients.insert(socket, Client{});
    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) { onMessage(socket, text); });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { drop(socket); });
    QTimer::singleShot(HELLO_TIMEOUT_MS, socket, [this, socket] {
        const auto client = m_clients.constFind(socket);
        if (client != m_clients.cend() && !client->agent)
            refuse(socket, QStringLiteral("unauthorized"), Tr::tr("Say hello with a session token first."));
    });
}

void EventHub::onMessage(QWebSocket *socket, const QString &text)
{
    auto client = m_clients.find(socket);
    if (client == m_clients.end())
        return;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        refuse(socket, QStringLiteral("bad_request"), Tr::tr("Each message must be one JSON object."));
        return;
    }
    const QJsonObject message = document.object();
    const QString type = message.value(QLatin1String("type")).toString();
    if (type == u"hello") {
        hello(socket, *client, message);
    } else if (!client->agent) {
        refuse(socket, QStringLiteral("unauthorized"), Tr::tr("Say hello with a session token first."));
    } else if (type == u"viewing" || type == u"typing") {
        relayActivity(socket, *client, message);
    } else if (type == u"ping") {
        socket->sendTextMessage(compact({{QStringLiteral("type"), QStringLiteral("pong")}}));
    } else {
        socket->sendTextMessage(compact({{QStringLiteral("type"), QStringLiteral("error")},
                                         {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("bad_request")},
                                                                               {QStringLiteral("message"), Tr::tr("Unknown message type.")}}}}));
    }
}

void EventHub::hello(QWebSocket *socket, Client &client, const QJsonObject &message)
{
    if (client.agent)
        return; // one hello per connection
    const QJsonValue since = message.value(QLatin1String("since"));
    if (!message.value(QLatin1String("token")).isString() || (!since.isUndefined() && !since.isDouble())) {
        refuse(socket, QStringLiteral("bad_request"), Tr::tr("hello needs a token and, optionally, since as a number."));
        return;
    }
    auto agent = m_store.agentForToken(message.value(QLatin1String("token")).toString().toUtf8(), m_nowMs());
    if (!agent || !agent.value()) {
        refuse(socket, QStringLiteral("unauthorized"), Tr::tr("The session token is not valid. Log in again."));
        return;
    }
    client.agent = agent.value();
    client.sentRev = static_cast<qint64>(since.toDouble(0));
    // Catch up on what the client missed, a page at a time, before anything live.
    for (;;) {
        auto feed = m_store.changesSince(*client.agent, client.sentRev, PAGE);
        if (!feed) {
            refuse(socket, QStringLiteral("unavailable"), feed.error().userMessage);
            return;
        }
        for (const Protocol::ChangeRecord &change : feed.value().changes)
            socket->sendTextMessage(changeMessage(change));
        client.sentRev = feed.value().rev;
        if (feed.value().changes.size() < PAGE)
            break;
    }
    socket->sendTextMessage(compact({{QStringLiteral("type"), QStringLiteral("welcome")},
                                     {QStringLiteral("rev"), client.sentRev},
                                     {QStringLiteral("agent"), client.agent->toJson()}}));
    if (connectionsOf(client.agent->id) == 1)
        Q_EMIT agentOnline(client.agent->id);
}

void EventHub::relayActivity(QWebSocket *socket, const Client &client, const QJsonObject &message)
{
    const QJsonValue conversationId = message.value(QLatin1String("conversationId"));
    if (!conversationId.isDouble())
        return;
    const QString relayed = compact({{QStringLiteral("type"), QStringLiteral("activity")},
                                     {QStringLiteral("what"), message.value(QLatin1String("type")).toString()},
                                     {QStringLiteral("conversationId"), conversationId},
                                     {QStringLiteral("agent"), QJsonObject{{QStringLiteral("id"), client.agent->id},
                                                                           {QStringLiteral("name"), client.agent->displayName}}}});
    for (auto other = m_clients.cbegin(); other != m_clients.cend(); ++other)
        if (other.key() != socket && other->agent && other->agent->teamId == client.agent->teamId)
            other.key()->sendTextMessage(relayed);
}

void EventHub::pump()
{
    for (;;) {
        auto changes = m_store.changesAfter(m_pumpedRev, PAGE);
        if (!changes) {
            qCWarning(lcServer) << "change feed unavailable:" << changes.error().detail;
            return;
        }
        for (const auto &[teamId, change] : changes.value()) {
            const QString text = changeMessage(change);
            for (auto client = m_clients.begin(); client != m_clients.end(); ++client) {
                if (!client->agent || change.rev <= client->sentRev)
                    continue;
                client->sentRev = change.rev;
                if (client->agent->role == Role::Admin || teamId == 0 || teamId == client->agent->teamId)
                    client.key()->sendTextMessage(text);
            }
            m_pumpedRev = change.rev;
        }
        if (changes.value().size() < PAGE)
            return;
    }
}

void EventHub::refuse(QWebSocket *socket, const QString &code, const QString &message)
{
    socket->sendTextMessage(compact({{QStringLiteral("type"), QStringLiteral("error")},
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
