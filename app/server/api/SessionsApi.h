#pragma once

#include "RouteTable.h"

#include <optional>
#include <variant>

namespace CareDesk::Core {
class Clock;
}

namespace CareDesk::Server {

class AccountStore;
class ChangeFanout;
class SessionStore;

// Signing in and out: POST /v1/sessions, DELETE /v1/sessions/current, GET /v1/me, and the
// bearer token every other route checks.
class SessionsApi final
{
public:
    // `fanout` hears of a session that ended, so that its live feeds close at once.
    SessionsApi(AccountStore &accounts, SessionStore &sessions, ChangeFanout &fanout,
                const Core::Clock &clock);

    // The agent (or integration) the request's bearer token belongs to, or the 401 (503).
    std::variant<Agent, HttpResponse> authenticate(const HttpRequest &request);

    HttpResponse login(const ApiCall &call);
    HttpResponse logout(const ApiCall &call);
    HttpResponse me(const ApiCall &call);

    static constexpr qint64 SESSION_LIFETIME_MS = 14LL * 24 * 60 * 60 * 1000;
    // Failed logins allowed per account in LOGIN_WINDOW_MS before further tries wait.
    static constexpr int MAX_FAILED_LOGINS = 5;
    static constexpr qint64 LOGIN_WINDOW_MS = 15 * 60 * 1000;

private:
    qint64 nowMs() const;
    // 429 with Retry-After while `login` has had too many wrong passwords lately.
    std::optional<HttpResponse> throttled(const QString &login, qint64 now);

    AccountStore &m_accounts;
    SessionStore &m_sessions;
    ChangeFanout &m_fanout;
    const Core::Clock &m_clock;
};

} // namespace CareDesk::Server
