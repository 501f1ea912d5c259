// The team server's /v1 API as desktops use it: sessions, roles, ingest, exclusive assignment,
// routing, the change feed and the live events, against a real server on loopback.

#include "server/EventHub.h"
#include "server/Passwords.h"
#include "server/ServerDatabase.h"
#include "server/TeamServer.h"
#include "server/api/SessionsApi.h"
#include "server/http/JsonBody.h"
#include "server/store/TeamStore.h"
#include "support/ApiClient.h"
#include "support/FakeClock.h"
#include "support/FakePlatformServer.h"
#include "support/ServerProcess.h"
#include "support/TeamFixture.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>

using namespace CareDesk;
using Testing::ApiClient;
using Testing::ApiReply;
using Testing::item;
using Testing::PASSWORD;
using Team = Testing::TeamFixture;

namespace {

QString path(qint64 conversationId, const QString &action = {})
{
    return QStringLiteral("/v1/conversations/%1").arg(conversationId) +
           (action.isEmpty() ? QString() : QLatin1Char('/') + action);
}

} // namespace

TEST_CASE("Logging in gives a session token, wrong passwords are refused and then slowed down")
{
    Team team;
    team.add(QStringLiteral("ana"), Server::Role::Agent);

    const ApiReply ok = team.api->call("POST", QStringLiteral("/v1/sessions"),
                                       QJsonObject{{QStringLiteral("login"), QStringLiteral("ana")},
                                                   {QStringLiteral("password"), PASSWORD}});
    REQUIRE(ok.status == 201);
    const QByteArray token = ok.body.value(QLatin1String("token")).toString().toLatin1();
    CHECK(token.size() >= 40);
    CHECK(ok.body[QLatin1String("agent")][QLatin1String("login")].toString() ==
          QStringLiteral("ana"));
    CHECK(team.api->call("GET", QStringLiteral("/v1/me"), QByteArray(), token).status == 200);

    CHECK(team.api->call("GET", QStringLiteral("/v1/me")).status == 401);
    CHECK(team.api->call("GET", QStringLiteral("/v1/me"), QByteArray(), token + "x").status == 401);
    CHECK(team.api
              ->call("GET", QStringLiteral("/v1/me"), QByteArray(),
                     "forged-token-that-looks-fine-but-is-not-1234")
              .status == 401);

    const auto wrong = [&] {
        return team.api->call("POST", QStringLiteral("/v1/sessions"),
                              QJsonObject{{QStringLiteral("login"), QStringLiteral("ana")},
                                          {QStringLiteral("password"), QStringLiteral("guess")}});
    };
    for (int i = 0; i < Server::SessionsApi::MAX_FAILED_LOGINS; ++i)
        CHECK(wrong().status == 401);
    const ApiReply limited = wrong();
    CHECK(limited.status == 429);
    CHECK(limited.errorCode() == QStringLiteral("too_many_attempts"));
    CHECK(limited.header("Retry-After").toInt() > 0);
    // Even the right password waits until the window has passed, restart or not.
    CHECK(team.api->login(QStringLiteral("ana"), PASSWORD).isEmpty());
    team.stop();
    team.start();
    CHECK(wrong().status == 429);
    team.clock.advanceSecs(Server::SessionsApi::LOGIN_WINDOW_MS / 1000 + 1);
    CHECK_FALSE(team.api->login(QStringLiteral("ana"), PASSWORD).isEmpty());

    CHECK(team.api
              ->call("POST", QStringLiteral("/v1/sessions"),
                     QJsonObject{{QStringLiteral("login"), QStringLiteral("nobody")},
                                 {QStringLiteral("password"), PASSWORD}})
              .status == 401);

    CHECK(team.api->call("DELETE", QStringLiteral("/v1/sessions/current"), QByteArray(), token)
              .status == 204);
    CHECK(team.api->call("GET", QStringLiteral("/v1/me"), QByteArray(), token).status == 401);
}

TEST_CASE("Bad requests get the right 4xx in the one error shape, and the server keeps serving")
{
    Team team;
    const QByteArray token = team.tokenFor(team.add(QStringLiteral("ana"), Server::Role::Agent));
    team.ingest(item(QStringLiteral("1"), QStringLiteral("jane"),
                     QStringLiteral("@AcmeHelp my router is broken")));
    const qint64 id = team.conversationOf(token, QStringLiteral("jane"));

    struct Case
    {
        QByteArray body;
        int status;
        QString code;
    };
    const QList<Case> cases{
        {"{not json", 400, QStringLiteral("bad_request")},
        {"[1,2]", 400, QStringLiteral("bad_request")},
        {"{\"agentId\":\"\xff\xfe\"}", 400, QStringLiteral("bad_request")}, // invalid UTF-8
        {"{\"agentId\":\"7\"}", 422, QStringLiteral("invalid")},            // wrong type
        {"{}", 422, QStringLiteral("invalid")},                             // missing field
        {"{\"agentId\":7,\"note\":\"x\"}", 422, QStringLiteral("invalid")}, // unknown field
        {"{\"agentId\":" + QByteArray(Server::JsonBody::MAX_BYTES, '1') + "}", 413,
         QStringLiteral("too_large")},
    };
    for (const Case &c : cases) {
        const ApiReply reply =
            team.api->call("POST", path(id, QStringLiteral("transfer")), c.body, token);
        INFO(c.body.left(40).toStdString());
        CHECK(reply.status == c.status);
        CHECK(reply.errorCode() == c.code);
        CHECK_FALSE(reply.errorMessage().isEmpty());
    }
    CHECK(team.api->call("GET", path(id, QStringLiteral("claim")), QByteArray(), token).status ==
          405);
    CHECK(team.api->call("GET", QStringLiteral("/v1/conversations/abc"), QByteArray(), token)
              .status == 404);
    CHECK(team.api->call("GET", QStringLiteral("/v1/conversations?limit=0"), QByteArray(), token)
              .status == 400);
    CHECK(team.api->call("GET", QStringLiteral("/v1/conversations?cursor=%%%"), QByteArray(), token)
              .status == 422);
    CHECK(
        team.api->call("GET", QStringLiteral("/v1/changes?since=-4"), QByteArray(), token).status ==
        400);
    CHECK(team.api->call("GET", QStringLiteral("/healthz")).status == 200);
}

TEST_CASE("Numbers in queries and bodies must be whole and in range, or the answer is 400")
{
    Team team;
    const Server::Agent ana = team.add(QStringLiteral("ana"), Server::Role::Agent);
    const QByteArray token = team.tokenFor(ana);
    const QByteArray leadToken = team.tokenFor(team.add(QStringLiteral("lea"), Server::Role::Lead));
    team.ingest(item(QStringLiteral("1"), QStringLiteral("jane"),
                     QStringLiteral("@AcmeHelp my router is broken")));
    const qint64 id = team.conversationOf(token, QStringLiteral("jane"));
    REQUIRE(team.api->call("POST", path(id, QStringLiteral("claim")), QByteArray(), token).status ==
            200);

    struct Case
    {
        QByteArray method;
        QString path;
        QByteArray body;
        QString field;
        QByteArray sendAs = {}; // the caller, when not Ana
    };
    const QString replies = path(id, QStringLiteral("replies"));
    const QByteArray reply =
        R"({"clientId":"reply-0001","text":"Hi","visibility":"public","baseRev":)";
    const QByteArray review = QByteArray(R"({"conversationId":)") + QByteArray::number(id);
    const QList<Case> cases{
        {"GET", QStringLiteral("/v1/changes?since=1.5"), {}, QStringLiteral("since")},
        {"GET", QStringLiteral("/v1/changes?since=1e3"), {}, QStringLiteral("since")},
        {"GET",
         QStringLiteral("/v1/changes?since=99999999999999999999999"),
         {},
         QStringLiteral("since")},
        {"GET", QStringLiteral("/v1/changes?since=-1"), {}, QStringLiteral("since")},
        {"GET", QStringLiteral("/v1/changes?since=%200x10"), {}, QStringLiteral("since")},
        {"GET", QStringLiteral("/v1/changes"), {}, QStringLiteral("since")},
        {"GET", QStringLiteral("/v1/changes?since=0&limit=5001"), {}, QStringLiteral("limit")},
        {"GET", QStringLiteral("/v1/conversations?limit=2.5"), {}, QStringLiteral("limit")},
        {"GET", QStringLiteral("/v1/conversations?assignee=-7"), {}, QStringLiteral("assignee")},
        {"POST", path(id, QStringLiteral("transfer")), R"({"agentId":1.5})",
         QStringLiteral("agentId")},
        {"POST", path(id, QStringLiteral("transfer")), R"({"agentId":1e300})",
         QStringLiteral("agentId")},
        {"POST", path(id, QStringLiteral("transfer")), R"({"agentId":-9223372036854775809})",
         QStringLiteral("agentId")},
        {"POST", path(id, QStringLiteral("transfer")), R"({"agentId":9007199254740993})",
         QStringLiteral("agentId")},
        {"POST", path(id, QStringLiteral("transfer")), R"({"agentId":0})",
         QStringLiteral("agentId")},
        {"POST", replies, reply + "-1}", QStringLiteral("baseRev")},
        {"POST", replies, reply + "0.25}", QStringLiteral("baseRev")},
        {"POST", replies, reply + "1e19}", QStringLiteral("baseRev")},
        {"PATCH", QStringLiteral("/v1/agents/%1").arg(ana.id), R"({"capacity":1e10})",
         QStringLiteral("capacity"), leadToken},
        {"PATCH", QStringLiteral("/v1/agents/%1").arg(ana.id), R"({"capacity":2.5})",
         QStringLiteral("capacity"), leadToken},
        {"PUT", QStringLiteral("/v1/routing"), R"({"offlineGraceSecs":30.5})",
         QStringLiteral("offlineGraceSecs"), leadToken},
        {"POST", QStringLiteral("/v1/reviews"), R"({"conversationId":1e300,"scores":[]})",
         QStringLiteral("conversationId"), leadToken},
        {"POST", QStringLiteral("/v1/reviews"),
         review + R"(,"scores":[{"title":"Tone","weight":1,"score":1.5}]})",
         QStringLiteral("score"), leadToken},
        {"POST", QStringLiteral("/v1/reviews"),
         review + R"(,"scores":[{"title":"Tone","weight":11,"score":1}]})",
         QStringLiteral("weight"), leadToken},
        {"POST", QStringLiteral("/v1/reviews"),
         review + R"(,"scores":[],"comments":[{"text":"ok","messageId":2.5}]})",
         QStringLiteral("messageId"), leadToken},
        {"GET", QStringLiteral("/v1/reviews?agent=1.0"), {}, QStringLiteral("agent"), leadToken},
    };
    for (const Case &c : cases) {
        const ApiReply answer =
            team.api->call(c.method, c.path, c.body, c.sendAs.isEmpty() ? token : c.sendAs);
        INFO(QString(QString::fromLatin1(c.method) + u' ' + c.path + u' ' +
                     QString::fromUtf8(c.body))
                 .toStdString());
        INFO(answer.raw.toStdString());
        CHECK(answer.status == 400);
        CHECK(answer.errorCode() == QStringLiteral("bad_request"));
        CHECK(answer.errorMessage().startsWith(c.field + QStringLiteral(" must be ")));
    }
    // None of them changed anything, and numbers in range still work.
    const ApiReply detail = team.api->call("GET", path(id), QByteArray(), token);
    CHECK(detail.body.value(QLatin1String("messages")).toArray().size() == 1);
    CHECK(
        team.api->call("GET", QStringLiteral("/v1/changes?since=0&limit=5000"), QByteArray(), token)
            .status == 200);
    CHECK(team.api
              ->call("PATCH", QStringLiteral("/v1/agents/%1").arg(ana.id),
                     QJsonObject{{QStringLiteral("capacity"), 3}}, leadToken)
              .status == 200);
}

