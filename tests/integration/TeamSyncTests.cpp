// The desktop's team sync against a real team server on loopback: sign-in, the mirror in the
// local workspace, live changes, conflicts in plain words, and working through an outage.

#include "Clock.h"
#include "net/HttpTransport.h"
#include "security/CredentialStore.h"
#include "storage/CustomerLinks.h"
#include "storage/Database.h"
#include "storage/TranslationStore.h"
#include "storage/WorkspaceStore.h"
#include "support/FakePlatformServer.h"
#include "support/TeamFixture.h"
#include "sync/TeamSync.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace CareDesk;
using Testing::item;
using Testing::PASSWORD;

namespace {

// One agent's desktop: a local workspace and the sync client over it.
struct Desk
{
    Testing::TempWorkspace dir;
    std::unique_ptr<Storage::Database> db;
    Net::HttpTransport transport;
    Security::MemoryCredentialStore keychain;
    Core::SystemClock clock;
    std::unique_ptr<Sync::TeamSync> sync;
    QStringList refusals;

    Desk()
    {
        auto opened = Storage::Database::open(Storage::Database::fileIn(dir.path()));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        sync = std::make_unique<Sync::TeamSync>(db->connection(), transport, keychain, clock);
        QObject::connect(sync.get(), &Sync::TeamSync::refused, sync.get(),
                         [this](qint64, const QString &message) { refusals.append(message); });
    }

    QList<Core::InboxRow> inbox()
    {
        auto page = Storage::WorkspaceStore(db->connection()).inboxPage(Core::InboxCursor{}, 100);
        REQUIRE(page.ok());
        return page.value().rows;
    }

    int count(const QString &sql)
    {
        QSqlQuery query(db->connection());
        REQUIRE(query.exec(sql));
        REQUIRE(query.next());
        return query.value(0).toInt();
    }

    QString assigneeOf(qint64 serverConversationId)
    {
        auto local = sync->mirror().localConversation(serverConversationId);
        REQUIRE(local.ok());
        for (const Core::InboxRow &row : inbox())
            if (row.conversationId == local.value())
                return row.assignee;
        return QStringLiteral("(not mirrored)");
    }

    bool online() const { return sync->state() == Sync::TeamSync::State::Online; }
};

} // namespace

TEST_CASE("A desktop signs in, mirrors its team's queue, follows changes live and hears conflicts "
          "in plain words")
{
    Testing::TeamFixture team;
    team.add(QStringLiteral("ana"), Server::Role::Agent);
    const QByteArray benToken = team.tokenFor(team.add(QStringLiteral("ben"), Server::Role::Agent));
    team.api->call("PUT", QStringLiteral("/v1/routing"),
                   QJsonObject{{QStringLiteral("policy"), QStringLiteral("manual")}},
                   team.adminToken);
    team.ingest(item(QStringLiteral("1"), QStringLiteral("jane"),
                     QStringLiteral("@AcmeHelp my router is broken"), QStringLiteral("01")) +
                item(QStringLiteral("2"), QStringLiteral("bob"),
                     QStringLiteral("@AcmeHelp mi pedido no ha llegado"), QStringLiteral("02")));
    const qint64 jane = team.conversationOf(benToken, QStringLiteral("jane"));
    const qint64 bob = team.conversationOf(benToken, QStringLiteral("bob"));

    Desk desk;
    const QUrl server(QStringLiteral("http://127.0.0.1:%1").arg(team.port));
    desk.sync->signIn(server, QStringLiteral("ana"), PASSWORD);
    REQUIRE(Testing::waitUntil([&] { return desk.online(); }));
    REQUIRE(Testing::waitUntil([&] { return desk.inbox().size() == 2; }));
    CHECK(desk.count(QStringLiteral("SELECT COUNT(*) FROM messages")) == 2);
    // The customer's words are searchable offline like any other.
    auto hits = Storage::WorkspaceStore(desk.db->connection()).search(QStringLiteral("router"), 10);
    REQUIRE(hits.ok());
    CHECK(hits.value().size() == 1);

    // The session token is in the keychain, and nowhere in the workspace.
    QString token;
    desk.keychain.read(
        Sync::TeamSync::credentialKey(server, QStringLiteral("ana")), desk.sync.get(),
        [&](Core::Result<QString> stored) { token = stored ? stored.value() : QString(); });
    REQUIRE(Testing::waitUntil([&] { return !token.isEmpty(); }));
    desk.db->connection().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    CHECK_FALSE(Testing::readFile(desk.db->filePath()).contains(token.toLatin1()));

    // Ben takes Jane's case: Ana's desktop shows it, and her own claim is refused in words.
    REQUIRE(team.api
                ->call("POST", QStringLiteral("/v1/conversations/%1/claim").arg(jane), QByteArray(),
                       benToken)
                .status == 200);
    CHECK(Testing::waitUntil([&] { return desk.assigneeOf(jane) == u"Ben"; }));
    desk.sync->claim(jane);
    REQUIRE(Testing::waitUntil([&] { return !desk.refusals.isEmpty(); }));
    CHECK(desk.refusals.constFirst() == QStringLiteral("Ben took this conversation just now."));

    desk.sync->claim(bob);
    CHECK(Testing::waitUntil([&] { return desk.assigneeOf(bob) == u"Ana"; }));
}

