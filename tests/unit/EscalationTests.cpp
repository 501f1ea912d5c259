// Escalations in a practice inbox: rules that escalate or flag a message as it arrives, an
// agent's escalation by hand, and the lead who takes it.

#include "channels/ChannelCatalog.h"
#include "escalations/EscalationRules.h"
#include "review/Dashboard.h"
#include "review/Transcript.h"
#include "review/TranscriptReport.h"
#include "security/CredentialStore.h"
#include "storage/AgentActions.h"
#include "storage/Database.h"
#include "storage/EscalationStore.h"
#include "storage/WorkspaceStore.h"
#include "support/FakeClock.h"
#include "support/TestSupport.h"
#include "triage/PriorityReasons.h"
#include "workspace/ChannelPoller.h"
#include "workspace/EscalationDesk.h"
#include "workspace/WorkspaceService.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace CareDesk;
using Escalations::EscalationSettings;
using Escalations::RuleAction;

namespace {

constexpr const char *DRILL = R"({"format":"caredesk-scenario","version":1,"id":"esc",
    "personas":[{"id":"star","name":"Sam Star","handle":"samstar","followers":250000},
                {"id":"law","name":"Lou Law","handle":"loulaw"},
                {"id":"calm","name":"Cal Calm","handle":"calcalm"},
                {"id":"rep","name":"Rea Peat","handle":"reapeat"}],
    "timeline":[
      {"id":"e1","at":-60,"persona":"star","kind":"mention","text":"@Brand my router is down"},
      {"id":"e2","at":-60,"persona":"law","kind":"mention","text":"@Brand next stop: my lawyer."},
      {"id":"e3","at":-60,"persona":"calm","kind":"mention","text":"@Brand I was charged twice"},
      {"id":"e4","at":-300,"persona":"rep","kind":"mention","thread":"r","text":"@Brand hello?"},
      {"id":"e5","at":-240,"persona":"rep","kind":"mention","thread":"r","text":"@Brand anyone?"},
      {"id":"e6","at":-180,"persona":"rep","kind":"mention","thread":"r","text":"@Brand still waiting"},
      {"id":"e7","at":-120,"persona":"rep","kind":"mention","thread":"r","text":"@Brand come on"}]})";

} // namespace

TEST_CASE("Escalation rules read reach, accounts, words and repeated contact")
{
    const EscalationSettings rules = EscalationSettings::defaults();
    CHECK(rules.check({250000, false, QStringLiteral("hi"), 1})->code == u"followers");
    CHECK(rules.check({10, true, QStringLiteral("hi"), 1})->action == RuleAction::Flag);
    const auto lawyer = rules.check({10, false, QStringLiteral("Talking to my LAWYER now."), 1});
    REQUIRE(lawyer);
    CHECK(lawyer->code == u"words");
    CHECK(lawyer->detail == u"lawyer");
    CHECK(lawyer->action == RuleAction::Escalate);
    CHECK(rules.check({0, false, QStringLiteral("Mi abogado os llamará"), 1})->detail ==
          u"abogado");
    // A word inside another word is not the word.
    CHECK_FALSE(rules.check({0, false, QStringLiteral("My suede jacket"), 1}));
    CHECK(rules.check({0, false, QStringLiteral("hello?"), 4})->code == u"repeat");
    CHECK_FALSE(rules.check({0, false, QStringLiteral("hello?"), 3}));
    CHECK(rules.detractor(2)->code == u"detractor");

    auto own = EscalationSettings::fromJson(
        R"({"reasons":["Legal"],"targets":["Billing"],"keepWithAgent":true,
            "rules":{"words":{"then":"flag","en":["Refund NOW"]}}})");
    REQUIRE(own);
    CHECK(own.value().keepWithAgent);
    CHECK(own.value().targets == QStringList{QStringLiteral("Billing")});
    CHECK(own.value().check({0, false, QStringLiteral("refund now please"), 1})->action ==
          RuleAction::Flag);
    CHECK_FALSE(own.value().check({999999, true, QStringLiteral("hi"), 9}));
    CHECK(EscalationSettings::fromJson(own.value().toJson())
              .value()
              .words.value(QStringLiteral("en")) == QStringList{QStringLiteral("refund now")});
    CHECK_FALSE(EscalationSettings::fromJson(R"({"reasons":[]})"));
    CHECK_FALSE(EscalationSettings::fromJson(R"({"rules":{"verified":{"then":"panic"}}})"));
}