TEST_CASE("Every route checks the role, and teams do not see each other's conversations")
{
    Team team;
    const Server::Agent ana =
        team.add(QStringLiteral("ana"), Server::Role::Agent, QStringLiteral("support"));
    const QByteArray anaToken = team.tokenFor(ana);
    const QByteArray leadToken = team.tokenFor(
        team.add(QStringLiteral("lea"), Server::Role::Lead, QStringLiteral("support")));
    const QByteArray trainerToken = team.tokenFor(
        team.add(QStringLiteral("tom"), Server::Role::Trainer, QStringLiteral("support")));
    const QByteArray salesToken = team.tokenFor(
        team.add(QStringLiteral("sam"), Server::Role::Agent, QStringLiteral("sales")));
    team.ingest(item(QStringLiteral("1"), QStringLiteral("jane"),
                     QStringLiteral("@AcmeHelp my router is broken")),
                QStringLiteral("support"));
    const qint64 id = team.conversationOf(anaToken, QStringLiteral("jane"));

    CHECK(team.api
              ->call("POST", QStringLiteral("/v1/ingest"),
                     item(QStringLiteral("2"), QStringLiteral("x"), QStringLiteral("hi")), anaToken)
              .status == 403);
    CHECK(team.api
              ->call("POST", QStringLiteral("/v1/agents"),
                     QJsonObject{{QStringLiteral("login"), QStringLiteral("eve")},
                                 {QStringLiteral("password"), PASSWORD},
                                 {QStringLiteral("role"), QStringLiteral("admin")}},
                     anaToken)
              .status == 403);
    CHECK(team.api->call("GET", QStringLiteral("/v1/agents"), QByteArray(), anaToken).status ==
          403);
    CHECK(team.api
              ->call("PATCH", QStringLiteral("/v1/agents/%1").arg(ana.id),
                     QJsonObject{{QStringLiteral("role"), QStringLiteral("admin")}}, anaToken)
              .status == 403);
    // A lead sets skills and capacity, but only an admin changes roles.
    CHECK(team.api
              ->call("PATCH", QStringLiteral("/v1/agents/%1").arg(ana.id),
                     QJsonObject{{QStringLiteral("capacity"), 3}}, leadToken)
              .status == 200);
    CHECK(team.api
              ->call("PATCH", QStringLiteral("/v1/agents/%1").arg(ana.id),
                     QJsonObject{{QStringLiteral("role"), QStringLiteral("lead")}}, leadToken)
              .status == 403);
    CHECK(team.api
              ->call("PATCH", QStringLiteral("/v1/agents/%1").arg(ana.id),
                     QJsonObject{{QStringLiteral("role"), QStringLiteral("lead")}}, team.adminToken)
              .status == 200);
    // Trainers read but do not take live conversations.
    CHECK(team.api->call("GET", path(id), QByteArray(), trainerToken).status == 200);
    CHECK(team.api->call("POST", path(id, QStringLiteral("claim")), QByteArray(), trainerToken)
              .status == 403);

    CHECK(team.conversations(salesToken).isEmpty());
    CHECK(team.api->call("GET", path(id), QByteArray(), salesToken).status == 404);
    CHECK(team.api->call("POST", path(id, QStringLiteral("claim")), QByteArray(), salesToken)
              .status == 404);
    const ApiReply salesFeed =
        team.api->call("GET", QStringLiteral("/v1/changes?since=0"), QByteArray(), salesToken);
    REQUIRE(salesFeed.status == 200);
    for (const QJsonValue &change : salesFeed.body.value(QLatin1String("changes")).toArray())
        CHECK(change[QLatin1String("entity")].toString() != QStringLiteral("conversation"));
}

TEST_CASE("Only leads review a conversation, reading it changes nothing, and an agent reads the "
          "reviews of her own work")
{
    Team team;
    const Server::Agent ana =
        team.add(QStringLiteral("ana"), Server::Role::Agent, QStringLiteral("support"));
    const QByteArray anaToken = team.tokenFor(ana);
    const Server::Agent ben =
        team.add(QStringLiteral("ben"), Server::Role::Agent, QStringLiteral("support"));
    const QByteArray benToken = team.tokenFor(ben);
    const QByteArray leadToken = team.tokenFor(
        team.add(QStringLiteral("lea"), Server::Role::Lead, QStringLiteral("support")));
    const QByteArray trainerToken = team.tokenFor(
        team.add(QStringLiteral("tom"), Server::Role::Trainer, QStringLiteral("support")));
    const QByteArray otherLeadToken =
        team.tokenFor(team.add(QStringLiteral("ola"), Server::Role::Lead, QStringLiteral("sales")));
    team.api->call("PUT", QStringLiteral("/v1/routing"),
                   QJsonObject{{QStringLiteral("policy"), QStringLiteral("manual")}}, leadToken);
    team.ingest(item(QStringLiteral("1"), QStringLiteral("jane"),
                     QStringLiteral("@AcmeHelp my router is broken")),
                QStringLiteral("support"));
    const qint64 id = team.conversationOf(anaToken, QStringLiteral("jane"));
    REQUIRE(
        team.api->call("POST", path(id, QStringLiteral("claim")), QByteArray(), anaToken).status ==
        200);

    // The lead reads the conversation: nothing about it changes.
    const QJsonObject before = team.api->call("GET", path(id), QByteArray(), anaToken).body;
    REQUIRE(team.api->call("GET", path(id), QByteArray(), leadToken).status == 200);
    const QJsonObject after = team.api->call("GET", path(id), QByteArray(), anaToken).body;
    CHECK(after.value(QLatin1String("rev")) == before.value(QLatin1String("rev")));
    CHECK(after.value(QLatin1String("status")) == before.value(QLatin1String("status")));
    CHECK(after.value(QLatin1String("assignee")) == before.value(QLatin1String("assignee")));

    const QJsonObject review{
        {QStringLiteral("conversationId"), id},
        {QStringLiteral("summary"), QStringLiteral("Quick and kind.")},
        {QStringLiteral("scores"),
         QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("Answered every message")},
                                {QStringLiteral("weight"), 2},
                                {QStringLiteral("score"), 2}},
                    QJsonObject{{QStringLiteral("title"), QStringLiteral("Tone")},
                                {QStringLiteral("weight"), 1},
                                {QStringLiteral("score"), QJsonValue::Null}}}},
        {QStringLiteral("comments"),
         QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("Nice opener")}}}}};
    // Agents, trainers and other teams' leads may not review it.
    CHECK(team.api->call("POST", QStringLiteral("/v1/reviews"), review, anaToken).status == 403);
    CHECK(team.api->call("POST", QStringLiteral("/v1/reviews"), review, trainerToken).status ==
          403);
    CHECK(team.api->call("POST", QStringLiteral("/v1/reviews"), review, otherLeadToken).status ==
          404);
    QJsonObject badScore = review;
    badScore[QStringLiteral("scores")] =
        QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("Tone")},
                               {QStringLiteral("weight"), 1},
                               {QStringLiteral("score"), 3}}};
    CHECK(team.api->call("POST", QStringLiteral("/v1/reviews"), badScore, leadToken).status == 400);

    const ApiReply saved = team.api->call("POST", QStringLiteral("/v1/reviews"), review, leadToken);
    REQUIRE(saved.status == 201);
    CHECK(saved.body.value(QLatin1String("agentId")).toInteger() == ana.id);
    CHECK(saved.body.value(QLatin1String("reviewerName")).toString() == QStringLiteral("Lea"));
    QJsonObject changed = review;
    changed[QStringLiteral("summary")] = QStringLiteral("Quick and kind. Offer the app next time.");
    const ApiReply again =
        team.api->call("POST", QStringLiteral("/v1/reviews"), changed, leadToken);
    REQUIRE(again.status == 201);
    CHECK(again.body.value(QLatin1String("id")) ==
          saved.body.value(QLatin1String("id"))); // replaced, not added

    // Ana reads the review of her work; Ben has none and may not read hers.
    const ApiReply anas =
        team.api->call("GET", QStringLiteral("/v1/reviews"), QByteArray(), anaToken);
    REQUIRE(anas.status == 200);
    const QJsonArray anaReviews = anas.body.value(QLatin1String("reviews")).toArray();
    REQUIRE(anaReviews.size() == 1);
    CHECK(anaReviews[0][QLatin1String("summary")].toString() ==
          QStringLiteral("Quick and kind. Offer the app next time."));
    CHECK(anaReviews[0][QLatin1String("scores")].toArray().size() == 2);
    CHECK(anaReviews[0][QLatin1String("scores")][1][QLatin1String("score")].isNull());
    CHECK(anaReviews[0][QLatin1String("comments")][0][QLatin1String("text")].toString() ==
          QStringLiteral("Nice opener"));
    CHECK(team.api->call("GET", QStringLiteral("/v1/reviews"), QByteArray(), benToken)
              .body.value(QLatin1String("reviews"))
              .toArray()
              .isEmpty());
    CHECK(team.api
              ->call("GET", QStringLiteral("/v1/reviews?agent=%1").arg(ana.id), QByteArray(),
                     benToken)
              .status == 403);
    CHECK(team.api->call("GET", QStringLiteral("/v1/reviews"), QByteArray(), trainerToken).status ==
          403);
    // The lead sees the team's, filtered by agent; another team's lead sees none of them.
    CHECK(team.api
              ->call("GET", QStringLiteral("/v1/reviews?agent=%1").arg(ana.id), QByteArray(),
                     leadToken)
              .body.value(QLatin1String("reviews"))
              .toArray()
              .size() == 1);
    CHECK(team.api
              ->call("GET", QStringLiteral("/v1/reviews?agent=%1").arg(ben.id), QByteArray(),
                     leadToken)
              .body.value(QLatin1String("reviews"))
              .toArray()
              .isEmpty());
    CHECK(team.api->call("GET", QStringLiteral("/v1/reviews"), QByteArray(), otherLeadToken)
              .body.value(QLatin1String("reviews"))
              .toArray()
              .isEmpty());
}

