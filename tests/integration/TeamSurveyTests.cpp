// A team's satisfaction survey on the team server: the routing setting, the question after a
// resolve on a channel the server runs, the answer, and GET /v1/surveys/summary.

#include "storage/Database.h"
#include "storage/SurveyStore.h"
#include "storage/WorkspaceStore.h"
#include "support/TeamFixture.h"
#include "sync/TeamMirror.h"

#include <protocol/ChangeRecord.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace CareDesk;
using Testing::ApiReply;
using Team = Testing::TeamFixture;

namespace {

QString conversationPath(qint64 conversationId, const QString &action = {})
{
    return QStringLiteral("/v1/conversations/%1").arg(conversationId) +
           (action.isEmpty() ? QString() : QLatin1Char('/') + action);
}

// Two practice customers write privately; each answers the survey question.
constexpr const char *SURVEY_DRILL = R"({"format":"caredesk-scenario","version":1,"id":"nps",
    "survey":"nps",
    "personas":[{"id":"ana","name":"Ana Gil","handle":"anagil"},
                {"id":"ben","name":"Ben Ode","handle":"benode"}],
    "timeline":[
      {"id":"ea","at":-60,"persona":"ana","kind":"dm","thread":"ta","lang":"en","text":"My order is late"},
      {"id":"eb","at":-60,"persona":"ben","kind":"dm","thread":"tb","lang":"en","text":"My invoice is wrong"}],
    "reactions":[
      {"id":"ra","after":"ea","on":"dm","contains":["recommend"],"delay":30,"persona":"ana","kind":"dm","thread":"ta","text":"10/10 thank you!"},
      {"id":"rb","after":"eb","on":"dm","contains":["recommend"],"delay":30,"persona":"ben","kind":"dm","thread":"tb","text":"2 - far too slow"}]})";

} // namespace

TEST_CASE("Leads set the team's survey with the routing settings, and only valid ones")
{
    Team team;
    const QByteArray lead =
        team.tokenFor(team.add(QStringLiteral("lea"), Server::Role::Lead, QString()));
    const QByteArray agent =
        team.tokenFor(team.add(QStringLiteral("abe"), Server::Role::Agent, QString()));
    const auto put = [&](const QJsonObject &survey, const QByteArray &token) {
        return team.api->call("PUT", QStringLiteral("/v1/routing"),
                              QJsonObject{{QStringLiteral("survey"), survey}}, token);
    };
    // Off until a lead chooses.
    CHECK(team.api->call("GET", QStringLiteral("/v1/routing"), QByteArray(), lead)
              .body[QLatin1String("survey")][QLatin1String("kind")]
              .toString() == QStringLiteral("off"));
    const ApiReply set = put(QJsonObject{{QStringLiteral("kind"), QStringLiteral("csat")},
                                         {QStringLiteral("quietDays"), 14}},
                             lead);
    REQUIRE(set.status == 200);
    CHECK(set.body[QLatin1String("survey")][QLatin1String("quietDays")].toInt() == 14);
    const QJsonObject survey =
        team.api->call("GET", QStringLiteral("/v1/routing"), QByteArray(), lead)
            .body[QLatin1String("survey")]
            .toObject();
    CHECK(survey.value(u"kind").toString() == QStringLiteral("csat"));
    CHECK(survey.value(u"quietDays").toInt() == 14);

    // A body that does not hold valid settings is unprocessable, like every other setting's.
    CHECK(put(QJsonObject{{QStringLiteral("kind"), QStringLiteral("stars")}}, lead).status == 422);
    CHECK(put(QJsonObject{{QStringLiteral("kind"), QStringLiteral("nps")},
                          {QStringLiteral("quietDays"), -1}},
              lead)
              .status == 422);
    CHECK(put(QJsonObject{{QStringLiteral("kind"), QStringLiteral("nps")},
                          {QStringLiteral("question"), QStringLiteral("/x")}},
              lead)
              .status == 422);
    CHECK(put(QJsonObject{{QStringLiteral("kind"), QStringLiteral("nps")}}, agent).status == 403);
    CHECK(
        team.api->call("GET", QStringLiteral("/v1/surveys/summary"), QByteArray(), agent).status ==
        403);
    CHECK(
        team.api
            ->call("GET", QStringLiteral("/v1/surveys/summary?since=yesterday"), QByteArray(), lead)
            .status == 400);
    CHECK(team.api->call("GET", QStringLiteral("/v1/surveys/summary?by=week"), QByteArray(), lead)
              .status == 400);
    const ApiReply empty =
        team.api->call("GET", QStringLiteral("/v1/surveys/summary"), QByteArray(), lead);
    REQUIRE(empty.status == 200);
    CHECK(empty.body.value(u"sent").toInt() == 0);
    CHECK(empty.body.value(u"nps").isNull());
    CHECK(empty.body.value(u"csat").isNull());
}

