#include "TeamServer.h"

#include "Application.h"
#include "AssignmentRules.h"
#include "ChangeFanout.h"
#include "Clock.h"
#include "EventHub.h"
#include "IngestRelay.h"
#include "Logging.h"
#include "Maintenance.h"
#include "Passwords.h"
#include "PostgresNotifications.h"
#include "ServerChannels.h"
#include "ServerDatabase.h"
#include "ServerIngest.h"
#include "triage/SlaPolicy.h"

#include <protocol/ApiError.h>
#include <protocol/ChangeRecord.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QWebSocket>

namespace CareDesk::Server {

using Core::Error;
using Core::Result;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Server::TeamServer)
};

HttpResponse json(int status, const QJsonObject &body)
{
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse noContent()
{
    HttpResponse response;
    response.status = 204;
    return response;
}

HttpResponse error(int status, const QString &code, const QString &message,
                   const QJsonObject &detail = {})
{
    QJsonObject body = Protocol::ApiError{code, message}.toJson();
    if (!detail.isEmpty()) {
        QJsonObject inner = body.value(QLatin1String("error")).toObject();
        for (auto it = detail.begin(); it != detail.end(); ++it)
            inner.insert(it.key(), it.value());
        body.insert(QStringLiteral("error"), inner);
    }
    return json(status, body);
}

HttpResponse unavailable(const Error &failure)
{
    qCWarning(lcServer) << failure.userMessage << failure.detail;
    return error(503, QStringLiteral("unavailable"), failure.userMessage);
}

HttpResponse refused(const Refusal &refusal)
{
    switch (refusal.kind) {
    case Refusal::Kind::NotFound:
        return error(404, QStringLiteral("not_found"), refusal.message, refusal.detail);
    case Refusal::Kind::Forbidden:
        return error(403, QStringLiteral("forbidden"), refusal.message, refusal.detail);
    case Refusal::Kind::Conflict:
        return error(409, QStringLiteral("conflict"), refusal.message, refusal.detail);
    case Refusal::Kind::Stale:
        return error(409, QStringLiteral("stale"), refusal.message, refusal.detail);
    case Refusal::Kind::Invalid:
        return error(422, QStringLiteral("invalid"), refusal.message, refusal.detail);
    }
    return error(409, QStringLiteral("conflict"), refusal.message);
}

HttpResponse forbidden()
{
    return error(403, QStringLiteral("forbidden"), Tr::tr("Your role does not allow this."));
}

// A field a request body may carry.
struct Field
{
    QString name;
    QJsonValue::Type type;
    bool required = true;
};

QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::Bool:
        return QStringLiteral("true or false");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("a value");
    }
}

