// Escalations of a team's conversations on the team server: by hand from the holder, the case
// leaving the queue's routing until a lead takes it, the team's settings, and every desk's
// Escalations view.

#include "storage/Database.h"
#include "storage/EscalationStore.h"
#include "storage/WorkspaceStore.h"
#include "support/TeamFixture.h"
#include "sync/TeamMirror.h"

#include <protocol/ChangeRecord.h>

#include <QJsonArray>
#include <QJsonDocument>

using namespace CareDesk;
using Testing::ApiReply;
using Team = Testing::TeamFixture;

namespace {

QString conversationPath(qint64 conversationId, const QString &action = {})
{
    return QStringLiteral("/v1/conversations/%1").arg(conversationId) +
           (action.isEmpty() ? QString() : QLatin1Char('/') + action);
}

QJsonObject escalationBody(const QString &reason)
{
    return QJsonObject{{QStringLiteral("target"), QStringLiteral("leads")},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("note"), QStringLiteral("Mentions a lawyer twice.")}};
}

} // namespace

TEST_CASE("An agent escalates a team conversation: it leaves her, routing holds it for the leads, "
          "and a lead taking it closes the escalation on every desk")
{
    Team team;
    const Server::Agent abe = team.add(QStringLiteral("abe"), Server::Role::Agent);
    const Server::Agent cy = team.add(QStringLiteral("cy"), Server::Role::Agent);
    const Server::Agent lea = team.add(QStringLiteral("lea"), Server::Role::Lead);
    const QByteArray abeToken = team.tokenFor(abe);
    REQUIRE(team.api
                ->call("PUT", QStringLiteral("/v1/routing"),
                       QJsonObject{{QStringLiteral("policy"), QStringLiteral("manual")}},
                       team.adminToken)
                .status == 200);
    team.ingest(Testing::item(QStringLiteral("1"), QStringLiteral("jane"),
                              QStringLiteral("@AcmeHelp my order never came")));
    const qint64 jane = team.conversationOf(abeToken, QStringLiteral("jane"));
    REQUIRE(
        team.api
            ->call("POST", conversationPath(jane, QStringLiteral("claim")), QByteArray(), abeToken)
            .status == 200);

    // Only the holder or a lead escalates, with a reason.
    CHECK(team.api
              ->call("POST", conversationPath(jane, QStringLiteral("escalate")),
                     escalationBody(QStringLiteral("Legal threat")), team.tokenFor(cy))
              .status == 403);
    CHECK(team.api
              ->call("POST", conversationPath(jane, QStringLiteral("escalate")),
                     QJsonObject{{QStringLiteral("reason"), QStringLiteral("  ")}}, abeToken)
              .status == 422);
    const ApiReply escalated =
        team.api->call("POST", conversationPath(jane, QStringLiteral("escalate")),
                       escalationBody(QStringLiteral("Legal threat")), abeToken);
    REQUIRE(escalated.status == 200);
    const QJsonObject conversation =
        team.api->call("GET", conversationPath(jane), QByteArray(), abeToken)
            .body.value(u"conversation")
            .toObject();
    CHECK(conversation.value(u"assignee").isNull()); // back to the queue
    const QJsonObject escalation = conversation.value(u"escalation").toObject();
    CHECK(escalation.value(u"reason").toString() == u"Legal threat");
    CHECK(escalation.value(u"by").toString() == u"Abe");
    CHECK_FALSE(escalation.contains(u"takenBy"));
    const ApiReply again =
        team.api->call("POST", conversationPath(jane, QStringLiteral("escalate")),
                       escalationBody(QStringLiteral("Other")), team.tokenFor(lea));
    CHECK(again.status == 409);

    // Automatic routing does not hand it to the next agent: it waits for a lead.
    REQUIRE(team.api
                ->call("PUT", QStringLiteral("/v1/routing"),
                       QJsonObject{{QStringLiteral("policy"), QStringLiteral("least-loaded")}},
                       team.adminToken)
                .status == 200);
    REQUIRE(team.server->store()
                .accounts()
                .setPresence(cy, Server::Presence::Available, team.clock.now().toMSecsSinceEpoch())
                .ok());
    team.server->maintain();
    CHECK(team.api->call("POST", QStringLiteral("/v1/queue/next"), QByteArray(), team.tokenFor(cy))
              .status == 204);

    // A lead takes it; the escalation is done, for her desk and everyone's.
    REQUIRE(team.api
                ->call("POST", conversationPath(jane, QStringLiteral("claim")), QByteArray(),
                       team.tokenFor(lea))
                .status == 200);
    const QJsonObject taken = team.api->call("GET", conversationPath(jane), QByteArray(), abeToken)
                                  .body.value(u"conversation")
                                  .toObject()
                                  .value(u"escalation")
                                  .toObject();
    CHECK(taken.value(u"takenBy").toString() == u"Lea");

    Testing::TempWorkspace desk;
    auto db = Storage::Database::open(Storage::Database::fileIn(desk.path()));
    REQUIRE(db.ok());
    Sync::TeamMirror mirror(db.value()->connection(), team.clock);
    const auto feed = Protocol::ChangeFeed::fromJson(
        team.api
            ->call("GET", QStringLiteral("/v1/changes?since=0&limit=5000"), QByteArray(),
                   team.tokenFor(lea))
            .body);
    REQUIRE(feed);
    REQUIRE(mirror.apply(QStringLiteral("team"), feed->changes).ok());
    const auto local = Storage::EscalationStore(db.value()->connection())
                           .latest(mirror.localConversation(jane).value());
    REQUIRE(local.ok());
    REQUIRE(local.value());
    CHECK(local.value()->reason == u"Legal threat");
    CHECK(local.value()->by == u"Abe");
    CHECK(local.value()->takenBy == u"Lea");
}

