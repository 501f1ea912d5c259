// A team's shifts on the team server: the roster leads keep, presence following it across a
// change of clocks, presence an agent sets holding until the roster next changes, and the
// shift-change post proposed when a shift starts, posted once through a channel the server runs.

#include "outbox/Outbox.h"
#include "server/ServerIngest.h"
#include "server/TeamShifts.h"
#include "storage/Database.h"
#include "support/TeamFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace CareDesk;
using Testing::ApiReply;
using Team = Testing::TeamFixture;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QJsonObject shift(const QString &agent, const QStringList &days, const QString &start,
                  const QString &end, const QStringList &channels = {})
{
    return QJsonObject{{QStringLiteral("agent"), agent},
                       {QStringLiteral("days"), QJsonArray::fromStringList(days)},
                       {QStringLiteral("start"), start},
                       {QStringLiteral("end"), end},
                       {QStringLiteral("channels"), QJsonArray::fromStringList(channels)}};
}

QJsonObject roster(const QJsonArray &shifts)
{
    return QJsonObject{{QStringLiteral("shifts"), shifts}};
}

const QStringList WEEKDAYS = {QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                              QStringLiteral("thu"), QStringLiteral("fri")};
const QStringList EVERY_DAY = WEEKDAYS + QStringList{QStringLiteral("sat"), QStringLiteral("sun")};

// A session of the team's admin at the fixture's time (the fixture's own is older).
QByteArray adminNow(Team &team)
{
    return team.tokenFor(
        team.server->store().accounts().agentByLogin(QStringLiteral("admin")).value()->first);
}

// The agent's presence as the leads' list of agents shows it.
QString presenceOf(Team &team, const QString &login)
{
    const QJsonArray agents =
        team.api->call("GET", QStringLiteral("/v1/agents"), QByteArray(), adminNow(team))
            .body.value(u"agents")
            .toArray();
    for (const QJsonValue &agent : agents) {
        if (agent[QLatin1String("login")].toString() == login)
            return agent[QLatin1String("presence")].toString();
    }
    return {};
}

} // namespace

TEST_CASE("Leads keep the team's roster, and a roster with mistakes or strangers is refused")
{
    Team team;
    team.clock.set(utc("2027-03-24T10:00:00Z")); // a Wednesday
    const QByteArray lead =
        team.tokenFor(team.add(QStringLiteral("lea"), Server::Role::Lead, QString()));
    const QByteArray agent =
        team.tokenFor(team.add(QStringLiteral("abe"), Server::Role::Agent, QString()));
    team.add(QStringLiteral("bo"), Server::Role::Agent, QString());
    const auto put = [&](const QJsonObject &body, const QByteArray &token) {
        return team.api->call("PUT", QStringLiteral("/v1/roster"), body, token);
    };

    const QJsonObject week = roster(
        {shift(QStringLiteral("abe"), WEEKDAYS, QStringLiteral("09:00"), QStringLiteral("17:00")),
         shift(QStringLiteral("bo"), {QStringLiteral("wed")}, QStringLiteral("22:00"),
               QStringLiteral("06:00"))});
    const ApiReply saved = put(week, lead);
    REQUIRE(saved.status == 200);
    // Abe is on now; Bo comes next, tonight, until six in the morning.
    const QJsonArray onNow = saved.body.value(u"onNow").toArray();
    REQUIRE(onNow.size() == 1);
    CHECK(onNow[0][QLatin1String("agent")].toString() == u"abe");
    CHECK(onNow[0][QLatin1String("end")].toString() == u"2027-03-24T17:00:00Z");
    const QJsonArray next = saved.body.value(u"next").toArray();
    REQUIRE_FALSE(next.isEmpty());
    CHECK(next[0][QLatin1String("agent")].toString() == u"bo");
    CHECK(next[0][QLatin1String("end")].toString() == u"2027-03-25T06:00:00Z");
    // Everyone on the team reads it; only leads and admins change it.
    const ApiReply read = team.api->call("GET", QStringLiteral("/v1/roster"), QByteArray(), agent);
    REQUIRE(read.status == 200);
    CHECK(read.body.value(u"roster")[QLatin1String("shifts")].toArray().size() == 2);
    CHECK(put(week, agent).status == 403);

    const ApiReply badDay = put(roster({shift(QStringLiteral("abe"), {QStringLiteral("monday")},
                                              QStringLiteral("09:00"), QStringLiteral("17:00"))}),
                                lead);
    CHECK(badDay.status == 422);
    CHECK(badDay.errorMessage().contains(u"shifts[0].days"));
    CHECK(put(roster({shift(QStringLiteral("abe"), WEEKDAYS, QStringLiteral("9am"),
                            QStringLiteral("17:00"))}),
              lead)
              .status == 422);
    const ApiReply stranger = put(roster({shift(QStringLiteral("zed"), WEEKDAYS,
                                                QStringLiteral("09:00"), QStringLiteral("17:00"))}),
                                  lead);
    CHECK(stranger.status == 422);
    CHECK(stranger.errorMessage().contains(u"zed"));
    CHECK(put(QJsonObject{{QStringLiteral("shifts"), 3}}, lead).status == 422);
    // Nothing refused replaced the roster.
    CHECK(team.api->call("GET", QStringLiteral("/v1/roster"), QByteArray(), lead)
              .body.value(u"roster")[QLatin1String("shifts")]
              .toArray()
              .size() == 2);
}