// The body as a JSON object with exactly the fields described, or the 4xx that says why not:
// 413 too large, 400 not JSON (or not UTF-8), 422 a missing, unknown or mistyped field.
std::variant<QJsonObject, HttpResponse> parseBody(const HttpRequest &request,
                                                  const QList<Field> &fields)
{
    if (request.body.size() > TeamServer::MAX_BODY_BYTES)
        return error(413, QStringLiteral("too_large"), Tr::tr("The request body is too large."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return error(400, QStringLiteral("bad_request"),
                     Tr::tr("The request body must be one JSON object in UTF-8 (%1).")
                         .arg(parseError.errorString()));
    const QJsonObject body = document.object();
    for (auto it = body.begin(); it != body.end(); ++it) {
        const bool known = std::any_of(fields.begin(), fields.end(),
                                       [&](const Field &field) { return field.name == it.key(); });
        if (!known)
            return error(422, QStringLiteral("invalid"),
                         Tr::tr("Unknown field \"%1\".").arg(it.key()));
    }
    for (const Field &field : fields) {
        const QJsonValue value = body.value(field.name);
        if (value.isUndefined()) {
            if (field.required)
                return error(422, QStringLiteral("invalid"),
                             Tr::tr("The field \"%1\" is missing.").arg(field.name));
            continue;
        }
        if (value.type() != field.type)
            return error(
                422, QStringLiteral("invalid"),
                Tr::tr("The field \"%1\" must be %2.").arg(field.name, typeName(field.type)));
    }
    return body;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        if (item.isString() && !item.toString().isEmpty())
            list << item.toString();
    return list;
}

bool isIdentifier(const QString &text, qint64 &id)
{
    bool ok = false;
    id = text.toLongLong(&ok);
    return ok && id > 0;
}

} // namespace

TeamServer::TeamServer(std::unique_ptr<ServerDatabase> database,
                       std::unique_ptr<ServerIngest> ingest, const Core::Clock &clock,
                       const QString &dataDirectory)
    : m_database(std::move(database))
    , m_ingest(std::move(ingest))
    , m_clock(clock)
    , m_store(std::make_unique<TeamStore>(*m_database))
    , m_events(std::make_unique<EventHub>(m_store->sessions(), m_store->feed(),
                                          [this] { return nowMs(); }))
    , m_instances(std::make_unique<PostgresNotifications>(*m_database, *m_events))
    , m_fanout(
          std::make_unique<ChangeFanout>(m_store->dispatcher(), *m_instances, *m_events, m_clock))
    , m_channels(std::make_unique<ServerChannels>(ServerIngest::directoryIn(dataDirectory), m_clock,
                                                  *m_ingest, m_store->teams()))
    , m_relay(std::make_unique<IngestRelay>(*m_ingest, *m_store, *m_channels, *m_fanout, m_clock))
    , m_http([this](const HttpRequest &request) { return handle(request); })
    , m_maintenance(std::make_unique<Maintenance>(*m_store, *m_relay, *m_fanout, m_clock))
{
    QObject::connect(m_channels.get(), &ServerChannels::inboxChanged, m_channels.get(), [this] {
        m_relay->publishIngested();
        m_relay->settleReplies();
    });
    m_http.acceptWebSockets(
        QStringLiteral("/v1/events"),
        [this](std::unique_ptr<QWebSocket> socket) { m_events->accept(std::move(socket)); });
    followLivePresence();
    // Other instances on the same PostgreSQL announce their commits; their changes are then
    // read from the feed like our own.
    m_instances->listen();
    m_maintenance->start();
}

TeamServer::~TeamServer() = default;

Result<std::unique_ptr<TeamServer>> TeamServer::create(std::unique_ptr<ServerDatabase> database,
                                                       const QString &dataDirectory,
                                                       const Core::Clock &clock)
{
    auto ingest = ServerIngest::open(dataDirectory, clock);
    if (!ingest)
        return ingest.error();
    auto server = std::unique_ptr<TeamServer>(
        new TeamServer(std::move(database), std::move(ingest).value(), clock, dataDirectory));
    // What was stored but not yet published when the server last stopped goes out now.
    server->m_relay->publishIngested();
    server->m_relay->settleReplies();
    return server;
}

void TeamServer::followLivePresence()
{
    const auto follow = [this](qint64 agentId, Presence presence) {
        auto agent = m_store->accounts().agent(agentId);
        if (!agent || !agent.value())
            return;
        // Coming online changes only who was offline: away stays away.
        if (presence == Presence::Available && agent.value()->presence != Presence::Offline)
            return;
        if (m_store->accounts().setPresence(*agent.value(), presence, nowMs()))
            changed(agent.value()->teamId);
    };
    QObject::connect(m_events.get(), &EventHub::agentOnline, m_events.get(),
                     [follow](qint64 agentId) { follow(agentId, Presence::Available); });
    QObject::connect(m_events.get(), &EventHub::agentOffline, m_events.get(),
                     [follow](qint64 agentId) { follow(agentId, Presence::Offline); });
}

Result<void> TeamServer::addChannel(const QString &configFile)
{
    return m_channels->add(configFile);
}

void TeamServer::startChannels()
{
    m_channels->start();
}

void TeamServer::pollChannels()
{
    m_channels->pollNow();
}

Result<void> TeamServer::useTls(const QString &certificateFile, const QString &keyFile)
{
    return m_http.useTls(certificateFile, keyFile);
}

Result<quint16> TeamServer::listen(const QHostAddress &address, quint16 port)
{
    return m_http.listen(address, port);
}

qint64 TeamServer::nowMs() const
{
    return m_clock.now().toMSecsSinceEpoch();
}

void TeamServer::changed(qint64 teamId)
{
    m_fanout->changed(teamId);
}

void TeamServer::maintain()
{
    m_maintenance->run();
}

std::variant<Agent, HttpResponse> TeamServer::authenticate(const HttpRequest &request)
{
    static const QByteArray prefix = QByteArrayLiteral("Bearer ");
    if (!request.authorization.startsWith(prefix))
        return error(401, QStringLiteral("unauthorized"),
                     Tr::tr("Log in first: this needs a session token."));
    auto agent = m_store->sessions().agentForToken(
        request.authorization.mid(prefix.size()).trimmed(), nowMs());
    if (!agent)
        return unavailable(agent.error());
    if (!agent.value())
        return error(401, QStringLiteral("unauthorized"),
                     Tr::tr("The session token is not valid. Log in again."));
    return *agent.value();
}

HttpResponse TeamServer::handle(const HttpRequest &request)
{
    const QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QByteArray &method = request.method;
    const auto wrongMethod = [&](const char *allowed) {
        HttpResponse response = error(405, QStringLiteral("method_not_allowed"),
                                      Tr::tr("Use %1 here.").arg(QLatin1String(allowed)));
        response.headers.append(std::pair<QByteArray, QByteArray>("Allow", allowed));
        return response;
    };
    if (parts == QStringList{QStringLiteral("healthz")})
        return method == "GET" ? health() : wrongMethod("GET");
    if (parts.value(0) != u"v1" || parts.size() < 2)
        return error(404, QStringLiteral("not_found"),
                     Tr::tr("There is no %1 %2.").arg(QString::fromLatin1(method), request.path));
    if (parts.size() == 2 && parts[1] == u"sessions") // logging in needs no session
        return method == "POST" ? login(request) : wrongMethod("POST");
    // Platforms prove themselves with a signature, not a session.
    if (parts.size() == 3 && parts[1] == u"webhooks")
        return method == "GET" || method == "POST" ? webhook(parts[2], request)
                                                   : wrongMethod("GET, POST");

    auto authenticated = authenticate(request);
    if (auto *response = std::get_if<HttpResponse>(&authenticated))
        return *response;
    const Agent &agent = std::get<Agent>(authenticated);
    const QString &resource = parts[1];
    // An integration token feeds the inbox and does nothing else.
    if (agent.role == Role::Integration && resource != u"ingest")
        return forbidden();

    if (resource == u"sessions" && parts.size() == 3 && parts[2] == u"current")
        return method == "DELETE" ? logout(request) : wrongMethod("DELETE");
    if (resource == u"me" && parts.size() == 2)
        return method == "GET" ? json(200, agent.toJson()) : wrongMethod("GET");
    if (resource == u"conversations") {
        if (parts.size() == 2)
            return method == "GET" ? listConversations(agent, request) : wrongMethod("GET");
        qint64 id = 0;
        if (!isIdentifier(parts[2], id) || parts.size() > 4)
            return error(404, QStringLiteral("not_found"),
                         Tr::tr("There is no such conversation."));
        if (parts.size() == 3)
            return method == "GET" ? conversationAction(agent, id, QString(), request)
                                   : wrongMethod("GET");
        return method == "POST" ? conversationAction(agent, id, parts[3], request)
                                : wrongMethod("POST");
    }
    if (resource == u"queue" && parts.size() == 3 && parts[2] == u"next")
        return method == "POST" ? next(agent) : wrongMethod("POST");
    if (resource == u"presence" && parts.size() == 2)
        return method == "POST" ? presence(agent, request) : wrongMethod("POST");
    if (resource == u"changes" && parts.size() == 2)
        return method == "GET" ? changes(agent, request) : wrongMethod("GET");
    if (resource == u"ingest" && parts.size() == 2)
        return method == "POST" ? ingest(agent, request) : wrongMethod("POST");
    if (resource == u"agents" && parts.size() == 2) {
        if (method == "GET")
            return agents(agent);
        return method == "POST" ? addAgent(agent, request) : wrongMethod("GET, POST");
    }
    if (resource == u"agents" && parts.size() == 3) {
        qint64 id = 0;
        if (!isIdentifier(parts[2], id))
            return error(404, QStringLiteral("not_found"), Tr::tr("There is no such agent."));
        return method == "PATCH" ? updateAgent(agent, id, request) : wrongMethod("PATCH");
    }
    if (resource == u"routing" && parts.size() == 2) {
        if (method == "GET") {
            if (!agent.supervises())
                return forbidden();
            auto settings = m_store->teams().routing(agent.teamId);
            return settings ? json(200, settings.value()) : unavailable(settings.error());
        }
        return method == "PUT" ? routing(agent, request) : wrongMethod("GET, PUT");
    }
    if (resource == u"reviews" && parts.size() == 2) {
        if (method == "GET")
            return reviews(agent, request);
        return method == "POST" ? saveReview(agent, request) : wrongMethod("GET, POST");
    }
    return error(404, QStringLiteral("not_found"),
                 Tr::tr("There is no %1 %2.").arg(QString::fromLatin1(method), request.path));
}

HttpResponse TeamServer::health()
{
    // A round trip to the database: a server that cannot reach it is not healthy.
    QSqlQuery query(m_database->connection());
    const bool databaseOk = query.exec(QStringLiteral("SELECT 1")) && query.next();
    return json(databaseOk ? 200 : 503,
                {{QStringLiteral("status"),
                  databaseOk ? QStringLiteral("ok") : QStringLiteral("database_unavailable")},
                 {QStringLiteral("version"), Core::applicationVersion()},
                 {QStringLiteral("apiVersion"), Protocol::API_VERSION},
                 {QStringLiteral("database"), m_database->kindName()},
                 {QStringLiteral("schemaVersion"), m_database->schemaVersion()},
                 {QStringLiteral("liveClients"), m_events->clientCount()}});
}

HttpResponse TeamServer::login(const HttpRequest &request)
{
    auto parsed = parseBody(request, {{QStringLiteral("login"), QJsonValue::String},
                                      {QStringLiteral("password"), QJsonValue::String}});
    if (auto *response = std::get_if<HttpResponse>(&parsed))
        return *response;
    const QJsonObject body = std::get<QJsonObject>(parsed);
    const QString login = body.value(QLatin1String("login")).toString();
    const QByteArray password = body.value(QLatin1String("password")).toString().toUtf8();

    const qint64 now = nowMs();
    // Kept in the database, so that no server instance and no restart resets the count.
    auto failures = m_store->sessions().loginFailures(login, now - LOGIN_WINDOW_MS);
    if (!failures)
        return unavailable(failures.error());
    if (failures.value().size() >= MAX_FAILED_LOGINS) {
        const qint64 retryAfterSecs = (failures.value().first() + LOGIN_WINDOW_MS - now) / 1000 + 1;
        HttpResponse response = error(429, QStringLiteral("too_many_attempts"),
                                      Tr::tr("Too many failed logins. Try again in %1 minutes.")
                                          .arg((retryAfterSecs + 59) / 60));
        response.headers.append(
            std::pair<QByteArray, QByteArray>("Retry-After", QByteArray::number(retryAfterSecs)));
        return response;
    }
    auto found = m_store->accounts().agentByLogin(login);
    if (!found)
        return unavailable(found.error());
    // An unknown login costs as much as a wrong password, so timing tells nothing.
    static const QString unknownLoginHash =
        Passwords::hash(QByteArrayLiteral("no such account")).value_or(QString());
    const bool valid = found.value() ? Passwords::verify(found.value()->second, password)
                                     : (Passwords::verify(unknownLoginHash, password), false);
    if (!valid) {
        if (auto recorded = m_store->sessions().recordLoginFailure(login, now); !recorded)
            return unavailable(recorded.error());
        return error(401, QStringLiteral("unauthorized"),
                     Tr::tr("The login or password is not right."));
    }
    if (auto cleared = m_store->sessions().clearLoginFailures(login); !cleared)
        return unavailable(cleared.error());
    auto token =
        m_store->sessions().createSession(found.value()->first.id, now, SESSION_LIFETIME_MS);
    if (!token)
        return unavailable(token.error());
    return json(201, {{QStringLiteral("token"), QString::fromLatin1(token.value())},
                      {QStringLiteral("agent"), found.value()->first.toJson()}});
}

HttpResponse TeamServer::logout(const HttpRequest &request)
{
    if (auto ended = m_store->sessions().endSession(request.authorization.mid(7).trimmed()); !ended)
        return unavailable(ended.error());
    return noContent();
}

HttpResponse TeamServer::listConversations(const Agent &agent, const HttpRequest &request)
{
    ConversationFilter filter;
    const QUrlQuery &query = request.query;
    if (query.hasQueryItem(QStringLiteral("status")))
        filter.statuses = query.queryItemValue(QStringLiteral("status"))
                              .split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &status : filter.statuses)
        if (!QStringList{QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("pending"),
                         QStringLiteral("resolved")}
                 .contains(status))
            return error(422, QStringLiteral("invalid"),
                         Tr::tr("Unknown status \"%1\".").arg(status));
    const QString assignee = query.queryItemValue(QStringLiteral("assignee"));
    if (assignee == u"me") {
        filter.assignee = ConversationFilter::Assignee::Me;
    } else if (assignee == u"none") {
        filter.assignee = ConversationFilter::Assignee::Unassigned;
    } else if (!assignee.isEmpty()) {
        if (!isIdentifier(assignee, filter.assigneeId))
            return error(422, QStringLiteral("invalid"),
                         Tr::tr("assignee must be me, none or an agent id."));
        filter.assignee = ConversationFilter::Assignee::Agent;
    }
    filter.language = query.queryItemValue(QStringLiteral("language"));
    filter.category = query.queryItemValue(QStringLiteral("category"));
    filter.channel = query.queryItemValue(QStringLiteral("channel"), QUrl::FullyDecoded);
    int limit = 50;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 500)
            return error(422, QStringLiteral("invalid"),
                         Tr::tr("limit must be between 1 and 500."));
    }
    std::optional<ConversationCursor> after;
    if (query.hasQueryItem(QStringLiteral("cursor"))) {
        after = ConversationCursor::decode(query.queryItemValue(QStringLiteral("cursor")));
        if (!after)
            return error(422, QStringLiteral("invalid"),
                         Tr::tr("The cursor is not one this server gave out."));
    }
    // The revision the page reflects, read first: a client that follows the change feed from
    // here misses nothing that happened while the page was read.
    auto rev = m_store->feed().latestRev();
    if (!rev)
        return unavailable(rev.error());
    auto page = m_store->conversations().page(agent, filter, after, limit);
    if (!page)
        return unavailable(page.error());
    QJsonObject body{{QStringLiteral("conversations"), page.value().conversations},
                     {QStringLiteral("rev"), rev.value()}};
    body.insert(QStringLiteral("next"),
                page.value().next ? QJsonValue(page.value().next->encode()) : QJsonValue::Null);
    return json(200, body);
}

