#include "channels/ChannelCatalog.h"
#include "scenario/Scenario.h"
#include "support/FakeClock.h"
#include "support/TestSupport.h"

#include <sdk/ChannelPlugin.h>

#include <QHash>

using namespace CareDesk;
using CareDesk::Training::Scenario;

namespace {

class TestHost final : public Sdk::ChannelHost
{
public:
    QDateTime now() const override { return clock.now(); }
    QString setting(const QString &key) const override { return settings.value(key); }
    void logWarning(const QString &message) const override { warnings.append(message); }
    QString credential() const override { return QString(); }
    Sdk::HttpResponse http(const Sdk::HttpRequest &request) override
    {
        requests.append(request.url.toString());
        return {};
    }
    bool sameSecret(const QByteArray &given, const QByteArray &expected) const override
    {
        return !expected.isEmpty() && given == expected;
    }

    Testing::FakeClock clock;
    QStringList requests; // the sandbox must never make one
    QHash<QString, QString> settings;
    mutable QStringList warnings;
};

Sdk::ChannelPlugin *sandboxPlugin(Channels::ChannelCatalog &catalog)
{
    catalog.addLinkedPlugins();
    return catalog.plugin(QStringLiteral("sandbox"));
}

} // namespace

TEST_CASE("The demo scenario is valid and has customers waiting on a first start")
{
    const QByteArray json = Testing::readFile(
        QStringLiteral(CAREDESK_SOURCE_DIR "/resources/scenarios/demo-practice.json"));
    QStringList problems;
    const auto scenario = Scenario::parse(json, problems);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(scenario.has_value());
    CHECK(scenario->timeline.first().atSecs < 0);

    // Enough, and varied enough, to practise a real morning on.
    QSet<QString> threads;
    QSet<QString> languages;
    QHash<QString, int> timesPosted;
    bool influencer = false;
    bool phoneNumber = false;
    for (const Training::ScenarioEvent &event : scenario->timeline) {
        threads.insert(event.thread);
        languages.insert(scenario->persona(event.personaId)->author.locale.left(2));
        ++timesPosted[event.text];
        influencer = influencer || scenario->persona(event.personaId)->author.followers >= 10000;
        phoneNumber = phoneNumber || event.text.contains(QStringLiteral("07700 900123"));
    }
    CHECK(threads.size() >= 30);
    for (const QString &language :
         {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("de"), QStringLiteral("fr"),
          QStringLiteral("pt"), QStringLiteral("ja")})
        CHECK(languages.contains(language));
    CHECK(influencer);
    CHECK(phoneNumber);
    CHECK(std::any_of(timesPosted.cbegin(), timesPosted.cend(),
                      [](int times) { return times >= 3; }));
    // A handoff to DMs is rewarded with the order number the agent needs.
    CHECK(std::any_of(scenario->reactions.cbegin(), scenario->reactions.cend(),
                      [](const Training::Reaction &reaction) {
                          return reaction.followUp.kind == Sdk::ItemKind::DirectMessage &&
                                 reaction.followUp.text.contains(QStringLiteral("order number"));
                      }));
}

TEST_CASE("Every problem in a scenario is reported with its place")
{
    QStringList problems;
    const auto scenario = Scenario::parse(R"({"format":"caredesk-scenario","version":1,"id":"x",
        "personas":[{"id":"a","name":"A"}],
        "timeline":[{"id":"1","at":0,"persona":"ghost","kind":"tweet","text":""},
                    {"id":"1","at":5,"persona":"a","kind":"dm","text":"hi","replyTo":"nope"}]})",
                                          problems);
    CHECK_FALSE(scenario.has_value());
    CHECK(problems.contains(QStringLiteral("timeline[0].persona: unknown persona \"ghost\"")));
    CHECK(problems.contains(QStringLiteral("timeline[0].kind: must be mention, comment or dm")));
    CHECK(problems.contains(QStringLiteral("timeline[0].text: required")));
    CHECK(problems.contains(QStringLiteral("timeline[1].id: \"1\" is used twice")));
    CHECK(problems.contains(QStringLiteral("timeline[1].replyTo: no earlier event \"nope\"")));

    QStringList syntax;
    CHECK_FALSE(Scenario::parse("{\n\"format\": \n", syntax).has_value());
    REQUIRE(syntax.size() == 1);
    CHECK(syntax[0].startsWith(QStringLiteral("line 3:")));
}

