// caredesk-server: the shared team server (accounts, assignment, change feed, ingest).

#include "Application.h"
#include "ServerDatabase.h"
#include "commands/Console.h"
#include "commands/ServeCommand.h"
#include "commands/ServerCommandLine.h"
#include "commands/TokenCommands.h"
#include "commands/UserCommands.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace CareDesk;
using Server::Console::fail;

namespace {

// --listen as an address and a port; nullopt when it is not one.
std::optional<std::pair<QHostAddress, quint16>> listenAddress(const QString &listen)
{
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = listen.mid(colon + 1).toUInt(&portOk);
    const QHostAddress address(listen.left(colon));
    if (colon <= 0 || !portOk || port > 65535 || address.isNull())
        return std::nullopt;
    return std::make_pair(address, static_cast<quint16>(port));
}

Core::Result<std::unique_ptr<Server::ServerDatabase>>
openDatabase(const Server::ServerCommandLine &commandLine)
{
    const QString url = commandLine.value(commandLine.database);
    return !url.isEmpty() ? Server::ServerDatabase::openPostgres(url)
                          : Server::ServerDatabase::openSqlite(commandLine.value(commandLine.data));
}

int run(Server::ServerCommandLine &commandLine)
{
    const QStringList command = commandLine.command();
    if (!command.isEmpty() && command[0] != u"user" && command[0] != u"token")
        return fail(
            2, QCoreApplication::translate("caredesk-server", "Unknown command \"%1\". See --help.")
                   .arg(command[0]));
    if (const auto problem = commandLine.readConfig())
        return fail(2, *problem);
    const auto listen = listenAddress(commandLine.value(commandLine.listen));
    if (!listen)
        return fail(2, QCoreApplication::translate("caredesk-server",
                                                   "--listen needs an address and port, "
                                                   "such as 127.0.0.1:8484."));
    auto database = openDatabase(commandLine);
    if (!database)
        return fail(1, database.error().userMessage + QStringLiteral(" (") +
                           database.error().detail + QStringLiteral(")"));
    if (command.isEmpty())
        return Server::ServeCommand::run(std::move(database).value(), commandLine, listen->first,
                                         listen->second);
    if (command[0] == u"token")
        return Server::TokenCommands::run(command, commandLine, *database.value());
    if (command.size() == 3 && command[1] == u"remove")
        return Server::UserCommands::remove(command[2], *database.value());
    if (command.size() == 3 && command[1] == u"password")
        return Server::UserCommands::setPassword(command[2], *database.value());
    return Server::UserCommands::add(command, commandLine, *database.value());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Core::describeApplication(app, QStringLiteral("caredesk-server"));
    Core::installTranslations(app, Core::languageArgument(app.arguments()));
    Server::ServerCommandLine commandLine;
    commandLine.process(app);
    return run(commandLine);
}
