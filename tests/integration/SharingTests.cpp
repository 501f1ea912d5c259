// Posting and sharing praise from the brand's account: the X and Facebook connectors against
// their stand-ins on loopback, the outbox's exactly-once rules for shares, and sharing from a
// practice inbox as an agent does it.

#include "Clock.h"
#include "channels/ChannelCatalog.h"
#include "channels/ChannelConfig.h"
#include "net/HttpTransport.h"
#include "outbox/Outbox.h"
#include "review/Dashboard.h"
#include "review/ReviewStore.h"
#include "review/TranscriptReport.h"
#include "security/CredentialStore.h"
#include "storage/AgentActions.h"
#include "storage/Database.h"
#include "storage/WorkspaceStore.h"
#include "support/CatchQt.h"
#include "support/FakeClock.h"
#include "support/FakePlatformServer.h"
#include "support/TestSupport.h"
#include "workspace/ChannelPoller.h"
#include "workspace/WorkspaceService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtPlugin>

Q_IMPORT_PLUGIN(SandboxPlugin)
Q_IMPORT_PLUGIN(TwitterPlugin)
Q_IMPORT_PLUGIN(FacebookPlugin)

using namespace CareDesk;
using Testing::FakePlatformServer;

namespace {

const QString X_ACCOUNT = QStringLiteral("2244994945");
const QString PAGE_ID = QStringLiteral("1122334455");
const QString PRAISED_TWEET = QStringLiteral("1860000000000000004");

// One connector of `pluginId` talking to a stand-in at `baseUrl`.
struct Connected
{
    Connected(const QString &pluginId, const QString &baseUrl, const QString &account)
    {
        catalog.addLinkedPlugins();
        settings = QJsonObject{{QStringLiteral("accountId"), account},
                               {QStringLiteral("apiBaseUrl"), baseUrl},
                               {QStringLiteral("timeoutSeconds"), 2}};
        host = std::make_unique<Channels::ConnectorHost>(clock, transport, QStringLiteral("Acme"),
                                                         settings, QStringLiteral("token"));
        Sdk::ChannelPlugin *plugin = catalog.plugin(pluginId);
        REQUIRE(plugin);
        connector = plugin->createConnector(*host);
    }

    Testing::FakeClock clock;
    Net::HttpTransport transport;
    Channels::ChannelCatalog catalog;
    QJsonObject settings;
    std::unique_ptr<Channels::ConnectorHost> host;
    std::unique_ptr<Sdk::ChannelConnector> connector;
};

Sdk::OutboundMessage outbound(Sdk::OutboundAction action, const QString &target,
                              const QString &text = {})
{
    Sdk::OutboundMessage message;
    message.clientId = QStringLiteral("share-1");
    message.action = action;
    message.inReplyToId = target;
    message.text = text;
    return message;
}

QJsonObject bodyOf(const FakePlatformServer::Request &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

// A practice inbox with one customer's praise and one customer's complaint, in public.
constexpr const char *PRAISE_DRILL = R"({"format":"caredesk-scenario","version":1,"id":"kudos",
    "personas":[{"id":"ana","name":"Ana Gil","locale":"en_GB"},
                {"id":"bo","name":"Bo Hale","locale":"en_GB"}],
    "timeline":[
      {"id":"p1","at":-60,"persona":"ana","kind":"mention","thread":"tp","lang":"en","text":"@Acme you fixed my order in ten minutes, best support ever!"},
      {"id":"c1","at":-50,"persona":"bo","kind":"mention","thread":"tc","lang":"en","text":"@Acme my parcel is lost"}]})";

struct Practice
{
    Practice()
    {
        dir.write(QStringLiteral("drill.json"), PRAISE_DRILL);
        catalog.addLinkedPlugins();
        service.open();
        db = std::move(Storage::Database::open(Storage::Database::fileIn(workspace))).value();
        REQUIRE(Storage::WorkspaceStore(db->connection())
                    .ensureChannel(
                        QStringLiteral("sandbox"), QStringLiteral("Drill"),
                        QStringLiteral("sandbox"),
                        QString::fromUtf8(
                            QJsonDocument(QJsonObject{{QStringLiteral("scenario"),
                                                       dir.file(QStringLiteral("drill.json"))}})
                                .toJson(QJsonDocument::Compact)),
                        clock.now())
                    .ok());
        service.channels().pollChannels();
    }