TEST_CASE("Through an outage: replies wait on the desktop, and after reconnecting nothing is "
          "missed or doubled")
{
    Testing::TeamFixture team;
    team.add(QStringLiteral("ana"), Server::Role::Agent);
    team.api->call("PUT", QStringLiteral("/v1/routing"),
                   QJsonObject{{QStringLiteral("policy"), QStringLiteral("manual")}},
                   team.adminToken);
    team.ingest(item(QStringLiteral("1"), QStringLiteral("jane"),
                     QStringLiteral("@AcmeHelp my router is broken"), QStringLiteral("01")));

    Desk desk;
    const QUrl server(QStringLiteral("http://127.0.0.1:%1").arg(team.port));
    desk.sync->signIn(server, QStringLiteral("ana"), PASSWORD);
    REQUIRE(Testing::waitUntil([&] { return desk.online() && desk.inbox().size() == 1; }));
    const qint64 jane = team.conversationOf(team.adminToken, QStringLiteral("jane"));
    desk.sync->claim(jane);
    REQUIRE(Testing::waitUntil([&] { return desk.assigneeOf(jane) == u"Ana"; }));

    // The server goes away. Ana keeps working: her reply waits on her computer.
    team.stop();
    REQUIRE(
        Testing::waitUntil([&] { return desk.sync->state() == Sync::TeamSync::State::Offline; }));
    auto queued =
        desk.sync->reply(jane, QStringLiteral("So sorry, Jane! Let us fix this together."), true);
    REQUIRE(queued.ok());
    CHECK(desk.count(QStringLiteral("SELECT COUNT(*) FROM team_outbox WHERE state = 'waiting'")) ==
          1);

    // It comes back, and the team moves on before Ana's desktop notices.
    team.start();
    team.ingest(item(QStringLiteral("2"), QStringLiteral("kai"),
                     QStringLiteral("@AcmeHelp where is my refund?"), QStringLiteral("05")));

    REQUIRE(Testing::waitUntil([&] { return desk.online(); }, 20000));
    // Caught up: the new case is here, once.
    REQUIRE(Testing::waitUntil([&] { return desk.inbox().size() == 2; }));
    // The reply reached the server exactly once, and came back through the feed once.
    REQUIRE(Testing::waitUntil([&] {
        return desk.count(QStringLiteral(
                   "SELECT COUNT(*) FROM team_outbox WHERE state = 'accepted'")) == 1;
    }));
    const QJsonArray messages = team.api
                                    ->call("GET", QStringLiteral("/v1/conversations/%1").arg(jane),
                                           QByteArray(), team.adminToken)
                                    .body.value(QLatin1String("messages"))
                                    .toArray();
    CHECK(std::count_if(messages.begin(), messages.end(), [](const QJsonValue &m) {
              return m[QLatin1String("direction")].toString() == u"outbound";
          }) == 1);
    CHECK(Testing::waitUntil([&] {
        return desk.count(
                   QStringLiteral("SELECT COUNT(*) FROM messages WHERE direction = 'out'")) == 1;
    }));
    CHECK(desk.count(QStringLiteral("SELECT COUNT(*) FROM messages")) == 3);

    // A desktop that restarts resumes from the keychain and its stored revision.
    Sync::TeamSync again(desk.db->connection(), desk.transport, desk.keychain, desk.clock);
    again.resume(server, QStringLiteral("ana"));
    REQUIRE(Testing::waitUntil([&] { return again.state() == Sync::TeamSync::State::Online; }));
    CHECK(desk.count(QStringLiteral("SELECT COUNT(*) FROM messages")) == 3);
}

