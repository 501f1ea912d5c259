#include "ServerCommandLine.h"

#include "Application.h"
#include "LimitOptions.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace CareDesk::Server {

namespace {

QCommandLineOption option(const QString &name, const QString &description, const QString &valueName,
                          const QString &defaultValue = {})
{
    return QCommandLineOption(name, description, valueName, defaultValue);
}

// The options a config file may give.
const QStringList CONFIG_KEYS{
    QStringLiteral("data"),     QStringLiteral("database"), QStringLiteral("listen"),
    QStringLiteral("tls-cert"), QStringLiteral("tls-key"),  QStringLiteral("allow-insecure-http"),
    QStringLiteral("channel"),  QStringLiteral("limit"),    QStringLiteral("trusted-proxy"),
    QStringLiteral("crm")};

} // namespace

ServerCommandLine::ServerCommandLine()
    : data(option(QStringLiteral("data"),
                  QCoreApplication::translate("caredesk-server",
                                              "Keep the server's SQLite database in <dir>."),
                  QStringLiteral("dir"),
                  QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)))
    , database(option(QStringLiteral("database"),
                      QCoreApplication::translate(
                          "caredesk-server",
                          "Use PostgreSQL at <url> (postgresql://user@host/db) instead of SQLite. "
                          "Give the password in PGPASSWORD or a PGPASSFILE, not in the URL, so "
                          "that it does not show in the process list."),
                      QStringLiteral("url")))
    , listen(option(QStringLiteral("listen"),
                    QCoreApplication::translate(
                        "caredesk-server", "Listen on <address:port> (default 127.0.0.1:8484)."),
                    QStringLiteral("address:port"), QStringLiteral("127.0.0.1:8484")))
    , tlsCert(option(
          QStringLiteral("tls-cert"),
          QCoreApplication::translate(
              "caredesk-server", "Serve HTTPS and WSS with this PEM certificate (chain) <file>."),
          QStringLiteral("file")))
    , tlsKey(option(QStringLiteral("tls-key"),
                    QCoreApplication::translate("caredesk-server",
                                                "The unencrypted PEM private key for --tls-cert."),
                    QStringLiteral("file")))
    , allowInsecureHttp(QStringLiteral("allow-insecure-http"),
                        QCoreApplication::translate(
                            "caredesk-server",
                            "Serve plain HTTP on an address other machines can reach (without "
                            "it the server refuses: passwords and tokens would cross the network "
                            "unencrypted)."))
    , channel(option(QStringLiteral("channel"),
                     QCoreApplication::translate(
                         "caredesk-server",
                         "Run the channel described in <file> for the team (repeat for "
                         "more; secrets from the environment or keychain)."),
                     QStringLiteral("file")))
    , crm(option(QStringLiteral("crm"),
                 QCoreApplication::translate(
                     "caredesk-server",
                     "Match the team's customers in the CRM that <file> describes (crm.json: "
                     "plugin, credential, tierPoints; \"team\" names the team), once for every "
                     "desk."),
                 QStringLiteral("file")))
    , config(option(QStringLiteral("config"),
                    QCoreApplication::translate(
                        "caredesk-server",
                        "Read options from a JSON <file> whose keys are these options' names, "
                        "e.g. {\"listen\": \"127.0.0.1:8484\", "
                        "\"channel\": [\"x.json\"]}. Options given on the command line win."),
                    QStringLiteral("file")))
    , limit(option(QStringLiteral("limit"),
                   QCoreApplication::translate(
                       "caredesk-server",
                       "Set one of the server's limits (repeat for more). Names, defaults:") +
                       QLatin1Char('\n') + LimitOptions::describe(),
                   QStringLiteral("name=value")))
    , trustedProxy(option(
          QStringLiteral("trusted-proxy"),
          QCoreApplication::translate(
              "caredesk-server",
              "A reverse proxy at <address> whose X-Forwarded-For header names the client, for "
              "the limits per address and the login guard (repeat for more). Only for proxies "
              "that set or append the header themselves."),
          QStringLiteral("address")))
    , role(option(
          QStringLiteral("role"),
          QCoreApplication::translate(
              "caredesk-server", "user add: the account's role: agent, lead, trainer or admin."),
          QStringLiteral("role"), QStringLiteral("agent")))
    , team(option(
          QStringLiteral("team"),
          QCoreApplication::translate("caredesk-server",
                                      "user add: the team (created if new; default \"default\")."),
          QStringLiteral("name")))
    , name(option(
          QStringLiteral("name"),
          QCoreApplication::translate("caredesk-server", "user add: the name colleagues see."),
          QStringLiteral("name")))
    , languages(option(QStringLiteral("languages"),
                       QCoreApplication::translate(
                           "caredesk-server",
                           "user add: languages the agent answers in, e.g. en,de (default: any)."),
                       QStringLiteral("list")))
    , categories(option(
          QStringLiteral("categories"),
          QCoreApplication::translate(
              "caredesk-server",
              "user add: categories the agent handles, e.g. service,warranty (default: any)."),
          QStringLiteral("list")))
    , capacity(option(QStringLiteral("capacity"),
                      QCoreApplication::translate(
                          "caredesk-server",
                          "user add: open conversations the agent holds at most (default 8)."),
                      QStringLiteral("n"), QStringLiteral("8")))
{
    m_parser.setApplicationDescription(QCoreApplication::translate(
        "caredesk-server", "CareDesk team server: shared queue, exclusive assignment and sync."));
    Core::addCommonOptions(m_parser);
    m_parser.addOptions({data, database, listen, tlsCert, tlsKey, allowInsecureHttp, channel, crm,
                         config, limit, trustedProxy, role, team, name, languages, categories,
                         capacity});
    m_parser.addPositionalArgument(
        QStringLiteral("user add LOGIN"),
        QCoreApplication::translate("caredesk-server",
                                    "Add an account; its password is read from standard input."));
    m_parser.addPositionalArgument(
        QStringLiteral("user remove|password LOGIN"),
        QCoreApplication::translate("caredesk-server",
                                    "Close an account (history stays), or set a new password from "
                                    "standard input."));
    m_parser.addPositionalArgument(
        QStringLiteral("token add|remove NAME"),
        QCoreApplication::translate("caredesk-server",
                                    "Make (or revoke) a token another system uses to send items to "
                                    "POST /v1/ingest (--team)."));
}