TEST_CASE("A team keeps escalated cases with their agent when its settings say so, and only leads "
          "change them")
{
    Team team;
    const Server::Agent abe = team.add(QStringLiteral("abe"), Server::Role::Agent);
    const QByteArray abeToken = team.tokenFor(abe);
    const QByteArray lead = team.tokenFor(team.add(QStringLiteral("lea"), Server::Role::Lead));
    const ApiReply defaults =
        team.api->call("GET", QStringLiteral("/v1/escalation-settings"), QByteArray(), abeToken);
    REQUIRE(defaults.status == 200);
    CHECK_FALSE(defaults.body.value(u"reasons").toArray().isEmpty());
    const QJsonObject keep{{QStringLiteral("reasons"), QJsonArray{QStringLiteral("Refund")}},
                           {QStringLiteral("targets"), QJsonArray{QStringLiteral("Billing")}},
                           {QStringLiteral("keepWithAgent"), true}};
    CHECK(team.api->call("PUT", QStringLiteral("/v1/escalation-settings"), keep, abeToken).status ==
          403);
    CHECK(team.api
              ->call("PUT", QStringLiteral("/v1/escalation-settings"),
                     QByteArray(R"({"rules": {"words": {"then": "shout"}}})"), lead)
              .status == 422);
    const ApiReply saved =
        team.api->call("PUT", QStringLiteral("/v1/escalation-settings"), keep, lead);
    REQUIRE(saved.status == 200);
    CHECK(saved.body.value(u"keepWithAgent").toBool());

    team.ingest(Testing::item(QStringLiteral("1"), QStringLiteral("jane"),
                              QStringLiteral("@AcmeHelp refund please")));
    const qint64 jane = team.conversationOf(abeToken, QStringLiteral("jane"));
    REQUIRE(
        team.api
            ->call("POST", conversationPath(jane, QStringLiteral("claim")), QByteArray(), abeToken)
            .status == 200);
    REQUIRE(team.api
                ->call("POST", conversationPath(jane, QStringLiteral("escalate")),
                       QJsonObject{{QStringLiteral("target"), QStringLiteral("Billing")},
                                   {QStringLiteral("reason"), QStringLiteral("Refund")}},
                       abeToken)
                .status == 200);
    const QJsonObject conversation =
        team.api->call("GET", conversationPath(jane), QByteArray(), abeToken)
            .body.value(u"conversation")
            .toObject();
    CHECK(conversation.value(u"assignee")[QLatin1String("id")].toInteger() == abe.id);
    CHECK(conversation.value(u"escalation")[QLatin1String("target")].toString() == u"Billing");
}