TEST_CASE("Presence follows the roster in the team's time zone across the change to summer time, "
          "and what an agent sets holds until the roster next changes for them")
{
    Team team;
    team.clock.set(utc("2027-03-26T07:30:00Z")); // Friday, 08:30 in Madrid (CET)
    const Server::Agent abe = team.add(QStringLiteral("abe"), Server::Role::Agent, QString());
    REQUIRE(team.api
                ->call("PUT", QStringLiteral("/v1/routing"),
                       QJsonObject{{QStringLiteral("sla"),
                                    QJsonObject{{QStringLiteral("firstResponseMinutes"), 60},
                                                {QStringLiteral("timeZone"),
                                                 QStringLiteral("Europe/Madrid")}}}},
                       adminNow(team))
                .status == 200);
    REQUIRE(team.api
                ->call("PUT", QStringLiteral("/v1/roster"),
                       roster({shift(QStringLiteral("abe"), WEEKDAYS, QStringLiteral("09:00"),
                                     QStringLiteral("17:00"))}),
                       adminNow(team))
                .status == 200);
    // Abe's desk connects before the shift: he arrives away, and nothing is handed to him.
    CHECK(team.server->shifts().presenceOnArrival(abe) == Server::Presence::Away);
    REQUIRE(team.server->store()
                .accounts()
                .setPresence(abe, Server::Presence::Away, team.clock.now().toMSecsSinceEpoch())
                .ok());

    const auto at = [&](const char *iso) {
        team.clock.set(utc(iso));
        team.server->maintain();
        return presenceOf(team, QStringLiteral("abe"));
    };
    CHECK(at("2027-03-26T07:59:00Z") == u"away");      // 08:59 CET
    CHECK(at("2027-03-26T08:00:00Z") == u"available"); // 09:00 CET
    CHECK(at("2027-03-26T16:00:00Z") == u"away");      // 17:00 CET
    // Clocks go forward on Sunday the 28th: the shift now starts an hour earlier in UTC.
    CHECK(at("2027-03-29T06:59:00Z") == u"away");      // 08:59 CEST
    CHECK(at("2027-03-29T07:00:00Z") == u"available"); // 09:00 CEST
    CHECK(at("2027-03-29T15:00:00Z") == u"away");      // 17:00 CEST

    // Overtime: Abe makes himself available after his shift; it holds through the evening...
    team.clock.set(utc("2027-03-29T16:00:00Z"));
    const QByteArray token = team.tokenFor(abe);
    REQUIRE(team.api
                ->call("POST", QStringLiteral("/v1/presence"),
                       QJsonObject{{QStringLiteral("presence"), QStringLiteral("available")}},
                       token)
                .status == 200);
    CHECK(at("2027-03-29T20:00:00Z") == u"available");
    CHECK(at("2027-03-30T06:59:00Z") == u"available");
    // ... until his next shift, which the roster then runs again: a break ends with the shift.
    CHECK(at("2027-03-30T07:00:00Z") == u"available");
    team.clock.set(utc("2027-03-30T10:00:00Z"));
    REQUIRE(team.api
                ->call("POST", QStringLiteral("/v1/presence"),
                       QJsonObject{{QStringLiteral("presence"), QStringLiteral("away")}},
                       team.tokenFor(abe))
                .status == 200);
    CHECK(at("2027-03-30T14:59:00Z") == u"away");
    CHECK(at("2027-03-31T07:00:00Z") == u"available");

    // On the team's holidays nobody is rostered.
    REQUIRE(team.api
                ->call("PUT", QStringLiteral("/v1/routing"),
                       QJsonObject{{QStringLiteral("sla"),
                                    QJsonObject{{QStringLiteral("firstResponseMinutes"), 60},
                                                {QStringLiteral("timeZone"),
                                                 QStringLiteral("Europe/Madrid")},
                                                {QStringLiteral("holidays"),
                                                 QJsonArray{QStringLiteral("2027-04-01")}}}}},
                       adminNow(team))
                .status == 200);
    CHECK(at("2027-04-01T08:00:00Z") == u"away");
    CHECK(at("2027-04-02T08:00:00Z") == u"available");
}