void ServerCommandLine::process(const QCoreApplication &app)
{
    m_parser.process(app);
}

std::optional<QString> ServerCommandLine::readConfig()
{
    if (!m_parser.isSet(config))
        return std::nullopt;
    QFile file(m_parser.value(config));
    QJsonParseError parseError;
    const QJsonDocument document = file.open(QIODevice::ReadOnly)
                                       ? QJsonDocument::fromJson(file.readAll(), &parseError)
                                       : QJsonDocument();
    if (!document.isObject())
        return QCoreApplication::translate("caredesk-server",
                                           "The config file %1 could not be read as a JSON object.")
            .arg(m_parser.value(config));
    m_config = document.object();
    for (const QString &key : m_config.keys())
        if (!CONFIG_KEYS.contains(key))
            return QCoreApplication::translate("caredesk-server",
                                               "The config file has an unknown option \"%1\".")
                .arg(key);
    return std::nullopt;
}

QString ServerCommandLine::value(const QCommandLineOption &option) const
{
    const QString key = option.names().constFirst();
    if (m_parser.isSet(option) || !m_config.contains(key))
        return m_parser.value(option);
    return m_config.value(key).toString();
}

bool ServerCommandLine::isSet(const QCommandLineOption &option) const
{
    return m_parser.isSet(option) || m_config.value(option.names().constFirst()).toBool(false);
}

QStringList ServerCommandLine::values(const QCommandLineOption &option) const
{
    QStringList given = m_parser.values(option);
    if (!given.isEmpty())
        return given;
    const QJsonValue configured = m_config.value(option.names().constFirst());
    if (configured.isString())
        return {configured.toString()};
    const QJsonArray list = configured.toArray();
    for (const QJsonValue &value : list)
        given << value.toString();
    return given;
}

QStringList ServerCommandLine::limitSettings() const
{
    QStringList settings;
    const QJsonObject configured = m_config.value(QLatin1String("limit")).toObject();
    for (auto setting = configured.begin(); setting != configured.end(); ++setting)
        settings << setting.key() + QLatin1Char('=') +
                        QString::number(setting.value().toInteger(-1));
    return settings + m_parser.values(limit);
}

} // namespace CareDesk::Server
