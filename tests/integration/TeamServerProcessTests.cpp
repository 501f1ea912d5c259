// The team server as a running program: several instances on one PostgreSQL, and a server
// killed in the middle of work.

#include "server/Passwords.h"
#include "server/ServerDatabase.h"
#include "server/store/TeamStore.h"
#include "support/ApiClient.h"
#include "support/ServerProcess.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QWebSocket>

#include <memory>

using namespace CareDesk;
using Testing::ApiClient;
using Testing::ApiReply;

namespace {

// Accounts and sessions written straight into the server database before a server starts.
struct Staff
{
    QByteArray adminToken;
    QList<std::pair<qint64, QByteArray>> agents; // id, token
};

Staff hire(Server::ServerDatabase &database, int agentCount)
{
    Server::TeamStore store(database);
    const QString hash = Server::Passwords::hash("a long password").value();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto add = [&](const QString &login, Server::Role role) {
        Server::NewAgent agent;
        agent.login = login;
        agent.role = role;
        auto added = store.accounts().addAgent(agent, hash, now);
        REQUIRE(added.ok());
        auto token = store.sessions().createSession(added.value().id, now, 3600000);
        REQUIRE(token.ok());
        return std::make_pair(added.value().id, token.value());
    };
    Staff staff;
    staff.adminToken = add(QStringLiteral("admin"), Server::Role::Admin).second;
    for (int i = 0; i < agentCount; ++i)
        staff.agents.append(add(QStringLiteral("agent%1").arg(i), Server::Role::Agent));
    // Claims in these tests are by hand: no automatic hand-out.
    REQUIRE(store.teams()
                .setRouting(store.teams().teamId(QString()).value(),
                            Server::AssignmentRules::Policy::Manual, std::nullopt, now)
                .ok());
    return staff;
}

QByteArray items(int count)
{
    QByteArray lines;
    for (int i = 0; i < count; ++i)
        lines +=
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("platform"), QStringLiteral("twitter")},
                    {QStringLiteral("channel"), QStringLiteral("AcmeHelp")},
                    {QStringLiteral("id"), QString::number(5000 + i)},
                    {QStringLiteral("kind"), QStringLiteral("mention")},
                    {QStringLiteral("author"),
                     QJsonObject{{QStringLiteral("id"), QString::number(900 + i)},
                                 {QStringLiteral("handle"), QStringLiteral("customer%1").arg(i)},
                                 {QStringLiteral("name"), QStringLiteral("Customer %1").arg(i)}}},
                    {QStringLiteral("createdAt"), QStringLiteral("2026-11-02T08:00:00Z")},
                    {QStringLiteral("text"),
                     QStringLiteral("@AcmeHelp my order %1 never arrived").arg(i)}})
                .toJson(QJsonDocument::Compact) +
            '\n';
    return lines;
}

QList<qint64> conversationIds(const ApiClient &api, const QByteArray &token)
{
    QList<qint64> ids;
    QString cursor;
    do {
        const ApiReply page =
            api.call("GET",
                     QStringLiteral("/v1/conversations?limit=500") +
                         (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor),
                     QByteArray(), token);
        REQUIRE(page.status == 200);
        for (const QJsonValue &conversation :
             page.body.value(QLatin1String("conversations")).toArray())
            ids.append(conversation[QLatin1String("id")].toInteger());
        cursor = page.body.value(QLatin1String("next")).toString();
    } while (!cursor.isEmpty());
    return ids;
}

} // namespace