TEST_CASE("A reply sent machine-translated tells the whole team what the agent wrote")
{
    Testing::TeamFixture team;
    team.add(QStringLiteral("ana"), Server::Role::Agent);
    team.add(QStringLiteral("lea"), Server::Role::Lead);
    team.api->call("PUT", QStringLiteral("/v1/routing"),
                   QJsonObject{{QStringLiteral("policy"), QStringLiteral("manual")}},
                   team.adminToken);
    team.ingest(item(QStringLiteral("1"), QStringLiteral("lucia"),
                     QStringLiteral("@AcmeHelp mi router no funciona"), QStringLiteral("01")));
    const QUrl server(QStringLiteral("http://127.0.0.1:%1").arg(team.port));
    Desk ana;
    ana.sync->signIn(server, QStringLiteral("ana"), PASSWORD);
    REQUIRE(Testing::waitUntil([&] { return ana.online() && ana.inbox().size() == 1; }));
    const qint64 lucia = team.conversationOf(team.adminToken, QStringLiteral("lucia"));
    ana.sync->claim(lucia);
    REQUIRE(Testing::waitUntil([&] { return ana.assigneeOf(lucia) == u"Ana"; }));

    // Ana's desk recorded what she wrote when she queued the translated reply.
    const QString spanish = QStringLiteral("Lo sentimos. Reinicie el router, por favor.");
    auto local = ana.sync->mirror().localConversation(lucia);
    REQUIRE(local.ok());
    Core::MessageTranslation wrote;
    wrote.state = Core::MessageTranslation::State::Done;
    wrote.agentWrote = true;
    wrote.text = QStringLiteral("We are sorry. Restart the router, please.");
    wrote.language = QStringLiteral("en");
    wrote.sourceLanguage = QStringLiteral("es");
    wrote.provider = QStringLiteral("apertium");
    REQUIRE(Storage::TranslationStore(ana.db->connection())
                .recordReply(QStringLiteral("held-1"), local.value(), spanish, wrote,
                             QStringLiteral("Ana"), ana.clock.now())
                .ok());
    REQUIRE(ana.sync->reply(lucia, spanish, true).ok());

    // The server keeps it with the message ...
    REQUIRE(Testing::waitUntil([&] {
        const QJsonArray messages =
            team.api
                ->call("GET", QStringLiteral("/v1/conversations/%1").arg(lucia), QByteArray(),
                       team.adminToken)
                .body.value(QLatin1String("messages"))
                .toArray();
        for (const QJsonValue &message : messages)
            if (message[QLatin1String("translatedFrom")][QLatin1String("text")].toString() ==
                wrote.text)
                return true;
        return false;
    }));
    // ... and the lead's desk, which never saw Ana's, knows it too.
    Desk lea;
    lea.sync->signIn(server, QStringLiteral("lea"), PASSWORD);
    REQUIRE(Testing::waitUntil([&] { return lea.online() && lea.inbox().size() == 1; }));
    auto leaLocal = lea.sync->mirror().localConversation(lucia);
    REQUIRE(leaLocal.ok());
    REQUIRE(Testing::waitUntil([&] {
        auto replies = Storage::TranslationStore(lea.db->connection()).repliesIn(leaLocal.value());
        return replies.ok() && replies.value().value(spanish).text == wrote.text &&
               replies.value().value(spanish).provider == u"apertium";
    }));
}