HttpResponse TeamServer::conversationAction(const Agent &agent, qint64 conversationId,
                                            const QString &action, const HttpRequest &request)
{
    if (action.isEmpty()) {
        auto detail = m_store->conversations().detail(agent, conversationId);
        if (!detail)
            return unavailable(detail.error());
        if (!detail.value())
            return error(404, QStringLiteral("not_found"),
                         Tr::tr("There is no such conversation."));
        return json(200, *detail.value());
    }
    // Working a conversation is for agents and leads; trainers and admins only read.
    if (agent.role != Role::Agent && agent.role != Role::Lead)
        return forbidden();

    Result<Outcome<QJsonObject>> outcome = Error{};
    const qint64 now = nowMs();
    if (action == u"claim" || action == u"release") {
        if (!request.body.trimmed().isEmpty() && request.body.trimmed() != "{}")
            return error(422, QStringLiteral("invalid"), Tr::tr("This request takes no body."));
        outcome = action == u"claim" ? m_store->writes().claim(agent, conversationId, now)
                                     : m_store->writes().release(agent, conversationId, now);
    } else if (action == u"transfer") {
        auto parsed = parseBody(request, {{QStringLiteral("agentId"), QJsonValue::Double}});
        if (auto *response = std::get_if<HttpResponse>(&parsed))
            return *response;
        outcome = m_store->writes().transfer(
            agent, conversationId,
            std::get<QJsonObject>(parsed).value(QLatin1String("agentId")).toInteger(), now);
    } else if (action == u"status") {
        auto parsed = parseBody(request, {{QStringLiteral("status"), QJsonValue::String}});
        if (auto *response = std::get_if<HttpResponse>(&parsed))
            return *response;
        const QString status =
            std::get<QJsonObject>(parsed).value(QLatin1String("status")).toString();
        if (!QStringList{QStringLiteral("open"), QStringLiteral("pending"),
                         QStringLiteral("resolved")}
                 .contains(status))
            return error(422, QStringLiteral("invalid"),
                         Tr::tr("status must be open, pending or resolved."));
        const auto newStatus = Core::conversationStatusFromString(status);
        outcome = m_store->writes().setStatus(agent, conversationId, newStatus, now);
        if (outcome && outcome.value().value) {
            auto source = m_store->conversations().sourceIdOf(conversationId);
            if (source && source.value() > 0)
                if (auto synced = m_ingest->setStatus(source.value(), newStatus); !synced)
                    qCWarning(lcServer) << "threading status not updated:" << synced.error().detail;
        }
    } else if (action == u"notes") {
        auto parsed = parseBody(request, {{QStringLiteral("text"), QJsonValue::String}});
        if (auto *response = std::get_if<HttpResponse>(&parsed))
            return *response;
        const QString text =
            std::get<QJsonObject>(parsed).value(QLatin1String("text")).toString().trimmed();
        if (text.isEmpty())
            return error(422, QStringLiteral("invalid"), Tr::tr("A note needs some text."));
        outcome = m_store->writes().addNote(agent, conversationId, text, now);
    } else if (action == u"replies") {
        auto parsed = parseBody(request, {{QStringLiteral("clientId"), QJsonValue::String},
                                          {QStringLiteral("text"), QJsonValue::String},
                                          {QStringLiteral("visibility"), QJsonValue::String},
                                          {QStringLiteral("baseRev"), QJsonValue::Double}});
        if (auto *response = std::get_if<HttpResponse>(&parsed))
            return *response;
        const QJsonObject body = std::get<QJsonObject>(parsed);
        const QString clientId = body.value(QLatin1String("clientId")).toString();
        const QString text = body.value(QLatin1String("text")).toString();
        const QString visibility = body.value(QLatin1String("visibility")).toString();
        if (clientId.size() < 8 || clientId.size() > 100)
            return error(422, QStringLiteral("invalid"),
                         Tr::tr("clientId must be 8 to 100 characters."));
        if (text.trimmed().isEmpty())
            return error(422, QStringLiteral("invalid"), Tr::tr("A reply needs some text."));
        if (visibility != u"public" && visibility != u"private")
            return error(422, QStringLiteral("invalid"),
                         Tr::tr("visibility must be public or private."));
        outcome = m_store->writes().addReply(agent, conversationId, clientId, text,
                                             visibility == u"public" ? Core::Visibility::Public
                                                                     : Core::Visibility::Private,
                                             body.value(QLatin1String("baseRev")).toInteger(), now);
        if (outcome && outcome.value().value &&
            outcome.value().value->value(QLatin1String("repeated")).toBool())
            return json(200, *outcome.value().value);
        if (outcome && outcome.value().value) {
            changed(agent.teamId);
            // Into the channel's outbox at once, and out on the next turn of the event loop.
            auto source = m_store->conversations().sourceIdOf(conversationId);
            if (source &&
                m_relay->queueForChannel({clientId, source.value(), visibility == u"public", text,
                                          agent.displayName, QStringLiteral("queued")}))
                changed(agent.teamId);
            else
                m_channels->pollSoon();
            return json(201, *outcome.value().value);
        }
    } else {
        return error(404, QStringLiteral("not_found"),
                     Tr::tr("Conversations have no \"%1\" action.").arg(action));
    }
    if (!outcome)
        return unavailable(outcome.error());
    if (outcome.value().refusal)
        return refused(*outcome.value().refusal);
    changed(agent.teamId);
    return json(action == u"notes" ? 201 : 200, *outcome.value().value);
}