TEST_CASE("A lead sets the team's SLA with business hours, and new conversations are due by it")
{
    Team team;
    const QByteArray anaToken = team.tokenFor(
        team.add(QStringLiteral("ana"), Server::Role::Agent, QStringLiteral("support")));
    const QByteArray leadToken = team.tokenFor(
        team.add(QStringLiteral("lea"), Server::Role::Lead, QStringLiteral("support")));
    const QJsonObject sla =
        QJsonDocument::fromJson(R"({"firstResponseMinutes": 60, "timeZone": "Europe/Madrid",
        "hours": {"mon": ["10:00", "18:00"], "tue": ["10:00", "18:00"]}, "holidays": ["2026-12-25"]})")
            .object();
    CHECK(team.api
              ->call("PUT", QStringLiteral("/v1/routing"),
                     QJsonObject{{QStringLiteral("sla"), sla}}, anaToken)
              .status == 403);
    CHECK(team.api->call("GET", QStringLiteral("/v1/routing"), QByteArray(), anaToken).status ==
          403);
    QJsonObject broken = sla;
    broken[QStringLiteral("timeZone")] = QStringLiteral("Nowhere/Special");
    const ApiReply refused =
        team.api->call("PUT", QStringLiteral("/v1/routing"),
                       QJsonObject{{QStringLiteral("sla"), broken}}, leadToken);
    CHECK(refused.status == 422);
    CHECK(QJsonDocument(refused.body).toJson().contains("Nowhere/Special"));

    const ApiReply set =
        team.api->call("PUT", QStringLiteral("/v1/routing"),
                       QJsonObject{{QStringLiteral("policy"), QStringLiteral("manual")},
                                   {QStringLiteral("sla"), sla}},
                       leadToken);
    REQUIRE(set.status == 200);
    const ApiReply read =
        team.api->call("GET", QStringLiteral("/v1/routing"), QByteArray(), leadToken);
    REQUIRE(read.status == 200);
    CHECK(read.body[QLatin1String("policy")].toString() == QStringLiteral("manual"));
    CHECK(read.body[QLatin1String("sla")][QLatin1String("hours")][QLatin1String("mon")][0]
              .toString() == QStringLiteral("10:00"));
    CHECK(read.body[QLatin1String("sla")][QLatin1String("holidays")][0].toString() ==
          QStringLiteral("2026-12-25"));

    // Jane writes on Monday 2 November at 09:01 in Madrid, before the team opens at 10:00.
    team.ingest(item(QStringLiteral("1"), QStringLiteral("jane"),
                     QStringLiteral("@AcmeHelp my router is broken"), QStringLiteral("01")),
                QStringLiteral("support"));
    const qint64 id = team.conversationOf(anaToken, QStringLiteral("jane"));
    const QJsonObject conversation = team.api->call("GET", path(id), QByteArray(), anaToken).body;
    CHECK(QDateTime::fromString(
              conversation[QLatin1String("conversation")][QLatin1String("slaDue")].toString(),
              Qt::ISODateWithMs) == QDateTime::fromString(QStringLiteral("2026-11-02T10:00:00Z"),
                                                          Qt::ISODate)); // 11:00 in Madrid
}

TEST_CASE("Ingest threads items into conversations the team pages through, most urgent first")
{
    Team team;
    const QByteArray token = team.tokenFor(team.add(QStringLiteral("ana"), Server::Role::Agent));
    const QJsonObject report = team.ingest(
        item(QStringLiteral("1"), QStringLiteral("jane"),
             QStringLiteral("@AcmeHelp my router is broken, nothing works"), QStringLiteral("01")) +
        item(QStringLiteral("2"), QStringLiteral("bob"),
             QStringLiteral("@AcmeHelp mi pedido no ha llegado"), QStringLiteral("02")) +
        item(QStringLiteral("3"), QStringLiteral("kai"),
             QStringLiteral("@AcmeHelp love the new app!"), QStringLiteral("03")) +
        item(QStringLiteral("4"), QStringLiteral("jane"),
             QStringLiteral("@AcmeHelp still broken?? URGENT, the log says &amp;lt;err&gt;"),
             QStringLiteral("04")) +
        "{broken line\n");
    CHECK(report.value(QLatin1String("messages")).toInt() == 4);
    CHECK(report.value(QLatin1String("conversations")).toInt() == 3);
    CHECK(report.value(QLatin1String("errors")).toArray().size() == 1);

    const ApiReply first =
        team.api->call("GET", QStringLiteral("/v1/conversations?limit=2"), QByteArray(), token);
    REQUIRE(first.status == 200);
    const QJsonArray page1 = first.body.value(QLatin1String("conversations")).toArray();
    REQUIRE(page1.size() == 2);
    const QString cursor = first.body.value(QLatin1String("next")).toString();
    REQUIRE_FALSE(cursor.isEmpty());
    const ApiReply second = team.api->call(
        "GET", QStringLiteral("/v1/conversations?limit=2&cursor=") + cursor, QByteArray(), token);
    const QJsonArray page2 = second.body.value(QLatin1String("conversations")).toArray();
    REQUIRE(page2.size() == 1);
    CHECK(second.body.value(QLatin1String("next")).isNull());
    CHECK(page1[0][QLatin1String("priority")].toInt() >=
          page1[1][QLatin1String("priority")].toInt());
    CHECK(page1[1][QLatin1String("priority")].toInt() >=
          page2[0][QLatin1String("priority")].toInt());

    const qint64 jane = team.conversationOf(token, QStringLiteral("jane"));
    const ApiReply detail = team.api->call("GET", path(jane), QByteArray(), token);
    REQUIRE(detail.status == 200);
    const QJsonArray messages = detail.body.value(QLatin1String("messages")).toArray();
    REQUIRE(messages.size() == 2);
    // Items sent here are plain text, whatever their platform: nothing in them is decoded.
    CHECK(messages[1][QLatin1String("text")].toString() ==
          QStringLiteral("@AcmeHelp still broken?? URGENT, the log says &amp;lt;err&gt;"));
    CHECK(detail.body[QLatin1String("conversation")][QLatin1String("unaddressed")].toInt() == 2);

    CHECK(team.conversations(token, QStringLiteral("?language=es")).size() == 1);
    // The same items again add nothing.
    const QJsonObject again = team.ingest(
        item(QStringLiteral("1"), QStringLiteral("jane"),
             QStringLiteral("@AcmeHelp my router is broken, nothing works"), QStringLiteral("01")));
    CHECK(again.value(QLatin1String("messages")).toInt() == 0);
    CHECK(team.api->call("GET", path(jane), QByteArray(), token)
              .body.value(QLatin1String("messages"))
              .toArray()
              .size() == 2);
}

TEST_CASE(
    "One owner per conversation: claims, conflicts in plain words, replies, hand-overs and resolve")
{
    Team team;
    const Server::Agent ana = team.add(QStringLiteral("ana"), Server::Role::Agent);
    const Server::Agent ben = team.add(QStringLiteral("ben"), Server::Role::Agent);
    const QByteArray anaToken = team.tokenFor(ana);
    const QByteArray benToken = team.tokenFor(ben);
    team.ingest(item(QStringLiteral("1"), QStringLiteral("jane"),
                     QStringLiteral("@AcmeHelp my router is broken")));
    const qint64 id = team.conversationOf(anaToken, QStringLiteral("jane"));

    const ApiReply claimed =
        team.api->call("POST", path(id, QStringLiteral("claim")), QByteArray(), anaToken);
    REQUIRE(claimed.status == 200);
    CHECK(claimed.body[QLatin1String("assignee")][QLatin1String("name")].toString() ==
          QStringLiteral("Ana"));
    CHECK(claimed.body[QLatin1String("status")].toString() == QStringLiteral("open"));
    const qint64 rev = claimed.body[QLatin1String("rev")].toInteger();
    // Claiming again is harmless for the holder.
    CHECK(
        team.api->call("POST", path(id, QStringLiteral("claim")), QByteArray(), anaToken).status ==
        200);

    team.clock.advanceSecs(120);
    const ApiReply taken =
        team.api->call("POST", path(id, QStringLiteral("claim")), QByteArray(), benToken);
    CHECK(taken.status == 409);
    CHECK(taken.errorMessage() == QStringLiteral("Ana took this conversation 2 minutes ago."));
    CHECK(taken.body[QLatin1String("error")][QLatin1String("holder")][QLatin1String("name")]
              .toString() == QStringLiteral("Ana"));

    const auto reply = [&](const QByteArray &token, const QString &clientId, qint64 baseRev) {
        return team.api->call("POST", path(id, QStringLiteral("replies")),
                              QJsonObject{{QStringLiteral("clientId"), clientId},
                                          {QStringLiteral("text"),
                                           QStringLiteral("Sorry to hear that! Sending a DM.")},
                                          {QStringLiteral("visibility"), QStringLiteral("public")},
                                          {QStringLiteral("baseRev"), baseRev}},
                              token);
    };
    CHECK(reply(benToken, QStringLiteral("ben-reply-1"), rev).status == 409);
    const ApiReply stale = reply(anaToken, QStringLiteral("ana-reply-0"), rev - 1);
    CHECK(stale.status == 409);
    CHECK(stale.errorCode() == QStringLiteral("stale"));
    const ApiReply sent = reply(anaToken, QStringLiteral("ana-reply-1"), rev);
    REQUIRE(sent.status == 201);
    CHECK(sent.body[QLatin1String("state")].toString() == QStringLiteral("queued"));
    CHECK(sent.body[QLatin1String("conversation")][QLatin1String("unaddressed")].toInt() == 0);
    // The same request again (a retry after a lost answer) stores nothing new.
    const ApiReply resent = reply(anaToken, QStringLiteral("ana-reply-1"), rev);
    CHECK(resent.status == 200);
    CHECK(resent.body[QLatin1String("id")] == sent.body[QLatin1String("id")]);
    const ApiReply afterReply = team.api->call("GET", path(id), QByteArray(), anaToken);
    CHECK(afterReply.body.value(QLatin1String("messages")).toArray().size() == 2);

    CHECK(team.api
              ->call("POST", path(id, QStringLiteral("notes")),
                     QJsonObject{{QStringLiteral("text"), QStringLiteral("Router model X200")}},
                     anaToken)
              .status == 201);
    CHECK(team.api
              ->call("POST", path(id, QStringLiteral("status")),
                     QJsonObject{{QStringLiteral("status"), QStringLiteral("resolved")}}, benToken)
              .status == 409);
    CHECK(team.api->call("POST", path(id, QStringLiteral("release")), QByteArray(), benToken)
              .status == 403);
    const ApiReply handedOver =
        team.api->call("POST", path(id, QStringLiteral("transfer")),
                       QJsonObject{{QStringLiteral("agentId"), ben.id}}, anaToken);
    REQUIRE(handedOver.status == 200);
    CHECK(handedOver.body[QLatin1String("assignee")][QLatin1String("name")].toString() ==
          QStringLiteral("Ben"));
    CHECK(team.api
              ->call("POST", path(id, QStringLiteral("status")),
                     QJsonObject{{QStringLiteral("status"), QStringLiteral("resolved")}}, benToken)
              .status == 200);

    const ApiReply detail = team.api->call("GET", path(id), QByteArray(), benToken);
    CHECK(detail.body[QLatin1String("conversation")][QLatin1String("status")].toString() ==
          QStringLiteral("resolved"));
    CHECK(detail.body.value(QLatin1String("notes")).toArray().size() == 1);
    QStringList kinds;
    for (const QJsonValue &event : detail.body.value(QLatin1String("history")).toArray())
        kinds << event[QLatin1String("kind")].toString();
    CHECK(kinds == QStringList{QStringLiteral("assigned"), QStringLiteral("transferred"),
                               QStringLiteral("status")});

    // The customer writes again: threading starts a new conversation, not the resolved one.
    team.ingest(item(QStringLiteral("9"), QStringLiteral("jane"),
                     QStringLiteral("@AcmeHelp it broke again"), QStringLiteral("30")));
    const QJsonArray open = team.conversations(anaToken);
    REQUIRE(open.size() == 1);
    CHECK(open[0][QLatin1String("id")].toInteger() != id);
}