TEST_CASE("Two server instances on one PostgreSQL: one winner among 200 racing claims, and each "
          "sees the other's changes live",
          "[postgres]")
{
    Testing::ScratchPostgres postgres;
    INFO("CAREDESK_TEST_POSTGRES_URL is set by packaging/dev.sh test, which starts a private "
         "cluster");
    REQUIRE_FALSE(postgres.url().isEmpty());
    Staff staff;
    {
        auto database = Server::ServerDatabase::openPostgres(postgres.url());
        REQUIRE(database.ok());
        staff = hire(*database.value(), 200);
    }
    Testing::TempWorkspace dataA;
    Testing::TempWorkspace dataB;
    Testing::ServerProcess a(
        {QStringLiteral("--database"), postgres.url(), QStringLiteral("--data"), dataA.path()});
    Testing::ServerProcess b(
        {QStringLiteral("--database"), postgres.url(), QStringLiteral("--data"), dataB.path()});
    INFO(a.output().toStdString() << b.output().toStdString());
    REQUIRE(a.started());
    REQUIRE(b.started());
    const ApiClient apiA(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(a.port())));
    const ApiClient apiB(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(b.port())));

    REQUIRE(apiA.call("POST", QStringLiteral("/v1/ingest"), items(3), staff.adminToken).status ==
            200);
    // Instance B serves what instance A ingested.
    const QList<qint64> ids = conversationIds(apiB, staff.agents[0].second);
    REQUIRE(ids.size() == 3);

    Testing::LiveClient watcher(b.port(), staff.agents[1].second, 0);
    REQUIRE(Testing::waitUntil([&] { return watcher.welcomed(); }));

    const QList<int> statuses = Testing::raceRequests({a.port(), b.port()}, 200, [&](int i) {
        return QByteArray("POST /v1/conversations/" + QByteArray::number(ids[0]) +
                          "/claim HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                          "Authorization: Bearer " +
                          staff.agents[i].second +
                          "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    });
    CHECK(statuses.count(200) == 1);
    CHECK(statuses.count(409) == 199);

    // The claim was won through one instance or the other; the watcher on B hears of it either way.
    CHECK(Testing::waitUntil(
        [&] {
            return watcher.has([&](const QJsonObject &m) {
                return m[QLatin1String("type")].toString() == u"change" &&
                       m[QLatin1String("change")][QLatin1String("id")].toString() ==
                           QString::number(ids[0]) &&
                       m[QLatin1String("change")][QLatin1String("data")][QLatin1String("assignee")]
                           .isObject();
            });
        },
        5000));
    // And a claim made on A reaches a watcher on B.
    REQUIRE(apiA.call("POST", QStringLiteral("/v1/conversations/%1/claim").arg(ids[1]),
                      QByteArray(), staff.agents[5].second)
                .status == 200);
    CHECK(Testing::waitUntil(
        [&] {
            return watcher.has([&](const QJsonObject &m) {
                return m[QLatin1String("change")][QLatin1String("id")].toString() ==
                           QString::number(ids[1]) &&
                       m[QLatin1String("change")][QLatin1String("data")][QLatin1String("assignee")]
                           .isObject();
            });
        },
        5000));
    const QList<qint64> revs = watcher.changeRevs();
    CHECK(std::is_sorted(revs.begin(), revs.end()));
    CHECK(std::adjacent_find(revs.begin(), revs.end()) == revs.end());

    // Someone typing on instance A is seen by a colleague on instance B.
    Testing::LiveClient typist(a.port(), staff.agents[5].second, revs.isEmpty() ? 0 : revs.last());
    REQUIRE(Testing::waitUntil([&] { return typist.welcomed(); }));
    typist.socket.sendTextMessage(
        QStringLiteral("{\"type\":\"typing\",\"conversationId\":%1}").arg(ids[1]));
    CHECK(Testing::waitUntil([&] {
        return watcher.has([&](const QJsonObject &m) {
            return m[QLatin1String("type")].toString() == u"activity" &&
                   m[QLatin1String("what")].toString() == u"typing" &&
                   m[QLatin1String("conversationId")].toInteger() == ids[1];
        });
    }));
}

TEST_CASE("A server killed with SIGKILL in the middle of work loses no change it acknowledged")
{
    Testing::TempWorkspace data;
    Staff staff;
    {
        auto database = Server::ServerDatabase::openSqlite(data.path());
        REQUIRE(database.ok());
        staff = hire(*database.value(), 20);
    }
    auto server = std::make_unique<Testing::ServerProcess>(
        QStringList{QStringLiteral("--data"), data.path()});
    INFO(server->output().toStdString());
    REQUIRE(server->started());
    ApiClient api(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server->port())));
    REQUIRE(api.call("POST", QStringLiteral("/v1/ingest"), items(200), staff.adminToken).status ==
            200);
    const QList<qint64> ids = conversationIds(api, staff.agents[0].second);
    REQUIRE(ids.size() == 200);

    // Twenty agents each work through their share: claim, then reply. Every answer that came
    // back is remembered; the server dies while many requests are still on their way.
    struct Acknowledged
    {
        QList<std::pair<qint64, qint64>> claims;   // conversation, agent
        QList<std::pair<qint64, QString>> replies; // conversation, client id
    } acknowledged;
    std::vector<std::unique_ptr<QNetworkAccessManager>> networks;
    int inFlight = 0;
    const QUrl base = api.url(QString());
    for (int agent = 0; agent < staff.agents.size(); ++agent) {
        networks.push_back(std::make_unique<QNetworkAccessManager>());
        QNetworkAccessManager *network = networks.back().get();
        const auto [agentId, token] = staff.agents[agent];
        for (int n = agent; n < ids.size(); n += static_cast<int>(staff.agents.size())) {
            const qint64 conversation = ids[n];
            QNetworkRequest claim(QUrl(
                base.toString() + QStringLiteral("/v1/conversations/%1/claim").arg(conversation)));
            claim.setRawHeader("Authorization", "Bearer " + token);
            QNetworkReply *claimReply = network->post(claim, QByteArray());
            ++inFlight;
            QObject::connect(
                claimReply, &QNetworkReply::finished, claimReply,
                [&, claimReply, conversation, agentId = agentId, token = token, network] {
                    --inFlight;
                    claimReply->deleteLater();
                    if (claimReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() !=
                        200)
                        return;
                    acknowledged.claims.append({conversation, agentId});
                    const qint64 rev = QJsonDocument::fromJson(claimReply->readAll())
                                           .object()
                                           .value(QLatin1String("rev"))
                                           .toInteger();
                    const QString clientId =
                        QStringLiteral("reply-%1-%2").arg(agentId).arg(conversation);
                    QNetworkRequest reply(
                        QUrl(base.toString() +
                             QStringLiteral("/v1/conversations/%1/replies").arg(conversation)));
                    reply.setRawHeader("Authorization", "Bearer " + token);
                    reply.setHeader(QNetworkRequest::ContentTypeHeader,
                                    QByteArrayLiteral("application/json"));
                    QNetworkReply *replyReply = network->post(
                        reply,
                        QJsonDocument(
                            QJsonObject{{QStringLiteral("clientId"), clientId},
                                        {QStringLiteral("text"),
                                         QStringLiteral("Sorry! Let us check your order.")},
                                        {QStringLiteral("visibility"), QStringLiteral("public")},
                                        {QStringLiteral("baseRev"), rev}})
                            .toJson(QJsonDocument::Compact));
                    ++inFlight;
                    QObject::connect(
                        replyReply, &QNetworkReply::finished, replyReply,
                        [&, replyReply, conversation, clientId] {
                            --inFlight;
                            replyReply->deleteLater();
                            if (replyReply->attribute(QNetworkRequest::HttpStatusCodeAttribute)
                                    .toInt() == 201)
                                acknowledged.replies.append({conversation, clientId});
                        });
                });
        }
    }
    REQUIRE(Testing::waitUntil([&] { return acknowledged.replies.size() >= 40; }, 30000));
    server->kill();
    Testing::waitUntil([&] { return inFlight == 0; }, 10000);
    INFO(acknowledged.claims.size() << " claims and " << acknowledged.replies.size()
                                    << " replies acknowledged before the kill");
    CHECK(acknowledged.replies.size() <
          ids.size()); // the kill did land mid-work: not every case was answered

    server = std::make_unique<Testing::ServerProcess>(
        QStringList{QStringLiteral("--data"), data.path()});
    REQUIRE(server->started());
    api = ApiClient(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server->port())));
    for (const auto &[conversation, agentId] : acknowledged.claims) {
        const ApiReply detail =
            api.call("GET", QStringLiteral("/v1/conversations/%1").arg(conversation), QByteArray(),
                     staff.adminToken);
        REQUIRE(detail.status == 200);
        CHECK(
            detail
                .body[QLatin1String("conversation")][QLatin1String("assignee")][QLatin1String("id")]
                .toInteger() == agentId);
    }
    for (const auto &[conversation, clientId] : acknowledged.replies) {
        const ApiReply detail =
            api.call("GET", QStringLiteral("/v1/conversations/%1").arg(conversation), QByteArray(),
                     staff.adminToken);
        const QJsonArray messages = detail.body.value(QLatin1String("messages")).toArray();
        CHECK(std::count_if(messages.begin(), messages.end(), [](const QJsonValue &m) {
                  return m[QLatin1String("direction")].toString() == u"outbound";
              }) == 1);
    }
    // A client that saw nothing catches up on every acknowledged claim through the feed.
    const ApiReply feed = api.call("GET", QStringLiteral("/v1/changes?since=0&limit=5000"),
                                   QByteArray(), staff.adminToken);
    REQUIRE(feed.status == 200);
    QSet<QString> claimedInFeed;
    for (const QJsonValue &change : feed.body.value(QLatin1String("changes")).toArray())
        if (change[QLatin1String("entity")].toString() == u"conversation" &&
            change[QLatin1String("data")][QLatin1String("assignee")].isObject())
            claimedInFeed.insert(change[QLatin1String("id")].toString());
    for (const auto &[conversation, agentId] : acknowledged.claims)
        CHECK(claimedInFeed.contains(QString::number(conversation)));

    server.reset();
    auto reopened = Server::ServerDatabase::openSqlite(data.path());
    REQUIRE(reopened.ok());
    QSqlQuery integrity(reopened.value()->connection());
    REQUIRE(integrity.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(integrity.next());
    CHECK(integrity.value(0).toString() == QStringLiteral("ok"));
}

