#include "ingest/IngestPipeline.h"
#include "storage/AgentActions.h"
#include "storage/CannedResponses.h"
#include "storage/ChannelSettings.h"
#include "storage/Database.h"
#include "storage/WorkspaceStore.h"
#include "support/FakeClock.h"
#include "support/TestSupport.h"
#include "triage/NaiveBayes.h"

using namespace CareDesk;

namespace {

struct Workspace
{
    Testing::TempWorkspace dir;
    Testing::FakeClock clock;
    Triage::TriageEngine triage;
    std::unique_ptr<Storage::Database> db;
    qint64 conversationId = 0;
    qint64 firstMessageId = 0;

    Workspace()
    {
        auto opened = Storage::Database::open(dir.file(QStringLiteral("workspace.sqlite")));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        Storage::WorkspaceStore store(db->connection());
        auto channel =
            store.ensureChannel(QStringLiteral("sandbox"), QStringLiteral("Practice"),
                                QStringLiteral("sandbox"), QStringLiteral("{}"), clock.now());
        REQUIRE(channel.ok());
        Sdk::InboundItem item;
        item.platformId = QStringLiteral("1");
        item.author.platformUserId = QStringLiteral("42");
        item.author.handle = QStringLiteral("jane");
        item.text = QStringLiteral("My parcel never arrived");
        item.createdAt = clock.now();
        auto report = Ingest::IngestPipeline(db->connection(), clock, triage)
                          .ingest(channel.value(), QStringLiteral("sandbox"), {item});
        REQUIRE(report.ok());
        auto page = store.inboxPage({}, 10);
        REQUIRE(page.ok());
        REQUIRE(page.value().rows.size() == 1);
        conversationId = page.value().rows[0].conversationId;
        auto detail = store.conversation(conversationId);
        REQUIRE(detail.ok());
        firstMessageId = detail.value().messages[0].id;
    }

    Core::ConversationDetail detail()
    {
        auto found = Storage::WorkspaceStore(db->connection()).conversation(conversationId);
        REQUIRE(found.ok());
        return found.value();
    }
};

} // namespace

TEST_CASE("Agents' notes stay with the conversation and every action leaves an audit trail")
{
    Workspace w;
    Storage::AgentActions actions(w.db->connection());
    REQUIRE(actions
                .addNote(w.conversationId, QStringLiteral("ana"),
                         QStringLiteral("Called the courier"), w.clock.now())
                .ok());
    auto notes = actions.notes(w.conversationId);
    REQUIRE(notes.ok());
    REQUIRE(notes.value().size() == 1);
    CHECK(notes.value()[0].author == QStringLiteral("ana"));
    CHECK(notes.value()[0].text == QStringLiteral("Called the courier"));

    REQUIRE(
        actions
            .assign(w.conversationId, QStringLiteral("ana"), QStringLiteral("lead"), w.clock.now())
            .ok());
    REQUIRE(actions
                .setAddressed(w.firstMessageId, Core::Addressed::Acknowledged,
                              QStringLiteral("ana"), w.clock.now())
                .ok());
    CHECK(w.detail().messages[0].addressed == Core::Addressed::Acknowledged);

    auto trail = actions.auditTrail(QStringLiteral("conversation"), w.conversationId);
    REQUIRE(trail.ok());
    REQUIRE(trail.value().size() == 2);
    CHECK(trail.value()[0].action == QStringLiteral("note"));
    CHECK(trail.value()[1].action == QStringLiteral("assign"));
    CHECK(trail.value()[1].actor == QStringLiteral("lead"));
    CHECK(trail.value()[1].detail.contains(QStringLiteral("\"to\":\"ana\"")));
    auto messageTrail = actions.auditTrail(QStringLiteral("message"), w.firstMessageId);
    REQUIRE(messageTrail.ok());
    REQUIRE(messageTrail.value().size() == 1);
    CHECK(messageTrail.value()[0].detail.contains(QStringLiteral("acknowledged")));

    auto gone = actions.addNote(999999, QStringLiteral("ana"), QStringLiteral("?"), w.clock.now());
    REQUIRE_FALSE(gone.ok());
    CHECK_FALSE(gone.error().userMessage.isEmpty());
}

TEST_CASE("Resolving records when, and reopening clears it")
{
    Workspace w;
    Storage::AgentActions actions(w.db->connection());
    REQUIRE(actions
                .setStatus(w.conversationId, Core::ConversationStatus::Resolved,
                           QStringLiteral("ana"), w.clock.now())
                .ok());
    CHECK(w.detail().status == Core::ConversationStatus::Resolved);
    CHECK(w.detail().resolvedAt == w.clock.now());
    REQUIRE(actions
                .setStatus(w.conversationId, Core::ConversationStatus::Open, QStringLiteral("ana"),
                           w.clock.now())
                .ok());
    CHECK(w.detail().status == Core::ConversationStatus::Open);
    CHECK_FALSE(w.detail().resolvedAt.isValid());
}