TEST_CASE("A reply's client id tells nothing to another team, nor to a colleague who does not "
          "hold the conversation")
{
    Team team;
    const QByteArray anaToken = team.tokenFor(
        team.add(QStringLiteral("ana"), Server::Role::Agent, QStringLiteral("support")));
    const Server::Agent ben =
        team.add(QStringLiteral("ben"), Server::Role::Agent, QStringLiteral("support"));
    const QByteArray benToken = team.tokenFor(ben);
    const QByteArray samToken = team.tokenFor(
        team.add(QStringLiteral("sam"), Server::Role::Agent, QStringLiteral("sales")));
    team.ingest(item(QStringLiteral("1"), QStringLiteral("jane"),
                     QStringLiteral("@AcmeHelp my router is broken")),
                QStringLiteral("support"));
    const qint64 id = team.conversationOf(anaToken, QStringLiteral("jane"));
    const ApiReply claimed =
        team.api->call("POST", path(id, QStringLiteral("claim")), QByteArray(), anaToken);
    REQUIRE(claimed.status == 200);
    const qint64 rev = claimed.body[QLatin1String("rev")].toInteger();
    const auto reply = [&](const QByteArray &token, const QString &clientId, qint64 baseRev = -1) {
        return team.api->call("POST", path(id, QStringLiteral("replies")),
                              QJsonObject{{QStringLiteral("clientId"), clientId},
                                          {QStringLiteral("text"), QStringLiteral("On it!")},
                                          {QStringLiteral("visibility"), QStringLiteral("public")},
                                          {QStringLiteral("baseRev"), baseRev < 0 ? rev : baseRev}},
                              token);
    };
    const ApiReply sent = reply(anaToken, QStringLiteral("ana-reply-1"));
    REQUIRE(sent.status == 201);
    const QByteArray replyId = QByteArray::number(sent.body[QLatin1String("id")].toInteger());

    // Whoever may not reply gets the same refusal with Ana's client id as with a fresh one.
    for (const QByteArray &token : {samToken, benToken}) {
        const ApiReply known = reply(token, QStringLiteral("ana-reply-1"));
        const ApiReply fresh = reply(token, QStringLiteral("fresh-reply-1"));
        INFO(known.raw.toStdString());
        CHECK(known.status == fresh.status);
        CHECK((known.status == 404 || known.status == 409));
        CHECK(known.errorCode() == fresh.errorCode());
        CHECK(known.errorMessage() == fresh.errorMessage());
        CHECK_FALSE(known.body.contains(QLatin1String("id")));
        CHECK_FALSE(known.raw.contains(QByteArray("\"id\":" + replyId)));
        CHECK_FALSE(known.raw.contains("repeated"));
    }

    // Ana's own retry answers as before, even once the conversation moved to Ben.
    const ApiReply handedOver =
        team.api->call("POST", path(id, QStringLiteral("transfer")),
                       QJsonObject{{QStringLiteral("agentId"), ben.id}}, anaToken);
    REQUIRE(handedOver.status == 200);
    const ApiReply again = reply(anaToken, QStringLiteral("ana-reply-1"));
    CHECK(again.status == 200);
    CHECK(again.body[QLatin1String("id")] == sent.body[QLatin1String("id")]);
    // Ben, now holding it, cannot reuse her client id, and is told no more than that.
    const ApiReply reused = reply(benToken, QStringLiteral("ana-reply-1"),
                                  handedOver.body[QLatin1String("rev")].toInteger());
    CHECK(reused.status == 422);
    CHECK_FALSE(reused.raw.contains(QByteArray("\"id\":" + replyId)));
    CHECK(team.api->call("GET", path(id), QByteArray(), benToken)
              .body.value(QLatin1String("messages"))
              .toArray()
              .size() == 2);
}

TEST_CASE("A conversation goes only to an enabled agent or lead of its team")
{
    Team team;
    const QString support = QStringLiteral("support");
    const QByteArray anaToken =
        team.tokenFor(team.add(QStringLiteral("ana"), Server::Role::Agent, support));
    const Server::Agent lea = team.add(QStringLiteral("lea"), Server::Role::Lead, support);
    const Server::Agent tom = team.add(QStringLiteral("tom"), Server::Role::Trainer, support);
    const Server::Agent ada = team.add(QStringLiteral("ada"), Server::Role::Admin, support);
    const Server::Agent ben = team.add(QStringLiteral("ben"), Server::Role::Agent, support);
    const Server::Agent sam =
        team.add(QStringLiteral("sam"), Server::Role::Agent, QStringLiteral("sales"));
    REQUIRE(team.server->store()
                .accounts()
                .disableAgent(QStringLiteral("ben"), team.clock.now().toMSecsSinceEpoch())
                .ok());
    team.ingest(item(QStringLiteral("1"), QStringLiteral("jane"),
                     QStringLiteral("@AcmeHelp my router is broken")),
                support);
    const qint64 id = team.conversationOf(anaToken, QStringLiteral("jane"));
    REQUIRE(
        team.api->call("POST", path(id, QStringLiteral("claim")), QByteArray(), anaToken).status ==
        200);
    const auto transfer = [&](qint64 to) {
        return team.api->call("POST", path(id, QStringLiteral("transfer")),
                              QJsonObject{{QStringLiteral("agentId"), to}}, anaToken);
    };

    struct Case
    {
        qint64 to;
        QString message;
    };
    const QList<Case> refused{
        {tom.id, QStringLiteral("Tom does not work conversations; hand it to an agent or a lead.")},
        {ada.id, QStringLiteral("Ada does not work conversations; hand it to an agent or a lead.")},
        {ben.id, QStringLiteral("Ben's account is closed; hand the conversation to someone else.")},
        {sam.id, QStringLiteral("The agent to hand over to is not on this team.")},
        {sam.id + 1000, QStringLiteral("The agent to hand over to is not on this team.")},
    };
    for (const Case &c : refused) {
        const ApiReply answer = transfer(c.to);
        INFO(answer.raw.toStdString());
        CHECK(answer.status == 422);
        CHECK(answer.errorCode() == QStringLiteral("invalid"));
        CHECK(answer.errorMessage() == c.message);
    }
    const ApiReply still = team.api->call("GET", path(id), QByteArray(), anaToken);
    CHECK(
        still.body[QLatin1String("conversation")][QLatin1String("assignee")][QLatin1String("name")]
            .toString() == QStringLiteral("Ana"));

    const ApiReply toLead = transfer(lea.id);
    REQUIRE(toLead.status == 200);
    CHECK(toLead.body[QLatin1String("assignee")][QLatin1String("name")].toString() ==
          QStringLiteral("Lea"));
}