TEST_CASE("A config file gives the server its options, and with a certificate it speaks only HTTPS "
          "and WSS")
{
    Testing::TempWorkspace data;
    const QString fixtures = QStringLiteral(CAREDESK_SOURCE_DIR "/tests/fixtures/tls/");
    data.write(QStringLiteral("server.json"),
               QJsonDocument(QJsonObject{{QStringLiteral("data"), data.path()},
                                         {QStringLiteral("tls-cert"),
                                          QString(fixtures + QStringLiteral("server.crt"))},
                                         {QStringLiteral("tls-key"),
                                          QString(fixtures + QStringLiteral("server.key"))}})
                   .toJson());
    Testing::ServerProcess server(
        {QStringLiteral("--config"), data.file(QStringLiteral("server.json"))});
    INFO(server.output().toStdString());
    REQUIRE(server.started());
    CHECK(server.output().contains(QStringLiteral("listening on https://")));

    // A client that trusts this certificate gets answers, over HTTPS and WSS.
    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    trusting.setCaCertificates(QSslCertificate::fromPath(fixtures + QStringLiteral("server.crt")));
    QNetworkAccessManager network;
    QNetworkRequest request(
        QUrl(QStringLiteral("https://127.0.0.1:%1/healthz").arg(server.port())));
    request.setSslConfiguration(trusting);
    QNetworkReply *reply = network.get(request);
    REQUIRE(Testing::waitUntil([&] { return reply->isFinished(); }));
    CHECK(reply->error() == QNetworkReply::NoError);
    CHECK(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);

    QWebSocket live;
    live.setSslConfiguration(trusting);
    bool refused = false;
    QObject::connect(&live, &QWebSocket::connected, &live, [&] {
        live.sendTextMessage(QStringLiteral("{\"type\":\"hello\",\"token\":\"x\"}"));
    });
    QObject::connect(&live, &QWebSocket::textMessageReceived, &live, [&](const QString &text) {
        refused = text.contains(QStringLiteral("unauthorized"));
    });
    live.open(QUrl(QStringLiteral("wss://127.0.0.1:%1/v1/events").arg(server.port())));
    CHECK(Testing::waitUntil([&] { return refused; }));

    // Plain HTTP on the same port gets nothing.
    QNetworkReply *plain = network.get(
        QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/healthz").arg(server.port()))));
    REQUIRE(Testing::waitUntil([&] { return plain->isFinished(); }, 15000));
    CHECK(plain->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200);

    // A config file with a mistake stops the server with a clear message.
    data.write(QStringLiteral("typo.json"), R"({"lisen": "127.0.0.1:0"})");
    const Testing::ProcessResult typo =
        Testing::runProgram(QStringLiteral("caredesk-server"),
                            {QStringLiteral("--config"), data.file(QStringLiteral("typo.json"))});
    CHECK(typo.exitCode == 2);
    CHECK(typo.err.contains("unknown option \"lisen\""));
}

TEST_CASE("Plain HTTP on an address other machines reach is refused unless allowed, and then "
          "warned about")
{
    Testing::TempWorkspace data;
    const Testing::ProcessResult refused =
        Testing::runProgram(QStringLiteral("caredesk-server"),
                            {QStringLiteral("--data"), data.path(), QStringLiteral("--listen"),
                             QStringLiteral("0.0.0.0:0")});
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains("plain HTTP on 0.0.0.0:0"));
    CHECK(refused.err.contains("--tls-cert and --tls-key"));
    CHECK(refused.err.contains("TLS reverse proxy"));
    CHECK(refused.err.contains("--allow-insecure-http"));
    CHECK_FALSE(refused.out.contains("listening"));

    {
        Testing::ServerProcess allowed(
            {QStringLiteral("--data"), data.path(), QStringLiteral("--allow-insecure-http")},
            QStringLiteral("0.0.0.0:0"));
        INFO(allowed.output().toStdString());
        REQUIRE(allowed.started());
        CHECK(allowed.output().contains(QStringLiteral("WARNING: serving plain HTTP on 0.0.0.0")));
        const ApiClient api(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(allowed.port())));
        CHECK(api.call("GET", QStringLiteral("/healthz")).status == 200);
    }
    {
        // The same switch in a config file.
        data.write(QStringLiteral("server.json"), R"({"allow-insecure-http": true})");
        Testing::ServerProcess configured({QStringLiteral("--data"), data.path(),
                                           QStringLiteral("--config"),
                                           data.file(QStringLiteral("server.json"))},
                                          QStringLiteral("0.0.0.0:0"));
        INFO(configured.output().toStdString());
        REQUIRE(configured.started());
        CHECK(configured.output().contains(QStringLiteral("WARNING")));
    }
    // Loopback, any of 127.0.0.0/8, stays on this machine: no switch, no warning.
    for (const QString &loopback : {QStringLiteral("127.0.0.1:0"), QStringLiteral("127.0.0.2:0")}) {
        Testing::ServerProcess local({QStringLiteral("--data"), data.path()}, loopback);
        INFO(local.output().toStdString());
        REQUIRE(local.started());
        CHECK_FALSE(local.output().contains(QStringLiteral("WARNING")));
    }
}