TEST_CASE("The team server matches a new customer in the team's CRM once, and every desk gets the "
          "record and the Existing customer reason with the conversation")
{
    using Testing::FakePlatformServer;
    FakePlatformServer hubspot([](const FakePlatformServer::Request &request) {
        const QString path = request.path;
        if (path == u"/crm/v3/objects/contacts/search")
            return FakePlatformServer::sample(
                request.body.contains("\"ana_g\"")
                    ? QStringLiteral("hubspot/contacts-search.handle.json")
                    : QStringLiteral("hubspot/contacts-search.empty.json"));
        if (path == u"/account-info/v3/details")
            return FakePlatformServer::sample(QStringLiteral("hubspot/account-info.json"));
        if (path.startsWith(u"/crm/v3/owners/"))
            return FakePlatformServer::sample(QStringLiteral("hubspot/owner.json"));
        if (path.endsWith(u"/associations/tickets"))
            return FakePlatformServer::json(200, R"({"results":[]})");
        return FakePlatformServer::json(404, "{}");
    });
    Testing::TeamFixture team;
    const QByteArray token = team.tokenFor(team.add(QStringLiteral("ana"), Server::Role::Agent));
    qputenv("CAREDESK_TEST_TEAM_CRM", "pat-team");
    team.dir.write(
        QStringLiteral("crm.json"),
        QJsonDocument(
            QJsonObject{
                {QStringLiteral("plugin"), QStringLiteral("hubspot")},
                {QStringLiteral("apiBaseUrl"), hubspot.baseUrl()},
                {QStringLiteral("credential"),
                 QJsonObject{{QStringLiteral("env"), QStringLiteral("CAREDESK_TEST_TEAM_CRM")}}},
                {QStringLiteral("tierPoints"), QJsonObject{{QStringLiteral("customer"), 20}}}})
            .toJson());
    REQUIRE(team.server->setCrm(team.dir.file(QStringLiteral("crm.json"))).ok());
    team.server->startChannels();
    team.ingest(item(QStringLiteral("1"), QStringLiteral("ana_g"),
                     QStringLiteral("@AcmeHelp my order is late"), QStringLiteral("01")) +
                item(QStringLiteral("2"), QStringLiteral("someone"),
                     QStringLiteral("@AcmeHelp hello"), QStringLiteral("02")));
    const qint64 ana = team.conversationOf(token, QStringLiteral("ana_g"));

    // The server asked HubSpot and published the match with the conversation.
    QJsonObject published;
    REQUIRE(Testing::waitUntil([&] {
        const Testing::ApiReply detail = team.api->call(
            "GET", QStringLiteral("/v1/conversations/%1").arg(ana), QByteArray(), token);
        published = detail.body[QLatin1String("conversation")].toObject();
        return !published[QLatin1String("customer")][QLatin1String("crm")].toObject().isEmpty();
    }));
    const QJsonObject crm = published[QLatin1String("customer")][QLatin1String("crm")].toObject();
    CHECK(crm.value(QLatin1String("name")).toString() == QStringLiteral("Ana Gil"));
    CHECK(crm.value(QLatin1String("source")).toString() == QStringLiteral("hubspot"));
    CHECK(crm.value(QLatin1String("matchedBy")).toString() == QStringLiteral("handle"));
    bool existing = false;
    const QJsonArray reasons = published[QLatin1String("priorityReasons")].toArray();
    for (const QJsonValue &reason : reasons) {
        if (reason[QLatin1String("code")].toString() == u"customer") {
            existing = true;
            CHECK(reason[QLatin1String("points")].toInt() == 20);
        }
    }
    CHECK(existing);

    // A desk mirrors the record and the reason; it asks HubSpot nothing itself.
    const auto asked = hubspot.requests().size();
    Desk desk;
    desk.sync->signIn(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(team.port)),
                      QStringLiteral("ana"), PASSWORD);
    REQUIRE(Testing::waitUntil([&] { return desk.online() && desk.inbox().size() == 2; }));
    auto local = desk.sync->mirror().localConversation(ana);
    REQUIRE(local.ok());
    auto detail = Storage::WorkspaceStore(desk.db->connection()).conversation(local.value());
    REQUIRE(detail.ok());
    bool mirroredReason = false;
    for (const Triage::PriorityReason &reason : detail.value().priorityReasons)
        mirroredReason = mirroredReason || reason.code == u"customer";
    CHECK(mirroredReason);
    auto link =
        Storage::CustomerLinks(desk.db->connection()).linkOf(detail.value().customer.customerId);
    REQUIRE(link.ok());
    REQUIRE(link.value().has_value());
    CHECK(link.value()->record.owner == QStringLiteral("Marta Ruiz"));
    CHECK(link.value()->record.url.startsWith(QStringLiteral("https://app-eu1.hubspot.com/")));
    CHECK(hubspot.requests().size() == asked);
    qunsetenv("CAREDESK_TEST_TEAM_CRM");
}