TEST_CASE("A customer's message that meets the team's rules is escalated or flagged on the server, "
          "for every desk")
{
    Team team;
    const Server::Agent abe = team.add(QStringLiteral("abe"), Server::Role::Agent);
    const QByteArray abeToken = team.tokenFor(abe);
    REQUIRE(team.api
                ->call("PUT", QStringLiteral("/v1/escalation-settings"),
                       QByteArray(R"({"reasons": ["Legal threat"], "rules": {
                           "words": {"then": "escalate", "en": ["lawyer"]},
                           "repeatedContacts": {"count": 2, "then": "flag"}}})"),
                       team.adminToken)
                .status == 200);
    team.ingest(Testing::item(QStringLiteral("1"), QStringLiteral("jane"),
                              QStringLiteral("@AcmeHelp I am calling my lawyer")));
    team.ingest(Testing::item(QStringLiteral("2"), QStringLiteral("joe"),
                              QStringLiteral("@AcmeHelp where is my parcel"),
                              QStringLiteral("01")));
    team.server->maintain();
    const auto escalationOf = [&](const QString &handle) {
        return team.api
            ->call("GET", conversationPath(team.conversationOf(abeToken, handle)), QByteArray(),
                   abeToken)
            .body.value(u"conversation")
            .toObject()
            .value(u"escalation")
            .toObject();
    };
    const QJsonObject jane = escalationOf(QStringLiteral("jane"));
    CHECK(jane.value(u"rule").toString() == u"words");
    CHECK(jane.value(u"ruleDetail").toString() == u"lawyer");
    CHECK_FALSE(jane.value(u"flagOnly").toBool());
    CHECK(escalationOf(QStringLiteral("joe")).isEmpty());

    // Joe writes again the same day: the repeat rule only flags him.
    team.ingest(Testing::item(QStringLiteral("3"), QStringLiteral("joe"),
                              QStringLiteral("@AcmeHelp hello??"), QStringLiteral("02")));
    team.server->maintain();
    const QJsonObject joe = escalationOf(QStringLiteral("joe"));
    CHECK(joe.value(u"rule").toString() == u"repeat");
    CHECK(joe.value(u"flagOnly").toBool());
    // A flag does not stop an agent escalating by hand; an open rule escalation does.
    const qint64 joeId = team.conversationOf(abeToken, QStringLiteral("joe"));
    REQUIRE(
        team.api
            ->call("POST", conversationPath(joeId, QStringLiteral("claim")), QByteArray(), abeToken)
            .status == 200);
    CHECK(team.api
              ->call("POST", conversationPath(joeId, QStringLiteral("escalate")),
                     escalationBody(QStringLiteral("Legal threat")), abeToken)
              .status == 200);
    const ApiReply twice =
        team.api->call("POST",
                       conversationPath(team.conversationOf(abeToken, QStringLiteral("jane")),
                                        QStringLiteral("escalate")),
                       escalationBody(QStringLiteral("Legal threat")),
                       team.tokenFor(team.add(QStringLiteral("lea"), Server::Role::Lead)));
    CHECK(twice.status == 409);
    CHECK(twice.errorMessage().contains(u"A rule escalated"));
}

TEST_CASE("A team conversation whose first answer is overdue is flagged by the team's SLA rule")
{
    Team team;
    const QByteArray abeToken = team.tokenFor(team.add(QStringLiteral("abe"), Server::Role::Agent));
    REQUIRE(team.api
                ->call("PUT", QStringLiteral("/v1/escalation-settings"),
                       QByteArray(R"({"rules": {"slaBreach": {"then": "flag"}}})"),
                       team.tokenFor(team.add(QStringLiteral("lea"), Server::Role::Lead)))
                .status == 200);
    team.ingest(Testing::item(QStringLiteral("1"), QStringLiteral("jane"),
                              QStringLiteral("@AcmeHelp my parcel is late")));
    const qint64 jane = team.conversationOf(abeToken, QStringLiteral("jane"));
    const auto escalation = [&] {
        return team.api->call("GET", conversationPath(jane), QByteArray(), abeToken)
            .body.value(u"conversation")
            .toObject()
            .value(u"escalation")
            .toObject();
    };
    team.server->maintain();
    CHECK(escalation().isEmpty()); // not due yet
    team.clock.advanceSecs(3 * 3600);
    const QByteArray later = team.tokenFor(
        team.server->store().accounts().agentByLogin(QStringLiteral("abe")).value()->first);
    team.server->maintain();
    const QJsonObject flagged = team.api->call("GET", conversationPath(jane), QByteArray(), later)
                                    .body.value(u"conversation")
                                    .toObject()
                                    .value(u"escalation")
                                    .toObject();
    CHECK(flagged.value(u"rule").toString() == u"sla");
    CHECK(flagged.value(u"flagOnly").toBool());
}
