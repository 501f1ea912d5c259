#pragma once

#include <QHostAddress>

#include <memory>

namespace CareDesk::Server {

class ServerCommandLine;
class ServerDatabase;

// `caredesk-server` with no command: runs the team server until the program is stopped.
namespace ServeCommand {

int run(std::unique_ptr<ServerDatabase> database, const ServerCommandLine &commandLine,
        const QHostAddress &address, quint16 port);

} // namespace ServeCommand

} // namespace CareDesk::Server
