// The Facebook connector against a fake Graph API on loopback, and the webhook parser.

#include "Clock.h"
#include "channels/ChannelCatalog.h"
#include "channels/ChannelConfig.h"
#include "net/HttpTransport.h"
#include "support/CatchQt.h"
#include "support/FakeClock.h"
#include "support/FakePlatformServer.h"
#include "support/TestSupport.h"

#include <GraphApi.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QtPlugin>

Q_IMPORT_PLUGIN(FacebookPlugin)

using namespace CareDesk;
using Testing::FakePlatformServer;

namespace {

const QString PAGE_ID = QStringLiteral("1122334455");
const QByteArray TOKEN = "page-token";

FakePlatformServer::Response graph(const QString &name)
{
    return FakePlatformServer::sample(QStringLiteral("graph-api/") + name);
}

FakePlatformServer::Response typicalGraph(const FakePlatformServer::Request &request)
{
    if (request.headers.value("authorization") != "Bearer " + TOKEN)
        return graph(QStringLiteral("error.190.json"));
    if (request.path == u"/v19.0/1122334455/feed")
        return graph(QStringLiteral("feed.json"));
    if (request.path == u"/v19.0/1122334455_9001/comments") {
        if (request.query.hasQueryItem(QStringLiteral("since")))
            return graph(QStringLiteral("comments.empty.json"));
        return graph(request.query.hasQueryItem(QStringLiteral("after"))
                         ? QStringLiteral("comments.p2.json")
                         : QStringLiteral("comments.p1.json"));
    }
    if (request.path == u"/v19.0/1122334455_9000/comments")
        return graph(QStringLiteral("comments.empty.json"));
    if (request.path == u"/v19.0/1122334455/conversations")
        return graph(QStringLiteral("conversations.json"));
    if (request.path == u"/v19.0/1122334455")
        return graph(QStringLiteral("page.json"));
    return FakePlatformServer::json(
        404, R"({"error":{"message":"Unknown path","type":"GraphMethodException","code":100}})");
}

struct Connected
{
    explicit Connected(const QString &baseUrl)
    {
        catalog.addLinkedPlugins();
        const QJsonObject settings{
            {QStringLiteral("accountId"), PAGE_ID},
            {QStringLiteral("apiBaseUrl"), QString(baseUrl + QStringLiteral("/v19.0"))}};
        host = std::make_unique<Channels::ConnectorHost>(clock, transport, QStringLiteral("Acme"),
                                                         settings, QString::fromLatin1(TOKEN));
        Sdk::ChannelPlugin *plugin = catalog.plugin(QStringLiteral("facebook"));
        REQUIRE(plugin);
        connector = plugin->createConnector(*host);
    }

    Testing::FakeClock clock{
        QDateTime::fromString(QStringLiteral("2026-11-22T11:00:00Z"), Qt::ISODate)};
    Net::HttpTransport transport;
    Channels::ChannelCatalog catalog;
    std::unique_ptr<Channels::ConnectorHost> host;
    std::unique_ptr<Sdk::ChannelConnector> connector;
};

Sdk::HttpResponse asResponse(const FakePlatformServer::Response &recorded)
{
    Sdk::HttpResponse response;
    response.status = recorded.status;
    response.body = recorded.body;
    for (const auto &[key, value] : recorded.headers)
        response.headers.append({key.toLower(), value});
    return response;
}

} // namespace

