// The scenario file as trainers write it and CareDesk writes it back: parse() and toJson()
// agree, and the expectations a trainer adds are checked with their place in the file.

#include "scenario/Scenario.h"
#include "support/TestSupport.h"

using namespace CareDesk;
using Training::Scenario;

namespace {

void checkSameEvent(const Training::ScenarioEvent &a, const Training::ScenarioEvent &b)
{
    INFO("event " << a.id.toStdString());
    CHECK(a.id == b.id);
    CHECK(a.atSecs == b.atSecs);
    CHECK(a.personaId == b.personaId);
    CHECK(a.kind == b.kind);
    CHECK(a.thread == b.thread);
    CHECK(a.replyTo == b.replyTo);
    CHECK(a.text == b.text);
    CHECK(a.language == b.language);
}

void checkSameScenario(const Scenario &a, const Scenario &b)
{
    CHECK(a.id == b.id);
    CHECK(a.title == b.title);
    CHECK(a.brandName == b.brandName);
    CHECK(a.brandHandle == b.brandHandle);
    REQUIRE(a.personas.size() == b.personas.size());
    for (qsizetype i = 0; i < a.personas.size(); ++i) {
        const Sdk::Author &x = a.personas[i].author;
        const Sdk::Author &y = b.personas[i].author;
        CHECK(a.personas[i].id == b.personas[i].id);
        CHECK(x.platformUserId == y.platformUserId);
        CHECK(x.displayName == y.displayName);
        CHECK(x.handle == y.handle);
        CHECK(x.followers == y.followers);
        CHECK(x.verified == y.verified);
        CHECK(x.locale == y.locale);
    }
    REQUIRE(a.timeline.size() == b.timeline.size());
    for (qsizetype i = 0; i < a.timeline.size(); ++i)
        checkSameEvent(a.timeline[i], b.timeline[i]);
    REQUIRE(a.reactions.size() == b.reactions.size());
    for (qsizetype i = 0; i < a.reactions.size(); ++i) {
        const Training::Reaction &x = a.reactions[i];
        const Training::Reaction &y = b.reactions[i];
        CHECK(x.id == y.id);
        CHECK(x.afterEventId == y.afterEventId);
        CHECK(x.trigger == y.trigger);
        CHECK(x.keywords == y.keywords);
        CHECK(x.delaySecs == y.delaySecs);
        CHECK(x.waitSecs == y.waitSecs);
        checkSameEvent(x.followUp, y.followUp);
    }
    REQUIRE(a.expectations.size() == b.expectations.size());
    for (qsizetype i = 0; i < a.expectations.size(); ++i) {
        const Training::Expectation &x = a.expectations[i];
        const Training::Expectation &y = b.expectations[i];
        CHECK(x.id == y.id);
        CHECK(x.afterEventId == y.afterEventId);
        CHECK(x.outcome == y.outcome);
        CHECK(x.withinSecs == y.withinSecs);
        CHECK(x.keywords == y.keywords);
        CHECK(x.text == y.text);
    }
}

Scenario parsed(const QByteArray &json)
{
    QStringList problems;
    auto scenario = Scenario::parse(json, problems);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(scenario.has_value());
    return *scenario;
}

constexpr const char *FULL_SCENARIO = R"({"format":"caredesk-scenario","version":1,"id":"billing",
    "title":"Double charges","brand":{"name":"Northwind Mobile","handle":"NorthwindCare"},
    "personas":[{"id":"maria","name":"María Fernández","handle":"mariafdz","followers":1840,"verified":true,"locale":"es_ES"},
                {"id":"tom","handle":"tomo"}],
    "timeline":[{"id":"e1","at":-600,"persona":"maria","kind":"mention","thread":"t1","text":"@NorthwindCare me habéis cobrado dos veces","lang":"es"},
                {"id":"e2","at":120,"persona":"maria","kind":"dm","thread":"t1","replyTo":"e1","text":"Os escribo por privado.","lang":"es"},
                {"id":"e3","at":-600,"persona":"tom","kind":"comment","text":"No signal"}],
    "reactions":[{"id":"r1","after":"e1","on":"public-reply","contains":["DM","privado"],"delay":30,
                  "persona":"maria","kind":"dm","thread":"t1","replyTo":"e1","text":"Mi pedido es 48213-77","lang":"es"},
                 {"id":"r2","after":"e3","on":"no-reply","wait":900,"persona":"tom","kind":"mention","text":"Hello?"}],
    "expectations":[{"id":"x1","after":"e1","expect":"dm","within":600,"contains":["pedido","order"],
                     "text":"Moves María to a DM to ask for the order"},
                    {"id":"x2","after":"e3","expect":"resolved"},
                    {"id":"x3","after":"r1","expect":"any-reply","within":300},
                    {"id":"x4","after":"e3","expect":"public-reply"}]})";

} // namespace

