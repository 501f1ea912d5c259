#include "TeamFixture.h"

#include "server/Passwords.h"
#include "server/ServerDatabase.h"

#include <QJsonDocument>

namespace CareDesk::Testing {

namespace {

const QString &passwordHash()
{
    static const QString hash = Server::Passwords::hash(PASSWORD.toUtf8()).value();
    return hash;
}

} // namespace

QByteArray item(const QString &id, const QString &handle, const QString &text,
                const QString &minute)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("platform"), QStringLiteral("twitter")},
                                     {QStringLiteral("channel"), QStringLiteral("AcmeHelp")},
                                     {QStringLiteral("id"), id},
                                     {QStringLiteral("kind"), QStringLiteral("mention")},
                                     {QStringLiteral("visibility"), QStringLiteral("public")},
                                     {QStringLiteral("author"),
                                      QJsonObject{{QStringLiteral("id"),
                                                   QString(handle + QStringLiteral("-id"))},
                                                  {QStringLiteral("handle"), handle},
                                                  {QStringLiteral("name"), handle.toUpper()}}},
                                     {QStringLiteral("createdAt"),
                                      QStringLiteral("2026-11-02T08:%1:00Z").arg(minute)},
                                     {QStringLiteral("text"), text}})
               .toJson(QJsonDocument::Compact) +
           '\n';
}

TeamFixture::TeamFixture(QString postgres)
    : postgresUrl(std::move(postgres))
{
    start();
    adminToken = tokenFor(add(QStringLiteral("admin"), Server::Role::Admin));
}

void TeamFixture::stop()
{
    server.reset();
}

void TeamFixture::start()
{
    auto db = postgresUrl.isEmpty() ? Server::ServerDatabase::openSqlite(dir.path())
                                    : Server::ServerDatabase::openPostgres(postgresUrl);
    REQUIRE(db.ok());
    auto created = Server::TeamServer::create(std::move(db).value(), dir.path(), clock);
    REQUIRE(created.ok());
    server = std::move(created).value();
    auto bound = server->listen(QHostAddress::LocalHost, port);
    REQUIRE(bound.ok());
    port = bound.value();
    api = std::make_unique<ApiClient>(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
}

Server::Agent TeamFixture::add(const QString &login, Server::Role role, const QString &team,
                               const QStringList &languages, int capacity)
{
    Server::NewAgent agent;
    agent.login = login;
    agent.displayName = login.left(1).toUpper() + login.mid(1);
    agent.role = role;
    agent.team = team;
    agent.languages = languages;
    agent.capacity = capacity;
    auto added =
        server->store().accounts().addAgent(agent, passwordHash(), clock.now().toMSecsSinceEpoch());
    REQUIRE(added.ok());
    return added.value();
}

void TeamFixture::addDrillChannel(const QByteArray &scenario)
{
    dir.write(QStringLiteral("drill.json"), scenario);
    dir.write(QStringLiteral("drill-channel.json"),
              QJsonDocument(
                  QJsonObject{{QStringLiteral("plugin"), QStringLiteral("sandbox")},
                              {QStringLiteral("account"), QStringLiteral("Drill")},
                              {QStringLiteral("scenario"), dir.file(QStringLiteral("drill.json"))}})
                  .toJson());
    REQUIRE(server->addChannel(dir.file(QStringLiteral("drill-channel.json"))).ok());
}

QByteArray TeamFixture::tokenFor(const Server::Agent &agent)
{
    auto token = server->store().sessions().createSession(agent.id, clock.now().toMSecsSinceEpoch(),
                                                          3600000);
    REQUIRE(token.ok());
    return token.value();
}

QJsonObject TeamFixture::ingest(const QByteArray &lines, const QString &team)
{
    const ApiReply reply =
        api->call("POST",
                  QStringLiteral("/v1/ingest") +
                      (team.isEmpty() ? QString() : QStringLiteral("?team=") + team),
                  lines, adminToken);
    REQUIRE(reply.status == 200);
    return reply.body;
}

QJsonArray TeamFixture::conversations(const QByteArray &token, const QString &query)
{
    const ApiReply reply =
        api->call("GET", QStringLiteral("/v1/conversations") + query, QByteArray(), token);
    REQUIRE(reply.status == 200);
    return reply.body.value(QLatin1String("conversations")).toArray();
}

qint64 TeamFixture::conversationOf(const QByteArray &token, const QString &handle)
{
    for (const QJsonValue &conversation : conversations(token))
        if (conversation[QLatin1String("customer")][QLatin1String("handle")].toString() == handle)
            return conversation[QLatin1String("id")].toInteger();
    FAIL("no conversation for " << handle.toStdString());
    return 0;
}

} // namespace CareDesk::Testing