TEST_CASE("Comments on the Page's posts and Messenger conversations arrive in time order, threaded")
{
    FakePlatformServer facebook(typicalGraph);
    Connected channel(facebook.baseUrl());
    const Sdk::FetchResult fetched = channel.connector->fetchNew({});
    INFO(fetched.failure.message.toStdString());
    REQUIRE(fetched.failure.ok());
    REQUIRE(fetched.items.size() == 5);

    const Sdk::InboundItem &question = fetched.items[0];
    CHECK(question.kind == Sdk::ItemKind::Comment);
    CHECK(question.platformId == QStringLiteral("9001_5001"));
    CHECK(question.threadId == question.platformId); // a top-level comment starts its thread
    CHECK(question.author.displayName == QStringLiteral("Lucía Martín"));
    CHECK(question.author.platformUserId == QStringLiteral("6001"));
    CHECK(question.createdAt ==
          QDateTime::fromString(QStringLiteral("2026-11-22T10:00:00Z"), Qt::ISODate));
    const Sdk::InboundItem &pageAnswer = fetched.items[1];
    CHECK(pageAnswer.fromChannel);
    CHECK(pageAnswer.inReplyToId == QStringLiteral("9001_5001"));
    CHECK(fetched.items[2].platformId ==
          QStringLiteral("9001_5003")); // from the second page of comments
    CHECK(fetched.items[2].threadId == QStringLiteral("9001_5001"));
    const Sdk::InboundItem &dmFromPage = fetched.items[3];
    CHECK(dmFromPage.kind == Sdk::ItemKind::DirectMessage);
    CHECK(dmFromPage.fromChannel);
    CHECK(dmFromPage.threadId == QStringLiteral("psid:6001"));
    CHECK_FALSE(fetched.items[4].fromChannel);
    CHECK(fetched.quota.remaining == 88); // X-App-Usage: 12% used

    const QList<FakePlatformServer::Request> requests = facebook.requests();
    CHECK(requests[1].query.queryItemValue(QStringLiteral("filter")) == QStringLiteral("stream"));
    CHECK_FALSE(requests[1].query.toString().contains(
        QString::fromLatin1(TOKEN))); // the token travels in a header

    // Next time only comments newer than the newest seen are asked for, and the post last
    // updated three weeks ago is not read again.
    const Sdk::FetchResult again = channel.connector->fetchNew(fetched.cursor);
    REQUIRE(again.failure.ok());
    const QList<FakePlatformServer::Request> later = facebook.requests().mid(requests.size());
    CHECK(later[1].path == QStringLiteral("/v19.0/1122334455_9001/comments"));
    CHECK(later[1].query.queryItemValue(QStringLiteral("since")) ==
          QString::number(QDateTime::fromString(QStringLiteral("2026-11-22T10:07:00Z"), Qt::ISODate)
                              .toSecsSinceEpoch()));
    for (const FakePlatformServer::Request &request : later)
        CHECK_FALSE(request.path.contains(QStringLiteral("_9000")));
}

