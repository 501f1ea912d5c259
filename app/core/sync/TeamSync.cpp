#include "TeamSync.h"

#include "Logging.h"
#include "net/HttpTransport.h"
#include "security/CredentialStore.h"

#include <protocol/ApiError.h>
#include <protocol/LiveFeed.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QWebSocket>

namespace CareDesk::Sync {

using Core::Error;
using Core::Result;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Sync::TeamSync)
};

QString messageOf(const Sdk::HttpResponse &response)
{
    if (response.status == 0)
        return Tr::tr("The team server cannot be reached (%1).").arg(response.transportError);
    const Protocol::ApiError error = Protocol::ApiError::fromBody(response.body);
    return error.message.isEmpty() ? Tr::tr("The team server answered %1.").arg(response.status)
                                   : error.message;
}

} // namespace

TeamSync::TeamSync(QSqlDatabase db, Net::HttpTransport &transport,
                   Security::CredentialStore &credentials, const Core::Clock &clock,
                   QObject *parent)
    : QObject(parent)
    , m_mirror(std::move(db), clock)
    , m_transport(transport)
    , m_credentials(credentials)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &TeamSync::connectLive);
    connect(&m_transport, &Net::HttpTransport::finished, this,
            [this](quint64 id, const Sdk::HttpResponse &response) {
                const auto pending = m_pending.find(id);
                if (pending == m_pending.end())
                    return;
                Answer answer = std::move(pending->second);
                m_pending.erase(pending);
                answer(response);
            });
}

TeamSync::~TeamSync()
{
    if (m_live)
        m_live->disconnect(this);
}

QString TeamSync::serverKey(const QUrl &server)
{
    return server.adjusted(QUrl::StripTrailingSlash | QUrl::RemovePath | QUrl::RemoveQuery)
        .toString();
}

QString TeamSync::credentialKey(const QUrl &server, const QString &login)
{
    return QStringLiteral("caredesk-team/") + serverKey(server) + QLatin1Char('/') + login;
}

int TeamSync::reconnectDelayMs(int failures)
{
    return std::min(30000, 1000 << std::min(std::max(failures - 1, 0), 5));
}

void TeamSync::setState(State state, const QString &detail)
{
    if (m_state == state && detail.isEmpty())
        return;
    m_state = state;
    Q_EMIT stateChanged(state, detail);
}