TEST_CASE("An agent's category correction teaches the workspace's classifier")
{
    Workspace w;
    Storage::AgentActions actions(w.db->connection());
    REQUIRE(actions
                .correctCategory(w.conversationId, QStringLiteral("warranty"), true,
                                 QStringLiteral("ana"), w.clock.now())
                .ok());
    CHECK(w.detail().category == QStringLiteral("warranty"));
    Triage::NaiveBayes classifier;
    REQUIRE(Storage::WorkspaceStore(w.db->connection()).loadClassifier(classifier).ok());
    CHECK(classifier.documentCount() == 1);
}

TEST_CASE("Canned responses keep a text per language, fill their variables and own their shortcut")
{
    Workspace w;
    Storage::CannedResponses canned(w.db->connection());
    Core::CannedResponse refund;
    refund.title = QStringLiteral("Refund on its way");
    refund.shortcut = QStringLiteral("/refund");
    refund.category = QStringLiteral("service");
    refund.textByLanguage = {
        {QStringLiteral("en"),
         QStringLiteral("Hi {customer.name}, your refund for {order} is on its way.")},
        {QStringLiteral("es"),
         QStringLiteral("Hola {customer.name}, el reembolso de {order} está en camino.")}};
    auto id = canned.save(refund, w.clock.now());
    REQUIRE(id.ok());

    auto found = canned.byShortcut(QStringLiteral("/refund"));
    REQUIRE(found.ok());
    REQUIRE(found.value().has_value());
    CHECK(found.value()->textFor(QStringLiteral("es")).startsWith(QStringLiteral("Hola")));
    CHECK(found.value()
              ->textFor(QStringLiteral("de"))
              .startsWith(QStringLiteral("Hi"))); // English stands in
    CHECK(found.value()->variables() ==
          QStringList{QStringLiteral("customer.name"), QStringLiteral("order")});
    CHECK(Core::fillVariables(found.value()->textFor(QStringLiteral("en")),
                              {{QStringLiteral("customer.name"), QStringLiteral("Jane")}}) ==
          QStringLiteral("Hi Jane, your refund for {order} is on its way."));

    Core::CannedResponse other;
    other.title = QStringLiteral("Another");
    other.shortcut = QStringLiteral("/refund");
    auto clash = canned.save(other, w.clock.now());
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().userMessage.contains(QStringLiteral("/refund")));

    other.shortcut = QStringLiteral("/thanks");
    other.textByLanguage = {{QStringLiteral("en"), QStringLiteral("Thanks!")}};
    REQUIRE(canned.save(other, w.clock.now()).ok());
    auto forService = canned.list(QStringLiteral("service"));
    REQUIRE(forService.ok());
    CHECK(forService.value().size() == 2); // one for service, one for any category
    auto forPraise = canned.list(QStringLiteral("praise"));
    REQUIRE(forPraise.ok());
    REQUIRE(forPraise.value().size() == 1);
    CHECK(forPraise.value()[0].title == QStringLiteral("Another"));

    refund.id = id.value();
    refund.textByLanguage.remove(QStringLiteral("es"));
    REQUIRE(canned.save(refund, w.clock.now()).ok());
    found = canned.byShortcut(QStringLiteral("/refund"));
    REQUIRE(found.ok());
    CHECK(found.value()->textByLanguage.size() == 1);
}

TEST_CASE("A channel's phone-number country is kept with the channel and comes with its "
          "conversations")
{
    Workspace ws;
    CHECK(ws.detail().channelRegion.isEmpty());
    Storage::WorkspaceStore store(ws.db->connection());
    auto channels = store.channels();
    REQUIRE(channels.ok());
    const qint64 channelId = channels.value().first().id;
    REQUIRE(Storage::ChannelSettings(ws.db->connection())
                .setRegion(channelId, QStringLiteral("de"))
                .ok());
    CHECK(ws.detail().channelRegion == QStringLiteral("DE"));
    channels = store.channels();
    REQUIRE(channels.ok());
    CHECK(Storage::ChannelSettings::regionOf(channels.value().first().settingsJson) ==
          QStringLiteral("DE"));
    // Back to this computer's country.
    REQUIRE(Storage::ChannelSettings(ws.db->connection()).setRegion(channelId, QString()).ok());
    CHECK(ws.detail().channelRegion.isEmpty());
}
