#include "Scenario.h"
#include "channels/ChannelCatalog.h"
#include "support/FakeClock.h"
#include "support/TestSupport.h"

#include <sdk/ChannelPlugin.h>


#include <QHash>

using namespace CareDesk;
using CareDesk::Channels::Sandbox::Scenario;

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
    const QByteArray json = Testing::readFile(QStringLiteral(CAREDESK_SOURCE_DIR "/resources/scenarios/demo-practice.json"));
    QStringList problems;
    const auto scenario = Scenario::parse(json, problems);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(scenario.has_value());
    CHECK(scenario->personas.size() >= 8);
    CHECK(scenario->timeline.first().atSecs < 0);
}

TEST_CASE("Every problem in a scenario is reported with its place")
{
    QStringList problems;
    const auto scenario = Scenario::parse(R"({"format":"caredesk-scenario","version":1,"id":"x",
        "personas":[{"id":"a","name":"A"}],
        "timeline":[{"id":"1","at":0,"persona":"ghost","kind":"tweet","text":""},
                    {"id":"1","at":5,"persona":"a","kind":"dm","text":"hi","replyTo":"nope"}]})", problems);
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
    CHECK(plugin->createConnector(host)->fetchNew({}).failure.message.contains(QStringLiteral("could not be read")));
}