TEST_CASE("A rule escalates or flags a message as it arrives, and a lead takes an agent's "
          "escalation")
{
    Testing::TempWorkspace dir;
    dir.write(QStringLiteral("drill.json"), DRILL);
    Testing::FakeClock clock;
    Channels::ChannelCatalog catalog;
    catalog.addLinkedPlugins();
    const QString workspace = dir.file(QStringLiteral("ws"));
    Security::MemoryCredentialStore credentials;
    // The team's rules: the defaults, and overdue replies flagged.
    QDir().mkpath(workspace);
    dir.write(QStringLiteral("ws/escalation.json"),
              R"({"rules":{"followersAbove":{"count":100000,"then":"flag"},
                  "words":{"then":"escalate","en":["lawyer","press"]},
                  "repeatedContacts":{"count":4,"then":"flag"},"slaBreach":{"then":"flag"},
                  "detractor":{"then":"escalate"}}})");
    Workspace::WorkspaceService service(workspace, catalog, clock, credentials);
    service.open();
    auto db = Storage::Database::open(Storage::Database::fileIn(workspace));
    REQUIRE(db.ok());
    Storage::WorkspaceStore store(db.value()->connection());
    REQUIRE(store
                .ensureChannel(
                    QStringLiteral("sandbox"), QStringLiteral("Drill"), QStringLiteral("sandbox"),
                    QString::fromUtf8(
                        QJsonDocument(QJsonObject{{QStringLiteral("scenario"),
                                                   dir.file(QStringLiteral("drill.json"))}})
                            .toJson(QJsonDocument::Compact)),
                    clock.now())
                .ok());
    service.channels().pollChannels();

    const auto conversationOf = [&](const char *eventId) {
        QSqlQuery query(db.value()->connection());
        query.prepare(QStringLiteral("SELECT conversation_id FROM messages WHERE platform_id = ?"));
        query.addBindValue(QString(QStringLiteral("esc:") + QLatin1String(eventId)));
        REQUIRE(query.exec());
        REQUIRE(query.next());
        return query.value(0).toLongLong();
    };
    Storage::EscalationStore escalations(db.value()->connection());
    const auto latest = [&](const char *eventId) {
        auto found = escalations.latest(conversationOf(eventId));
        REQUIRE(found.ok());
        return found.value();
    };
    // Reach: flagged only; the lawyer: escalated to the leads; repeated contact: flagged.
    REQUIRE(latest("e1"));
    CHECK(latest("e1")->flagOnly);
    CHECK(latest("e1")->rule == u"followers");
    REQUIRE(latest("e2"));
    CHECK_FALSE(latest("e2")->flagOnly);
    CHECK(latest("e2")->ruleDetail == u"lawyer");
    CHECK(latest("e2")->target == u"leads");
    REQUIRE(latest("e7"));
    CHECK(latest("e7")->rule == u"repeat");
    CHECK_FALSE(latest("e3"));

    Core::InboxQuery escalated;
    escalated.escalatedOnly = true;
    auto page = store.inboxPage(escalated, {}, 50);
    REQUIRE(page.ok());
    REQUIRE(page.value().rows.size() == 1);
    CHECK(page.value().rows[0].conversationId == conversationOf("e2"));
    CHECK(page.value().rows[0].escalated);

    // An agent takes Cal's double charge and hands it up: it leaves her queue for the leads.
    const qint64 cal = conversationOf("e3");
    service.assign(cal, QStringLiteral("Alex"), QStringLiteral("Alex"));
    service.escalate(cal, QStringLiteral("leads"), QStringLiteral("Refund above my limit"),
                     QStringLiteral("Asks for 300 EUR back"), QStringLiteral("Alex"));
    CHECK(store.conversation(cal).value().assignee.isEmpty());
    CHECK(store.inboxCounts(Core::InboxQuery(), QString()).value().escalations == 2);
    CHECK(latest("e3")->note == u"Asks for 300 EUR back");
    const auto trail = Storage::AgentActions(db.value()->connection())
                           .auditTrail(QStringLiteral("conversation"), cal);
    REQUIRE(trail.ok());
    CHECK(Review::transcriptReportHtml(
              Review::buildTranscript(store.conversation(cal).value(), trail.value(), clock.now()),
              nullptr, false)
              .contains(u"escalated to the team's leads: Refund above my limit"));
    // The priority reasons explain the rule.
    Core::ConversationDetail lou = store.conversation(conversationOf("e2")).value();
    service.escalations().attach(lou);
    REQUIRE(lou.escalation);
    CHECK(Triage::describeAll(lou.priorityReasons, QStringLiteral(" · "))
              .contains(u"Escalation rule: Words from the escalation list: “lawyer”"));

    // A lead takes it: no longer waiting in the Escalations view.
    service.assign(cal, QStringLiteral("Lea"), QStringLiteral("Lea"));
    CHECK(latest("e3")->takenBy == u"Lea");
    CHECK(store.inboxCounts(Core::InboxQuery(), QString()).value().escalations == 1);

    // Two hours on, nobody has answered Cal: the overdue reply is flagged (Sam's flag for his
    // reach still stands, and is not flagged twice).
    clock.advanceSecs(2 * 3600);
    service.channels().pollChannels();
    CHECK(latest("e3")->rule == u"sla");
    CHECK(latest("e3")->flagOnly);
    CHECK(latest("e1")->rule == u"followers");

    // The dashboard counts the escalations (flags aside) and how long they waited.
    const auto figures = Review::computeDashboard(db.value()->connection(), {}, clock.now());
    REQUIRE(figures.ok());
    CHECK(figures.value().escalations == 2);
    CHECK(figures.value().escalationsTaken == 1);
    CHECK(figures.value().medianTakeSecs == 0);
    CHECK(Review::dashboardCsv(figures.value())
              .contains("escalations by reason,Refund above my limit,1"));
}