TEST_CASE("The sandbox plays the timeline as time passes and resumes from its cursor")
{
    Testing::TempWorkspace dir;
    dir.write(QStringLiteral("s.json"), R"({"format":"caredesk-scenario","version":1,"id":"drill",
        "personas":[{"id":"a","name":"Ana","handle":"ana","locale":"es_ES"}],
        "timeline":[{"id":"e1","at":-600,"persona":"a","kind":"mention","thread":"t","text":"Hola"},
                    {"id":"e2","at":60,"persona":"a","kind":"dm","thread":"t","replyTo":"e1","text":"¿Hola?"}]})");
    Channels::ChannelCatalog catalog;
    Sdk::ChannelPlugin *plugin = sandboxPlugin(catalog);
    REQUIRE(plugin);
    TestHost host;
    host.settings.insert(QStringLiteral("scenario"), dir.file(QStringLiteral("s.json")));
    auto connector = plugin->createConnector(host);

    const Sdk::FetchResult first = connector->fetchNew({});
    REQUIRE(first.failure.ok());
    REQUIRE(first.items.size() == 1);
    CHECK(first.items[0].platformId == QStringLiteral("drill:e1"));
    CHECK(first.items[0].createdAt == host.clock.now().addSecs(-600));
    CHECK(first.items[0].author.displayName == QStringLiteral("Ana"));

    CHECK(connector->fetchNew(first.cursor).items.isEmpty());
    host.clock.advanceSecs(61);
    const Sdk::FetchResult second = connector->fetchNew(first.cursor);
    REQUIRE(second.items.size() == 1);
    CHECK(second.items[0].kind == Sdk::ItemKind::DirectMessage);
    CHECK(second.items[0].inReplyToId == QStringLiteral("drill:e1"));

    // Replies go nowhere: the same reply twice gets the same id, and nothing touched the network.
    Sdk::OutboundMessage reply;
    reply.clientId = QStringLiteral("c-1");
    reply.inReplyToId = second.items[0].platformId;
    reply.text = QStringLiteral("¡Hola Ana! ¿En qué podemos ayudarte?");
    const Sdk::SendResult sent = connector->send(reply);
    REQUIRE(sent.failure.ok());
    CHECK(connector->send(reply).platformId == sent.platformId);
    Sdk::Failure failure;
    CHECK(connector->findSent(reply, failure) == std::optional(sent.platformId));
    CHECK(connector->check().failure.ok());
    CHECK(host.requests.isEmpty());
}

TEST_CASE("A broken scenario file is an error the channel reports, not a crash")
{
    Testing::TempWorkspace dir;
    dir.write(QStringLiteral("bad.json"), "{ not json");
    Channels::ChannelCatalog catalog;
    Sdk::ChannelPlugin *plugin = sandboxPlugin(catalog);
    REQUIRE(plugin);
    TestHost host;
    host.settings.insert(QStringLiteral("scenario"), dir.file(QStringLiteral("bad.json")));
    const Sdk::FetchResult result = plugin->createConnector(host)->fetchNew({});
    CHECK(result.items.isEmpty());
    CHECK(result.failure.message.contains(QStringLiteral("has problems")));
    CHECK(result.failure.kind == Sdk::FailureKind::Misconfigured);

    host.settings.insert(QStringLiteral("scenario"), dir.file(QStringLiteral("missing.json")));
    CHECK(plugin->createConnector(host)->fetchNew({}).failure.message.contains(
        QStringLiteral("could not be read")));
}