TEST_CASE("Replies, private replies and Messenger answers respect Facebook's rules and windows")
{
    FakePlatformServer facebook([](const FakePlatformServer::Request &request) {
        if (request.method == "POST" && request.path == u"/v19.0/9001_5001/comments")
            return graph(QStringLiteral("comment_reply.created.json"));
        if (request.method == "POST" && request.path == u"/v19.0/1122334455/messages") {
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            if (body.value(QLatin1String("recipient"))
                    .toObject()
                    .value(QLatin1String("comment_id"))
                    .toString() == u"9001_5003")
                return graph(QStringLiteral("error.10900.json"));
            return graph(QStringLiteral("message.sent.json"));
        }
        if (request.method == "POST" && request.path == u"/v19.0/9001_5020")
            return graph(QStringLiteral("hidden.json"));
        return FakePlatformServer::json(404, "{}");
    });
    Connected channel(facebook.baseUrl());

    Sdk::OutboundMessage reply;
    reply.clientId = QStringLiteral("c-1");
    reply.kind = Sdk::ItemKind::Comment;
    reply.inReplyToId = QStringLiteral("9001_5001");
    reply.text = QStringLiteral("Hola Lucía, te escribimos por privado.");
    const Sdk::SendResult replied = channel.connector->send(reply);
    REQUIRE(replied.failure.ok());
    CHECK(replied.platformId == QStringLiteral("9001_5010"));
    CHECK(QJsonDocument::fromJson(facebook.requests().constLast().body)
              .object()
              .value(QLatin1String("message"))
              .toString() == reply.text);

    Sdk::OutboundMessage dm;
    dm.clientId = QStringLiteral("c-2");
    dm.kind = Sdk::ItemKind::DirectMessage;
    dm.recipientId = QStringLiteral("6001");
    dm.text = QStringLiteral("¿Nos pasas tu número de pedido?");
    dm.customerLastWroteAt = channel.clock.now().addSecs(-3600);
    REQUIRE(channel.connector->send(dm).platformId == QStringLiteral("m_ccc1"));
    QJsonObject body = QJsonDocument::fromJson(facebook.requests().constLast().body).object();
    CHECK(body.value(QLatin1String("messaging_type")).toString() == QStringLiteral("RESPONSE"));
    CHECK(body.value(QLatin1String("recipient")).toObject().value(QLatin1String("id")).toString() ==
          QStringLiteral("6001"));

    dm.customerLastWroteAt =
        channel.clock.now().addDays(-3); // past 24 hours: a human agent's follow-up
    REQUIRE(channel.connector->send(dm).failure.ok());
    body = QJsonDocument::fromJson(facebook.requests().constLast().body).object();
    CHECK(body.value(QLatin1String("messaging_type")).toString() == QStringLiteral("MESSAGE_TAG"));
    CHECK(body.value(QLatin1String("tag")).toString() == QStringLiteral("HUMAN_AGENT"));

    const qsizetype before = facebook.requests().size();
    dm.customerLastWroteAt = channel.clock.now().addDays(-8); // too late for any answer
    const Sdk::SendResult tooLate = channel.connector->send(dm);
    CHECK(tooLate.failure.kind == Sdk::FailureKind::Rejected);
    CHECK(tooLate.failure.message.contains(QStringLiteral("7 days")));
    CHECK(facebook.requests().size() == before); // refused before anything was sent

    Sdk::OutboundMessage privateReply;
    privateReply.clientId = QStringLiteral("c-3");
    privateReply.privateReplyToCommentId = QStringLiteral("9001_5001");
    privateReply.text = QStringLiteral("Hola Lucía, seguimos por aquí.");
    REQUIRE(channel.connector->send(privateReply).failure.ok());
    CHECK(QJsonDocument::fromJson(facebook.requests().constLast().body)
              .object()
              .value(QLatin1String("recipient"))
              .toObject()
              .value(QLatin1String("comment_id"))
              .toString() == QStringLiteral("9001_5001"));
    privateReply.privateReplyToCommentId = QStringLiteral("9001_5003");
    const Sdk::SendResult second = channel.connector->send(privateReply);
    CHECK(second.failure.kind == Sdk::FailureKind::Rejected);
    CHECK(second.failure.message.contains(QStringLiteral("only one")));

    CHECK(channel.connector->setCommentHidden(QStringLiteral("9001_5020"), true).ok());
    CHECK(QJsonDocument::fromJson(facebook.requests().constLast().body)
              .object()
              .value(QLatin1String("is_hidden"))
              .toBool());
}

TEST_CASE(
    "Graph errors are read by their code: expired tokens, throttling with its regain time, windows")
{
    const QDateTime now =
        QDateTime::fromString(QStringLiteral("2026-11-22T11:00:00Z"), Qt::ISODate);
    using Channels::Facebook::failureOf;
    CHECK(failureOf(asResponse(graph(QStringLiteral("error.190.json"))), now).kind ==
          Sdk::FailureKind::AuthorizationExpired);
    CHECK(failureOf(asResponse(graph(QStringLiteral("error.613.json"))), now).kind ==
          Sdk::FailureKind::RateLimited);
    const Sdk::Failure throttled =
        failureOf(asResponse(graph(QStringLiteral("error.80001.json"))), now);
    CHECK(throttled.kind == Sdk::FailureKind::RateLimited);
    CHECK(throttled.retryAfter == now.addSecs(30 * 60));
    const Sdk::Failure window =
        failureOf(asResponse(graph(QStringLiteral("error.outside_window.json"))), now);
    CHECK(window.kind == Sdk::FailureKind::Rejected);
    CHECK(window.message.contains(QStringLiteral("Messenger allows no reply")));
    CHECK(failureOf(asResponse(graph(QStringLiteral("error.551.json"))), now).kind ==
          Sdk::FailureKind::Rejected);
    CHECK(failureOf(asResponse(graph(QStringLiteral("error.500.json"))), now).kind ==
          Sdk::FailureKind::Transient);
    CHECK(Channels::Facebook::quotaOf(asResponse(graph(QStringLiteral("page.json"))), now)
              .remaining == 63);
    // Facebook may ask for a wait longer than an int holds in seconds: it is still a wait.
    Sdk::HttpResponse slowDown;
    slowDown.status = 400;
    slowDown.headers = {
        {"x-app-usage", R"({"call_count":100,"estimated_time_to_regain_access":99999999})"}};
    CHECK(Channels::Facebook::quotaOf(slowDown, now).resetsAt == now.addSecs(5999999940LL));

    FakePlatformServer facebook(typicalGraph);
    Connected channel(facebook.baseUrl());
    const Sdk::CheckResult checked = channel.connector->check();
    CHECK(checked.failure.ok());
    CHECK(checked.account == QStringLiteral("Acme"));
}