TEST_CASE("After an agent resolves, the server asks the customer, reads the answer and sums up "
          "the team's satisfaction")
{
    Team team;
    team.addDrillChannel(SURVEY_DRILL);
    REQUIRE(team.api
                ->call("PUT", QStringLiteral("/v1/routing"),
                       QJsonObject{{QStringLiteral("policy"), QStringLiteral("manual")},
                                   {QStringLiteral("survey"),
                                    QJsonObject{{QStringLiteral("kind"), QStringLiteral("nps")}}}},
                       team.adminToken)
                .status == 200);
    const QByteArray token =
        team.tokenFor(team.add(QStringLiteral("lucia"), Server::Role::Agent, QString()));
    team.server->startChannels();
    REQUIRE(Testing::waitUntil([&] { return team.conversations(token).size() == 2; }));
    const qint64 ana = team.conversationOf(token, QStringLiteral("anagil"));
    const qint64 ben = team.conversationOf(token, QStringLiteral("benode"));
    for (qint64 id : {ana, ben}) {
        REQUIRE(
            team.api
                ->call("POST", conversationPath(id, QStringLiteral("claim")), QByteArray(), token)
                .status == 200);
        REQUIRE(team.api
                    ->call("POST", conversationPath(id, QStringLiteral("status")),
                           QJsonObject{{QStringLiteral("status"), QStringLiteral("resolved")}},
                           token)
                    .status == 200);
    }
    // The questions go out; the customers answer half a minute later.
    const auto summary = [&](const QString &query = {}) {
        return team.api->call("GET", QStringLiteral("/v1/surveys/summary") + query, QByteArray(),
                              team.adminToken);
    };
    REQUIRE(Testing::waitUntil([&] {
        team.server->pollChannels();
        return summary().body.value(u"sent").toInt() == 2;
    }));
    team.clock.advanceSecs(40);
    REQUIRE(Testing::waitUntil([&] {
        team.server->pollChannels();
        return summary().body.value(u"responses").toInt() == 2;
    }));

    const QJsonObject figures = summary(QStringLiteral("?by=agent")).body;
    INFO(QJsonDocument(figures).toJson().toStdString());
    CHECK(figures.value(u"promoters").toInt() == 1);
    CHECK(figures.value(u"passives").toInt() == 0);
    CHECK(figures.value(u"detractors").toInt() == 1);
    CHECK(figures.value(u"nps").toDouble() == 0.0);
    CHECK(figures.value(u"csat").isNull());
    const QJsonArray byAgent = figures.value(u"groups").toArray();
    REQUIRE(byAgent.size() == 1);
    CHECK(byAgent[0][QLatin1String("sent")].toInt() == 2);
    CHECK(byAgent[0][QLatin1String("responses")].toInt() == 2);
    const QJsonArray byChannel = summary(QStringLiteral("?by=channel")).body[u"groups"].toArray();
    REQUIRE(byChannel.size() == 1);
    CHECK(byChannel[0][QLatin1String("key")].toString() == QStringLiteral("Drill"));
    // A period after the surveys holds none.
    CHECK(summary(QStringLiteral("?since=2100-01-01T00:00:00Z")).body.value(u"sent").toInt() == 0);

    // The promoter's case stays resolved; the detractor's is open again for a follow-up.
    const auto status = [&](qint64 id) {
        return team.api->call("GET", conversationPath(id), QByteArray(), token)
            .body[QLatin1String("conversation")][QLatin1String("status")]
            .toString();
    };
    CHECK(status(ana) == QStringLiteral("resolved"));
    CHECK(status(ben) == QStringLiteral("open"));
    const QJsonObject survey = team.api->call("GET", conversationPath(ben), QByteArray(), token)
                                   .body[QLatin1String("conversation")][QLatin1String("survey")]
                                   .toObject();
    CHECK(survey.value(u"score").toInt() == 2);
    CHECK(survey.value(u"comment").toString() == QStringLiteral("far too slow"));
    CHECK(survey.value(u"followUp").toString() == QStringLiteral("open"));
    // The team's detractor rule (on by default) escalates his case to the leads.
    const QJsonObject escalation =
        team.api->call("GET", conversationPath(ben), QByteArray(), token)
            .body[QLatin1String("conversation")][QLatin1String("escalation")]
            .toObject();
    CHECK(escalation.value(u"rule").toString() == QStringLiteral("detractor"));

    // A lead's desk mirrors the team: Ben is in its Detractors view with his answer.
    Testing::TempWorkspace desk;
    auto db = Storage::Database::open(Storage::Database::fileIn(desk.path()));
    REQUIRE(db.ok());
    Sync::TeamMirror mirror(db.value()->connection(), team.clock);
    const auto feed = Protocol::ChangeFeed::fromJson(
        team.api
            ->call("GET", QStringLiteral("/v1/changes?since=0&limit=5000"), QByteArray(),
                   team.adminToken)
            .body);
    REQUIRE(feed);
    REQUIRE(mirror.apply(QStringLiteral("team"), feed->changes).ok());
    Storage::WorkspaceStore store(db.value()->connection());
    CHECK(store.inboxCounts(Core::InboxQuery(), QString()).value().detractors == 1);
    const auto local = Storage::SurveyStore(db.value()->connection())
                           .surveyOf(mirror.localConversation(ben).value());
    REQUIRE(local.ok());
    REQUIRE(local.value());
    CHECK(local.value()->score == 2);
    CHECK(local.value()->detractor);
    CHECK(local.value()->delivery == QStringLiteral("sent"));
}
