// caredesk-cli: the headless batch tool's commands (import, export, triage, channels, team).
// May use caredesk_core and the protocol, never the UI or the server.
#pragma once

#include "Result.h"

#include <QString>

#include <memory>

class QCommandLineParser;

namespace CareDesk::Storage {
class Database;
}

namespace CareDesk::Cli {

// Each command reads its options from the parsed command line and returns the exit code.
int detectLanguage(const QCommandLineParser &parser);
int scanPii(const QCommandLineParser &parser);
int measure(const QCommandLineParser &parser);
int spell(const QCommandLineParser &parser);
int translate(const QCommandLineParser &parser);
int listPlugins(const QCommandLineParser &parser);
int listInbox(const QCommandLineParser &parser);
int triage(const QCommandLineParser &parser);
int learn(const QCommandLineParser &parser);
int search(const QCommandLineParser &parser);
int importHistory(const QCommandLineParser &parser);
int exportHistory(const QCommandLineParser &parser);
int channel(const QCommandLineParser &parser);
int outbox(const QCommandLineParser &parser);
int team(const QCommandLineParser &parser);
int scenario(const QCommandLineParser &parser);
int practice(const QCommandLineParser &parser);
int crm(const QCommandLineParser &parser);
// Signs the --config account (a channel's or a CRM's) in through the browser.
int connectAccount(const QCommandLineParser &parser);

// Prints "caredesk-cli: <message>" on stderr and returns 1.
int fail(const QString &message);
// Prints "caredesk-cli: warning: <message>" on stderr; the command goes on.
void warn(const QString &message);
// An error as one line: the sentence, then the technical detail in parentheses.
QString describe(const Core::Error &error);
// The database of a workspace folder that must already exist.
Core::Result<std::unique_ptr<Storage::Database>> openExistingWorkspace(const QString &workspace);

} // namespace CareDesk::Cli
