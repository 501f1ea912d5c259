#pragma once

#include "HttpServerAdapter.h"
#include "Result.h"

#include <memory>

namespace CareDesk::Server {

class ServerDatabase;

// The /v1 API and health check, over one server database.
class TeamServer final
{
public:
    explicit TeamServer(std::unique_ptr<ServerDatabase> database);
    ~TeamServer();

    Core::Result<quint16> listen(const QHostAddress &address, quint16 port);
    HttpResponse handle(const HttpRequest &request);

private:
    HttpResponse health();

    std::unique_ptr<ServerDatabase> m_database;
    HttpServerAdapter m_http;
};

} // namespace CareDesk::Server