TEST_CASE("Of 200 agents claiming one conversation at the same moment, exactly one gets it")
{
    Team team;
    QList<QByteArray> tokens;
    for (int i = 0; i < 200; ++i)
        tokens << team.tokenFor(team.add(QStringLiteral("agent%1").arg(i), Server::Role::Agent));
    team.ingest(item(QStringLiteral("1"), QStringLiteral("jane"),
                     QStringLiteral("@AcmeHelp my router is broken")));
    const qint64 id = team.conversationOf(tokens[0], QStringLiteral("jane"));

    const QList<int> statuses = Testing::raceRequests({team.port}, 200, [&](int i) {
        return QByteArray("POST /v1/conversations/" + QByteArray::number(id) +
                          "/claim HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                          "Authorization: Bearer " +
                          tokens[i] + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    });
    CHECK(statuses.count(200) == 1);
    CHECK(statuses.count(409) == 199);
    const QJsonArray all = team.conversations(tokens[0]);
    REQUIRE(all.size() == 1);
    CHECK(all[0][QLatin1String("assignee")].isObject());
}

TEST_CASE("The change feed gives every change after a revision, and the live feed sends them as "
          "they happen")
{
    Team team;
    // Connecting makes an agent available; manual routing keeps the case for Ana to claim.
    team.api->call("PUT", QStringLiteral("/v1/routing"),
                   QJsonObject{{QStringLiteral("policy"), QStringLiteral("manual")}},
                   team.adminToken);
    const QByteArray anaToken = team.tokenFor(team.add(QStringLiteral("ana"), Server::Role::Agent));
    const QByteArray benToken = team.tokenFor(team.add(QStringLiteral("ben"), Server::Role::Agent));
    team.ingest(item(QStringLiteral("1"), QStringLiteral("jane"),
                     QStringLiteral("@AcmeHelp my router is broken")));
    const qint64 id = team.conversationOf(anaToken, QStringLiteral("jane"));

    const ApiReply all =
        team.api->call("GET", QStringLiteral("/v1/changes?since=0"), QByteArray(), anaToken);
    REQUIRE(all.status == 200);
    const auto feed = Protocol::ChangeFeed::fromJson(all.body);
    REQUIRE(feed.has_value());
    REQUIRE_FALSE(feed->changes.isEmpty());
    const qint64 seen = feed->rev;
    CHECK(std::any_of(
        feed->changes.begin(), feed->changes.end(), [&](const Protocol::ChangeRecord &change) {
            return change.entity == u"conversation" && change.id == QString::number(id);
        }));

    // A desktop that slept since `seen` catches up, then hears the rest live.
    Testing::LiveClient ben(team.port, benToken, seen);
    REQUIRE(Testing::waitUntil([&] { return ben.welcomed(); }));
    for (qint64 rev : ben.changeRevs())
        CHECK(rev > seen);
    Testing::LiveClient fresh(team.port, benToken, 0);
    REQUIRE(Testing::waitUntil([&] { return fresh.welcomed(); }));
    for (const Protocol::ChangeRecord &change : feed->changes)
        CHECK(fresh.changeRevs().contains(change.rev));

    REQUIRE(
        team.api->call("POST", path(id, QStringLiteral("claim")), QByteArray(), anaToken).status ==
        200);
    const auto claimSeen = [&](const Testing::LiveClient &client) {
        return client.has([&](const QJsonObject &m) {
            return m[QLatin1String("type")].toString() == u"change" &&
                   m[QLatin1String("change")][QLatin1String("entity")].toString() ==
                       u"conversation" &&
                   m[QLatin1String("change")][QLatin1String("data")][QLatin1String("assignee")]
                    [QLatin1String("name")]
                           .toString() == u"Ana";
        });
    };
    CHECK(Testing::waitUntil([&] { return claimSeen(ben) && claimSeen(fresh); }, 5000));
    const QList<qint64> revs = fresh.changeRevs();
    CHECK(std::is_sorted(revs.begin(), revs.end()));
    CHECK(std::adjacent_find(revs.begin(), revs.end()) == revs.end());

    const ApiReply later = team.api->call("GET", QStringLiteral("/v1/changes?since=%1").arg(seen),
                                          QByteArray(), anaToken);
    const auto rest = Protocol::ChangeFeed::fromJson(later.body);
    REQUIRE(rest.has_value());
    CHECK(rest->rev > seen);
    CHECK(std::all_of(rest->changes.begin(), rest->changes.end(),
                      [&](const auto &change) { return change.rev > seen; }));

    // Who is looking at a conversation reaches the others on the team.
    Testing::LiveClient ana(team.port, anaToken, rest->rev);
    REQUIRE(Testing::waitUntil([&] { return ana.welcomed(); }));
    ana.socket.sendTextMessage(
        QStringLiteral("{\"type\":\"typing\",\"conversationId\":%1}").arg(id));
    CHECK(Testing::waitUntil([&] {
        return ben.has([](const QJsonObject &m) {
            return m[QLatin1String("type")].toString() == u"activity" &&
                   m[QLatin1String("what")].toString() == u"typing" &&
                   m[QLatin1String("agent")][QLatin1String("name")].toString() == u"Ana";
        });
    }));

    Testing::LiveClient forged(team.port, "not-a-token", 0);
    CHECK(Testing::waitUntil([&] {
        return forged.has([](const QJsonObject &m) {
            return m[QLatin1String("error")][QLatin1String("code")].toString() == u"unauthorized";
        });
    }));
    CHECK(Testing::waitUntil(
        [&] { return forged.socket.state() == QAbstractSocket::UnconnectedState; }));
}

TEST_CASE(
    "The queue hands the most urgent conversation to an agent who speaks its language and has room")
{
    Team team;
    team.api->call("PUT", QStringLiteral("/v1/routing"),
                   QJsonObject{{QStringLiteral("policy"), QStringLiteral("manual")}},
                   team.adminToken);
    const Server::Agent dora =
        team.add(QStringLiteral("dora"), Server::Role::Agent, {}, {QStringLiteral("de")}, 1);
    const Server::Agent eli = team.add(QStringLiteral("eli"), Server::Role::Agent, {},
                                       {QStringLiteral("en"), QStringLiteral("es")}, 2);
    const QByteArray doraToken = team.tokenFor(dora);
    const QByteArray eliToken = team.tokenFor(eli);
    team.ingest(item(QStringLiteral("1"), QStringLiteral("bob"),
                     QStringLiteral("@AcmeHelp mi pedido no ha llegado todavía"),
                     QStringLiteral("01")) +
                item(QStringLiteral("2"), QStringLiteral("jane"),
                     QStringLiteral("@AcmeHelp my router is broken and I am furious, URGENT"),
                     QStringLiteral("02")) +
                item(QStringLiteral("3"), QStringLiteral("kai"),
                     QStringLiteral("@AcmeHelp thanks, all good now"), QStringLiteral("03")));

    // Nothing here is in German.
    CHECK(
        team.api->call("POST", QStringLiteral("/v1/queue/next"), QByteArray(), doraToken).status ==
        204);

    const ApiReply first =
        team.api->call("POST", QStringLiteral("/v1/queue/next"), QByteArray(), eliToken);
    REQUIRE(first.status == 200);
    const QJsonArray waiting = team.conversations(eliToken, QStringLiteral("?assignee=none"));
    CHECK(first.body[QLatin1String("assignee")][QLatin1String("name")].toString() ==
          QStringLiteral("Eli"));
    for (const QJsonValue &other : waiting)
        if (other[QLatin1String("language")].toString() == u"en" ||
            other[QLatin1String("language")].toString() == u"es")
            CHECK(other[QLatin1String("priority")].toInt() <=
                  first.body[QLatin1String("priority")].toInt());
    CHECK(team.api->call("POST", QStringLiteral("/v1/queue/next"), QByteArray(), eliToken).status ==
          200);
    // Capacity two: the third waits for someone else.
    CHECK(team.api->call("POST", QStringLiteral("/v1/queue/next"), QByteArray(), eliToken).status ==
          204);
}

TEST_CASE("Offline agents' conversations return to the queue after the grace period, and returning "
          "customers find their agent")
{
    Team team;
    REQUIRE(team.api
                ->call("PUT", QStringLiteral("/v1/routing"),
                       QJsonObject{{QStringLiteral("policy"), QStringLiteral("least-loaded")},
                                   {QStringLiteral("offlineGraceSecs"), 300}},
                       team.adminToken)
                .status == 200);
    const Server::Agent ana = team.add(QStringLiteral("ana"), Server::Role::Agent);
    const Server::Agent ben = team.add(QStringLiteral("ben"), Server::Role::Agent);
    const QByteArray anaToken = team.tokenFor(ana);
    const QByteArray benToken = team.tokenFor(ben);
    const auto setPresence = [&](const QByteArray &token, const QString &presence) {
        REQUIRE(team.api
                    ->call("POST", QStringLiteral("/v1/presence"),
                           QJsonObject{{QStringLiteral("presence"), presence}}, token)
                    .status == 200);
    };
    setPresence(anaToken, QStringLiteral("available"));
    setPresence(benToken, QStringLiteral("available"));

    // Least-loaded: two new conversations go one to each.
    team.ingest(item(QStringLiteral("1"), QStringLiteral("jane"),
                     QStringLiteral("@AcmeHelp my router is broken"), QStringLiteral("01")) +
                item(QStringLiteral("2"), QStringLiteral("bob"),
                     QStringLiteral("@AcmeHelp my order never arrived"), QStringLiteral("02")));
    CHECK(team.conversations(anaToken, QStringLiteral("?assignee=me")).size() == 1);
    CHECK(team.conversations(benToken, QStringLiteral("?assignee=me")).size() == 1);
    const qint64 anasCase =
        team.conversations(anaToken, QStringLiteral("?assignee=me"))[0][QLatin1String("id")]
            .toInteger();
    const QString anasCustomer =
        team.conversations(anaToken, QStringLiteral("?assignee=me"))[0][QLatin1String("customer")]
                                                                    [QLatin1String("handle")]
                                                                        .toString();

    // Ana resolves her case; later her customer comes back while Ana is available: it is hers.
    REQUIRE(team.api
                ->call("POST", path(anasCase, QStringLiteral("status")),
                       QJsonObject{{QStringLiteral("status"), QStringLiteral("resolved")}},
                       anaToken)
                .status == 200);
    setPresence(benToken, QStringLiteral("away"));
    setPresence(benToken, QStringLiteral("available"));
    team.ingest(item(QStringLiteral("3"), anasCustomer,
                     QStringLiteral("@AcmeHelp it happened again"), QStringLiteral("40")));
    const QJsonArray anasNow = team.conversations(anaToken, QStringLiteral("?assignee=me"));
    REQUIRE(anasNow.size() == 1);
    CHECK(anasNow[0][QLatin1String("customer")][QLatin1String("handle")].toString() ==
          anasCustomer);

    // Ana goes offline: within the grace period nothing moves, after it her case goes to Ben.
    setPresence(anaToken, QStringLiteral("offline"));
    team.clock.advanceSecs(200);
    team.server->maintain();
    CHECK(team.conversations(anaToken, QStringLiteral("?assignee=me")).size() == 1);
    team.clock.advanceSecs(200);
    team.server->maintain();
    CHECK(team.conversations(anaToken, QStringLiteral("?assignee=me")).isEmpty());
    CHECK(team.conversations(benToken, QStringLiteral("?assignee=me")).size() == 2);

    // Her customer writes again while she is away: not kept for her, routed to who is there.
    team.ingest(item(QStringLiteral("4"), anasCustomer, QStringLiteral("@AcmeHelp hello??"),
                     QStringLiteral("41")));
    CHECK(team.conversations(anaToken, QStringLiteral("?assignee=me")).isEmpty());
}

TEST_CASE("The server runs the team's channels: a practice customer's message reaches the queue, "
          "the reply goes out once")
{
    Team team;
    team.dir.write(QStringLiteral("drill.json"),
                   R"({"format":"caredesk-scenario","version":1,"id":"drill",
        "personas":[{"id":"ana","name":"Ana Gil","handle":"anagil","locale":"es_ES"}],
        "timeline":[{"id":"e1","at":-60,"persona":"ana","kind":"mention","thread":"t1","text":"@Northwind mi pedido no llega"}],
        "reactions":[{"id":"order","after":"e1","on":"public-reply","contains":["DM"],"delay":30,
                      "persona":"ana","kind":"dm","thread":"t1","text":"Mi pedido es 48213-77"}]})");
    team.dir.write(QStringLiteral("drill-channel.json"),
                   QJsonDocument(QJsonObject{{QStringLiteral("plugin"), QStringLiteral("sandbox")},
                                             {QStringLiteral("account"), QStringLiteral("Drill")},
                                             {QStringLiteral("team"), QStringLiteral("support")},
                                             {QStringLiteral("scenario"),
                                              team.dir.file(QStringLiteral("drill.json"))}})
                       .toJson());
    REQUIRE(team.server->addChannel(team.dir.file(QStringLiteral("drill-channel.json"))).ok());
    team.api->call("PUT", QStringLiteral("/v1/routing"),
                   QJsonObject{{QStringLiteral("policy"), QStringLiteral("manual")}},
                   team.adminToken);
    const QByteArray token = team.tokenFor(
        team.add(QStringLiteral("lucia"), Server::Role::Agent, QStringLiteral("support")));
    team.server->startChannels();

    QJsonArray queue;
    REQUIRE(Testing::waitUntil([&] {
        queue = team.conversations(token);
        return !queue.isEmpty();
    }));
    const qint64 id = queue[0][QLatin1String("id")].toInteger();
    CHECK(queue[0][QLatin1String("customer")][QLatin1String("handle")].toString() ==
          QStringLiteral("anagil"));
    CHECK(queue[0][QLatin1String("language")].toString() == QStringLiteral("es"));
    CHECK(queue[0][QLatin1String("teamId")].toInteger() ==
          team.server->store().teams().teamId(QStringLiteral("support")).value());

    const ApiReply claimed =
        team.api->call("POST", path(id, QStringLiteral("claim")), QByteArray(), token);
    REQUIRE(claimed.status == 200);
    const QJsonObject reply{
        {QStringLiteral("clientId"), QStringLiteral("lucia-0001")},
        {QStringLiteral("text"),
         QStringLiteral("Hola Ana, te escribimos por DM para ver el pedido.")},
        {QStringLiteral("visibility"), QStringLiteral("public")},
        {QStringLiteral("baseRev"), claimed.body[QLatin1String("rev")].toInteger()}};
    REQUIRE(team.api->call("POST", path(id, QStringLiteral("replies")), reply, token).status ==
            201);

    // The channel confirms it; the team hears that it was sent.
    const auto sentInFeed = [&] {
        const ApiReply feed = team.api->call(
            "GET", QStringLiteral("/v1/changes?since=0&limit=5000"), QByteArray(), token);
        for (const QJsonValue &change : feed.body.value(QLatin1String("changes")).toArray())
            if (change[QLatin1String("entity")].toString() == u"reply" &&
                change[QLatin1String("data")][QLatin1String("state")].toString() == u"sent")
                return true;
        return false;
    };
    const bool sent = Testing::waitUntil(sentInFeed);
    if (!sent)
        for (const QJsonValue &change :
             team.api
                 ->call("GET", QStringLiteral("/v1/changes?since=0&limit=5000"), QByteArray(),
                        token)
                 .body.value(QLatin1String("changes"))
                 .toArray())
            if (change[QLatin1String("entity")].toString() == u"reply")
                UNSCOPED_INFO(
                    QJsonDocument(change.toObject()).toJson(QJsonDocument::Compact).toStdString());
    REQUIRE(sent);
    // Sent once: the conversation shows one answer, now with the platform's id.
    const auto outbound = [&] {
        QJsonArray answers;
        for (const QJsonValue &message : team.api->call("GET", path(id), QByteArray(), token)
                                             .body.value(QLatin1String("messages"))
                                             .toArray())
            if (message[QLatin1String("direction")].toString() == u"outbound")
                answers.append(message);
        return answers;
    };
    REQUIRE(Testing::waitUntil([&] {
        return !outbound().isEmpty() &&
               !outbound()[0][QLatin1String("platformId")].toString().isEmpty();
    }));
    CHECK(outbound().size() == 1);
    // The same request again sends nothing more.
    CHECK(team.api->call("POST", path(id, QStringLiteral("replies")), reply, token).status == 200);

    // Ana answers by DM half a minute later: it joins the same case.
    team.clock.advanceSecs(40);
    team.server->pollChannels();
    REQUIRE(Testing::waitUntil([&] {
        return team.api->call("GET", path(id), QByteArray(), token)
                   .body.value(QLatin1String("messages"))
                   .toArray()
                   .size() == 3;
    }));
    const QJsonArray messages = team.api->call("GET", path(id), QByteArray(), token)
                                    .body.value(QLatin1String("messages"))
                                    .toArray();
    CHECK(messages[2][QLatin1String("text")].toString() == QStringLiteral("Mi pedido es 48213-77"));
    CHECK(messages[2][QLatin1String("visibility")].toString() == QStringLiteral("private"));
    CHECK(outbound().size() == 1);
}

