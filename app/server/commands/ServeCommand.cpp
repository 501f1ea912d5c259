#include "ServeCommand.h"

#include "Clock.h"
#include "Console.h"
#include "LimitOptions.h"
#include "ServerCommandLine.h"
#include "server/ServerDatabase.h"
#include "server/TeamServer.h"

#include <QCoreApplication>

namespace CareDesk::Server::ServeCommand {

using Console::fail;

namespace {

QString described(const Core::Error &error)
{
    return error.userMessage + QStringLiteral(" (") + error.detail + QStringLiteral(")");
}

// TLS and the team's channels, as the command line and config file say; an exit code when
// the server cannot start with them.
std::optional<int> configure(TeamServer &server, const ServerCommandLine &commandLine, bool &tls)
{
    const QString tlsCert = commandLine.value(commandLine.tlsCert);
    const QString tlsKey = commandLine.value(commandLine.tlsKey);
    if (tlsCert.isEmpty() != tlsKey.isEmpty())
        return fail(2, QCoreApplication::translate("caredesk-server",
                                                   "--tls-cert and --tls-key go together."));
    ServerLimits limits;
    if (auto invalid = LimitOptions::apply(commandLine.limitSettings(), limits))
        return fail(2, *invalid);
    server.setLimits(limits);
    tls = !tlsCert.isEmpty();
    if (tls)
        if (auto configured = server.useTls(tlsCert, tlsKey); !configured)
            return fail(1, described(configured.error()));
    for (const QString &file : commandLine.channelFiles())
        if (auto added = server.addChannel(file); !added)
            return fail(1, file + QStringLiteral(": ") + added.error().userMessage);
    return std::nullopt;
}

} // namespace

int run(std::unique_ptr<ServerDatabase> database, const ServerCommandLine &commandLine,
        const QHostAddress &address, quint16 port)
{
    const Core::SystemClock clock;
    auto server =
        TeamServer::create(std::move(database), commandLine.value(commandLine.data), clock);
    if (!server)
        return fail(1, described(server.error()));
    bool tls = false;
    if (auto failed = configure(*server.value(), commandLine, tls))
        return *failed;
    server.value()->startChannels();
    auto bound = server.value()->listen(address, port);
    if (!bound)
        return fail(1, bound.error().userMessage);
    Console::say(
        QCoreApplication::translate("caredesk-server", "CareDesk server listening on %1://%2:%3/")
            .arg(tls ? QStringLiteral("https") : QStringLiteral("http"), address.toString())
            .arg(bound.value()));
    return QCoreApplication::exec();
}

} // namespace CareDesk::Server::ServeCommand