TEST_CASE("caredesk-server shows no database password in its messages, and its help says where "
          "the password goes")
{
    Testing::TempWorkspace data;
    for (const QString &address :
         {QStringLiteral("postgresql://ana:s3cr3t-Pa55@db.example"),
          QStringLiteral("postgresql://ana:s3cr3t-Pa55@127.0.0.1:1/caredesk")}) {
        const Testing::ProcessResult refused = Testing::runProgram(
            QStringLiteral("caredesk-server"),
            {QStringLiteral("--data"), data.path(), QStringLiteral("--database"), address});
        INFO(refused.err.toStdString());
        CHECK(refused.exitCode == 1);
        CHECK_FALSE(refused.err.isEmpty());
        CHECK_FALSE(refused.err.contains("s3cr3t"));
        CHECK_FALSE(refused.out.contains("s3cr3t"));
    }
    const Testing::ProcessResult help =
        Testing::runProgram(QStringLiteral("caredesk-server"), {QStringLiteral("--help")});
    CHECK(help.out.contains("PGPASSWORD"));
    CHECK(help.out.contains("PGPASSFILE"));
}

TEST_CASE("caredesk-server user add reads the password from stdin, token add prints a token once")
{
    Testing::TempWorkspace data;
    const Testing::ProcessResult added = Testing::runProgram(
        QStringLiteral("caredesk-server"),
        {QStringLiteral("--data"), data.path(), QStringLiteral("user"), QStringLiteral("add"),
         QStringLiteral("lena"), QStringLiteral("--role"), QStringLiteral("lead"),
         QStringLiteral("--name"), QStringLiteral("Lena Berg"), QStringLiteral("--languages"),
         QStringLiteral("de,en")},
        60000, "a secret of some length\n");
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.contains("Added lena (lead)"));
    const Testing::ProcessResult again =
        Testing::runProgram(QStringLiteral("caredesk-server"),
                            {QStringLiteral("--data"), data.path(), QStringLiteral("user"),
                             QStringLiteral("add"), QStringLiteral("lena")},
                            60000, "another secret\n");
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains("already an account called lena"));
    const Testing::ProcessResult tooShort =
        Testing::runProgram(QStringLiteral("caredesk-server"),
                            {QStringLiteral("--data"), data.path(), QStringLiteral("user"),
                             QStringLiteral("add"), QStringLiteral("kim")},
                            60000, "short\n");
    CHECK(tooShort.exitCode == 2);

    const Testing::ProcessResult token =
        Testing::runProgram(QStringLiteral("caredesk-server"),
                            {QStringLiteral("--data"), data.path(), QStringLiteral("token"),
                             QStringLiteral("add"), QStringLiteral("forum")});
    REQUIRE(token.exitCode == 0);
    const QByteArray ingestToken = token.out.trimmed();
    CHECK(ingestToken.size() >= 40);

    Testing::ServerProcess server({QStringLiteral("--data"), data.path()});
    REQUIRE(server.started());
    const ApiClient api(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port())));
    const QByteArray session =
        api.login(QStringLiteral("lena"), QStringLiteral("a secret of some length"));
    REQUIRE_FALSE(session.isEmpty());
    const ApiReply me = api.call("GET", QStringLiteral("/v1/me"), QByteArray(), session);
    CHECK(me.body.value(QLatin1String("name")).toString() == QStringLiteral("Lena Berg"));
    CHECK(me.body.value(QLatin1String("languages")).toArray() ==
          QJsonArray{QStringLiteral("de"), QStringLiteral("en")});
    CHECK(api.call("POST", QStringLiteral("/v1/ingest"), items(1), ingestToken).status == 200);

    // Lena gets a new password: her old session ends, the new password works.
    const QStringList lena{QStringLiteral("--data"), data.path(), QStringLiteral("user"),
                           QStringLiteral("password"), QStringLiteral("lena")};
    CHECK(
        Testing::runProgram(QStringLiteral("caredesk-server"), lena, 60000, "a brand new secret\n")
            .exitCode == 0);
    CHECK(api.call("GET", QStringLiteral("/v1/me"), QByteArray(), session).status == 401);
    const QByteArray renewed =
        api.login(QStringLiteral("lena"), QStringLiteral("a brand new secret"));
    REQUIRE_FALSE(renewed.isEmpty());
    // Lena leaves: the case she held goes back to the queue, and she cannot sign in again.
    const qint64 held =
        QJsonDocument::fromJson(
            api.call("GET", QStringLiteral("/v1/conversations"), QByteArray(), renewed).raw)
            .object()
            .value(QLatin1String("conversations"))
            .toArray()
            .at(0)[QLatin1String("id")]
            .toInteger();
    REQUIRE(api.call("POST", QStringLiteral("/v1/conversations/%1/claim").arg(held), QByteArray(),
                     renewed)
                .status == 200);
    const Testing::ProcessResult removed =
        Testing::runProgram(QStringLiteral("caredesk-server"),
                            {QStringLiteral("--data"), data.path(), QStringLiteral("user"),
                             QStringLiteral("remove"), QStringLiteral("lena")});
    CHECK(removed.exitCode == 0);
    CHECK(api.call("GET", QStringLiteral("/v1/me"), QByteArray(), renewed).status == 401);
    CHECK(api.login(QStringLiteral("lena"), QStringLiteral("a brand new secret")).isEmpty());
    CHECK(Testing::runProgram(QStringLiteral("caredesk-server"),
                              {QStringLiteral("--data"), data.path(), QStringLiteral("user"),
                               QStringLiteral("remove"), QStringLiteral("nobody")})
              .exitCode == 1);
    // The removal was written by another process: this server hands the case out again.
    const QByteArray other = [&] {
        Testing::runProgram(QStringLiteral("caredesk-server"),
                            {QStringLiteral("--data"), data.path(), QStringLiteral("user"),
                             QStringLiteral("add"), QStringLiteral("kim")},
                            60000, "kim's long password\n");
        return api.login(QStringLiteral("kim"), QStringLiteral("kim's long password"));
    }();
    CHECK(api.call("POST", QStringLiteral("/v1/conversations/%1/claim").arg(held), QByteArray(),
                   other)
              .status == 200);

    // Channels named on the command line are running once the server listens.
    server.kill();
    data.write(QStringLiteral("drill.json"),
               R"({"format":"caredesk-scenario","version":1,"id":"drill",
        "personas":[{"id":"ana","name":"Ana Gil","handle":"anagil","locale":"es_ES"}],
        "timeline":[{"id":"e1","at":-60,"persona":"ana","kind":"mention","thread":"t1","text":"@Northwind mi pedido no llega"}]})");
    data.write(QStringLiteral("channel.json"),
               QJsonDocument(QJsonObject{{QStringLiteral("plugin"), QStringLiteral("sandbox")},
                                         {QStringLiteral("account"), QStringLiteral("Drill")},
                                         {QStringLiteral("scenario"),
                                          data.file(QStringLiteral("drill.json"))}})
                   .toJson());
    Testing::ServerProcess withChannel({QStringLiteral("--data"), data.path(),
                                        QStringLiteral("--channel"),
                                        data.file(QStringLiteral("channel.json"))});
    INFO(withChannel.output().toStdString());
    REQUIRE(withChannel.started());
    const ApiClient channelApi(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(withChannel.port())));
    CHECK(Testing::waitUntil([&] {
        return channelApi
                   .call("GET", QStringLiteral("/v1/conversations?language=es"), QByteArray(),
                         other)
                   .body.value(QLatin1String("conversations"))
                   .toArray()
                   .size() == 1;
    }));
    const Testing::ProcessResult badChannel =
        Testing::runProgram(QStringLiteral("caredesk-server"),
                            {QStringLiteral("--data"), data.path(), QStringLiteral("--listen"),
                             QStringLiteral("127.0.0.1:0"), QStringLiteral("--channel"),
                             data.file(QStringLiteral("missing.json"))});
    CHECK(badChannel.exitCode == 1);

    // Revoked, the token opens nothing.
    const ApiClient &api2 = channelApi;
    const Testing::ProcessResult revoked =
        Testing::runProgram(QStringLiteral("caredesk-server"),
                            {QStringLiteral("--data"), data.path(), QStringLiteral("token"),
                             QStringLiteral("remove"), QStringLiteral("forum")});
    CHECK(revoked.exitCode == 0);
    CHECK(api2.call("POST", QStringLiteral("/v1/ingest"), items(1), ingestToken).status == 401);

    const Testing::ProcessResult help =
        Testing::runProgram(QStringLiteral("caredesk-server"), {QStringLiteral("--help")});
    for (const char *option : {"--data", "--database", "--listen", "--tls-cert", "--tls-key",
                               "--allow-insecure-http", "--channel", "--config", "--role"})
        CHECK(help.out.contains(option));
}