TEST_CASE("Facebook webhooks: the subscription check, signed deliveries reach the queue, forged "
          "ones are refused")
{
    Team team;
    qputenv("CAREDESK_TEST_PAGE_TOKEN", "page-token");
    qputenv("CAREDESK_TEST_APP_SECRET", "app-secret");
    qputenv("CAREDESK_TEST_VERIFY_TOKEN", "let-me-in");
    team.dir.write(
        QStringLiteral("page.json"),
        QJsonDocument(
            QJsonObject{
                {QStringLiteral("plugin"), QStringLiteral("facebook")},
                {QStringLiteral("account"), QStringLiteral("AcmePage")},
                {QStringLiteral("accountId"), QStringLiteral("1122334455")},
                // Nobody answers here: the test is about what is pushed.
                {QStringLiteral("apiBaseUrl"), QStringLiteral("http://127.0.0.1:9/")},
                {QStringLiteral("credential"),
                 QJsonObject{{QStringLiteral("env"), QStringLiteral("CAREDESK_TEST_PAGE_TOKEN")}}},
                {QStringLiteral("webhook"),
                 QJsonObject{{QStringLiteral("appSecret"),
                              QJsonObject{{QStringLiteral("env"),
                                           QStringLiteral("CAREDESK_TEST_APP_SECRET")}}},
                             {QStringLiteral("verifyToken"),
                              QJsonObject{{QStringLiteral("env"),
                                           QStringLiteral("CAREDESK_TEST_VERIFY_TOKEN")}}}}}})
            .toJson());
    REQUIRE(team.server->addChannel(team.dir.file(QStringLiteral("page.json"))).ok());
    team.server->startChannels();
    const QByteArray token = team.tokenFor(team.add(QStringLiteral("lucia"), Server::Role::Agent));

    const ApiReply challenge = team.api->call(
        "GET",
        QStringLiteral(
            "/v1/webhooks/"
            "AcmePage?hub.mode=subscribe&hub.verify_token=let-me-in&hub.challenge=1158201444"));
    CHECK(challenge.status == 200);
    CHECK(challenge.raw == "1158201444");
    CHECK(
        team.api
            ->call("GET", QStringLiteral(
                              "/v1/webhooks/"
                              "AcmePage?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1"))
            .status == 403);

    const QByteArray body = Testing::readFile(
        QStringLiteral(CAREDESK_SOURCE_DIR "/tests/fixtures/graph-api/webhook.delivery.json"));
    const auto deliver = [&](const QByteArray &payload, const QByteArray &secret) {
        QNetworkAccessManager network;
        QNetworkRequest request(team.api->url(QStringLiteral("/v1/webhooks/AcmePage")));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("X-Hub-Signature-256",
                             "sha256=" + QMessageAuthenticationCode::hash(
                                             payload, secret, QCryptographicHash::Sha256)
                                             .toHex());
        QNetworkReply *reply = network.post(request, payload);
        REQUIRE(Testing::waitUntil([&] { return reply->isFinished(); }));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    };
    CHECK(deliver(body, "someone-else") == 403);
    CHECK(team.conversations(token).isEmpty());
    CHECK(deliver(body, "app-secret") == 200);
    const QJsonArray queue = team.conversations(token);
    QStringList customers;
    for (const QJsonValue &conversation : queue)
        customers << conversation[QLatin1String("customer")][QLatin1String("name")].toString();
    customers.sort();
    CHECK(customers.contains(QStringLiteral("Jonas Weber")));
    CHECK(customers.contains(QStringLiteral("Lucía Martín")));
    // The same delivery again (platforms retry) adds nothing.
    CHECK(deliver(body, "app-secret") == 200);
    CHECK(team.conversations(token).size() == queue.size());
    CHECK(team.api->call("POST", QStringLiteral("/v1/webhooks/Nobody"), QByteArray("{}")).status ==
          404);
}

TEST_CASE("An X channel the server runs puts customers' words in the queue as they wrote them")
{
    Testing::FakePlatformServer x([](const Testing::FakePlatformServer::Request &request) {
        const auto answer = [](const char *name) {
            return Testing::FakePlatformServer::sample(QStringLiteral("x-api/") +
                                                       QLatin1String(name));
        };
        if (request.path == u"/2/users/2244994945/mentions" &&
            !request.query.hasQueryItem(QStringLiteral("since_id")))
            return answer("mentions.escaped.json");
        if (request.path == u"/2/dm_events")
            return answer("dm_events.escaped.json");
        return answer("mentions.empty.json");
    });
    Team team;
    qputenv("CAREDESK_TEST_X_TOKEN", "x-token");
    team.dir.write(
        QStringLiteral("x.json"),
        QJsonDocument(QJsonObject{{QStringLiteral("plugin"), QStringLiteral("twitter")},
                                  {QStringLiteral("account"), QStringLiteral("AcmeHelp")},
                                  {QStringLiteral("accountId"), QStringLiteral("2244994945")},
                                  {QStringLiteral("apiBaseUrl"), x.baseUrl()},
                                  {QStringLiteral("credential"),
                                   QJsonObject{{QStringLiteral("env"),
                                                QStringLiteral("CAREDESK_TEST_X_TOKEN")}}}})
            .toJson());
    REQUIRE(team.server->addChannel(team.dir.file(QStringLiteral("x.json"))).ok());
    const QByteArray token = team.tokenFor(team.add(QStringLiteral("lucia"), Server::Role::Agent));
    team.server->startChannels();

    QStringList texts;
    REQUIRE(Testing::waitUntil([&] {
        texts.clear();
        for (const QJsonValue &conversation : team.conversations(token)) {
            const QJsonArray messages =
                team.api
                    ->call("GET", path(conversation[QLatin1String("id")].toInteger()), QByteArray(),
                           token)
                    .body.value(QLatin1String("messages"))
                    .toArray();
            for (const QJsonValue &message : messages)
                texts.append(message[QLatin1String("text")].toString());
        }
        return texts.size() == 3;
    }));
    texts.sort();
    CHECK(texts == QStringList{QStringLiteral("@AcmeHelp I typed &amp; and &lt;br&gt; into the "
                                              "form on purpose, is that why it fails?"),
                               QStringLiteral("@AcmeHelp Zip code & item number for my AT&T "
                                              "order? <3 the new app -> but it won't take "
                                              "\"both\""),
                               QStringLiteral("Orders 12 & 13, both < 5 kg")});
}

TEST_CASE("An integration token feeds its team's inbox and can do nothing else")
{
    Team team;
    auto token = team.server->store().sessions().addIntegration(
        QStringLiteral("forum"), QStringLiteral("support"), team.clock.now().toMSecsSinceEpoch());
    REQUIRE(token.ok());
    CHECK_FALSE(team.server->store()
                    .sessions()
                    .addIntegration(QStringLiteral("forum"), {}, 0)
                    .ok()); // names are unique
    const QByteArray agentToken = team.tokenFor(
        team.add(QStringLiteral("ana"), Server::Role::Agent, QStringLiteral("support")));

    const ApiReply fed = team.api->call("POST", QStringLiteral("/v1/ingest?team=default"),
                                        item(QStringLiteral("f1"), QStringLiteral("poster"),
                                             QStringLiteral("The app crashes on login")),
                                        token.value());
    REQUIRE(fed.status == 200);
    // Its own team, whatever the request says.
    CHECK(team.conversations(agentToken).size() == 1);
    CHECK(team.api->call("GET", QStringLiteral("/v1/conversations"), QByteArray(), token.value())
              .status == 403);
    CHECK(team.api->call("GET", QStringLiteral("/v1/changes?since=0"), QByteArray(), token.value())
              .status == 403);
    Testing::LiveClient live(team.port, token.value(), 0);
    CHECK(Testing::waitUntil([&] {
        return live.has([](const QJsonObject &m) {
            return m[QLatin1String("error")][QLatin1String("code")].toString() == u"unauthorized";
        });
    }));
}

// A session that is gone must stop hearing the team: its live feed closes when the agent signs
// out, when their account is removed (by another process: the server's periodic check finds
// it) and when a lead is made an agent (the feed never keeps a wider view than the session's).
TEST_CASE("A live feed closes when its session ends, its account goes, or its role changes")
{
    Team team;
    const auto closedWith = [](const Testing::LiveClient &feed) {
        return feed.socket.state() == QAbstractSocket::UnconnectedState &&
               feed.has([](const QJsonObject &message) {
                   return message.value(QLatin1String("error"))
                              .toObject()
                              .value(QLatin1String("code"))
                              .toString() == u"session_ended";
               });
    };

    const Server::Agent ana = team.add(QStringLiteral("ana"), Server::Role::Agent);
    const QByteArray anaToken = team.tokenFor(ana);
    Testing::LiveClient anaFeed(team.port, anaToken, 0);
    REQUIRE(Testing::waitUntil([&] { return anaFeed.welcomed(); }));
    REQUIRE(team.api->call("DELETE", QStringLiteral("/v1/sessions/current"), QByteArray(), anaToken)
                .status == 204);
    CHECK(Testing::waitUntil([&] { return closedWith(anaFeed); }, 1000)); // at once

    const Server::Agent ben = team.add(QStringLiteral("ben"), Server::Role::Agent);
    Testing::LiveClient benFeed(team.port, team.tokenFor(ben), 0);
    REQUIRE(Testing::waitUntil([&] { return benFeed.welcomed(); }));
    // As `caredesk-server user remove` does from another process: straight in the database.
    const qsizetype benHeard = benFeed.changeRevs().size();
    REQUIRE(team.server->store()
                .accounts()
                .disableAgent(QStringLiteral("ben"), team.clock.now().toMSecsSinceEpoch())
                .ok());
    // A customer writes before the periodic check has come round: Ben's feed hears none of it.
    team.ingest(item(QStringLiteral("after-ben"), QStringLiteral("shopper"),
                     QStringLiteral("My card number is on the order")));
    CHECK(Testing::waitUntil([&] { return closedWith(benFeed); },
                             Server::EventHub::SESSION_CHECK_MS + 3000));
    CHECK(benFeed.changeRevs().size() == benHeard);

    const Server::Agent lea = team.add(QStringLiteral("lea"), Server::Role::Lead);
    Testing::LiveClient leaFeed(team.port, team.tokenFor(lea), 0);
    REQUIRE(Testing::waitUntil([&] { return leaFeed.welcomed(); }));
    REQUIRE(team.api
                ->call("PATCH", QStringLiteral("/v1/agents/%1").arg(lea.id),
                       QJsonObject{{QStringLiteral("role"), QStringLiteral("agent")}},
                       team.adminToken)
                .status == 200);
    CHECK(Testing::waitUntil([&] { return closedWith(leaFeed); }, 1000));
    // Her session itself still works, with the narrower role: the desk reconnects as an agent.
    Testing::LiveClient again(team.port, team.tokenFor(lea), 0);
    CHECK(Testing::waitUntil([&] { return again.welcomed(); }));
}