TEST_CASE("When a shift starts the agent is offered the shift-change post, and it goes out once "
          "through the team's channel, or is declined")
{
    Team team;
    team.clock.set(utc("2027-03-24T09:10:00Z"));
    team.addDrillChannel(
        R"({"format":"caredesk-scenario","version":1,"id":"quiet",
                       "personas":[{"id":"ana","name":"Ana Gil"}],
                       "timeline":[{"id":"e1","at":-60,"persona":"ana","kind":"mention",
                                    "thread":"t1","text":"Hello"}]})");
    team.server->startChannels();
    const Server::Agent abe = team.add(QStringLiteral("abe"), Server::Role::Agent, QString());
    REQUIRE(team.api
                ->call("PUT", QStringLiteral("/v1/roster"),
                       roster({shift(QStringLiteral("abe"), EVERY_DAY, QStringLiteral("09:00"),
                                     QStringLiteral("17:00"))}),
                       adminNow(team))
                .status == 200);
    QByteArray token = team.tokenFor(abe);
    const auto mine = [&] {
        return team.api->call("GET", QStringLiteral("/v1/roster/me"), QByteArray(), token);
    };
    const auto decide = [&](const QJsonObject &body) {
        return team.api->call("POST", QStringLiteral("/v1/shift-posts"), body, token);
    };

    const ApiReply offered = mine();
    REQUIRE(offered.status == 200);
    CHECK(offered.body.value(u"onShift").toBool());
    const QJsonObject proposal = offered.body.value(u"proposal").toObject();
    INFO(QJsonDocument(offered.body).toJson().toStdString());
    CHECK(proposal.value(u"text").toString().contains(u"Abe"));
    CHECK(proposal.value(u"text").toString().contains(u"17:00"));
    CHECK(proposal.value(u"channels").toArray() == QJsonArray{QStringLiteral("Drill")});

    // A channel the team does not run, or no text, is refused; the proposal waits.
    CHECK(decide(QJsonObject{{QStringLiteral("decision"), QStringLiteral("post")},
                             {QStringLiteral("channel"), QStringLiteral("Elsewhere")},
                             {QStringLiteral("text"), QStringLiteral("Hi")}})
              .status == 422);
    CHECK(decide(QJsonObject{{QStringLiteral("decision"), QStringLiteral("post")},
                             {QStringLiteral("channel"), QStringLiteral("Drill")}})
              .status == 422);
    const QString text = QStringLiteral("Abe here until 17:00 UTC. Ask away! ^A");
    const QJsonObject post{{QStringLiteral("decision"), QStringLiteral("post")},
                           {QStringLiteral("channel"), QStringLiteral("Drill")},
                           {QStringLiteral("text"), text}};
    const ApiReply posted = decide(post);
    REQUIRE(posted.status == 200);
    CHECK(decide(post).status == 409); // once per shift
    CHECK(mine().body.value(u"proposal").isNull());

    // It goes out through the channel's outbox as a post of the team's own.
    auto ingest = Storage::Database::open(
        Storage::Database::fileIn(Server::ServerIngest::directoryIn(team.dir.path())));
    REQUIRE(ingest.ok());
    REQUIRE(Testing::waitUntil([&] {
        team.server->pollChannels();
        QSqlQuery query(ingest.value()->connection());
        return query.exec(QStringLiteral("SELECT state, action, text, author FROM outbox")) &&
               query.next() && query.value(0).toString() == u"sent" &&
               query.value(1).toString() == u"post" && query.value(2).toString() == text &&
               query.value(3).toString() == u"abe";
    }));
    QSqlQuery count(ingest.value()->connection());
    REQUIRE(count.exec(QStringLiteral("SELECT count(*) FROM outbox")));
    REQUIRE(count.next());
    CHECK(count.value(0).toInt() == 1);

    // The next day's shift is offered again; declined, it is not offered twice.
    team.clock.set(utc("2027-03-25T09:05:00Z"));
    token = team.tokenFor(abe);
    CHECK_FALSE(mine().body.value(u"proposal").isNull());
    CHECK(decide(QJsonObject{{QStringLiteral("decision"), QStringLiteral("decline")}}).status ==
          200);
    CHECK(mine().body.value(u"proposal").isNull());
    // Two hours into a shift the moment has passed; off shift nothing is offered.
    team.clock.set(utc("2027-03-26T11:30:00Z"));
    token = team.tokenFor(abe);
    CHECK(mine().body.value(u"proposal").isNull());
    team.clock.set(utc("2027-03-26T18:00:00Z"));
    token = team.tokenFor(abe);
    const ApiReply off = mine();
    CHECK_FALSE(off.body.value(u"onShift").toBool());
    CHECK(off.body.value(u"next")[QLatin1String("start")].toString() == u"2027-03-27T09:00:00Z");
}