TEST_CASE("caredesk-cli team sync signs a workspace in and brings the team's conversations into it")
{
    Testing::TempWorkspace data;
    REQUIRE(Testing::runProgram(QStringLiteral("caredesk-server"),
                                {QStringLiteral("--data"), data.path(), QStringLiteral("user"),
                                 QStringLiteral("add"), QStringLiteral("lena"),
                                 QStringLiteral("--role"), QStringLiteral("agent")},
                                60000, "a secret of some length\n")
                .exitCode == 0);
    const QByteArray feedToken =
        Testing::runProgram(QStringLiteral("caredesk-server"),
                            {QStringLiteral("--data"), data.path(), QStringLiteral("token"),
                             QStringLiteral("add"), QStringLiteral("feed")})
            .out.trimmed();
    Testing::ServerProcess server({QStringLiteral("--data"), data.path()});
    REQUIRE(server.started());
    const ApiClient api(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port())));
    REQUIRE(api.call("POST", QStringLiteral("/v1/ingest"), items(3), feedToken).status == 200);

    Testing::TempWorkspace desk;
    const QStringList sync{
        QStringLiteral("team"),        QStringLiteral("sync"),
        QStringLiteral("--workspace"), desk.path(),
        QStringLiteral("--server"),    QStringLiteral("http://127.0.0.1:%1").arg(server.port()),
        QStringLiteral("--login"),     QStringLiteral("lena")};
    const Testing::ProcessResult wrong =
        Testing::runProgram(QStringLiteral("caredesk-cli"), sync, 60000, "not the password\n");
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains("The login or password is not right."));

    const Testing::ProcessResult synced = Testing::runProgram(QStringLiteral("caredesk-cli"), sync,
                                                              60000, "a secret of some length\n");
    INFO(synced.err.toStdString());
    REQUIRE(synced.exitCode == 0);
    const QJsonObject summary = QJsonDocument::fromJson(synced.out).object();
    CHECK(summary.value(QLatin1String("conversations")).toInt() == 3);
    CHECK(summary.value(QLatin1String("rev")).toInteger() > 0);

    const Testing::ProcessResult inbox =
        Testing::runProgram(QStringLiteral("caredesk-cli"),
                            {QStringLiteral("inbox"), QStringLiteral("--workspace"), desk.path()});
    CHECK(inbox.exitCode == 0);
    CHECK(inbox.out.contains("customer1"));
}