HttpResponse TeamServer::next(const Agent &agent)
{
    if (agent.role != Role::Agent && agent.role != Role::Lead)
        return forbidden();
    auto taken = m_store->dispatcher().takeNext(agent, nowMs());
    if (!taken)
        return unavailable(taken.error());
    if (!taken.value())
        return noContent();
    changed(agent.teamId);
    return json(200, *taken.value());
}

HttpResponse TeamServer::presence(const Agent &agent, const HttpRequest &request)
{
    auto parsed = parseBody(request, {{QStringLiteral("presence"), QJsonValue::String}});
    if (auto *response = std::get_if<HttpResponse>(&parsed))
        return *response;
    const auto presence = presenceFromString(
        std::get<QJsonObject>(parsed).value(QLatin1String("presence")).toString());
    if (!presence)
        return error(422, QStringLiteral("invalid"),
                     Tr::tr("presence must be available, away or offline."));
    if (auto set = m_store->accounts().setPresence(agent, *presence, nowMs()); !set)
        return unavailable(set.error());
    changed(agent.teamId);
    Agent updated = agent;
    updated.presence = *presence;
    return json(200, updated.toJson());
}

HttpResponse TeamServer::changes(const Agent &agent, const HttpRequest &request)
{
    bool ok = false;
    const qint64 since = request.query.queryItemValue(QStringLiteral("since")).toLongLong(&ok);
    if (!ok || since < 0)
        return error(422, QStringLiteral("invalid"),
                     Tr::tr("since must be a revision number (0 for everything)."));
    int limit = 1000;
    if (request.query.hasQueryItem(QStringLiteral("limit"))) {
        limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 5000)
            return error(422, QStringLiteral("invalid"),
                         Tr::tr("limit must be between 1 and 5000."));
    }
    auto feed = m_store->feed().since(agent, since, limit);
    if (!feed)
        return unavailable(feed.error());
    return json(200, feed.value().toJson());
}

