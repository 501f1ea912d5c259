// Who a customer is, in a workspace: matched by handle from the team's customer file or its
// CRM (a HubSpot stand-in), e-mail addresses from private messages offered to the agent, the
// "Existing customer" priority reason, and merging two accounts of one person.

#include "channels/ChannelCatalog.h"
#include "crm/ContactKeys.h"
#include "ingest/IngestPipeline.h"
#include "security/CredentialStore.h"
#include "storage/CrmLogQueue.h"
#include "storage/CrmStore.h"
#include "storage/CustomerLinks.h"
#include "storage/Database.h"
#include "storage/WorkspaceStore.h"
#include "support/CatchQt.h"
#include "support/FakeClock.h"
#include "support/FakePlatformServer.h"
#include "support/TestSupport.h"
#include "triage/TriageEngine.h"
#include "workspace/CrmDesk.h"
#include "workspace/CrmLogSender.h"
#include "workspace/WorkspaceService.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QtPlugin>

Q_IMPORT_PLUGIN(HubSpotPlugin)

using namespace CareDesk;
using Testing::FakePlatformServer;

namespace {

Core::CrmRecord customer(const QString &id, const QString &name, const QString &handle,
                         const QString &email, const QString &tier)
{
    Core::CrmRecord record;
    record.id = id;
    record.name = name;
    record.handles = {handle};
    record.emails = {email};
    record.tier = tier;
    record.company = QStringLiteral("Acme Retail");
    return record;
}

// A workspace opened as the app opens it, with a second connection to write into it as
// channels and imports do.
struct Desk
{
    explicit Desk(const QByteArray &crmJson = {})
    {
        QDir().mkpath(directory);
        if (!crmJson.isEmpty())
            dir.write(QStringLiteral("ws/crm.json"), crmJson);
        catalog.addLinkedPlugins();
        service =
            std::make_unique<Workspace::WorkspaceService>(directory, catalog, clock, credentials);
        service->open();
        auto opened = Storage::Database::open(Storage::Database::fileIn(directory));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        triage.setExistingCustomerPoints({{QStringLiteral("gold"), 25}, {QStringLiteral("*"), 10}});
        for (const char *platform : {"twitter", "facebook"}) {
            auto channel =
                Storage::WorkspaceStore(db->connection())
                    .ensureChannel(QStringLiteral("sandbox"),
                                   QStringLiteral("Acme ") + QLatin1String(platform),
                                   QLatin1String(platform), QStringLiteral("{}"), clock.now());
            REQUIRE(channel);
            channels.insert(QLatin1String(platform), channel.value());
        }
    }

    void importFile(const QList<Core::CrmRecord> &records)
    {
        QList<Storage::KeyedCrmRecord> keyed;
        for (const Core::CrmRecord &record : records)
            keyed.append({record, Crm::keysOf(record, QStringLiteral("ES"))});
        REQUIRE(Storage::CrmStore(db->connection())
                    .replaceSource(QStringLiteral("file"), keyed, clock.now()));
    }

    // A message from `handle` on `platform`; returns its conversation.
    qint64 receive(const QString &platform, const QString &userId, const QString &handle,
                   const QString &text, Sdk::ItemKind kind = Sdk::ItemKind::Mention)
    {
        clock.advanceSecs(60);
        Sdk::InboundItem item;
        item.platformId = QStringLiteral("m%1").arg(++sequence);
        item.kind = kind;
        item.threadId =
            kind == Sdk::ItemKind::DirectMessage ? QStringLiteral("dm-") + userId : item.platformId;
        item.author.platformUserId = userId;
        item.author.handle = handle;
        item.author.displayName = handle;
        item.text = text;
        item.languageHint = QStringLiteral("en");
        item.createdAt = clock.now();
        REQUIRE(Ingest::IngestPipeline(db->connection(), clock, triage)
                    .ingest(channels.value(platform), platform, {item})
                    .ok());
        QSqlQuery query(db->connection());
        query.prepare(QStringLiteral("SELECT conversation_id FROM messages WHERE platform_id = ?"));
        query.addBindValue(item.platformId);
        REQUIRE(query.exec());
        REQUIRE(query.next());
        return query.value(0).toLongLong();
    }

