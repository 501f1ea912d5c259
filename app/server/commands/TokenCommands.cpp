#include "TokenCommands.h"

#include "Clock.h"
#include "Console.h"
#include "ServerCommandLine.h"
#include "server/store/TeamStore.h"

#include <QCoreApplication>
#include <QDateTime>

namespace CareDesk::Server::TokenCommands {

using Console::fail;

namespace {

int remove(const QString &name, SessionStore &sessions)
{
    auto removed = sessions.removeIntegration(name);
    if (!removed || !removed.value())
        return fail(
            1, QCoreApplication::translate("caredesk-server", "There is no integration called %1.")
                   .arg(name));
    Console::say(QCoreApplication::translate("caredesk-server", "The token of %1 no longer works.")
                     .arg(name));
    return 0;
}

// The token is printed once, on standard output; it is stored only hashed.
int add(const QString &name, const QString &team, SessionStore &sessions)
{
    auto token = sessions.addIntegration(name, team, Core::SystemClock().now().toMSecsSinceEpoch());
    if (!token)
        return fail(1, token.error().userMessage);
    Console::say(QString::fromLatin1(token.value()));
    QTextStream(stderr) << QCoreApplication::translate(
                               "caredesk-server",
                               "Keep this token safe: it is shown only now. It may "
                               "only send items to POST /v1/ingest.")
                        << Qt::endl;
    return 0;
}

} // namespace

int run(const QStringList &command, const ServerCommandLine &commandLine, ServerDatabase &database)
{
    if (command.size() != 3 || (command[1] != u"add" && command[1] != u"remove"))
        return fail(2, QCoreApplication::translate(
                           "caredesk-server",
                           "Usage: caredesk-server token add|remove NAME [--team TEAM]"));
    TeamStore store(database);
    if (command[1] == u"remove")
        return remove(command[2], store.sessions());
    return add(command[2], commandLine.value(commandLine.team), store.sessions());
}

} // namespace CareDesk::Server::TokenCommands