HttpResponse TeamServer::ingest(const Agent &agent, const HttpRequest &request)
{
    if (agent.role != Role::Admin && agent.role != Role::Integration)
        return forbidden();
    if (request.body.size() > MAX_INGEST_BYTES)
        return error(413, QStringLiteral("too_large"),
                     Tr::tr("Send at most 32 MiB of items per request."));
    // An integration feeds its own team; an admin names one (default "default").
    Result<qint64> team =
        agent.role == Role::Integration
            ? Result<qint64>(agent.teamId)
            : m_store->teams().teamId(request.query.queryItemValue(QStringLiteral("team")));
    if (!team)
        return unavailable(team.error());
    auto outcome = m_ingest->ingestJsonLines(request.body);
    if (!outcome)
        return unavailable(outcome.error());
    m_relay->publishIngested(team.value());
    const Ingest::ImportSummary &summary = outcome.value();
    return json(200, {{QStringLiteral("messages"), summary.messages},
                      {QStringLiteral("conversations"), summary.conversations},
                      {QStringLiteral("skipped"), summary.skipped},
                      {QStringLiteral("errors"), QJsonArray::fromStringList(summary.errors)}});
}

HttpResponse TeamServer::agents(const Agent &agent)
{
    if (!agent.supervises())
        return forbidden();
    auto team = m_store->accounts().teamAgents(agent.teamId);
    if (!team)
        return unavailable(team.error());
    QJsonArray list;
    for (const Agent &member : team.value()) {
        auto open = m_store->conversations().openCount(member.id);
        if (!open)
            return unavailable(open.error());
        QJsonObject entry = member.toJson();
        entry.insert(QStringLiteral("open"), open.value());
        list.append(entry);
    }
    return json(200, {{QStringLiteral("agents"), list}});
}

