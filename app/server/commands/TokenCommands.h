#pragma once

#include <QStringList>

namespace CareDesk::Server {

class ServerCommandLine;
class ServerDatabase;

// `caredesk-server token add|remove NAME [--team T]`: tokens other systems use to send items
// to POST /v1/ingest, and nothing else.
namespace TokenCommands {

int run(const QStringList &command, const ServerCommandLine &commandLine, ServerDatabase &database);

} // namespace TokenCommands

} // namespace CareDesk::Server
