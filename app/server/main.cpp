// caredesk-server: the shared team server (accounts, assignment, change feed, ingest).

#include "Application.h"
#include "Clock.h"
#include "Passwords.h"
#include "ServerDatabase.h"
#include "TeamServer.h"
#include "store/TeamStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTextStream>

using namespace CareDesk;

namespace {

// `caredesk-server user add LOGIN --role R`: the password is read from the first line of
// stdin, so it never shows in the process list or the shell history.
int addUser(const QStringList &arguments, const QCommandLineParser &parser,
            Server::ServerDatabase &database, const QCommandLineOption &role,
            const QCommandLineOption &team, const QCommandLineOption &name,
            const QCommandLineOption &languages, const QCommandLineOption &categories,
            const QCommandLineOption &capacity)
{
    QTextStream err(stderr);
    if (arguments.size() != 3 || arguments[1] != u"add") {
        err << QCoreApplication::translate("caredesk-server",
                                           "Usage: caredesk-server user add LOGIN --role "
                                           "agent|lead|trainer|admin (password on stdin)")
            << Qt::endl;
        return 2;
    }
    Server::NewAgent agent;
    agent.login = arguments[2];
    const auto parsedRole = Server::roleFromString(parser.value(role));
    if (!parsedRole || *parsedRole == Server::Role::Integration) {
        err << QCoreApplication::translate("caredesk-server",
                                           "--role must be agent, lead, trainer or admin.")
            << Qt::endl;
        return 2;
    }
    agent.role = *parsedRole;
    agent.team = parser.value(team);
    agent.displayName = parser.value(name);
    agent.languages = parser.value(languages).split(QLatin1Char(','), Qt::SkipEmptyParts);
    agent.categories = parser.value(categories).split(QLatin1Char(','), Qt::SkipEmptyParts);
    bool capacityOk = false;
    agent.capacity = parser.value(capacity).toInt(&capacityOk);
    if (!capacityOk || agent.capacity < 0) {
        err << QCoreApplication::translate("caredesk-server", "--capacity must be a number.")
            << Qt::endl;
        return 2;
    }
    QTextStream in(stdin);
    const QByteArray password = in.readLine().toUtf8();
    if (password.size() < 8) {
        err << QCoreApplication::translate(
                   "caredesk-server",
                   "Give a password of at least 8 characters on the first line of standard input.")
            << Qt::endl;
        return 2;
    }
    const auto hash = Server::Passwords::hash(password);
    if (!hash) {
        err << QCoreApplication::translate("caredesk-server",
                                           "The password could not be hashed (not enough memory?).")
            << Qt::endl;
        return 1;
    }
    Server::TeamStore store(database);
    auto added = store.accounts().addAgent(agent, *hash, QDateTime::currentMSecsSinceEpoch());
    if (!added) {
        err << added.error().userMessage << " (" << added.error().detail << ")" << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << QCoreApplication::translate("caredesk-server", "Added %1 (%2).")
                               .arg(added.value().login, Server::toString(added.value().role))
                        << Qt::endl;
    return 0;
}

// `caredesk-server user remove LOGIN` and `user password LOGIN` (the new password on stdin).
int manageUser(const QStringList &arguments, Server::ServerDatabase &database)
{
    QTextStream err(stderr);
    Server::TeamStore store(database);
    const QString login = arguments.value(2);
    if (arguments[1] == u"remove") {
        auto removed = store.accounts().disableAgent(login, QDateTime::currentMSecsSinceEpoch());
        if (!removed || !removed.value()) {
            err << QCoreApplication::translate("caredesk-server", "There is no account called %1.")
                       .arg(login)
                << Qt::endl;
            return 1;
        }
        QTextStream(stdout) << QCoreApplication::translate(
                                   "caredesk-server",
                                   "%1 can no longer sign in; their open conversations are back "
                                   "in the queue, and what they wrote stays.")
                                   .arg(login)
                            << Qt::endl;
        return 0;
    }
    const QByteArray password = QTextStream(stdin).readLine().toUtf8();
    if (password.size() < 8) {
        err << QCoreApplication::translate(
                   "caredesk-server",
                   "Give a password of at least 8 characters on the first line of standard input.")
            << Qt::endl;
        return 2;
    }
    const auto hash = Server::Passwords::hash(password);
    auto changed = hash ? store.accounts().setPassword(login, *hash) : Core::Result<bool>(false);
    if (!changed || !changed.value()) {
        err << QCoreApplication::translate("caredesk-server", "There is no account called %1.")
                   .arg(login)
            << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << QCoreApplication::translate(
                               "caredesk-server",
                               "%1 has a new password; their sessions have ended.")
                               .arg(login)
                        << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Core::describeApplication(app, QStringLiteral("caredesk-server"));

    Core::installTranslations(app, Core::languageArgument(app.arguments()));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "caredesk-server", "CareDesk team server: shared queue, exclusive assignment and sync."));
    Core::addCommonOptions(parser);
    const QCommandLineOption dataOption(
        QStringLiteral("data"),
        QCoreApplication::translate("caredesk-server",
                                    "Keep the server's SQLite database in <dir>."),
        QStringLiteral("dir"), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QCoreApplication::translate(
            "caredesk-server",
            "Use PostgreSQL at <url> (postgresql://user@host/db) instead of SQLite."),
        QStringLiteral("url"));
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        QCoreApplication::translate("caredesk-server",
                                    "Listen on <address:port> (default 127.0.0.1:8484)."),
        QStringLiteral("address:port"), QStringLiteral("127.0.0.1:8484"));
    const QCommandLineOption roleOption(
        QStringLiteral("role"),
        QCoreApplication::translate("caredesk-server",
                                    "user add: the account's role: agent, lead, trainer or admin."),
        QStringLiteral("role"), QStringLiteral("agent"));
    const QCommandLineOption teamOption(
        QStringLiteral("team"),
        QCoreApplication::translate("caredesk-server",
                                    "user add: the team (created if new; default \"default\")."),
        QStringLiteral("name"));
    const QCommandLineOption nameOption(
        QStringLiteral("name"),
        QCoreApplication::translate("caredesk-server", "user add: the name colleagues see."),
        QStringLiteral("name"));
    const QCommandLineOption languagesOption(
        QStringLiteral("languages"),
        QCoreApplication::translate(
            "caredesk-server",
            "user add: languages the agent answers in, e.g. en,de (default: any)."),
        QStringLiteral("list"));
    const QCommandLineOption categoriesOption(
        QStringLiteral("categories"),
        QCoreApplication::translate(
            "caredesk-server",
            "user add: categories the agent handles, e.g. service,warranty (default: any)."),
        QStringLiteral("list"));
    const QCommandLineOption capacityOption(
        QStringLiteral("capacity"),
        QCoreApplication::translate(
            "caredesk-server", "user add: open conversations the agent holds at most (default 8)."),
        QStringLiteral("n"), QStringLiteral("8"));
    const QCommandLineOption tlsCertOption(
        QStringLiteral("tls-cert"),
        QCoreApplication::translate(
            "caredesk-server", "Serve HTTPS and WSS with this PEM certificate (chain) <file>."),
        QStringLiteral("file"));
    const QCommandLineOption tlsKeyOption(
        QStringLiteral("tls-key"),
        QCoreApplication::translate("caredesk-server",
                                    "The unencrypted PEM private key for --tls-cert."),
        QStringLiteral("file"));
    const QCommandLineOption channelOption(
        QStringLiteral("channel"),
        QCoreApplication::translate("caredesk-server",
                                    "Run the channel described in <file> for the team (repeat for "
                                    "more; secrets from the environment or keychain)."),
        QStringLiteral("file"));
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        QCoreApplication::translate(
            "caredesk-server",
            "Read options from a JSON <file> whose keys are these options' names, e.g. "
            "{\"listen\": \"0.0.0.0:8484\", "
            "\"channel\": [\"x.json\"]}. Options given on the command line win."),
        QStringLiteral("file"));
    parser.addOptions({dataOption, databaseOption, listenOption, tlsCertOption, tlsKeyOption,
                       channelOption, configOption, roleOption, teamOption, nameOption,
                       languagesOption, categoriesOption, capacityOption});
    parser.addPositionalArgument(
        QStringLiteral("user add LOGIN"),
        QCoreApplication::translate("caredesk-server",
                                    "Add an account; its password is read from standard input."));
    parser.addPositionalArgument(
        QStringLiteral("user remove|password LOGIN"),
        QCoreApplication::translate("caredesk-server",
                                    "Close an account (history stays), or set a new password from "
                                    "standard input."));
    parser.addPositionalArgument(
        QStringLiteral("token add|remove NAME"),
        QCoreApplication::translate("caredesk-server",
                                    "Make (or revoke) a token another system uses to send items to "
                                    "POST /v1/ingest (--team)."));
    parser.process(app);

    QTextStream err(stderr);
    const QStringList arguments = parser.positionalArguments();
    if (!arguments.isEmpty() && arguments[0] != u"user" && arguments[0] != u"token") {
        err << QCoreApplication::translate("caredesk-server", "Unknown command \"%1\". See --help.")
                   .arg(arguments[0])
            << Qt::endl;
        return 2;
    }
    // Command line first, then the config file, then the default.
    QJsonObject config;
    if (parser.isSet(configOption)) {
        QFile file(parser.value(configOption));
        QJsonParseError parseError;
        const QJsonDocument document = file.open(QIODevice::ReadOnly)
                                           ? QJsonDocument::fromJson(file.readAll(), &parseError)
                                           : QJsonDocument();
        if (!document.isObject()) {
            err << QCoreApplication::translate(
                       "caredesk-server", "The config file %1 could not be read as a JSON object.")
                       .arg(parser.value(configOption))
                << Qt::endl;
            return 2;
        }
        config = document.object();
        const QStringList known{QStringLiteral("data"),    QStringLiteral("database"),
                                QStringLiteral("listen"),  QStringLiteral("tls-cert"),
                                QStringLiteral("tls-key"), QStringLiteral("channel")};
        for (const QString &key : config.keys())
            if (!known.contains(key)) {
                err << QCoreApplication::translate("caredesk-server",
                                                   "The config file has an unknown option \"%1\".")
                           .arg(key)
                    << Qt::endl;
                return 2;
            }
    }
    const auto setting = [&](const QCommandLineOption &option) {
        const QString name = option.names().constFirst();
        if (parser.isSet(option) || !config.contains(name))
            return parser.value(option);
        return config.value(name).toString();
    };
    QStringList channelFiles = parser.values(channelOption);
    if (channelFiles.isEmpty())
        for (const QJsonValue &file : config.value(QLatin1String("channel")).toArray())
            channelFiles << file.toString();

    const QString listen = setting(listenOption);
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = listen.mid(colon + 1).toUInt(&portOk);
    const QHostAddress address(listen.left(colon));
    if (colon <= 0 || !portOk || port > 65535 || address.isNull()) {
        err << QCoreApplication::translate("caredesk-server", "--listen needs an address and port, "
                                                              "such as 127.0.0.1:8484.")
            << Qt::endl;
        return 2;
    }

    const QString databaseUrl = setting(databaseOption);
    auto database = !databaseUrl.isEmpty()
                        ? Server::ServerDatabase::openPostgres(databaseUrl)
                        : Server::ServerDatabase::openSqlite(setting(dataOption));
    if (!database) {
        err << database.error().userMessage << " (" << database.error().detail << ")" << Qt::endl;
        return 1;
    }
    if (!arguments.isEmpty() && arguments[0] == u"token") {
        // `caredesk-server token add NAME [--team T]`: a token for /v1/ingest, printed once.
        if (arguments.size() != 3 || (arguments[1] != u"add" && arguments[1] != u"remove")) {
            err << QCoreApplication::translate(
                       "caredesk-server",
                       "Usage: caredesk-server token add|remove NAME [--team TEAM]")
                << Qt::endl;
            return 2;
        }
        Server::TeamStore store(*database.value());
        if (arguments[1] == u"remove") {
            auto removed = store.sessions().removeIntegration(arguments[2]);
            if (!removed || !removed.value()) {
                err << QCoreApplication::translate("caredesk-server",
                                                   "There is no integration called %1.")
                           .arg(arguments[2])
                    << Qt::endl;
                return 1;
            }
            QTextStream(stdout) << QCoreApplication::translate("caredesk-server",
                                                               "The token of %1 no longer works.")
                                       .arg(arguments[2])
                                << Qt::endl;
            return 0;
        }
        auto token = store.sessions().addIntegration(arguments[2], parser.value(teamOption),
                                                     QDateTime::currentMSecsSinceEpoch());
        if (!token) {
            err << token.error().userMessage << Qt::endl;
            return 1;
        }
        QTextStream(stdout) << token.value() << Qt::endl;
        err << QCoreApplication::translate("caredesk-server",
                                           "Keep this token safe: it is shown only now. It may "
                                           "only send items to POST /v1/ingest.")
            << Qt::endl;
        return 0;
    }
    if (arguments.size() == 3 && (arguments[1] == u"remove" || arguments[1] == u"password"))
        return manageUser(arguments, *database.value());
    if (!arguments.isEmpty())
        return addUser(arguments, parser, *database.value(), roleOption, teamOption, nameOption,
                       languagesOption, categoriesOption, capacityOption);
    const Core::SystemClock clock;
    auto server =
        Server::TeamServer::create(std::move(database).value(), setting(dataOption), clock);
    if (!server) {
        err << server.error().userMessage << " (" << server.error().detail << ")" << Qt::endl;
        return 1;
    }
    const QString tlsCert = setting(tlsCertOption);
    const QString tlsKey = setting(tlsKeyOption);
    if (tlsCert.isEmpty() != tlsKey.isEmpty()) {
        err << QCoreApplication::translate("caredesk-server",
                                           "--tls-cert and --tls-key go together.")
            << Qt::endl;
        return 2;
    }
    if (!tlsCert.isEmpty()) {
        if (auto tls = server.value()->useTls(tlsCert, tlsKey); !tls) {
            err << tls.error().userMessage << " (" << tls.error().detail << ")" << Qt::endl;
            return 1;
        }
    }
    for (const QString &file : channelFiles) {
        if (auto added = server.value()->addChannel(file); !added) {
            err << file << ": " << added.error().userMessage << Qt::endl;
            return 1;
        }
    }
    server.value()->startChannels();
    auto bound = server.value()->listen(address, static_cast<quint16>(port));
    if (!bound) {
        err << bound.error().userMessage << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << QCoreApplication::translate("caredesk-server",
                                                       "CareDesk server listening on %1://%2:%3/")
                               .arg(tlsCert.isEmpty() ? QStringLiteral("http")
                                                      : QStringLiteral("https"),
                                    address.toString())
                               .arg(bound.value())
                        << Qt::endl;
    return app.exec();
}