TEST_CASE("A session unused for the idle timeout ends, one in use lives on, and both are purged")
{
    Team team;
    const Server::Agent ana = team.add(QStringLiteral("ana"), Server::Role::Agent);
    const QByteArray forgotten = team.api->login(QStringLiteral("ana"), PASSWORD);
    const QByteArray used = team.api->login(QStringLiteral("ana"), PASSWORD);
    REQUIRE_FALSE(forgotten.isEmpty());
    REQUIRE_FALSE(used.isEmpty());
    const qint64 hour = 3600;
    team.clock.advanceSecs(11 * hour);
    CHECK(team.api->call("GET", QStringLiteral("/v1/me"), QByteArray(), used).status == 200);
    team.clock.advanceSecs(2 * hour); // 13 hours after sign-in, 2 after the last use
    CHECK(team.api->call("GET", QStringLiteral("/v1/me"), QByteArray(), forgotten).status == 401);
    CHECK(team.api->call("GET", QStringLiteral("/v1/me"), QByteArray(), used).status == 200);

    team.clock.advanceSecs(13 * hour);
    team.server->maintain();
    auto db = Server::ServerDatabase::openSqlite(team.dir.path());
    REQUIRE(db.ok());
    QSqlQuery count(db.value()->connection());
    REQUIRE(count.exec(
        QStringLiteral("SELECT COUNT(*) FROM sessions WHERE agent_id = %1").arg(ana.id)));
    REQUIRE(count.next());
    CHECK(count.value(0).toInt() == 0);
}

TEST_CASE("Typing reaches colleagues a few times a second, and only on their team's conversations")
{
    Team team;
    const Server::Agent ana = team.add(QStringLiteral("ana"), Server::Role::Agent);
    const Server::Agent ben = team.add(QStringLiteral("ben"), Server::Role::Agent);
    const Server::Agent cy =
        team.add(QStringLiteral("cy"), Server::Role::Agent, QStringLiteral("other"));
    team.ingest(item(QStringLiteral("1"), QStringLiteral("shopper"),
                     QStringLiteral("My order has not arrived")));
    const qint64 id = team.conversationOf(team.tokenFor(ana), QStringLiteral("shopper"));
    REQUIRE(id > 0);

    Testing::LiveClient anaFeed(team.port, team.tokenFor(ana), 0);
    Testing::LiveClient benFeed(team.port, team.tokenFor(ben), 0);
    Testing::LiveClient cyFeed(team.port, team.tokenFor(cy), 0);
    REQUIRE(Testing::waitUntil(
        [&] { return anaFeed.welcomed() && benFeed.welcomed() && cyFeed.welcomed(); }));
    const auto activities = [](const Testing::LiveClient &feed) {
        return std::count_if(feed.received.begin(), feed.received.end(), [](const QJsonObject &m) {
            return m[QLatin1String("type")].toString() == u"activity";
        });
    };
    // Twenty keystrokes within the same second: a handful reach Ben.
    for (int i = 0; i < 20; ++i)
        anaFeed.socket.sendTextMessage(
            QStringLiteral("{\"type\":\"typing\",\"conversationId\":%1}").arg(id));
    CHECK(Testing::waitUntil([&] { return activities(benFeed) > 0; }));
    Testing::waitUntil([] { return false; }, 300);
    CHECK(activities(benFeed) <= Server::EventHub::ACTIVITY_PER_SECOND);
    CHECK(activities(cyFeed) == 0);

    // Cy, of another team, says she is typing in Ana's team's conversation: nobody hears it.
    const auto before = activities(anaFeed);
    team.clock.advanceSecs(2);
    cyFeed.socket.sendTextMessage(
        QStringLiteral("{\"type\":\"typing\",\"conversationId\":%1}").arg(id));
    cyFeed.socket.sendTextMessage(QStringLiteral("{\"type\":\"ping\"}"));
    CHECK(Testing::waitUntil([&] {
        return cyFeed.has(
            [](const QJsonObject &m) { return m[QLatin1String("type")].toString() == u"pong"; });
    }));
    Testing::waitUntil([] { return false; }, 300);
    CHECK(activities(anaFeed) == before);
}

TEST_CASE("The change history is compacted, and a catch-up from any revision ends in the present")
{
    Team team;
    const Server::Agent ana = team.add(QStringLiteral("ana"), Server::Role::Agent);
    const QByteArray token = team.tokenFor(ana);
    team.ingest(item(QStringLiteral("1"), QStringLiteral("shopper"),
                     QStringLiteral("Where is my parcel?")));
    const qint64 id = team.conversationOf(token, QStringLiteral("shopper"));
    REQUIRE(id > 0);
    const QString path = QStringLiteral("/v1/conversations/%1/").arg(id);
    REQUIRE(team.api->call("POST", path + QStringLiteral("claim"), QByteArray(), token).status ==
            200);
    REQUIRE(team.api->call("POST", path + QStringLiteral("release"), QByteArray(), token).status ==
            200);
    REQUIRE(team.api->call("POST", path + QStringLiteral("claim"), QByteArray(), token).status ==
            200);
    QByteArray adminToken = team.adminToken;
    const auto changesOf = [&] {
        const ApiReply reply =
            team.api->call("GET", QStringLiteral("/v1/changes?since=0"), QByteArray(), adminToken);
        QList<QJsonObject> mine;
        for (const QJsonValue &change : reply.body[QLatin1String("changes")].toArray())
            if (change[QLatin1String("entity")].toString() == u"conversation" &&
                change[QLatin1String("id")].toString() == QString::number(id))
                mine.append(change.toObject());
        return mine;
    };
    CHECK(changesOf().size() >= 3);

    team.clock.advanceSecs(2 * 24 * 3600);
    team.server->maintain();
    adminToken = team.api->login(QStringLiteral("admin"), PASSWORD);
    const QList<QJsonObject> left = changesOf();
    REQUIRE(left.size() == 1);
    // The one left is the conversation as it is now (its agent went offline meanwhile).
    const ApiReply now = team.api->call("GET", QStringLiteral("/v1/conversations/%1").arg(id),
                                        QByteArray(), adminToken);
    CHECK(left.first()[QLatin1String("data")][QLatin1String("rev")].toInteger() ==
          now.body[QLatin1String("conversation")][QLatin1String("rev")].toInteger());

    // A desk that last saw revision 0 catches up to the same present on the live feed.
    Testing::LiveClient fresh(team.port, team.api->login(QStringLiteral("ana"), PASSWORD), 0);
    REQUIRE(Testing::waitUntil([&] { return fresh.welcomed(); }));
    CHECK(fresh.has([&](const QJsonObject &message) {
        const QJsonValue change = message[QLatin1String("change")];
        return change[QLatin1String("entity")].toString() == u"conversation" &&
               change[QLatin1String("id")].toString() == QString::number(id);
    }));
}

namespace {

// A forum post in the shared JSON shape, on the forum channel every team may name "forum".
QByteArray forumPost(const QString &id, const QString &author, const QString &name,
                     const QString &text, const QString &thread, const QString &inReplyTo = {})
{
    QJsonObject post{{QStringLiteral("platform"), QStringLiteral("forum")},
                     {QStringLiteral("channel"), QStringLiteral("forum")},
                     {QStringLiteral("id"), id},
                     {QStringLiteral("threadId"), thread},
                     {QStringLiteral("kind"), QStringLiteral("comment")},
                     {QStringLiteral("visibility"), QStringLiteral("public")},
                     {QStringLiteral("author"), QJsonObject{{QStringLiteral("id"), author},
                                                            {QStringLiteral("handle"), author},
                                                            {QStringLiteral("name"), name}}},
                     {QStringLiteral("createdAt"), QStringLiteral("2026-11-02T08:00:00Z")},
                     {QStringLiteral("text"), text}};
    if (!inReplyTo.isEmpty())
        post.insert(QStringLiteral("inReplyTo"), inReplyTo);
    return QJsonDocument(post).toJson(QJsonDocument::Compact) + '\n';
}

QList<QJsonObject> changesSince(Team &team, const QByteArray &token, qint64 rev)
{
    const ApiReply feed = team.api->call(
        "GET", QStringLiteral("/v1/changes?since=%1&limit=1000").arg(rev), QByteArray(), token);
    REQUIRE(feed.status == 200);
    QList<QJsonObject> changes;
    for (const QJsonValue &change : feed.body.value(QLatin1String("changes")).toArray())
        changes.append(change.toObject());
    return changes;
}

// Two teams each run a forum called "forum"; team alpha's integration sends posts that name
// team beta's thread, the post it answers and its customer.
void keepsTeamsApart(Team &team)
{
    const qint64 now = team.clock.now().toMSecsSinceEpoch();
    auto alphaFeed = team.server->store().sessions().addIntegration(QStringLiteral("alpha-forum"),
                                                                    QStringLiteral("alpha"), now);
    auto betaFeed = team.server->store().sessions().addIntegration(QStringLiteral("beta-forum"),
                                                                   QStringLiteral("beta"), now);
    REQUIRE(alphaFeed.ok());
    REQUIRE(betaFeed.ok());
    const QByteArray ana = team.tokenFor(
        team.add(QStringLiteral("ana"), Server::Role::Agent, QStringLiteral("alpha")));
    const QByteArray ben =
        team.tokenFor(team.add(QStringLiteral("ben"), Server::Role::Agent, QStringLiteral("beta")));
    const auto post = [&](const QByteArray &token, const QByteArray &lines) {
        const ApiReply reply = team.api->call("POST", QStringLiteral("/v1/ingest"), lines, token);
        REQUIRE(reply.status == 200);
        return reply.body;
    };

    post(betaFeed.value(),
         forumPost(QStringLiteral("b1"), QStringLiteral("carla"), QStringLiteral("Carla Diaz"),
                   QStringLiteral("My invoice shows the wrong amount"), QStringLiteral("100")));
    const QJsonArray betaQueue = team.conversations(ben);
    REQUIRE(betaQueue.size() == 1);
    const qint64 betaConversation = betaQueue[0][QLatin1String("id")].toInteger();
    const QJsonObject betaBefore =
        team.api->call("GET", path(betaConversation), QByteArray(), ben).body;
    const QList<QJsonObject> betaChanges = changesSince(team, ben, 0);
    REQUIRE_FALSE(betaChanges.isEmpty());
    const qint64 betaRev = betaChanges.last().value(QLatin1String("rev")).toInteger();

    const QJsonObject report =
        post(alphaFeed.value(),
             forumPost(QStringLiteral("a1"), QStringLiteral("carla"), QStringLiteral("Billing"),
                       QStringLiteral("Please pay the difference to the new account"),
                       QStringLiteral("100")) +
                 forumPost(QStringLiteral("a2"), QStringLiteral("carla"), QStringLiteral("Billing"),
                           QStringLiteral("As said above"), QStringLiteral("100"),
                           QStringLiteral("b1")));
    CHECK(report.value(QLatin1String("messages")).toInt() == 2);
    CHECK(report.value(QLatin1String("conversations")).toInt() == 1);

    // Alpha's posts made a conversation of alpha's own, in one thread.
    const QJsonArray alphaQueue = team.conversations(ana);
    REQUIRE(alphaQueue.size() == 1);
    const qint64 alphaConversation = alphaQueue[0][QLatin1String("id")].toInteger();
    CHECK(alphaConversation != betaConversation);
    CHECK(alphaQueue[0][QLatin1String("channel")].toString() == QStringLiteral("forum"));
    CHECK(alphaQueue[0][QLatin1String("platform")].toString() == QStringLiteral("forum"));
    const QJsonArray alphaMessages =
        team.api->call("GET", path(alphaConversation), QByteArray(), ana)
            .body.value(QLatin1String("messages"))
            .toArray();
    REQUIRE(alphaMessages.size() == 2);
    CHECK(alphaMessages[0][QLatin1String("text")].toString() ==
          QStringLiteral("Please pay the difference to the new account"));

    // Beta's conversation, its messages and its customer are as they were, and beta's feed has
    // nothing new.
    CHECK(team.api->call("GET", path(betaConversation), QByteArray(), ben).body == betaBefore);
    CHECK(team.conversations(ben).size() == 1);
    CHECK(changesSince(team, ben, betaRev).isEmpty());
    CHECK(team.api->call("GET", path(betaConversation), QByteArray(), ana).status == 404);

    // Alpha's feed tells of alpha's conversation and its messages, never of beta's.
    QSet<QString> alphaSaw;
    for (const QJsonObject &change : changesSince(team, ana, 0)) {
        const QString entity = change.value(QLatin1String("entity")).toString();
        const QJsonObject data = change.value(QLatin1String("data")).toObject();
        if (entity == u"conversation") {
            CHECK(change.value(QLatin1String("id")).toString() ==
                  QString::number(alphaConversation));
            CHECK(data.value(QLatin1String("teamId")).toInteger() ==
                  alphaQueue[0][QLatin1String("teamId")].toInteger());
        }
        if (entity == u"message")
            CHECK(data.value(QLatin1String("conversationId")).toInteger() == alphaConversation);
        alphaSaw.insert(entity);
    }
    CHECK(alphaSaw.contains(QStringLiteral("conversation")));
    CHECK(alphaSaw.contains(QStringLiteral("message")));

    // When Carla herself writes the same words in beta's forum, they reach beta: what another
    // team's feed sent under her name is no flood of hers.
    const QJsonObject carla =
        post(betaFeed.value(),
             forumPost(QStringLiteral("b2"), QStringLiteral("carla"), QStringLiteral("Carla Diaz"),
                       QStringLiteral("Please pay the difference to the new account"),
                       QStringLiteral("100")));
    CHECK(carla.value(QLatin1String("messages")).toInt() == 1);
    const QJsonObject betaAfter =
        team.api->call("GET", path(betaConversation), QByteArray(), ben).body;
    CHECK(betaAfter.value(QLatin1String("messages")).toArray().size() == 2);
    CHECK(betaAfter[QLatin1String("conversation")][QLatin1String("customer")][QLatin1String("name")]
              .toString() == QStringLiteral("Carla Diaz"));
    CHECK(team.conversations(ana).size() == 1);
}

} // namespace