    qint64 conversationOf(const char *eventId)
    {
        QSqlQuery query(db->connection());
        query.prepare(QStringLiteral("SELECT conversation_id FROM messages WHERE platform_id = ?"));
        query.addBindValue(QString(QStringLiteral("kudos:") + QLatin1String(eventId)));
        REQUIRE(query.exec());
        REQUIRE(query.next());
        return query.value(0).toLongLong();
    }

    Core::ConversationDetail detail(qint64 conversationId)
    {
        QSignalSpy loaded(&service, &Workspace::WorkspaceService::conversationLoaded);
        service.loadConversation(conversationId);
        REQUIRE(loaded.size() == 1);
        return loaded.at(0).at(0).value<Core::ConversationDetail>();
    }

    Testing::TempWorkspace dir;
    QString workspace = dir.file(QStringLiteral("ws"));
    Testing::FakeClock clock;
    Channels::ChannelCatalog catalog;
    Security::MemoryCredentialStore credentials;
    Workspace::WorkspaceService service{workspace, catalog, clock, credentials};
    std::unique_ptr<Storage::Database> db;
};

} // namespace

TEST_CASE("On X a post, a repost and a quote post go out in X's request format, and X cannot "
          "like")
{
    FakePlatformServer x([](const FakePlatformServer::Request &request) {
        if (request.method == "POST" && request.path == u"/2/users/2244994945/retweets")
            return FakePlatformServer::sample(QStringLiteral("x-api/post_retweets.retweeted.json"));
        if (request.method == "POST" && request.path == u"/2/tweets")
            return FakePlatformServer::sample(QStringLiteral("x-api/post_tweets.created.json"));
        return FakePlatformServer::json(404, "{}");
    });
    Connected channel(QStringLiteral("twitter"), x.baseUrl(), X_ACCOUNT);

    const auto repost =
        channel.connector->send(outbound(Sdk::OutboundAction::Repost, PRAISED_TWEET));
    REQUIRE(repost.failure.ok());
    CHECK(repost.platformId == PRAISED_TWEET);
    CHECK(bodyOf(x.requests().constLast()) ==
          QJsonObject{{QStringLiteral("tweet_id"), PRAISED_TWEET}});

    const auto quote = channel.connector->send(
        outbound(Sdk::OutboundAction::Quote, PRAISED_TWEET, QStringLiteral("Thank you, Jane!")));
    REQUIRE(quote.failure.ok());
    CHECK(quote.platformId == QStringLiteral("1860000000000000200"));
    const QJsonObject quoted = bodyOf(x.requests().constLast());
    CHECK(quoted.value(QLatin1String("quote_tweet_id")).toString() == PRAISED_TWEET);
    CHECK(quoted.value(QLatin1String("text")).toString() == u"Thank you, Jane!");
    CHECK_FALSE(quoted.contains(QLatin1String("reply")));

    // A shift change is a post of the account's own: it answers nothing.
    const auto post = channel.connector->send(
        outbound(Sdk::OutboundAction::Post, {}, QStringLiteral("Ana here until 17:00 CET ^AG")));
    REQUIRE(post.failure.ok());
    CHECK(bodyOf(x.requests().constLast()) ==
          QJsonObject{{QStringLiteral("text"), QStringLiteral("Ana here until 17:00 CET ^AG")}});

    const int asked = int(x.requests().size());
    const auto like = channel.connector->send(outbound(Sdk::OutboundAction::Like, PRAISED_TWEET));
    CHECK(like.failure.kind == Sdk::FailureKind::Rejected);
    CHECK(x.requests().size() == asked); // refused before anything was sent
}

