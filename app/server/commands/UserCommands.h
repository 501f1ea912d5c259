#pragma once

#include <QStringList>

namespace CareDesk::Server {

class ServerCommandLine;
class ServerDatabase;

// `caredesk-server user add|remove|password LOGIN`: accounts managed on the server's machine.
namespace UserCommands {

// `user add LOGIN --role R [--team --name --languages --categories --capacity]`; the password
// is the first line of standard input.
int add(const QStringList &command, const ServerCommandLine &commandLine, ServerDatabase &database);
// `user remove LOGIN`: the account closes (history stays, conversations go back to the queue).
int remove(const QString &login, ServerDatabase &database);
// `user password LOGIN`: a new password from standard input; the account's sessions end.
int setPassword(const QString &login, ServerDatabase &database);

} // namespace UserCommands

} // namespace CareDesk::Server