    Core::ConversationDetail load(qint64 conversationId)
    {
        QSignalSpy loaded(service.get(), &Workspace::WorkspaceService::conversationLoaded);
        service->loadConversation(conversationId);
        REQUIRE(loaded.size() >= 1);
        return loaded.last().first().value<Core::ConversationDetail>();
    }

    QList<Triage::PriorityReason> reasonsOf(qint64 conversationId)
    {
        auto detail = Storage::WorkspaceStore(db->connection()).conversation(conversationId);
        REQUIRE(detail);
        return detail.value().priorityReasons;
    }

    Testing::TempWorkspace dir;
    const QString directory = dir.file(QStringLiteral("ws"));
    Testing::FakeClock clock;
    Channels::ChannelCatalog catalog;
    Security::MemoryCredentialStore credentials;
    std::unique_ptr<Workspace::WorkspaceService> service;
    std::unique_ptr<Storage::Database> db;
    Triage::TriageEngine triage;
    QHash<QString, qint64> channels;
    int sequence = 0;
};

std::optional<Triage::PriorityReason> reason(const QList<Triage::PriorityReason> &reasons,
                                             const QString &code)
{
    for (const Triage::PriorityReason &one : reasons) {
        if (one.code == code)
            return one;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("A customer whose handle is in the customer file is matched after ingest, and "
          "their conversations rise as an existing customer")
{
    Desk desk(R"({"tierPoints":{"gold":25,"*":10}})");
    desk.importFile(
        {customer(QStringLiteral("C-1"), QStringLiteral("Ana Gil"), QStringLiteral("@Ana_G"),
                  QStringLiteral("ana.gil@example.org"), QStringLiteral("Gold"))});
    const qint64 first = desk.receive(QStringLiteral("twitter"), QStringLiteral("1001"),
                                      QStringLiteral("ana_g"), QStringLiteral("my order is late"));
    const int before =
        Storage::WorkspaceStore(desk.db->connection()).conversation(first).value().priority;
    CHECK_FALSE(reason(desk.reasonsOf(first), QStringLiteral("customer")));

    desk.service->crm().matchNewCustomers();
    const auto existing = reason(desk.reasonsOf(first), QStringLiteral("customer"));
    REQUIRE(existing);
    CHECK(existing->points == 25);
    CHECK(Triage::describe(*existing) == QStringLiteral("Existing customer: Gold"));
    CHECK(Storage::WorkspaceStore(desk.db->connection()).conversation(first).value().priority ==
          std::min(100, before + 25));

    const Core::ConversationDetail detail = desk.load(first);
    REQUIRE(detail.customer.crm);
    CHECK(detail.customer.crm->record.name == QStringLiteral("Ana Gil"));
    CHECK(detail.customer.crm->record.source == QStringLiteral("file"));
    CHECK(detail.customer.crm->matchedBy == QStringLiteral("handle"));

    // Linked now: a new conversation of hers gets the reason as it arrives.
    const qint64 second = desk.receive(QStringLiteral("twitter"), QStringLiteral("1001"),
                                       QStringLiteral("ana_g"), QStringLiteral("and the refund?"));
    desk.service->setStatus(first, Core::ConversationStatus::Resolved, QStringLiteral("sam"));
    const qint64 third = desk.receive(QStringLiteral("twitter"), QStringLiteral("1001"),
                                      QStringLiteral("ana_g"), QStringLiteral("one more thing"));
    CHECK((second == first || reason(desk.reasonsOf(second), QStringLiteral("customer"))));
    CHECK(reason(desk.reasonsOf(third), QStringLiteral("customer")));

    // Unlinked by an agent: the reason goes.
    desk.service->crm().unlink(detail.customer.customerId, QStringLiteral("sam"));
    CHECK_FALSE(reason(desk.reasonsOf(third), QStringLiteral("customer")));
}

TEST_CASE("An e-mail address in a private message is offered as a match for the agent to "
          "confirm or decline")
{
    Desk desk;
    desk.importFile(
        {customer(QStringLiteral("C-2"), QStringLiteral("Bob Díaz"), QStringLiteral("bob_d"),
                  QStringLiteral("bob@example.org"), QString()),
         customer(QStringLiteral("C-3"), QStringLiteral("Eva Paz"), QStringLiteral("eva_p"),
                  QStringLiteral("eva@example.org"), QString())});
    const qint64 conversation = desk.receive(
        QStringLiteral("twitter"), QStringLiteral("2002"), QStringLiteral("bobby1999"),
        QStringLiteral("It's Bob@Example.org, can you check?"), Sdk::ItemKind::DirectMessage);
    desk.service->crm().matchNewCustomers(); // "bobby1999" is nobody's handle
    Core::ConversationDetail detail = desk.load(conversation);
    CHECK_FALSE(detail.customer.crm);
    detail = desk.load(conversation); // the offer was made while the first load was on its way
    REQUIRE(detail.customer.crmOffers.size() == 1);
    const Core::CrmOffer offer = detail.customer.crmOffers.first();
    CHECK(offer.record.name == QStringLiteral("Bob Díaz"));
    CHECK(offer.matchedBy == QStringLiteral("email"));
    CHECK(offer.key == QStringLiteral("bob@example.org"));
    // Offered, not linked: an address in a message may be anyone's.
    CHECK_FALSE(reason(desk.reasonsOf(conversation), QStringLiteral("customer")));

    desk.service->crm().answerOffer(detail.customer.customerId, offer, true, QStringLiteral("sam"));
    detail = desk.load(conversation);
    REQUIRE(detail.customer.crm);
    CHECK(detail.customer.crm->matchedBy == QStringLiteral("email"));
    CHECK(detail.customer.crm->linkedBy == QStringLiteral("sam"));
    CHECK(detail.customer.crmOffers.isEmpty());
    CHECK(reason(desk.reasonsOf(conversation), QStringLiteral("customer"))->points == 10);

    // Declined, an offer is not made again.
    const qint64 other = desk.receive(
        QStringLiteral("twitter"), QStringLiteral("2003"), QStringLiteral("someone"),
        QStringLiteral("my wife eva@example.org ordered it"), Sdk::ItemKind::DirectMessage);
    (void)desk.load(other);
    detail = desk.load(other);
    REQUIRE(detail.customer.crmOffers.size() == 1);
    desk.service->crm().answerOffer(detail.customer.customerId, detail.customer.crmOffers.first(),
                                    false, QStringLiteral("sam"));
    detail = desk.load(other);
    CHECK(detail.customer.crmOffers.isEmpty());
    CHECK_FALSE(detail.customer.crm);
}

TEST_CASE("Two accounts of one person are merged with every conversation, suggested by a shared "
          "e-mail address, and unmerged exactly")
{
    Desk desk;
    const qint64 onX =
        desk.receive(QStringLiteral("twitter"), QStringLiteral("3001"), QStringLiteral("ana_g"),
                     QStringLiteral("write me at ana@example.org"), Sdk::ItemKind::DirectMessage);
    const qint64 onFacebook = desk.receive(
        QStringLiteral("facebook"), QStringLiteral("fb-77"), QStringLiteral("Ana Gil"),
        QStringLiteral("I'm ana@example.org on your site"), Sdk::ItemKind::DirectMessage);
    (void)desk.load(onFacebook);
    Core::ConversationDetail x = desk.load(onX);
    const qint64 anaOnX = x.customer.customerId;
    REQUIRE(x.customer.mergeSuggestions.size() == 1);
    const Core::MergeSuggestion suggestion = x.customer.mergeSuggestions.first();
    CHECK(suggestion.reason == QStringLiteral("email"));
    CHECK(suggestion.platform == QStringLiteral("facebook"));
    CHECK(suggestion.handle == QStringLiteral("Ana Gil"));

    desk.service->crm().merge(anaOnX, suggestion.customerId, QStringLiteral("sam"));
    x = desk.load(onX);
    CHECK(x.customer.identities.size() == 2);
    QList<qint64> conversations;
    for (const Core::PastConversation &past : std::as_const(x.customer.conversations))
        conversations.append(past.conversationId);
    CHECK(conversations.contains(onFacebook));
    REQUIRE(x.customer.merges.size() == 1);
    CHECK(x.customer.merges.first().identities == QStringList{QStringLiteral("facebook: Ana Gil")});
    CHECK(x.customer.mergeSuggestions.isEmpty());
    // Her next Facebook message is hers, merged.
    const qint64 later =
        desk.receive(QStringLiteral("facebook"), QStringLiteral("fb-77"), QStringLiteral("Ana Gil"),
                     QStringLiteral("any news?"), Sdk::ItemKind::Comment);
    CHECK(desk.load(later).customer.customerId == anaOnX);

    desk.service->crm().undoMerge(x.customer.merges.first().id, QStringLiteral("sam"));
    x = desk.load(onX);
    CHECK(x.customer.identities.size() == 1);
    CHECK(x.customer.merges.isEmpty());
    CHECK(desk.load(onFacebook).customer.customerId == suggestion.customerId);
    CHECK(desk.load(later).customer.customerId == suggestion.customerId);
    CHECK(desk.load(onX).customer.customerId == anaOnX);
    // Both are in the audit trail, with who did them.
    QSqlQuery audit(desk.db->connection());
    REQUIRE(audit.exec(QStringLiteral("SELECT action, actor FROM audit_events WHERE entity ="
                                      " 'customer' ORDER BY id")));
    QStringList actions;
    while (audit.next())
        actions.append(audit.value(0).toString() + u':' + audit.value(1).toString());
    CHECK(actions == QStringList{QStringLiteral("merge:sam"), QStringLiteral("unmerge:sam")});
}

namespace {

FakePlatformServer::Response hubspotAnswer(const FakePlatformServer::Request &request, bool down)
{
    if (down)
        return FakePlatformServer::sample(QStringLiteral("hubspot/error.500.json"));
    const QString path = request.path;
    if (path == u"/crm/v3/objects/contacts/search") {
        const QString value = QJsonDocument::fromJson(request.body)
                                  .object()[QLatin1String("filterGroups")][0]
                                           [QLatin1String("filters")][0][QLatin1String("value")]
                                  .toString();
        return FakePlatformServer::sample(
            value == u"ana_g" ? QStringLiteral("hubspot/contacts-search.handle.json")
                              : QStringLiteral("hubspot/contacts-search.empty.json"));
    }
    if (path == u"/account-info/v3/details")
        return FakePlatformServer::sample(QStringLiteral("hubspot/account-info.json"));
    if (path.startsWith(u"/crm/v3/owners/"))
        return FakePlatformServer::sample(QStringLiteral("hubspot/owner.json"));
    if (path.endsWith(u"/associations/tickets"))
        return FakePlatformServer::sample(
            QStringLiteral("hubspot/contact-tickets-associations.json"));
    if (path == u"/crm/v3/pipelines/tickets")
        return FakePlatformServer::sample(QStringLiteral("hubspot/pipelines-tickets.json"));
    if (path == u"/crm/v3/objects/tickets/batch/read")
        return FakePlatformServer::sample(QStringLiteral("hubspot/tickets-batch-read.json"));
    return FakePlatformServer::json(404, "{}");
}

} // namespace

TEST_CASE("A workspace's HubSpot is asked in the background, its answer kept, and shown as down "
          "when it fails")
{
    std::atomic<bool> down = false;
    FakePlatformServer hubspot(
        [&](const FakePlatformServer::Request &request) { return hubspotAnswer(request, down); });
    const QByteArray crmJson =
        QJsonDocument(
            QJsonObject{
                {QStringLiteral("plugin"), QStringLiteral("hubspot")},
                {QStringLiteral("apiBaseUrl"), hubspot.baseUrl()},
                {QStringLiteral("credential"),
                 QJsonObject{{QStringLiteral("keychain"), QStringLiteral("caredesk/crm/hubspot")}}},
                {QStringLiteral("tierPoints"),
                 QJsonObject{{QStringLiteral("customer"), 20}, {QStringLiteral("*"), 5}}}})
            .toJson();
    Desk desk(crmJson);
    desk.credentials.write(QStringLiteral("caredesk/crm/hubspot"), QStringLiteral("pat-eu1-token"),
                           nullptr, [](Core::Result<void>) {});
    QSignalSpy health(&desk.service->crm(), &Workspace::CrmDesk::healthChanged);
    desk.service->crm().configure();
    REQUIRE(health.size() >= 1);
    CHECK(health.last().at(0).toString() == QStringLiteral("HubSpot"));
    CHECK(health.last().at(1).toString() == QStringLiteral("ok"));

    const qint64 conversation = desk.receive(QStringLiteral("twitter"), QStringLiteral("4001"),
                                             QStringLiteral("ana_g"), QStringLiteral("hello?"));
    desk.service->crm().matchNewCustomers();
    REQUIRE(Testing::waitUntil([&] {
        return reason(desk.reasonsOf(conversation), QStringLiteral("customer")).has_value();
    }));
    CHECK(reason(desk.reasonsOf(conversation), QStringLiteral("customer"))->points == 20);
    const Core::ConversationDetail detail = desk.load(conversation);
    REQUIRE(detail.customer.crm);
    const Core::CrmRecord &ana = detail.customer.crm->record;
    CHECK(ana.source == QStringLiteral("hubspot"));
    CHECK(ana.owner == QStringLiteral("Marta Ruiz"));
    CHECK(ana.openCases.size() == 2);
    CHECK(ana.url.startsWith(QStringLiteral("https://app-eu1.hubspot.com/contacts/24681357/")));

    // Another account with the same handle is answered from what was kept.
    const qsizetype asked = hubspot.requests().size();
    const qint64 again = desk.receive(QStringLiteral("facebook"), QStringLiteral("fb-4001"),
                                      QStringLiteral("ana_g"), QStringLiteral("hello again"));
    desk.service->crm().matchNewCustomers();
    CHECK(reason(desk.reasonsOf(again), QStringLiteral("customer")));
    CHECK(hubspot.requests().size() == asked);

    // HubSpot fails: the health area says so, and nothing stops.
    down = true;
    const qint64 stranger = desk.receive(QStringLiteral("twitter"), QStringLiteral("4002"),
                                         QStringLiteral("someone_new"), QStringLiteral("hi"));
    desk.service->crm().matchNewCustomers();
    REQUIRE(
        Testing::waitUntil([&] { return health.last().at(1).toString() != QStringLiteral("ok"); }));
    CHECK(health.last().at(1).toString() == QStringLiteral("backing-off"));
    CHECK(health.last().at(2).toString().contains(QStringLiteral("HubSpot")));
    CHECK(desk.load(stranger).customer.crmProblem.contains(QStringLiteral("HubSpot")));
}

TEST_CASE("A resolved conversation is logged to the customer's CRM record once, and an answer "
          "that never came is looked up before anything is sent again")
{
    QMutex mutex;
    QList<QByteArray> notes; // what reached HubSpot
    FakePlatformServer hubspot([&](const FakePlatformServer::Request &request) {
        const QMutexLocker lock(&mutex);
        if (request.path == u"/crm/v3/objects/notes") {
            notes.append(request.body);
            FakePlatformServer::Response lost; // it arrived; the answer did not
            lost.dropConnection = true;
            return lost;
        }
        if (request.path.endsWith(u"/associations/notes")) {
            if (notes.isEmpty())
                return FakePlatformServer::json(200, R"({"results":[]})");
            return FakePlatformServer::json(
                200, R"({"results":[{"toObjectId":60123456789,"associationTypes":[]}]})");
        }
        if (request.path == u"/crm/v3/objects/notes/batch/read") {
            const QJsonObject note{
                {QStringLiteral("id"), QStringLiteral("60123456789")},
                {QStringLiteral("properties"),
                 QJsonObject{
                     {QStringLiteral("hs_note_body"),
                      QJsonDocument::fromJson(notes.first())
                          .object()[QLatin1String("properties")][QLatin1String("hs_note_body")]
                          .toString()}}}};
            return FakePlatformServer::json(
                200,
                QJsonDocument(QJsonObject{{QStringLiteral("results"), QJsonArray{note}}}).toJson());
        }
        return hubspotAnswer(request, false);
    });
    const QByteArray crmJson =
        QJsonDocument(QJsonObject{{QStringLiteral("plugin"), QStringLiteral("hubspot")},
                                  {QStringLiteral("apiBaseUrl"), hubspot.baseUrl()},
                                  {QStringLiteral("credential"),
                                   QJsonObject{{QStringLiteral("keychain"),
                                                QStringLiteral("caredesk/crm/hubspot")}}},
                                  {QStringLiteral("logOnResolve"), true}})
            .toJson();
    Desk desk(crmJson);
    desk.credentials.write(QStringLiteral("caredesk/crm/hubspot"), QStringLiteral("pat-eu1-token"),
                           nullptr, [](Core::Result<void>) {});
    desk.service->crm().configure();
    const qint64 conversation =
        desk.receive(QStringLiteral("twitter"), QStringLiteral("5001"), QStringLiteral("ana_g"),
                     QStringLiteral("my <b>order</b> is late"));
    desk.service->crm().matchNewCustomers();
    REQUIRE(Testing::waitUntil([&] {
        return reason(desk.reasonsOf(conversation), QStringLiteral("customer")).has_value();
    }));

    Storage::CrmLogQueue queue(desk.db->connection());
    desk.service->setStatus(conversation, Core::ConversationStatus::Resolved,
                            QStringLiteral("sam"));
    REQUIRE(Testing::waitUntil(
        [&] { return queue.stateOf(conversation).value().first == u"uncertain"; }));
    {
        const QMutexLocker lock(&mutex);
        REQUIRE(notes.size() == 1);
        const QString body =
            QJsonDocument::fromJson(notes.first())
                .object()[QLatin1String("properties")][QLatin1String("hs_note_body")]
                .toString();
        CHECK(body.contains(QStringLiteral("X conversation with @ana_g, resolved")));
        CHECK(body.contains(QStringLiteral("@ana_g: my &lt;b&gt;order&lt;/b&gt; is late")));
    }

    // Tried again later: HubSpot has it, so it is not sent a second time.
    desk.clock.advanceSecs(60);
    desk.service->crmLog().sendDue();
    REQUIRE(
        Testing::waitUntil([&] { return queue.stateOf(conversation).value().first == u"logged"; }));
    CHECK(queue.stateOf(conversation).value().second == QStringLiteral("60123456789"));
    // Resolving what is resolved logs nothing more.
    desk.service->setStatus(conversation, Core::ConversationStatus::Resolved,
                            QStringLiteral("sam"));
    desk.service->crmLog().sendDue();
    QTest::qWait(200);
    const QMutexLocker lock(&mutex);
    CHECK(notes.size() == 1);
}
