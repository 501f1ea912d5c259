#pragma once

#include "api/LoginGuard.h"
#include "http/HttpLimits.h"
#include "store/SessionStore.h"

namespace CareDesk::Server {

// Everything `caredesk-server serve --limit NAME=VALUE` sets: what a connection and a request
// may cost, how many logins are taken, and how long an unused session lives.
struct ServerLimits
{
    HttpLimits http;
    LoginLimits logins;
    qint64 sessionIdleMs = SessionStore::DEFAULT_IDLE_MS;
};

} // namespace CareDesk::Server
