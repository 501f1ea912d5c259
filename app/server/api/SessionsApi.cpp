#include "SessionsApi.h"

#include "server/ChangeFanout.h"

#include "Clock.h"
#include "server/Passwords.h"
#include "server/http/JsonBody.h"
#include "server/store/AccountStore.h"
#include "server/store/SessionStore.h"

#include <QCoreApplication>

namespace CareDesk::Server {

namespace {

// The catalogs know these messages under the context of the server as one class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Server::TeamServer)
};

const QByteArray BEARER = QByteArrayLiteral("Bearer ");

} // namespace

SessionsApi::SessionsApi(AccountStore &accounts, SessionStore &sessions, ChangeFanout &fanout,
                         const Core::Clock &clock)
    : m_accounts(accounts)
    , m_sessions(sessions)
    , m_fanout(fanout)
    , m_clock(clock)
{}

qint64 SessionsApi::nowMs() const
{
    return m_clock.now().toMSecsSinceEpoch();
}

std::variant<Agent, HttpResponse> SessionsApi::authenticate(const HttpRequest &request)
{
    if (!request.authorization.startsWith(BEARER))
        return HttpResponse::error(401, QStringLiteral("unauthorized"),
                                   Tr::tr("Log in first: this needs a session token."));
    auto agent =
        m_sessions.agentForToken(request.authorization.mid(BEARER.size()).trimmed(), nowMs());
    if (!agent)
        return HttpResponse::unavailable(agent.error());
    if (!agent.value())
        return HttpResponse::error(401, QStringLiteral("unauthorized"),
                                   Tr::tr("The session token is not valid. Log in again."));
    return *agent.value();
}

std::optional<HttpResponse> SessionsApi::throttled(const QString &login, qint64 now)
{
    // Kept in the database, so that no server instance and no restart resets the count.
    auto failures = m_sessions.loginFailures(login, now - LOGIN_WINDOW_MS);
    if (!failures)
        return HttpResponse::unavailable(failures.error());
    if (failures.value().size() < MAX_FAILED_LOGINS)
        return std::nullopt;
    const qint64 retryAfterSecs = (failures.value().first() + LOGIN_WINDOW_MS - now) / 1000 + 1;
    HttpResponse response = HttpResponse::error(
        429, QStringLiteral("too_many_attempts"),
        Tr::tr("Too many failed logins. Try again in %1 minutes.").arg((retryAfterSecs + 59) / 60));
    response.headers.append(
        std::pair<QByteArray, QByteArray>("Retry-After", QByteArray::number(retryAfterSecs)));
    return response;
}

HttpResponse SessionsApi::login(const ApiCall &call)
{
    auto parsed = JsonBody::parse(call.request, {{QStringLiteral("login"), QJsonValue::String},
                                                 {QStringLiteral("password"), QJsonValue::String}});
    if (auto *response = std::get_if<HttpResponse>(&parsed))
        return *response;
    const QJsonObject body = std::get<QJsonObject>(parsed);
    const QString login = body.value(QLatin1String("login")).toString();
    const QByteArray password = body.value(QLatin1String("password")).toString().toUtf8();

    const qint64 now = nowMs();
    if (auto refused = throttled(login, now))
        return *refused;
    auto found = m_accounts.agentByLogin(login);
    if (!found)
        return HttpResponse::unavailable(found.error());
    // An unknown login costs as much as a wrong password, so timing tells nothing.
    static const QString unknownLoginHash =
        Passwords::hash(QByteArrayLiteral("no such account")).value_or(QString());
    const bool valid = found.value() ? Passwords::verify(found.value()->second, password)
                                     : (Passwords::verify(unknownLoginHash, password), false);
    if (!valid) {
        if (auto recorded = m_sessions.recordLoginFailure(login, now); !recorded)
            return HttpResponse::unavailable(recorded.error());
        return HttpResponse::error(401, QStringLiteral("unauthorized"),
                                   Tr::tr("The login or password is not right."));
    }
    if (auto cleared = m_sessions.clearLoginFailures(login); !cleared)
        return HttpResponse::unavailable(cleared.error());
    auto token = m_sessions.createSession(found.value()->first.id, now, SESSION_LIFETIME_MS);
    if (!token)
        return HttpResponse::unavailable(token.error());
    return HttpResponse::json(201, {{QStringLiteral("token"), QString::fromLatin1(token.value())},
                                    {QStringLiteral("agent"), found.value()->first.toJson()}});
}

HttpResponse SessionsApi::logout(const ApiCall &call)
{
    if (auto ended = m_sessions.endSession(call.request.authorization.mid(7).trimmed()); !ended)
        return HttpResponse::unavailable(ended.error());
    m_fanout.accessChanged();
    return HttpResponse::noContent();
}

HttpResponse SessionsApi::me(const ApiCall &call)
{
    return HttpResponse::json(200, call.caller.toJson());
}

} // namespace CareDesk::Server