TEST_CASE("Webhook deliveries are verified by their signature and read into inbound items")
{
    const QByteArray body = Testing::readFile(
        QStringLiteral(CAREDESK_SOURCE_DIR "/tests/fixtures/graph-api/webhook.delivery.json"));
    const QByteArray secret = "app-secret";
    const QByteArray signature =
        "sha256=" +
        QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
    const Connected channel(QStringLiteral("http://127.0.0.1:9"));
    const auto verified = [&](const QByteArray &delivery, const QByteArray &header,
                              const QByteArray &appSecret) {
        return Channels::Facebook::verifyWebhookSignature(*channel.host, delivery, header,
                                                          appSecret);
    };
    CHECK(verified(body, signature, secret));
    CHECK(verified(body, "sha256=" + signature.mid(7).toUpper(), secret)); // hex in any case
    CHECK_FALSE(verified(body + ' ', signature, secret));                  // one byte more
    CHECK_FALSE(verified(body, signature, "other-secret"));
    CHECK_FALSE(verified(body, signature.mid(7), secret));     // no "sha256="
    CHECK_FALSE(verified(body, signature.chopped(2), secret)); // truncated
    CHECK_FALSE(verified(body, {}, secret));
    CHECK_FALSE(verified(body, signature, {}));

    const Channels::Facebook::WebhookItems parsed = Channels::Facebook::parseWebhook(body, PAGE_ID);
    REQUIRE(parsed.valid);
    REQUIRE(parsed.items.size() == 4);
    CHECK(parsed.items[0].kind == Sdk::ItemKind::Comment);
    CHECK(parsed.items[0].threadId ==
          QStringLiteral("9001_5020")); // top-level: its parent is the post
    CHECK(parsed.items[0].createdAt == QDateTime::fromSecsSinceEpoch(1795000000, Qt::UTC));
    CHECK(parsed.items[1].inReplyToId == QStringLiteral("9001_5001"));
    CHECK(parsed.items[2].kind == Sdk::ItemKind::DirectMessage);
    CHECK(parsed.items[2].threadId == QStringLiteral("psid:6001"));
    CHECK(parsed.items[3].fromChannel); // the Page's own send, echoed
    CHECK(parsed.items[3].threadId == QStringLiteral("psid:6001"));
    CHECK(parsed.skipped.size() == 2); // an edit and a read receipt

    CHECK_FALSE(Channels::Facebook::parseWebhook("{\"object\":\"user\"}", PAGE_ID).valid);
    CHECK_FALSE(Channels::Facebook::parseWebhook("not json", PAGE_ID).valid);
}

TEST_CASE("A delivery whose times no clock can show is still read, its messages without a time")
{
    const QByteArray body =
        R"({"object":"page","entry":[{"id":"1","changes":[{"field":"feed","value":{
            "item":"comment","verb":"add","comment_id":"9_1","post_id":"9","parent_id":"9",
            "created_time":1e300,"message":"Hola","from":{"id":"6001","name":"Lucía"}}}],
            "messaging":[{"sender":{"id":"6001"},"recipient":{"id":"1"},"timestamp":-1.8e208,
            "message":{"mid":"m_1","text":"¿Hola?"}}]}]})";
    const Channels::Facebook::WebhookItems parsed = Channels::Facebook::parseWebhook(body, PAGE_ID);
    REQUIRE(parsed.items.size() == 2);
    CHECK(parsed.items[0].text == QStringLiteral("Hola"));
    CHECK_FALSE(parsed.items[0].createdAt.isValid());
    CHECK(parsed.items[1].text == QStringLiteral("¿Hola?"));
    CHECK_FALSE(parsed.items[1].createdAt.isValid());
    CHECK(Channels::Facebook::graphTime(QJsonValue(1795000000.0)) ==
          QDateTime::fromSecsSinceEpoch(1795000000, Qt::UTC));
}