TEST_CASE("A repost whose answer was lost is found among the reposters and never sent twice")
{
    std::atomic<bool> reposted = false;
    FakePlatformServer x([&](const FakePlatformServer::Request &request) {
        FakePlatformServer::Response response;
        if (request.method == "POST") {
            reposted = true;
            response.dropConnection = true; // X reposted it, but the answer is lost
            return response;
        }
        if (request.path == u"/2/tweets/1860000000000000004/retweeted_by")
            return reposted ? FakePlatformServer::sample(QStringLiteral("x-api/retweeted_by.json"))
                            : FakePlatformServer::json(200, R"({"meta":{"result_count":0}})");
        return FakePlatformServer::json(404, "{}");
    });
    Connected channel(QStringLiteral("twitter"), x.baseUrl(), X_ACCOUNT);
    Testing::TempWorkspace dir;
    auto db = std::move(Storage::Database::open(dir.file(QStringLiteral("ws.sqlite")))).value();
    const qint64 channelId =
        Storage::WorkspaceStore(db->connection())
            .ensureChannel(
                QStringLiteral("twitter"), QStringLiteral("Acme"), QStringLiteral("twitter"),
                QString::fromUtf8(QJsonDocument(channel.settings).toJson()), channel.clock.now())
            .value();
    Outbox::Outbox outbox(db->connection(), channel.clock);
    Outbox::OutboxEntry entry;
    entry.channelId = channelId;
    entry.message = outbound(Sdk::OutboundAction::Repost, PRAISED_TWEET);
    REQUIRE(outbox.enqueue(entry).ok());
    // A repost carries no text, yet a reply without text is still refused.
    Outbox::OutboxEntry empty;
    empty.channelId = channelId;
    CHECK_FALSE(outbox.enqueue(empty).ok());

    auto first = outbox.deliverDue(channelId, *channel.connector);
    REQUIRE(first.ok());
    CHECK(first.value().waiting == 1);
    channel.clock.advanceSecs(Outbox::Outbox::backoffSecs(1) + 60);
    auto second = outbox.deliverDue(channelId, *channel.connector);
    REQUIRE(second.ok());
    CHECK(second.value().sent == 1);
    const auto sent = outbox.entries(channelId).value();
    REQUIRE(sent.size() == 1);
    CHECK(sent[0].state == Outbox::DeliveryState::Sent);
    CHECK(sent[0].message.action == Sdk::OutboundAction::Repost);
    int posts = 0;
    for (const FakePlatformServer::Request &request : x.requests())
        posts += request.method == "POST" ? 1 : 0;
    CHECK(posts == 1);
}

TEST_CASE("On Facebook a Page post and a like go out in the Graph API's format, a lost like is "
          "found, and a Page cannot repost")
{
    std::atomic<bool> dropLike = false;
    FakePlatformServer graph([&](const FakePlatformServer::Request &request) {
        if (request.method == "POST" && request.path == u"/v19.0/9001_5001/likes") {
            FakePlatformServer::Response lost;
            lost.dropConnection = dropLike;
            return dropLike
                       ? lost
                       : FakePlatformServer::sample(QStringLiteral("graph-api/like.success.json"));
        }
        if (request.method == "GET" && request.path == u"/v19.0/9001_5001/likes")
            return FakePlatformServer::sample(QStringLiteral("graph-api/likes.json"));
        if (request.method == "POST" && request.path == u"/v19.0/1122334455/feed")
            return FakePlatformServer::sample(QStringLiteral("graph-api/page_post.created.json"));
        return FakePlatformServer::json(404, "{}");
    });
    Connected channel(QStringLiteral("facebook"), graph.baseUrl() + QStringLiteral("/v19.0"),
                      PAGE_ID);

    const auto like =
        channel.connector->send(outbound(Sdk::OutboundAction::Like, QStringLiteral("9001_5001")));
    REQUIRE(like.failure.ok());
    CHECK(like.platformId == QStringLiteral("9001_5001"));
    CHECK(graph.requests().constLast().headers.value("authorization") == "Bearer token");

    const auto post = channel.connector->send(
        outbound(Sdk::OutboundAction::Post, {}, QStringLiteral("Ana is on until 17:00. -Ana")));
    REQUIRE(post.failure.ok());
    CHECK(post.platformId == QStringLiteral("1122334455_9050"));
    CHECK(bodyOf(graph.requests().constLast()) ==
          QJsonObject{{QStringLiteral("message"), QStringLiteral("Ana is on until 17:00. -Ana")}});

    dropLike = true;
    const auto lost =
        channel.connector->send(outbound(Sdk::OutboundAction::Like, QStringLiteral("9001_5001")));
    CHECK(lost.uncertain);
    Sdk::Failure failure;
    CHECK(channel.connector->findSent(
              outbound(Sdk::OutboundAction::Like, QStringLiteral("9001_5001")), failure) ==
          std::optional(QStringLiteral("9001_5001")));
    CHECK(failure.ok());

    const auto repost =
        channel.connector->send(outbound(Sdk::OutboundAction::Repost, QStringLiteral("9001_5001")));
    CHECK(repost.failure.kind == Sdk::FailureKind::Rejected);
}

