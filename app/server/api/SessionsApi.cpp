#include "SessionsApi.h"

#include "server/ChangeFanout.h"

#include "Clock.h"
#include "server/Passwords.h"
#include "server/http/JsonBody.h"
#include "server/store/AccountStore.h"
#include "server/store/LoginRecords.h"
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

SessionsApi::SessionsApi(AccountStore &accounts, SessionStore &sessions, LoginRecords &logins,
                         ChangeFanout &fanout, const Core::Clock &clock)
    : m_accounts(accounts)
    , m_sessions(sessions)
    , m_fanout(fanout)
    , m_clock(clock)
    , m_guard(logins)
{}

void SessionsApi::setLimits(const LoginLimits &limits)
{
    m_guard.setLimits(limits);
    m_checks.setLimits(limits.checks);
}

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

HttpResponse SessionsApi::login(const ApiCall &call)
{
    const QString address = call.request.remoteAddress.toString();
    const qint64 now = nowMs();
    // From memory, before the body is even parsed: a flood costs the server next to nothing.
    if (auto refused = m_guard.admitAddress(address, now))
        return *refused;
    auto parsed = JsonBody::parse(call.request, {{QStringLiteral("login"), QJsonValue::String},
                                                 {QStringLiteral("password"), QJsonValue::String}});
    if (auto *response = std::get_if<HttpResponse>(&parsed))
        return *response;
    const QJsonObject body = std::get<QJsonObject>(parsed);
    const QString login = body.value(QLatin1String("login")).toString();
    const QByteArray password = body.value(QLatin1String("password")).toString().toUtf8();
    if (auto refused = m_guard.admitLogin(login, address, now))
        return *refused;
    auto found = m_accounts.agentByLogin(login);
    if (!found)
        return HttpResponse::unavailable(found.error());
    // An unknown login costs as much as a wrong password, so timing tells nothing.
    static const QString unknownLoginHash =
        Passwords::hash(QByteArrayLiteral("no such account")).value_or(QString());
    const std::optional<std::pair<Agent, QString>> account = found.value();
    const QString hash = account ? account->second : unknownLoginHash;
    auto pending = std::make_shared<PendingResponse>();
    const auto admission = m_checks.check(address, hash, password, [=, this](bool valid) {
        pending->resolve(finishLogin(login, address, account, valid && account.has_value()));
    });
    switch (admission) {
    case PasswordChecks::Admission::Queued:
        return HttpResponse::deferred(pending);
    case PasswordChecks::Admission::AddressBusy:
        return HttpResponse::error(429, QStringLiteral("too_many_requests"),
                                   Tr::tr("Too many logins from your address at once. Wait for "
                                          "the ones under way."));
    case PasswordChecks::Admission::Busy:
        break;
    }
    HttpResponse busy = HttpResponse::error(
        503, QStringLiteral("busy"), Tr::tr("The server is checking many logins. Try again."));
    busy.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("2")});
    return busy;
}

HttpResponse SessionsApi::finishLogin(const QString &login, const QString &address,
                                      const std::optional<std::pair<Agent, QString>> &account,
                                      bool valid)
{
    const qint64 now = nowMs();
    if (!valid) {
        if (auto recorded = m_guard.failed(login, address, now); !recorded)
            return HttpResponse::unavailable(recorded.error());
        return HttpResponse::error(401, QStringLiteral("unauthorized"),
                                   Tr::tr("The login or password is not right."));
    }
    if (auto recorded = m_guard.succeeded(login, address, now); !recorded)
        return HttpResponse::unavailable(recorded.error());
    auto token = m_sessions.createSession(account->first.id, now, SESSION_LIFETIME_MS);
    if (!token)
        return HttpResponse::unavailable(token.error());
    return HttpResponse::json(201, {{QStringLiteral("token"), QString::fromLatin1(token.value())},
                                    {QStringLiteral("agent"), account->first.toJson()}});
}

HttpResponse SessionsApi::logout(const ApiCall &call)
{
    if (auto ended = m_sessions.endSession(call.request.authorization.mid(7).trimmed()); !ended)
        return HttpResponse::unavailable(ended.error());
    m_fanout.accessChanged();
    return HttpResponse::noContent();
}

HttpResponse SessionsApi::logoutEverywhere(const ApiCall &call)
{
    auto ended = m_sessions.endSessionsOf(call.caller.id);
    if (!ended)
        return HttpResponse::unavailable(ended.error());
    m_fanout.accessChanged();
    return HttpResponse::json(200, {{QStringLiteral("sessionsEnded"), ended.value()}});
}

HttpResponse SessionsApi::me(const ApiCall &call)
{
    return HttpResponse::json(200, call.caller.toJson());
}

} // namespace CareDesk::Server
