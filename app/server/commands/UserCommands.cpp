#include "UserCommands.h"

#include "Clock.h"
#include "Console.h"
#include "ServerCommandLine.h"
#include "server/Passwords.h"
#include "server/store/TeamStore.h"

#include <QCoreApplication>
#include <QDateTime>

namespace CareDesk::Server::UserCommands {

using Console::fail;

namespace {

QString noSuchAccount(const QString &login)
{
    return QCoreApplication::translate("caredesk-server", "There is no account called %1.")
        .arg(login);
}

QString passwordTooShort()
{
    return QCoreApplication::translate(
        "caredesk-server",
        "Give a password of at least 8 characters on the first line of standard input.");
}

} // namespace

int add(const QStringList &command, const ServerCommandLine &commandLine, ServerDatabase &database)
{
    if (command.size() != 3 || command[1] != u"add")
        return fail(2, QCoreApplication::translate("caredesk-server",
                                                   "Usage: caredesk-server user add LOGIN --role "
                                                   "agent|lead|trainer|admin (password on stdin)"));
    NewAgent agent;
    agent.login = command[2];
    const auto parsedRole = roleFromString(commandLine.value(commandLine.role));
    if (!parsedRole || *parsedRole == Role::Integration)
        return fail(2, QCoreApplication::translate(
                           "caredesk-server", "--role must be agent, lead, trainer or admin."));
    agent.role = *parsedRole;
    agent.team = commandLine.value(commandLine.team);
    agent.displayName = commandLine.value(commandLine.name);
    agent.languages =
        commandLine.value(commandLine.languages).split(QLatin1Char(','), Qt::SkipEmptyParts);
    agent.categories =
        commandLine.value(commandLine.categories).split(QLatin1Char(','), Qt::SkipEmptyParts);
    bool capacityOk = false;
    agent.capacity = commandLine.value(commandLine.capacity).toInt(&capacityOk);
    if (!capacityOk || agent.capacity < 0)
        return fail(2,
                    QCoreApplication::translate("caredesk-server", "--capacity must be a number."));
    const QByteArray password = Console::firstLineOfInput();
    if (password.size() < 8)
        return fail(2, passwordTooShort());
    const auto hash = Passwords::hash(password);
    if (!hash)
        return fail(
            1, QCoreApplication::translate(
                   "caredesk-server", "The password could not be hashed (not enough memory?)."));
    TeamStore store(database);
    auto added =
        store.accounts().addAgent(agent, *hash, Core::SystemClock().now().toMSecsSinceEpoch());
    if (!added)
        return fail(1, added.error().userMessage + QStringLiteral(" (") + added.error().detail +
                           QStringLiteral(")"));
    Console::say(QCoreApplication::translate("caredesk-server", "Added %1 (%2).")
                     .arg(added.value().login, toString(added.value().role)));
    return 0;
}

int remove(const QString &login, ServerDatabase &database)
{
    TeamStore store(database);
    auto removed =
        store.accounts().disableAgent(login, Core::SystemClock().now().toMSecsSinceEpoch());
    if (!removed || !removed.value())
        return fail(1, noSuchAccount(login));
    Console::say(QCoreApplication::translate("caredesk-server",
                                             "%1 can no longer sign in; their open conversations "
                                             "are back in the queue, and what they wrote stays.")
                     .arg(login));
    return 0;
}

int setPassword(const QString &login, ServerDatabase &database)
{
    const QByteArray password = Console::firstLineOfInput();
    if (password.size() < 8)
        return fail(2, passwordTooShort());
    TeamStore store(database);
    const auto hash = Passwords::hash(password);
    auto changed = hash ? store.accounts().setPassword(login, *hash) : Core::Result<bool>(false);
    if (!changed || !changed.value())
        return fail(1, noSuchAccount(login));
    Console::say(QCoreApplication::translate("caredesk-server",
                                             "%1 has a new password; their sessions have ended.")
                     .arg(login));
    return 0;
}

} // namespace CareDesk::Server::UserCommands