HttpResponse TeamServer::addAgent(const Agent &agent, const HttpRequest &request)
{
    if (agent.role != Role::Admin)
        return forbidden();
    auto parsed = parseBody(request, {{QStringLiteral("login"), QJsonValue::String},
                                      {QStringLiteral("password"), QJsonValue::String},
                                      {QStringLiteral("name"), QJsonValue::String, false},
                                      {QStringLiteral("role"), QJsonValue::String},
                                      {QStringLiteral("team"), QJsonValue::String, false},
                                      {QStringLiteral("languages"), QJsonValue::Array, false},
                                      {QStringLiteral("categories"), QJsonValue::Array, false},
                                      {QStringLiteral("capacity"), QJsonValue::Double, false}});
    if (auto *response = std::get_if<HttpResponse>(&parsed))
        return *response;
    const QJsonObject body = std::get<QJsonObject>(parsed);
    NewAgent added;
    added.login = body.value(QLatin1String("login")).toString().trimmed();
    added.displayName = body.value(QLatin1String("name")).toString();
    const auto role = roleFromString(body.value(QLatin1String("role")).toString());
    if (!role || *role == Role::Integration)
        return error(422, QStringLiteral("invalid"),
                     Tr::tr("role must be agent, lead, trainer or admin."));
    added.role = *role;
    added.team = body.value(QLatin1String("team")).toString();
    added.languages = stringList(body.value(QLatin1String("languages")));
    added.categories = stringList(body.value(QLatin1String("categories")));
    added.capacity = body.value(QLatin1String("capacity")).toInt(8);
    const QByteArray password = body.value(QLatin1String("password")).toString().toUtf8();
    if (added.login.isEmpty() || password.size() < 8)
        return error(422, QStringLiteral("invalid"),
                     Tr::tr("A login and a password of at least 8 characters are needed."));
    const auto hash = Passwords::hash(password);
    if (!hash)
        return error(503, QStringLiteral("unavailable"),
                     Tr::tr("The password could not be hashed."));
    auto stored = m_store->accounts().addAgent(added, *hash, nowMs());
    if (!stored)
        return error(409, QStringLiteral("conflict"), stored.error().userMessage);
    changed(stored.value().teamId);
    return json(201, stored.value().toJson());
}