TEST_CASE("A scenario written out by toJson reads back the same, expectations included")
{
    const Scenario original = parsed(FULL_SCENARIO);
    REQUIRE(original.expectations.size() == 4);
    CHECK(original.expectations[0].outcome == Training::Expectation::Outcome::DirectMessage);
    CHECK(original.expectations[0].withinSecs == 600);
    CHECK(original.expectations[0].keywords ==
          QStringList{QStringLiteral("pedido"), QStringLiteral("order")});
    CHECK(original.expectations[1].outcome == Training::Expectation::Outcome::Resolved);
    CHECK(original.expectations[1].withinSecs == 0);
    CHECK(original.brandHandle == QStringLiteral("NorthwindCare"));
    REQUIRE(original.timeline.size() == 3);
    CHECK(original.timeline[1].id == QStringLiteral("e3")); // played, and written, in time order

    const QByteArray written = original.toJson();
    const Scenario again = parsed(written);
    checkSameScenario(original, again);
    CHECK(again.toJson() == written);

    // The demo a first start plays survives the same trip.
    const Scenario demo = parsed(Testing::readFile(
        QStringLiteral(CAREDESK_SOURCE_DIR "/resources/scenarios/demo-practice.json")));
    checkSameScenario(demo, parsed(demo.toJson()));
}

TEST_CASE("Every problem in a scenario's expectations is reported with its place")
{
    QStringList problems;
    const auto scenario = Scenario::parse(R"({"format":"caredesk-scenario","version":1,"id":"x",
        "personas":[{"id":"a","name":"A"}],
        "timeline":[{"id":"e1","at":0,"persona":"a","kind":"mention","text":"hi"}],
        "expectations":[{"id":"x1","after":"ghost","expect":"dm"},
                        {"id":"x1","after":"e1","expect":"sometimes","within":-5},
                        {"after":"e1","expect":"resolved","contains":["thanks",""]},
                        {"id":"x4","after":"e1","expect":"any-reply","within":"soon","contains":"sorry"}]})",
                                          problems);
    CHECK_FALSE(scenario.has_value());
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.contains(QStringLiteral("expectations[0].after: no event \"ghost\"")));
    CHECK(problems.contains(QStringLiteral("expectations[1].id: \"x1\" is used twice")));
    CHECK(problems.contains(
        QStringLiteral("expectations[1].expect: must be dm, public-reply, any-reply or resolved")));
    CHECK(problems.contains(QStringLiteral("expectations[1].within: seconds, more than 0")));
    CHECK(problems.contains(QStringLiteral("expectations[2].id: required")));
    CHECK(problems.contains(QStringLiteral("expectations[2].contains[1]: a word is required")));
    CHECK(problems.contains(QStringLiteral(
        "expectations[2].contains: only a reply can contain words, not a resolution")));
    CHECK(problems.contains(QStringLiteral("expectations[3].within: seconds, more than 0")));
    CHECK(problems.contains(QStringLiteral("expectations[3].contains: must be a list of words")));
    CHECK(problems.size() == 9);

    QStringList notAList;
    CHECK_FALSE(Scenario::parse(
        R"({"format":"caredesk-scenario","version":1,"id":"x","personas":[{"id":"a","name":"A"}],
        "timeline":[{"id":"e1","at":0,"persona":"a","kind":"mention","text":"hi"}],"expectations":{"id":"x1"}})",
        notAList));
    CHECK(notAList == QStringList{QStringLiteral("expectations: must be a list")});
}

TEST_CASE(
    "A scenario the sandbox could not play as written is refused with the place of the mistake")
{
    QStringList problems;
    CHECK_FALSE(Scenario::parse(R"({"format":"caredesk-scenario","version":1,"id":"x",
        "personas":[{"id":"a","name":"A"}],
        "timeline":[{"id":"e1","at":60,"persona":"a","kind":"mention","text":"hi"},
                    {"id":"e2","at":30,"persona":"a","kind":"mention","replyTo":"e1","text":"before its parent"}],
        "reactions":[{"id":"r1","after":"e1","on":"any-reply","persona":"a","kind":"dm","text":"thanks"},
                     {"id":"r2","after":"r1","on":"no-reply","wait":60,"persona":"a","kind":"dm","text":"hello?"}]})",
                                problems));
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems ==
          QStringList{QStringLiteral("timeline[1].replyTo: \"e1\" comes later than this event"),
                      QStringLiteral("reactions[1].after: no-reply waits after a timeline event, "
                                     "not after a reaction")});
}

TEST_CASE("Times the sandbox could not play are refused with their place, not played at 0")
{
    QStringList problems;
    CHECK_FALSE(Scenario::parse(R"({"format":"caredesk-scenario","version":1,"id":"x",
        "personas":[{"id":"a","name":"A"}],
        "timeline":[{"id":"e1","at":9e15,"persona":"a","kind":"mention","text":"hi"},
                    {"id":"e2","at":90.5,"persona":"a","kind":"mention","text":"half a second"}],
        "reactions":[{"id":"r1","after":"e1","on":"any-reply","delay":-30,"persona":"a","kind":"dm","text":"thanks"},
                     {"id":"r2","after":"e1","on":"no-reply","wait":"900","persona":"a","kind":"dm","text":"hello?"}]})",
                                problems));
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems ==
          QStringList{
              QStringLiteral("timeline[0].at: whole seconds, at most ten years from the start"),
              QStringLiteral("timeline[1].at: whole seconds, at most ten years from the start"),
              QStringLiteral("reactions[0].delay: whole seconds, from 0 to ten years"),
              QStringLiteral("reactions[1].wait: whole seconds, from 0 to ten years"),
              QStringLiteral("reactions[1].wait: seconds without a reply are required")});
}
