// commands/: caredesk-server's command line: its options and config file, and each command
// (user, token, serve). May use the server library; only the caredesk-server program links it.
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>

#include <optional>

class QCoreApplication;

namespace CareDesk::Server {

// The options, the JSON file --config may give them in, and the command words.
class ServerCommandLine final
{
public:
    ServerCommandLine();

    // Parses the program's arguments; --help, --version and bad options end the program here.
    void process(const QCoreApplication &app);
    // "user add LOGIN", "token remove NAME", ...; empty: serve.
    QStringList command() const { return m_parser.positionalArguments(); }
    // Reads --config, when given; what is wrong with it otherwise.
    std::optional<QString> readConfig();
    // Command line first, then the config file, then the default.
    QString value(const QCommandLineOption &option) const;
    // An option given any number of times (--channel, --trusted-proxy): the command line's, or
    // else the config file's (a list, or one string).
    QStringList values(const QCommandLineOption &option) const;
    // --limit NAME=VALUE settings: the config file's ("limit": {"NAME": VALUE}), then the
    // command line's, which win.
    QStringList limitSettings() const;
    // A switch: given on the command line, or true in the config file.
    bool isSet(const QCommandLineOption &option) const;

    const QCommandLineOption data;
    const QCommandLineOption database;
    const QCommandLineOption listen;
    const QCommandLineOption tlsCert;
    const QCommandLineOption tlsKey;
    const QCommandLineOption allowInsecureHttp;
    const QCommandLineOption channel;
    const QCommandLineOption crm;
    const QCommandLineOption config;
    const QCommandLineOption limit;
    const QCommandLineOption trustedProxy;
    // For user add (and --team for token add).
    const QCommandLineOption role;
    const QCommandLineOption team;
    const QCommandLineOption name;
    const QCommandLineOption languages;
    const QCommandLineOption categories;
    const QCommandLineOption capacity;

private:
    QCommandLineParser m_parser;
    QJsonObject m_config;
};

} // namespace CareDesk::Server