HttpResponse TeamServer::updateAgent(const Agent &agent, qint64 agentId, const HttpRequest &request)
{
    if (!agent.supervises())
        return forbidden();
    auto parsed = parseBody(request, {{QStringLiteral("role"), QJsonValue::String, false},
                                      {QStringLiteral("languages"), QJsonValue::Array, false},
                                      {QStringLiteral("categories"), QJsonValue::Array, false},
                                      {QStringLiteral("capacity"), QJsonValue::Double, false}});
    if (auto *response = std::get_if<HttpResponse>(&parsed))
        return *response;
    const QJsonObject body = std::get<QJsonObject>(parsed);
    auto target = m_store->accounts().agent(agentId);
    if (!target)
        return unavailable(target.error());
    if (!target.value() || (agent.role != Role::Admin && target.value()->teamId != agent.teamId))
        return error(404, QStringLiteral("not_found"), Tr::tr("There is no such agent."));
    Agent updated = *target.value();
    if (body.contains(QLatin1String("role"))) {
        if (agent.role != Role::Admin)
            return error(403, QStringLiteral("forbidden"),
                         Tr::tr("Only an admin can change roles."));
        const auto role = roleFromString(body.value(QLatin1String("role")).toString());
        if (!role || *role == Role::Integration)
            return error(422, QStringLiteral("invalid"),
                         Tr::tr("role must be agent, lead, trainer or admin."));
        updated.role = *role;
    }
    if (body.contains(QLatin1String("languages")))
        updated.languages = stringList(body.value(QLatin1String("languages")));
    if (body.contains(QLatin1String("categories")))
        updated.categories = stringList(body.value(QLatin1String("categories")));
    if (body.contains(QLatin1String("capacity"))) {
        const int capacity = body.value(QLatin1String("capacity")).toInt(-1);
        if (capacity < 0 || capacity > 1000)
            return error(422, QStringLiteral("invalid"),
                         Tr::tr("capacity must be between 0 and 1000."));
        updated.capacity = capacity;
    }
    if (auto stored = m_store->accounts().updateAgent(updated, nowMs()); !stored)
        return unavailable(stored.error());
    changed(updated.teamId);
    return json(200, updated.toJson());
}

HttpResponse TeamServer::webhook(const QString &channel, const HttpRequest &request)
{
    if (!m_channels->takesWebhooks(channel))
        return error(404, QStringLiteral("not_found"),
                     Tr::tr("No channel here takes webhooks under that name."));
    if (request.method == "GET") {
        // The platform's subscription check: echo the challenge to whoever knows the token.
        const QByteArray given =
            request.query.queryItemValue(QStringLiteral("hub.verify_token")).toUtf8();
        if (request.query.queryItemValue(QStringLiteral("hub.mode")) != u"subscribe" ||
            !m_channels->verifyTokenMatches(channel, given))
            return error(403, QStringLiteral("forbidden"),
                         Tr::tr("The verify token does not match."));
        HttpResponse response;
        response.body = request.query.queryItemValue(QStringLiteral("hub.challenge")).toUtf8();
        response.contentType = "text/plain";
        return response;
    }
    if (request.body.size() > MAX_INGEST_BYTES)
        return error(413, QStringLiteral("too_large"), Tr::tr("The delivery is too large."));
    auto received =
        m_channels->receiveWebhook(channel, request.body, request.header("X-Hub-Signature-256"));
    if (!received) {
        if (received.error().detail == u"rejected")
            return error(403, QStringLiteral("forbidden"), received.error().userMessage);
        return unavailable(received.error());
    }
    return json(200, {{QStringLiteral("messages"), received.value()}});
}