TEST_CASE("Practice customers react to what the agent writes, and to silence")
{
    Testing::TempWorkspace dir;
    dir.write(QStringLiteral("r.json"), R"({"format":"caredesk-scenario","version":1,"id":"drill",
        "personas":[{"id":"ana","name":"Ana"},{"id":"tom","name":"Tom"}],
        "timeline":[{"id":"e1","at":-60,"persona":"ana","kind":"mention","thread":"t1","text":"Mi pedido no llega"},
                    {"id":"e2","at":-30,"persona":"tom","kind":"mention","thread":"t2","text":"Router down again"}],
        "reactions":[{"id":"handoff","after":"e1","on":"public-reply","contains":["DM","privado"],"delay":30,
                      "persona":"ana","kind":"dm","thread":"t1","text":"Os paso el pedido: 48213-77"},
                     {"id":"thanks","after":"e1","on":"dm","delay":10,"persona":"ana","kind":"dm","thread":"t1","text":"¡Gracias!"},
                     {"id":"nudge","after":"e2","on":"no-reply","wait":600,"persona":"tom","kind":"mention","thread":"t2",
                      "text":"Hello? Anyone there?"}]})");
    Channels::ChannelCatalog catalog;
    Sdk::ChannelPlugin *plugin = sandboxPlugin(catalog);
    REQUIRE(plugin);
    TestHost host;
    host.settings.insert(QStringLiteral("scenario"), dir.file(QStringLiteral("r.json")));
    auto connector = plugin->createConnector(host);
    const Sdk::FetchResult start = connector->fetchNew({});
    REQUIRE(start.items.size() == 2);

    // A reply without the words the customer waits for changes nothing; one with them does.
    Sdk::OutboundMessage reply;
    reply.clientId = QStringLiteral("c-1");
    reply.inReplyToId = QStringLiteral("drill:e1");
    reply.text = QStringLiteral("Lo sentimos, Ana.");
    REQUIRE(connector->send(reply).failure.ok());
    Sdk::FetchResult next = connector->fetchNew(start.cursor);
    CHECK(next.items.isEmpty());
    reply.clientId = QStringLiteral("c-2");
    reply.text = QStringLiteral("Ana, te escribimos por privado para ver el pedido.");
    REQUIRE(connector->send(reply).failure.ok());
    next = connector->fetchNew(next.cursor);
    CHECK(next.items.isEmpty()); // she needs half a minute
    host.clock.advanceSecs(31);
    next = connector->fetchNew(next.cursor);
    REQUIRE(next.items.size() == 1);
    CHECK(next.items[0].platformId == QStringLiteral("drill:handoff"));
    CHECK(next.items[0].kind == Sdk::ItemKind::DirectMessage);
    CHECK(next.items[0].threadId == QStringLiteral("drill:t1"));

    // Nobody answered Tom: ten minutes after his post he writes again, once.
    host.clock.advanceSecs(600);
    next = connector->fetchNew(next.cursor);
    REQUIRE(next.items.size() == 1);
    CHECK(next.items[0].platformId == QStringLiteral("drill:nudge"));

    // After a restart the run continues from the cursor: nothing fires twice.
    auto restarted = plugin->createConnector(host);
    host.clock.advanceSecs(3600);
    CHECK(restarted->fetchNew(next.cursor).items.isEmpty());

    // A direct message to Ana sets off her thanks.
    Sdk::OutboundMessage dm;
    dm.clientId = QStringLiteral("c-3");
    dm.kind = Sdk::ItemKind::DirectMessage;
    dm.inReplyToId = QStringLiteral("drill:handoff");
    dm.text = QStringLiteral("Ya está en camino.");
    REQUIRE(restarted->send(dm).failure.ok());
    host.clock.advanceSecs(11);
    const Sdk::FetchResult thanked = restarted->fetchNew(next.cursor);
    REQUIRE(thanked.items.size() == 1);
    CHECK(thanked.items[0].text == QStringLiteral("¡Gracias!"));
    CHECK(host.requests.isEmpty());
}

TEST_CASE("Answering in time keeps a waiting practice customer from writing again")
{
    Testing::TempWorkspace dir;
    dir.write(QStringLiteral("q.json"), R"({"format":"caredesk-scenario","version":1,"id":"quiet",
        "personas":[{"id":"tom","name":"Tom"}],
        "timeline":[{"id":"e1","at":-30,"persona":"tom","kind":"mention","text":"Router down again"}],
        "reactions":[{"id":"nudge","after":"e1","on":"no-reply","wait":600,"persona":"tom","kind":"mention",
                      "text":"Hello? Anyone there?"}]})");
    Channels::ChannelCatalog catalog;
    Sdk::ChannelPlugin *plugin = sandboxPlugin(catalog);
    TestHost host;
    host.settings.insert(QStringLiteral("scenario"), dir.file(QStringLiteral("q.json")));
    auto connector = plugin->createConnector(host);
    const Sdk::FetchResult start = connector->fetchNew({});
    Sdk::OutboundMessage reply;
    reply.clientId = QStringLiteral("c-1");
    reply.inReplyToId = QStringLiteral("quiet:e1");
    reply.text = QStringLiteral("We are on it, Tom.");
    REQUIRE(connector->send(reply).failure.ok());
    host.clock.advanceSecs(3600);
    CHECK(connector->fetchNew(start.cursor).items.isEmpty());

    QStringList problems;
    CHECK_FALSE(Training::Scenario::parse(R"({"format":"caredesk-scenario","version":1,"id":"x",
        "personas":[{"id":"a","name":"A"}],"timeline":[{"id":"e1","at":0,"persona":"a","kind":"mention","text":"hi"}],
        "reactions":[{"id":"r","after":"nope","on":"sometimes","persona":"a","kind":"dm","text":"x"}]})",
                                          problems));
    CHECK(problems.contains(QStringLiteral("reactions[0].after: no event \"nope\"")));
    CHECK(problems.contains(
        QStringLiteral("reactions[0].on: must be public-reply, dm, any-reply or no-reply")));
}