TEST_CASE("An agent shares a customer's praise once each way, and it shows in the conversation, "
          "the transcript and the dashboard")
{
    Practice practice;
    const qint64 praise = practice.conversationOf("p1");
    const qint64 complaint = practice.conversationOf("c1");
    REQUIRE(Storage::AgentActions(practice.db->connection())
                .correctCategory(praise, QStringLiteral("praise"), false, QStringLiteral("Alex"),
                                 practice.clock.now())
                .ok());
    REQUIRE(Storage::AgentActions(practice.db->connection())
                .correctCategory(complaint, QStringLiteral("service"), true, QStringLiteral("Alex"),
                                 practice.clock.now())
                .ok());

    // The practice channel shares every way; a complaint is never offered for sharing.
    CHECK(practice.detail(praise).shareActions ==
          QStringList{QStringLiteral("repost"), QStringLiteral("quote"), QStringLiteral("like")});
    CHECK(practice.detail(complaint).shareActions.isEmpty());

    QSignalSpy refused(&practice.service, &Workspace::WorkspaceService::actionRefused);
    practice.service.share(praise, QStringLiteral("repost"), {}, QStringLiteral("Alex"));
    practice.service.share(praise, QStringLiteral("quote"), QStringLiteral("Thank you, Ana!"),
                           QStringLiteral("Alex"));
    CHECK(refused.isEmpty());
    Core::ConversationDetail shared = practice.detail(praise);
    REQUIRE(shared.shares.size() == 2);
    CHECK(shared.shares[0].action == u"repost");
    CHECK(shared.shares[0].state == u"sent");
    CHECK(shared.shares[0].by == u"Alex");
    CHECK(shared.shares[1].text == u"Thank you, Ana!");

    // Twice the same way, a complaint, or a quote without words: refused, nothing queued.
    practice.service.share(praise, QStringLiteral("repost"), {}, QStringLiteral("Alex"));
    practice.service.share(complaint, QStringLiteral("repost"), {}, QStringLiteral("Alex"));
    practice.service.share(praise, QStringLiteral("like"), {}, QStringLiteral("Alex"));
    practice.service.share(praise, QStringLiteral("quote"), QStringLiteral("  "),
                           QStringLiteral("Alex"));
    CHECK(refused.size() == 3); // only the like went out
    CHECK(practice.detail(praise).shares.size() == 3);

    // Shares are no replies: the praise still waits for its answer in the inbox.
    CHECK(practice.detail(praise).firstResponseAt.isNull());

    const auto transcript =
        Review::ReviewStore(practice.db->connection()).transcript(praise, practice.clock.now());
    REQUIRE(transcript.ok());
    const QString report = Review::transcriptReportHtml(transcript.value(), nullptr, false);
    CHECK(report.contains(u"reposted the customer's praise"));
    CHECK(report.contains(u"quoted the customer's praise: Thank you, Ana!"));

    const auto figures =
        Review::computeDashboard(practice.db->connection(), {}, practice.clock.now());
    REQUIRE(figures.ok());
    CHECK(figures.value().praiseShared.size() == 3);
    CHECK(Review::dashboardCsv(figures.value()).contains("praise shared,repost,1"));
}
