#include "ServeCommand.h"

#include "Clock.h"
#include "Console.h"
#include "LimitOptions.h"
#include "ServerCommandLine.h"
#include "server/ServerDatabase.h"
#include "server/TeamServer.h"
#include "server/http/ClientAddress.h"

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
    for (const QString &proxy : commandLine.values(commandLine.trustedProxy)) {
        const QHostAddress address(proxy);
        if (address.isNull())
            return fail(2, QCoreApplication::translate(
                               "caredesk-server",
                               "--trusted-proxy takes an IP address, such as 127.0.0.1; \"%1\" "
                               "is not one.")
                               .arg(proxy));
        limits.http.trustedProxies.append(plainAddress(address));
    }
    server.setLimits(limits);
    tls = !tlsCert.isEmpty();
    if (tls)
        if (auto configured = server.useTls(tlsCert, tlsKey); !configured)
            return fail(1, described(configured.error()));
    for (const QString &file : commandLine.values(commandLine.channel))
        if (auto added = server.addChannel(file); !added)
            return fail(1, file + QStringLiteral(": ") + added.error().userMessage);
    if (const QString crm = commandLine.value(commandLine.crm); !crm.isEmpty())
        if (auto set = server.setCrm(crm); !set)
            return fail(1, crm + QStringLiteral(": ") + set.error().userMessage);
    return std::nullopt;
}

// Plain HTTP where other machines can reach it sends passwords and session tokens across the
// network unencrypted: refused unless the operator says otherwise, and then shouted about.
// Loopback addresses (127.0.0.0/8, ::1) stay on this machine and are fine.
std::optional<int> checkPlainHttp(const ServerCommandLine &commandLine, const QHostAddress &address,
                                  quint16 port)
{
    if (!commandLine.value(commandLine.tlsCert).isEmpty() || address.isLoopback())
        return std::nullopt;
    const QString where = QStringLiteral("%1:%2").arg(address.toString()).arg(port);
    if (!commandLine.isSet(commandLine.allowInsecureHttp))
        return fail(2, QCoreApplication::translate(
                           "caredesk-server",
                           "Refusing to serve plain HTTP on %1, which other machines can reach: "
                           "passwords and session tokens would cross the network unencrypted. "
                           "Give --tls-cert and --tls-key, or listen on 127.0.0.1 behind a TLS "
                           "reverse proxy. To accept the risk, add --allow-insecure-http.")
                           .arg(where));
    Console::warn(QCoreApplication::translate(
                      "caredesk-server",
                      "WARNING: serving plain HTTP on %1 (--allow-insecure-http): passwords and "
                      "session tokens cross the network unencrypted. Use --tls-cert and --tls-key, "
                      "or a TLS reverse proxy.")
                      .arg(where));
    return std::nullopt;
}

} // namespace

int run(std::unique_ptr<ServerDatabase> database, const ServerCommandLine &commandLine,
        const QHostAddress &address, quint16 port)
{
    if (auto refused = checkPlainHttp(commandLine, address, port))
        return *refused;
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