TEST_CASE("An integration writes only into its own team's conversations, even under another "
          "team's thread")
{
    Team team;
    keepsTeamsApart(team);
}

TEST_CASE("An integration writes only into its own team's conversations on PostgreSQL too",
          "[postgres]")
{
    Testing::ScratchPostgres postgres;
    INFO("CAREDESK_TEST_POSTGRES_URL is set by packaging/dev.sh test, which starts a private "
         "cluster");
    REQUIRE_FALSE(postgres.url().isEmpty());
    Team team(postgres.url());
    keepsTeamsApart(team);
}

TEST_CASE("An ingest answer lists the first 100 bad lines and counts the rest")
{
    Team team;
    QByteArray lines;
    for (int i = 0; i < 150; ++i)
        lines += "{not json\n";
    lines += item(QStringLiteral("1"), QStringLiteral("jane"), QStringLiteral("@AcmeHelp hello")) +
             item(QStringLiteral("2"), QStringLiteral("bob"), QStringLiteral("@AcmeHelp hi"));
    const QJsonObject report = team.ingest(lines);
    CHECK(report.value(QLatin1String("messages")).toInt() == 2);
    CHECK(report.value(QLatin1String("skipped")).toInt() == 150);
    const QJsonArray errors = report.value(QLatin1String("errors")).toArray();
    REQUIRE(errors.size() == 100);
    CHECK(errors.first().toString().startsWith(QStringLiteral("line 1:")));
    CHECK(errors.last().toString().startsWith(QStringLiteral("line 100:")));
    CHECK(report.value(QLatin1String("moreErrors")).toInt() == 50);
}

TEST_CASE("While a large batch is stored piece by piece, the server answers everyone else")
{
    Team team;
    const QByteArray token = team.tokenFor(team.add(QStringLiteral("ana"), Server::Role::Agent));
    QByteArray lines;
    for (int i = 0; i < 5000; ++i)
        lines += item(QString::number(i), QStringLiteral("customer%1").arg(i),
                      QStringLiteral("@AcmeHelp my order %1 is late").arg(i));
    // The batch goes up as a desktop's integration would send it, and is answered later.
    QNetworkAccessManager network;
    QNetworkRequest request(team.api->url(QStringLiteral("/v1/ingest")));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-ndjson"));
    request.setRawHeader("Authorization", "Bearer " + team.adminToken);
    QNetworkReply *posted = network.post(request, lines);
    REQUIRE(Testing::waitUntil([&] { return !team.conversations(token).isEmpty(); }, 60000));

    // Ana is answered while the batch is stored, and already sees the first of it.
    CHECK(team.api->call("GET", QStringLiteral("/v1/me"), QByteArray(), token).status == 200);
    CHECK_FALSE(posted->isFinished());
    CHECK(team.conversations(token).size() < 5000);

    REQUIRE(Testing::waitUntil([&] { return posted->isFinished(); }, 120000));
    REQUIRE(posted->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
    const QJsonObject outcome = QJsonDocument::fromJson(posted->readAll()).object();
    posted->deleteLater();
    CHECK(outcome.value(QLatin1String("messages")).toInt() == 5000);
    CHECK(outcome.value(QLatin1String("conversations")).toInt() == 5000);
    // All of it reached the queue.
    int queued = 0;
    QString cursor;
    do {
        const ApiReply page =
            team.api->call("GET",
                           QStringLiteral("/v1/conversations?limit=500") +
                               (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor),
                           QByteArray(), token);
        REQUIRE(page.status == 200);
        queued +=
            static_cast<int>(page.body.value(QLatin1String("conversations")).toArray().size());
        cursor = page.body.value(QLatin1String("next")).toString();
    } while (!cursor.isEmpty());
    CHECK(queued == 5000);
}

TEST_CASE("Leads keep the team dictionary, every desk of the team reads it, and no other team")
{
    Team team;
    const QByteArray anaToken = team.tokenFor(
        team.add(QStringLiteral("ana"), Server::Role::Agent, QStringLiteral("support")));
    const QByteArray leadToken = team.tokenFor(
        team.add(QStringLiteral("lea"), Server::Role::Lead, QStringLiteral("support")));
    const QByteArray otherToken = team.tokenFor(
        team.add(QStringLiteral("oli"), Server::Role::Agent, QStringLiteral("sales")));
    const QString path = QStringLiteral("/v1/team-dictionary");
    const auto words = [&](const QByteArray &token) {
        return team.api->call("GET", path, QByteArray(), token)
            .body.value(QLatin1String("words"))
            .toArray()
            .toVariantList();
    };
    CHECK(words(anaToken).isEmpty());

    const auto added = team.api->call(
        "POST", path, QByteArray(R"({"add":["Acme","AcmeHelp","Acme Air","Acme"]})"), leadToken);
    REQUIRE(added.status == 200);
    CHECK(words(anaToken) == QVariantList{QStringLiteral("Acme"), QStringLiteral("Acme Air"),
                                          QStringLiteral("AcmeHelp")});
    CHECK(words(otherToken).isEmpty());
    CHECK(team.api->call("POST", path, QByteArray(R"({"remove":["Acme Air"]})"), leadToken)
              .body.value(QLatin1String("words"))
              .toArray()
              .size() == 2);

    // Agents read it; only leads change it. Words are short single lines.
    CHECK(team.api->call("POST", path, QByteArray(R"({"add":["Typo"]})"), anaToken).status == 403);
    CHECK(team.api->call("POST", path, QByteArray(R"({"add":["two\nlines"]})"), leadToken).status ==
          422);
    CHECK(team.api->call("POST", path, QByteArray(R"({"add":[""]})"), leadToken).status == 422);
    CHECK(team.api->call("POST", path, QByteArray(R"({"add":[7]})"), leadToken).status == 422);
    CHECK(team.api
              ->call("POST", path,
                     QByteArray(R"({"add":[")") + QByteArray(65, 'a') + QByteArray(R"("]})"),
                     leadToken)
              .status == 422);
    CHECK(words(anaToken).size() == 2);
}

TEST_CASE("Leads choose the team's translation service, never with a key in it")
{
    Team team;
    const QByteArray anaToken = team.tokenFor(
        team.add(QStringLiteral("ana"), Server::Role::Agent, QStringLiteral("support")));
    const QByteArray leadToken = team.tokenFor(
        team.add(QStringLiteral("lea"), Server::Role::Lead, QStringLiteral("support")));
    const QString path = QStringLiteral("/v1/translation-settings");
    CHECK(team.api->call("GET", path, QByteArray(), anaToken)
              .body.value(QLatin1String("settings"))
              .isNull());
    const QByteArray libre =
        R"({"settings":{"provider":"libretranslate","apiBaseUrl":"https://lt.example.org"}})";
    CHECK(team.api->call("PUT", path, libre, anaToken).status == 403);
    CHECK(team.api
              ->call("PUT", path,
                     QByteArray(R"({"settings":{"provider":"deepl","credential":{"keychain":"k"},)"
                                R"("key":"secret"}})"),
                     leadToken)
              .status == 422);
    CHECK(team.api
              ->call(
                  "PUT", path,
                  QByteArray(
                      R"({"settings":{"provider":"libretranslate","apiBaseUrl":"http://lt.lan"}})"),
                  leadToken)
              .status == 422);
    REQUIRE(team.api->call("PUT", path, libre, leadToken).status == 200);
    const QJsonObject settings = team.api->call("GET", path, QByteArray(), anaToken)
                                     .body.value(QLatin1String("settings"))
                                     .toObject();
    CHECK(settings.value(QLatin1String("provider")).toString() == QStringLiteral("libretranslate"));
    CHECK(settings.value(QLatin1String("apiBaseUrl")).toString() ==
          QStringLiteral("https://lt.example.org"));
}
