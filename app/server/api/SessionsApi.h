#pragma once

#include "LoginGuard.h"
#include "RouteTable.h"

#include "server/PasswordChecks.h"

#include <optional>
#include <variant>

namespace CareDesk::Core {
class Clock;
}

namespace CareDesk::Server {

class AccountStore;
class ChangeFanout;
class LoginRecords;
class SessionStore;

// Signing in and out: POST /v1/sessions, DELETE /v1/sessions/current (this session) and
// DELETE /v1/sessions (every session of the caller: "sign out everywhere"), GET /v1/me, and
// the bearer token every other route checks. A password is checked off the event loop, once
// the login guard lets the attempt through.
class SessionsApi final
{
public:
    // `fanout` hears of a session that ended, so that its live feeds close at once.
    SessionsApi(AccountStore &accounts, SessionStore &sessions, LoginRecords &logins,
                ChangeFanout &fanout, const Core::Clock &clock);

    void setLimits(const LoginLimits &limits);

    // The agent (or integration) the request's bearer token belongs to, or the 401 (503).
    std::variant<Agent, HttpResponse> authenticate(const HttpRequest &request);

    HttpResponse login(const ApiCall &call);
    HttpResponse logout(const ApiCall &call);
    HttpResponse logoutEverywhere(const ApiCall &call);
    HttpResponse me(const ApiCall &call);

    static constexpr qint64 SESSION_LIFETIME_MS = 14LL * 24 * 60 * 60 * 1000;
    // Failed logins allowed per account and address before further tries wait.
    static constexpr int MAX_FAILED_LOGINS = LoginLimits{}.freeFailures;
    static constexpr qint64 LOGIN_WINDOW_MS = LoginLimits{}.windowMs;

    LoginGuard &guard() { return m_guard; }

private:
    qint64 nowMs() const;
    // The answer once the password was checked: a session, or 401.
    HttpResponse finishLogin(const QString &login, const QString &address,
                             const std::optional<std::pair<Agent, QString>> &account, bool valid);

    AccountStore &m_accounts;
    SessionStore &m_sessions;
    ChangeFanout &m_fanout;
    const Core::Clock &m_clock;
    LoginGuard m_guard;
    PasswordChecks m_checks;
};

} // namespace CareDesk::Server