HttpResponse TeamServer::saveReview(const Agent &agent, const HttpRequest &request)
{
    // Reviewing is a lead's work; agents read their own reviews, trainers score practice runs.
    if (!agent.supervises())
        return forbidden();
    auto parsed = parseBody(request, {{QStringLiteral("conversationId"), QJsonValue::Double},
                                      {QStringLiteral("scores"), QJsonValue::Array},
                                      {QStringLiteral("summary"), QJsonValue::String, false},
                                      {QStringLiteral("comments"), QJsonValue::Array, false}});
    if (auto *response = std::get_if<HttpResponse>(&parsed))
        return *response;
    const QJsonObject body = std::get<QJsonObject>(parsed);
    constexpr int MAX_ITEMS = 100;
    constexpr int MAX_TEXT = 4000;
    const QJsonArray scores = body.value(QLatin1String("scores")).toArray();
    const QJsonArray comments = body.value(QLatin1String("comments")).toArray();
    if (scores.size() > MAX_ITEMS || comments.size() > MAX_ITEMS)
        return error(422, QStringLiteral("invalid"),
                     Tr::tr("A review has at most %1 scores and %1 comments.").arg(MAX_ITEMS));
    QJsonArray cleanScores;
    for (const QJsonValue &value : scores) {
        const QJsonObject score = value.toObject();
        const QString title = score.value(QLatin1String("title")).toString().trimmed();
        const int weight = score.value(QLatin1String("weight")).toInt(0);
        const QJsonValue points = score.value(QLatin1String("score"));
        if (title.isEmpty() || title.size() > MAX_TEXT || weight < 1 || weight > 10 ||
            !(points.isNull() ||
              (points.isDouble() && points.toInt(-1) >= 0 && points.toInt(-1) <= 2)))
            return error(422, QStringLiteral("invalid"),
                         Tr::tr("Each score needs a title, a weight from 1 to 10 and a score of 0, "
                                "1, 2 or null."));
        cleanScores.append(QJsonObject{{QStringLiteral("title"), title},
                                       {QStringLiteral("weight"), weight},
                                       {QStringLiteral("score"), points}});
    }
    QJsonArray cleanComments;
    for (const QJsonValue &value : comments) {
        const QJsonObject comment = value.toObject();
        const QString text = comment.value(QLatin1String("text")).toString().trimmed();
        if (text.isEmpty() || text.size() > MAX_TEXT)
            return error(
                422, QStringLiteral("invalid"),
                Tr::tr("Each comment needs a text of at most %1 characters.").arg(MAX_TEXT));
        QJsonObject clean{{QStringLiteral("text"), text}};
        if (comment.contains(QLatin1String("messageId")))
            clean.insert(QStringLiteral("messageId"),
                         comment.value(QLatin1String("messageId")).toInteger());
        cleanComments.append(clean);
    }
    const QString summary = body.value(QLatin1String("summary")).toString();
    if (summary.size() > MAX_TEXT)
        return error(422, QStringLiteral("invalid"),
                     Tr::tr("The summary has at most %1 characters.").arg(MAX_TEXT));
    auto saved =
        m_store->reviews().save(agent, body.value(QLatin1String("conversationId")).toInteger(),
                                {{QStringLiteral("summary"), summary},
                                 {QStringLiteral("scores"), cleanScores},
                                 {QStringLiteral("comments"), cleanComments}},
                                nowMs());
    if (!saved)
        return unavailable(saved.error());
    if (saved.value().refusal)
        return refused(*saved.value().refusal);
    return json(201, *saved.value().value);
}

HttpResponse TeamServer::reviews(const Agent &agent, const HttpRequest &request)
{
    const QString asked = request.query.queryItemValue(QStringLiteral("agent"));
    qint64 agentId = 0;
    if (!asked.isEmpty() && asked != u"me" && !isIdentifier(asked, agentId))
        return error(422, QStringLiteral("invalid"), Tr::tr("agent must be me or an agent id."));
    if (asked == u"me")
        agentId = agent.id;
    if (agent.role == Role::Agent) {
        // An agent reads the reviews of their own work, nobody else's.
        if (agentId != 0 && agentId != agent.id)
            return forbidden();
        agentId = agent.id;
    } else if (!agent.supervises()) {
        return forbidden();
    }
    auto list = m_store->reviews().list(agent, agentId);
    if (!list)
        return unavailable(list.error());
    return json(200, {{QStringLiteral("reviews"), list.value()}});
}

HttpResponse TeamServer::routing(const Agent &agent, const HttpRequest &request)
{
    if (!agent.supervises())
        return forbidden();
    auto parsed =
        parseBody(request, {{QStringLiteral("policy"), QJsonValue::String, false},
                            {QStringLiteral("offlineGraceSecs"), QJsonValue::Double, false},
                            {QStringLiteral("sla"), QJsonValue::Object, false}});
    if (auto *response = std::get_if<HttpResponse>(&parsed))
        return *response;
    const QJsonObject body = std::get<QJsonObject>(parsed);
    std::optional<AssignmentRules::Policy> policy;
    if (body.contains(QLatin1String("policy"))) {
        policy = AssignmentRules::policyFromString(body.value(QLatin1String("policy")).toString());
        if (!policy)
            return error(422, QStringLiteral("invalid"),
                         Tr::tr("policy must be manual, round-robin or least-loaded."));
    }
    std::optional<int> grace;
    if (body.contains(QLatin1String("offlineGraceSecs"))) {
        grace = body.value(QLatin1String("offlineGraceSecs")).toInt(-1);
        if (*grace < 0 || *grace > 24 * 3600)
            return error(422, QStringLiteral("invalid"),
                         Tr::tr("offlineGraceSecs must be between 0 and 86400."));
    }
    std::optional<QByteArray> sla;
    if (body.contains(QLatin1String("sla"))) {
        const QByteArray json = QJsonDocument(body.value(QLatin1String("sla")).toObject())
                                    .toJson(QJsonDocument::Compact);
        auto checked = Triage::SlaPolicy::fromJson(json);
        if (!checked)
            return error(422, QStringLiteral("invalid"), checked.error().userMessage,
                         {{QStringLiteral("problems"), checked.error().detail}});
        sla = checked.value().toJson();
    }
    auto settings = m_store->teams().setRouting(agent.teamId, policy, grace, nowMs(), sla);
    if (!settings)
        return unavailable(settings.error());
    changed(agent.teamId);
    return json(200, settings.value());
}

} // namespace CareDesk::Server