void TeamSync::call(const QByteArray &method, const QString &path, const QJsonObject &body,
                    Answer answer)
{
    Sdk::HttpRequest request;
    request.method = method;
    request.url = QUrl(serverKey(m_server) + path);
    request.headers.append(
        qMakePair(QByteArrayLiteral("Authorization"), QByteArray("Bearer " + m_token)));
    request.headers.append(
        qMakePair(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")));
    if (method != "GET")
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.timeoutMs = 15000;
    // The largest answer is the review list: up to 500 reviews, each sent in a body of up to
    // 64 KiB (the server's default limit), so about 32 MiB.
    request.maxResponseBytes = 64 * 1024 * 1024;
    m_pending.emplace(m_transport.start(request), std::move(answer));
}

void TeamSync::signIn(const QUrl &server, const QString &login, const QString &password)
{
    m_server = server;
    m_login = login;
    m_token.clear();
    setState(State::Connecting);
    call("POST", QStringLiteral("/v1/sessions"),
         {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}},
         [this](const Sdk::HttpResponse &response) {
             if (response.status != 201) {
                 setState(State::SignedOut, messageOf(response));
                 Q_EMIT failed(messageOf(response));
                 return;
             }
             const QJsonObject answer = QJsonDocument::fromJson(response.body).object();
             m_token = answer.value(QLatin1String("token")).toString().toLatin1();
             if (auto remembered = m_mirror.remember(serverKey(m_server), m_login); !remembered)
                 Q_EMIT failed(remembered.error().userMessage);
             m_credentials.write(credentialKey(m_server, m_login), QString::fromLatin1(m_token),
                                 this, [this](Result<void> written) {
                                     if (!written)
                                         Q_EMIT failed(
                                             Tr::tr("Signed in, but the keychain did not keep the "
                                                    "session: you will be asked to sign in "
                                                    "again next time. (%1)")
                                                 .arg(written.error().userMessage));
                                 });
             Q_EMIT signedIn(answer.value(QLatin1String("agent")).toObject());
             connectLive();
         });
}

void TeamSync::resume(const QUrl &server, const QString &login)
{
    m_server = server;
    m_login = login;
    setState(State::Connecting);
    m_credentials.read(credentialKey(server, login), this, [this](Result<QString> token) {
        if (!token || token.value().isEmpty()) {
            setState(State::SignedOut, Tr::tr("Sign in to the team server."));
            return;
        }
        m_token = token.value().toLatin1();
        connectLive();
    });
}

void TeamSync::signOut(bool everywhere)
{
    m_reconnect.stop();
    if (m_live) {
        m_live->disconnect(this);
        m_live->close();
        m_live.release()->deleteLater();
    }
    if (!m_token.isEmpty())
        call("DELETE",
             everywhere ? QStringLiteral("/v1/sessions") : QStringLiteral("/v1/sessions/current"),
             {}, [](const Sdk::HttpResponse &) {});
    m_credentials.remove(credentialKey(m_server, m_login), this, [](Result<void>) {});
    m_token.clear();
    setState(State::SignedOut);
}

void TeamSync::connectLive()
{
    if (m_token.isEmpty())
        return;
    if (m_live) {
        m_live->disconnect(this);
        m_live.release()->deleteLater();
    }
    setState(State::Connecting);
    m_live = std::make_unique<QWebSocket>();
    connect(m_live.get(), &QWebSocket::connected, this, [this] {
        auto since = m_mirror.revision(serverKey(m_server));
        Protocol::DeskMessage hello;
        hello.type = Protocol::DeskMessage::Type::Hello;
        hello.token = QString::fromLatin1(m_token);
        hello.since = since ? since.value() : 0;
        m_live->sendTextMessage(hello.toText());
    });
    connect(m_live.get(), &QWebSocket::textMessageReceived, this, &TeamSync::onLive);
    connect(m_live.get(), &QWebSocket::disconnected, this, &TeamSync::onDisconnected);
    QUrl url(serverKey(m_server) + QStringLiteral("/v1/events"));
    url.setScheme(url.scheme() == u"https" ? QStringLiteral("wss") : QStringLiteral("ws"));
    m_live->open(url);
}

void TeamSync::onLive(const QString &text)
{
    const Protocol::FeedMessage message = Protocol::FeedMessage::fromText(text);
    switch (message.type) {
    case Protocol::FeedMessage::Type::Changes: {
        auto applied = m_mirror.apply(serverKey(m_server), message.changes);
        if (!applied) {
            // The revision did not move: the same changes come again after reconnecting.
            qCWarning(lcSync) << "team changes not applied, asking again:"
                              << applied.error().detail;
            Q_EMIT failed(applied.error().userMessage);
            m_live->close();
            return;
        }
        if (applied.value() > 0)
            Q_EMIT mirrorChanged();
        break;
    }
    case Protocol::FeedMessage::Type::Activity:
        Q_EMIT teammateActive(message.activity.conversationId, message.activity.agentName,
                              message.activity.what);
        break;
    case Protocol::FeedMessage::Type::Welcome:
        m_failures = 0;
        setState(State::Online);
        flushOutbox();
        break;
    case Protocol::FeedMessage::Type::Error:
        if (message.errorCode == u"unauthorized") {
            // The session ended (signed out elsewhere, expired): ask for the password again.
            m_token.clear();
            setState(State::SignedOut, message.errorMessage);
        }
        break;
    case Protocol::FeedMessage::Type::Pong:
    case Protocol::FeedMessage::Type::Unknown:
        break;
    }
}

void TeamSync::onDisconnected()
{
    if (m_state == State::SignedOut)
        return;
    ++m_failures;
    setState(
        State::Offline,
        Tr::tr("Offline: working from this computer's copy; changes are sent when the team server "
               "is back."));
    m_reconnect.start(reconnectDelayMs(m_failures));
}

Result<QString> TeamSync::reply(qint64 serverConversationId, const QString &text, bool isPublic)
{
    auto queued = m_mirror.queueReply(serverConversationId, isPublic, text);
    if (!queued)
        return queued.error();
    if (m_state == State::Online)
        flushOutbox();
    return queued.value().clientId;
}

void TeamSync::flushOutbox()
{
    if (m_flushing || m_state != State::Online)
        return;
    auto waiting = m_mirror.replies(QStringLiteral("waiting"));
    if (!waiting || waiting.value().isEmpty())
        return;
    // One at a time, oldest first, so that replies reach the customer in the order written.
    m_flushing = true;
    const TeamReply next = waiting.value().constFirst();
    QJsonObject body{{QStringLiteral("clientId"), next.clientId},
                     {QStringLiteral("text"), next.text},
                     {QStringLiteral("visibility"),
                      next.isPublic ? QStringLiteral("public") : QStringLiteral("private")},
                     {QStringLiteral("baseRev"), next.baseRev}};
    // A reply the agent had machine-translated says what they wrote, for the whole team.
    if (auto source = m_mirror.translatedFrom(next); source && !source.value().isEmpty())
        body.insert(QStringLiteral("translatedFrom"), source.value().toJson());
    call("POST", QStringLiteral("/v1/conversations/%1/replies").arg(next.serverConversationId),
         body, [this, next](const Sdk::HttpResponse &response) {
             m_flushing = false;
             if (response.status == 200 || response.status == 201) {
                 (void)m_mirror.settleReply(next.clientId, QStringLiteral("accepted"), {});
                 flushOutbox();
             } else if (response.status >= 400 && response.status < 500) {
                 // Refused for good (someone else holds the case, it changed meanwhile): the agent
                 // decides.
                 (void)m_mirror.settleReply(next.clientId, QStringLiteral("refused"),
                                            messageOf(response));
                 Q_EMIT refused(next.serverConversationId, messageOf(response));
                 flushOutbox();
             }
             // Otherwise (no answer, 5xx) it stays waiting for the next connection.
         });
}

void TeamSync::act(qint64 serverConversationId, const QString &action, const QJsonObject &body)
{
    if (m_token.isEmpty()) {
        Q_EMIT refused(serverConversationId, Tr::tr("Sign in to the team server first."));
        return;
    }
    call("POST", QStringLiteral("/v1/conversations/%1/%2").arg(serverConversationId).arg(action),
         body, [this, serverConversationId](const Sdk::HttpResponse &response) {
             if (response.status != 200)
                 Q_EMIT refused(serverConversationId, messageOf(response));
             // Success arrives as a change on the live feed, like everyone else's.
         });
}

void TeamSync::claim(qint64 serverConversationId)
{
    act(serverConversationId, QStringLiteral("claim"), {});
}

void TeamSync::release(qint64 serverConversationId)
{
    act(serverConversationId, QStringLiteral("release"), {});
}

void TeamSync::setStatus(qint64 serverConversationId, const QString &status)
{
    act(serverConversationId, QStringLiteral("status"), {{QStringLiteral("status"), status}});
}

void TeamSync::escalate(qint64 serverConversationId, const QString &target, const QString &reason,
                        const QString &note)
{
    act(serverConversationId, QStringLiteral("escalate"),
        {{QStringLiteral("target"), target},
         {QStringLiteral("reason"), reason},
         {QStringLiteral("note"), note}});
}

void TeamSync::announce(qint64 serverConversationId, const QString &what)
{
    if (m_state != State::Online || !m_live)
        return;
    Protocol::DeskMessage activity;
    activity.type = what == u"typing" ? Protocol::DeskMessage::Type::Typing
                                      : Protocol::DeskMessage::Type::Viewing;
    activity.conversationId = serverConversationId;
    m_live->sendTextMessage(activity.toText());
}

void TeamSync::addNote(qint64 serverConversationId, const QString &text)
{
    if (m_token.isEmpty()) {
        Q_EMIT refused(serverConversationId, Tr::tr("Sign in to the team server first."));
        return;
    }
    call("POST", QStringLiteral("/v1/conversations/%1/notes").arg(serverConversationId),
         {{QStringLiteral("text"), text}},
         [this, serverConversationId](const Sdk::HttpResponse &response) {
             if (response.status != 201)
                 Q_EMIT refused(serverConversationId, messageOf(response));
         });
}

void TeamSync::submitReview(const QJsonObject &review)
{
    if (m_token.isEmpty()) {
        Q_EMIT reviewRefused(Tr::tr("Sign in to the team server first."));
        return;
    }
    call("POST", QStringLiteral("/v1/reviews"), review, [this](const Sdk::HttpResponse &response) {
        if (response.status != 201)
            Q_EMIT reviewRefused(messageOf(response));
    });
}

void TeamSync::fetchQueue(
    const std::function<void(Core::Result<std::pair<QJsonArray, QJsonObject>>)> &done)
{
    if (m_token.isEmpty()) {
        done(Core::Error{Tr::tr("Sign in to the team server first."), {}});
        return;
    }
    call("GET", QStringLiteral("/v1/agents"), {}, [this, done](const Sdk::HttpResponse &agents) {
        if (agents.status != 200) {
            done(Core::Error{messageOf(agents), QString::number(agents.status)});
            return;
        }
        const QJsonArray list =
            QJsonDocument::fromJson(agents.body).object().value(QLatin1String("agents")).toArray();
        call("GET", QStringLiteral("/v1/routing"), {},
             [done, list](const Sdk::HttpResponse &routing) {
                 if (routing.status != 200) {
                     done(Core::Error{messageOf(routing), QString::number(routing.status)});
                     return;
                 }
                 done(std::pair{list, QJsonDocument::fromJson(routing.body).object()});
             });
    });
}

void TeamSync::setRouting(const QJsonObject &settings,
                          const std::function<void(Core::Result<QJsonObject>)> &done)
{
    if (m_token.isEmpty()) {
        done(Core::Error{Tr::tr("Sign in to the team server first."), {}});
        return;
    }
    call("PUT", QStringLiteral("/v1/routing"), settings, [done](const Sdk::HttpResponse &response) {
        if (response.status != 200) {
            done(Core::Error{messageOf(response),
                             QString::fromUtf8(response.body)}); // the body names each problem
            return;
        }
        done(QJsonDocument::fromJson(response.body).object());
    });
}

void TeamSync::callForObject(const QByteArray &method, const QString &path, const QJsonObject &body,
                             const std::function<void(Core::Result<QJsonObject>)> &done)
{
    if (m_token.isEmpty()) {
        done(Core::Error{Tr::tr("Sign in to the team server first."), {}});
        return;
    }
    call(method, path, body, [done](const Sdk::HttpResponse &response) {
        if (response.status != 200) {
            done(Core::Error{messageOf(response), QString::number(response.status)});
            return;
        }
        done(QJsonDocument::fromJson(response.body).object());
    });
}

namespace {

Core::Result<QStringList> wordsIn(const Sdk::HttpResponse &response)
{
    if (response.status != 200)
        return Core::Error{messageOf(response), QString::number(response.status)};
    QStringList words;
    const QJsonArray listed =
        QJsonDocument::fromJson(response.body).object().value(QLatin1String("words")).toArray();
    for (const QJsonValue &word : listed)
        words.append(word.toString());
    return words;
}

} // namespace

void TeamSync::fetchTranslationSettings(const std::function<void(Core::Result<QByteArray>)> &done)
{
    if (m_token.isEmpty()) {
        done(Core::Error{Tr::tr("Sign in to the team server first."), {}});
        return;
    }
    call("GET", QStringLiteral("/v1/translation-settings"), {},
         [done](const Sdk::HttpResponse &response) {
             if (response.status != 200) {
                 done(Core::Error{messageOf(response), QString::number(response.status)});
                 return;
             }
             const QJsonValue settings =
                 QJsonDocument::fromJson(response.body).object().value(QLatin1String("settings"));
             done(settings.isObject()
                      ? QJsonDocument(settings.toObject()).toJson(QJsonDocument::Compact)
                      : QByteArray());
         });
}

void TeamSync::shareTranslationSettings(const QByteArray &settings,
                                        const std::function<void(Core::Result<void>)> &done)
{
    if (m_token.isEmpty()) {
        done(Core::Error{Tr::tr("Sign in to the team server first."), {}});
        return;
    }
    call("PUT", QStringLiteral("/v1/translation-settings"),
         QJsonObject{{QStringLiteral("settings"), QJsonDocument::fromJson(settings).object()}},
         [done](const Sdk::HttpResponse &response) {
             if (response.status != 200) {
                 done(Core::Error{messageOf(response), QString::number(response.status)});
                 return;
             }
             done(Core::Result<void>{});
         });
}

void TeamSync::fetchTeamWords(const std::function<void(Core::Result<QStringList>)> &done)
{
    if (m_token.isEmpty()) {
        done(Core::Error{Tr::tr("Sign in to the team server first."), {}});
        return;
    }
    call("GET", QStringLiteral("/v1/team-dictionary"), {},
         [done](const Sdk::HttpResponse &response) { done(wordsIn(response)); });
}

void TeamSync::changeTeamWords(const QStringList &add, const QStringList &remove,
                               const std::function<void(Core::Result<QStringList>)> &done)
{
    if (m_token.isEmpty()) {
        done(Core::Error{Tr::tr("Sign in to the team server first."), {}});
        return;
    }
    call("POST", QStringLiteral("/v1/team-dictionary"),
         QJsonObject{{QStringLiteral("add"), QJsonArray::fromStringList(add)},
                     {QStringLiteral("remove"), QJsonArray::fromStringList(remove)}},
         [done](const Sdk::HttpResponse &response) { done(wordsIn(response)); });
}

void TeamSync::fetchOwnReviews(const std::function<void(Core::Result<QJsonArray>)> &done)
{
    if (m_token.isEmpty()) {
        done(Core::Error{Tr::tr("Sign in to the team server first."), {}});
        return;
    }
    call("GET", QStringLiteral("/v1/reviews?agent=me"), {},
         [done](const Sdk::HttpResponse &response) {
             if (response.status != 200) {
                 done(Core::Error{messageOf(response), QString::number(response.status)});
                 return;
             }
             done(QJsonDocument::fromJson(response.body)
                      .object()
                      .value(QLatin1String("reviews"))
                      .toArray());
         });
}

void TeamSync::transfer(qint64 serverConversationId, const QString &who)
{
    if (m_token.isEmpty()) {
        Q_EMIT refused(serverConversationId, Tr::tr("Sign in to the team server first."));
        return;
    }
    // The server knows teammates by id; the agent knows them by name.
    call("GET", QStringLiteral("/v1/agents"), {},
         [this, serverConversationId, who](const Sdk::HttpResponse &response) {
             if (response.status != 200) {
                 Q_EMIT refused(serverConversationId, messageOf(response));
                 return;
             }
             const QJsonArray agents = QJsonDocument::fromJson(response.body)
                                           .object()
                                           .value(QLatin1String("agents"))
                                           .toArray();
             for (const QJsonValue &value : agents) {
                 const QJsonObject agent = value.toObject();
                 if (agent.value(QLatin1String("login"))
                             .toString()
                             .compare(who, Qt::CaseInsensitive) == 0 ||
                     agent.value(QLatin1String("name"))
                             .toString()
                             .compare(who, Qt::CaseInsensitive) == 0) {
                     act(serverConversationId, QStringLiteral("transfer"),
                         {{QStringLiteral("agentId"),
                           agent.value(QLatin1String("id")).toInteger()}});
                     return;
                 }
             }
             Q_EMIT refused(serverConversationId,
                            Tr::tr("Nobody called %1 is on your team.").arg(who));
         });
}

} // namespace CareDesk::Sync
