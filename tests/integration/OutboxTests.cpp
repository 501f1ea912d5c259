// Every reply is posted exactly once: through rate limits, server errors, lost answers, slow
// answers and a sending process killed at random moments.

#include "Clock.h"
#include "channels/ChannelCatalog.h"
#include "channels/ChannelConfig.h"
#include "ingest/IngestPipeline.h"
#include "net/HttpTransport.h"
#include "outbox/Outbox.h"
#include "storage/Database.h"
#include "storage/WorkspaceStore.h"
#include "support/CatchQt.h"
#include "support/FakeClock.h"
#include "support/FakePlatformServer.h"
#include "support/TestSupport.h"
#include "triage/TriageEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>
#include <QtPlugin>

#include <mutex>

Q_IMPORT_PLUGIN(TwitterPlugin)

using namespace CareDesk;
using Outbox::DeliveryState;
using Testing::FakePlatformServer;

namespace {

const QString ACCOUNT_ID = QStringLiteral("2244994945");

// A fake X that keeps what was posted, so lookups can find it, and lets a test decide how
// each POST is answered.
class FakeX
{
public:
    enum class Answer {
        Created,
        RateLimited,
        ServerError,
        DropAfterPosting,
        SlowAfterPosting,
        Duplicate,
        Unauthorized
    };

    FakeX()
        : server([this](const FakePlatformServer::Request &request) { return handle(request); })
    {}

    void script(QList<Answer> answers)
    {
        std::lock_guard lock(m_mutex);
        m_script = std::move(answers);
    }
    QStringList postedTexts() const
    {
        std::lock_guard lock(m_mutex);
        QStringList texts;
        for (const Posted &posted : m_posted)
            texts.append(posted.text);
        return texts;
    }
    int postRequests() const
    {
        std::lock_guard lock(m_mutex);
        return m_postRequests;
    }

    FakePlatformServer server; // last: it calls handle() from its own thread

private:
    struct Posted
    {
        QString id;
        QString text;
        QString inReplyTo;
    };

    FakePlatformServer::Response handle(const FakePlatformServer::Request &request)
    {
        std::lock_guard lock(m_mutex);
        if (request.method == "POST" && request.path == u"/2/tweets") {
            ++m_postRequests;
            const Answer answer = m_script.isEmpty() ? Answer::Created : m_script.takeFirst();
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            const QString text = body.value(QLatin1String("text")).toString();
            switch (answer) {
            case Answer::RateLimited:
                return FakePlatformServer::sample(QStringLiteral("x-api/error.429.json"));
            case Answer::ServerError:
                return FakePlatformServer::sample(QStringLiteral("x-api/error.503.json"));
            case Answer::Duplicate:
                return FakePlatformServer::sample(QStringLiteral("x-api/error.403_duplicate.json"));
            case Answer::Unauthorized:
                return FakePlatformServer::sample(QStringLiteral("x-api/error.401.json"));
            default:
                break;
            }
            for (const Posted &posted : m_posted) {
                if (posted.text == text) // X refuses the same text twice
                    return FakePlatformServer::sample(
                        QStringLiteral("x-api/error.403_duplicate.json"));
            }
            const QString id = QString::number(1870000000000000000LL + m_posted.size());
            m_posted.append({id, text,
                             body.value(QLatin1String("reply"))
                                 .toObject()
                                 .value(QLatin1String("in_reply_to_tweet_id"))
                                 .toString()});
            FakePlatformServer::Response response = FakePlatformServer::json(
                201, QJsonDocument(QJsonObject{{QStringLiteral("data"),
                                                QJsonObject{{QStringLiteral("id"), id},
                                                            {QStringLiteral("text"), text}}}})
                         .toJson(QJsonDocument::Compact));
            response.dropConnection = answer == Answer::DropAfterPosting;
            response.delayMs = answer == Answer::SlowAfterPosting
                                   ? 2500
                                   : static_cast<int>(QRandomGenerator::global()->bounded(20));
            return response;
        }
        if (request.method == "GET" &&
            request.path == QStringLiteral("/2/users/%1/tweets").arg(ACCOUNT_ID)) {
            const QString since = request.query.queryItemValue(QStringLiteral("since_id"));
            QJsonArray data;
            for (const Posted &posted : m_posted) {
                if (since.isEmpty() || posted.inReplyTo == since) {
                    data.prepend(
                        QJsonObject{{QStringLiteral("id"), posted.id},
                                    {QStringLiteral("text"), posted.text},
                                    {QStringLiteral("author_id"), ACCOUNT_ID},
                                    {QStringLiteral("referenced_tweets"),
                                     QJsonArray{QJsonObject{
                                         {QStringLiteral("type"), QStringLiteral("replied_to")},
                                         {QStringLiteral("id"), posted.inReplyTo}}}}});
                }
            }
            QJsonObject body{{QStringLiteral("meta"),
                              QJsonObject{{QStringLiteral("result_count"), data.size()}}}};
            if (!data.isEmpty())
                body.insert(QStringLiteral("data"), data);
            return FakePlatformServer::json(200,
                                            QJsonDocument(body).toJson(QJsonDocument::Compact));
        }
        return FakePlatformServer::json(404, "{}");
    }

    mutable std::mutex m_mutex;
    QList<Answer> m_script;
    QList<Posted> m_posted;
    int m_postRequests = 0;
};

QJsonObject channelSettings(const FakeX &x)
{
    return {{QStringLiteral("accountId"), ACCOUNT_ID},
            {QStringLiteral("apiBaseUrl"), x.server.baseUrl()},
            {QStringLiteral("timeoutSeconds"), 1}};
}

struct Setup
{
    explicit Setup(const FakeX &x)
    {
        auto opened = Storage::Database::open(dir.file(QStringLiteral("workspace.sqlite")));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        Storage::WorkspaceStore store(db->connection());
        auto created = store.ensureChannel(
            QStringLiteral("twitter"), QStringLiteral("AcmeHelp"), QStringLiteral("twitter"),
            QString::fromUtf8(QJsonDocument(channelSettings(x)).toJson()), clock.now());
        REQUIRE(created.ok());
        channelId = created.value();
        catalog.addLinkedPlugins();
        host =
            std::make_unique<Channels::ConnectorHost>(clock, transport, QStringLiteral("AcmeHelp"),
                                                      channelSettings(x), QStringLiteral("token"));
        connector = catalog.plugin(QStringLiteral("twitter"))->createConnector(*host);
        outbox = std::make_unique<Outbox::Outbox>(db->connection(), clock);
    }

    Outbox::OutboxEntry queue(const QString &text, const QString &inReplyTo)
    {
        Outbox::OutboxEntry entry;
        entry.channelId = channelId;
        entry.message.inReplyToId = inReplyTo;
        entry.message.text = text;
        auto queued = outbox->enqueue(entry);
        INFO((queued.ok() ? QString() : queued.error().detail).toStdString());
        REQUIRE(queued.ok());
        return queued.value();
    }

    DeliveryState stateOf(const Outbox::OutboxEntry &entry)
    {
        return outbox->entry(entry.clientId).value().state;
    }

    Testing::TempWorkspace dir;
    Testing::FakeClock clock{QDateTime::fromSecsSinceEpoch(1795000000, Qt::UTC)};
    std::unique_ptr<Storage::Database> db;
    qint64 channelId = 0;
    Net::HttpTransport transport;
    Channels::ChannelCatalog catalog;
    std::unique_ptr<Channels::ConnectorHost> host;
    std::unique_ptr<Sdk::ChannelConnector> connector;
    std::unique_ptr<Outbox::Outbox> outbox;
};

} // namespace

TEST_CASE("A rate-limited reply waits for the platform's reset, then goes out once")
{
    FakeX x;
    x.script({FakeX::Answer::RateLimited});
    Setup setup(x);
    const auto entry = setup.queue(QStringLiteral("@jane_doe We are looking into it."),
                                   QStringLiteral("1860000000000000004"));

    REQUIRE(setup.outbox->deliverDue(setup.channelId, *setup.connector).ok());
    const auto waiting = setup.outbox->entry(entry.clientId).value();
    CHECK(waiting.state == DeliveryState::Queued);
    CHECK(waiting.nextAttemptAt ==
          QDateTime::fromSecsSinceEpoch(1795000900, Qt::UTC)); // x-rate-limit-reset
    CHECK(waiting.lastError.contains(QStringLiteral("wait")));

    setup.clock.advanceSecs(600); // still limited: nothing is sent
    REQUIRE(setup.outbox->deliverDue(setup.channelId, *setup.connector).ok());
    CHECK(x.postRequests() == 1);

    setup.clock.advanceSecs(301);
    auto report = setup.outbox->deliverDue(setup.channelId, *setup.connector);
    REQUIRE(report.ok());
    CHECK(report.value().sent == 1);
    CHECK(setup.stateOf(entry) == DeliveryState::Sent);
    CHECK(x.postedTexts() == QStringList{entry.message.text});
}

TEST_CASE("A lost or slow answer is looked up on the platform, never posted twice")
{
    FakeX x;
    x.script({FakeX::Answer::DropAfterPosting, FakeX::Answer::SlowAfterPosting});
    Setup setup(x);
    const auto dropped =
        setup.queue(QStringLiteral("First reply"), QStringLiteral("1860000000000000004"));
    const auto slow =
        setup.queue(QStringLiteral("Second reply"), QStringLiteral("1860000000000000005"));

    REQUIRE(setup.outbox->deliverDue(setup.channelId, *setup.connector).ok());
    CHECK(setup.stateOf(dropped) == DeliveryState::Uncertain);
    CHECK(setup.stateOf(slow) == DeliveryState::Uncertain);

    setup.clock.advanceSecs(Outbox::Outbox::backoffSecs(Outbox::Outbox::MAX_ATTEMPTS) + 1);
    auto report = setup.outbox->deliverDue(setup.channelId, *setup.connector);
    REQUIRE(report.ok());
    CHECK(report.value().sent == 2);
    CHECK(x.postRequests() == 2); // found by lookup, not sent again
    CHECK(x.postedTexts() ==
          QStringList({QStringLiteral("First reply"), QStringLiteral("Second reply")}));
    CHECK(setup.outbox->entry(dropped.clientId).value().platformId ==
          QStringLiteral("1870000000000000000"));
}

TEST_CASE("A server error is retried after a lookup finds nothing, refusals fail and say why")
{
    FakeX x;
    x.script({FakeX::Answer::ServerError, FakeX::Answer::Created, FakeX::Answer::Duplicate,
              FakeX::Answer::Unauthorized});
    Setup setup(x);
    const auto retried =
        setup.queue(QStringLiteral("Reply after an outage"), QStringLiteral("1860000000000000006"));
    REQUIRE(setup.outbox->deliverDue(setup.channelId, *setup.connector).ok());
    CHECK(setup.stateOf(retried) == DeliveryState::Uncertain);
    setup.clock.advanceSecs(3 * 3600);
    REQUIRE(setup.outbox->deliverDue(setup.channelId, *setup.connector).ok());
    CHECK(setup.stateOf(retried) == DeliveryState::Sent);
    CHECK(x.postRequests() == 2);

    const auto duplicate =
        setup.queue(QStringLiteral("Thanks!"), QStringLiteral("1860000000000000007"));
    const auto unauthorised =
        setup.queue(QStringLiteral("Thanks again!"), QStringLiteral("1860000000000000008"));
    const auto behind =
        setup.queue(QStringLiteral("Waiting behind it"), QStringLiteral("1860000000000000009"));
    auto report = setup.outbox->deliverDue(setup.channelId, *setup.connector);
    REQUIRE(report.ok());
    CHECK(report.value().failed == 2);
    const auto refused = setup.outbox->entry(duplicate.clientId).value();
    CHECK(refused.state == DeliveryState::Failed);
    CHECK(refused.lastError.contains(QStringLiteral("duplicate")));
    CHECK(setup.outbox->entry(unauthorised.clientId)
              .value()
              .lastError.contains(QStringLiteral("connect the account again")));
    // After an expired authorisation the rest of the queue waits for the account, untouched.
    CHECK(setup.stateOf(behind) == DeliveryState::Queued);
    CHECK(setup.outbox->entry(behind.clientId).value().attempts == 0);

    REQUIRE(setup.outbox->retry(unauthorised.clientId).ok());
    REQUIRE(setup.outbox->deliverDue(setup.channelId, *setup.connector).ok());
    CHECK(setup.stateOf(unauthorised) == DeliveryState::Sent);
    CHECK(setup.stateOf(behind) == DeliveryState::Sent);
}

TEST_CASE("Killing the sending process at random moments never loses a reply nor posts one twice")
{
    FakeX x;
    Testing::TempWorkspace dir;
    const QString workspace = dir.file(QStringLiteral("ws"));
    QStringList texts;
    {
        // The sending processes read the system clock: the replies are due by it too.
        Core::SystemClock clock;
        QDir().mkpath(workspace);
        auto opened = Storage::Database::open(Storage::Database::fileIn(workspace));
        REQUIRE(opened.ok());
        Storage::WorkspaceStore store(opened.value()->connection());
        auto channelId =
            store.ensureChannel(QStringLiteral("twitter"), QStringLiteral("AcmeHelp"),
                                QStringLiteral("twitter"), QStringLiteral("{}"), clock.now());
        REQUIRE(channelId.ok());
        Outbox::Outbox outbox(opened.value()->connection(), clock);
        for (int i = 0; i < 25; ++i) {
            Outbox::OutboxEntry entry;
            entry.channelId = channelId.value();
            entry.message.inReplyToId = QString::number(1860000000000001000LL + i);
            entry.message.text = QStringLiteral("Reply number %1 to our customer").arg(i);
            texts.append(entry.message.text);
            REQUIRE(outbox.enqueue(entry).ok());
        }
    }
    qputenv("CAREDESK_TEST_X_TOKEN", "token");
    QJsonObject config = channelSettings(x);
    config.insert(QStringLiteral("plugin"), QStringLiteral("twitter"));
    config.insert(QStringLiteral("account"), QStringLiteral("AcmeHelp"));
    config.insert(QStringLiteral("credential"),
                  QJsonObject{{QStringLiteral("env"), QStringLiteral("CAREDESK_TEST_X_TOKEN")}});
    dir.write(QStringLiteral("acme.json"), QJsonDocument(config).toJson());
    const QStringList arguments{
        QStringLiteral("outbox"),      QStringLiteral("deliver"),
        QStringLiteral("--workspace"), workspace,
        QStringLiteral("--config"),    dir.file(QStringLiteral("acme.json"))};

    int kills = 0;
    for (int round = 0; round < 40 && x.postedTexts().size() < texts.size(); ++round) {
        QProcess sender;
        sender.start(Testing::programPath(QStringLiteral("caredesk-cli")), arguments);
        REQUIRE(sender.waitForStarted());
        QThread::msleep(20 + QRandomGenerator::global()->bounded(120));
        if (sender.state() == QProcess::Running) {
            sender.kill(); // SIGKILL: no chance to tidy up
            ++kills;
        }
        sender.waitForFinished();
    }
    // A killed run leaves at most its current reply in `sending`: the next run looks it up
    // before sending. Runs that are not interrupted finish the queue.
    for (int round = 0; round < 2; ++round) {
        const Testing::ProcessResult finished =
            Testing::runProgram(QStringLiteral("caredesk-cli"), arguments);
        INFO(finished.err.toStdString());
        REQUIRE(finished.exitCode == 0);
    }
    INFO("runs killed: " << kills);
    CHECK(kills > 0);

    QStringList posted = x.postedTexts();
    posted.sort();
    texts.sort();
    CHECK(posted == texts); // every reply, each exactly once
    auto opened = Storage::Database::open(Storage::Database::fileIn(workspace));
    REQUIRE(opened.ok());
    Testing::FakeClock clock;
    Outbox::Outbox outbox(opened.value()->connection(), clock);
    auto entries = outbox.entries(1);
    REQUIRE(entries.ok());
    REQUIRE(entries.value().size() == texts.size());
    for (const Outbox::OutboxEntry &entry : entries.value()) {
        INFO(entry.message.text.toStdString());
        CHECK(entry.state == DeliveryState::Sent);
        CHECK_FALSE(entry.platformId.isEmpty());
    }
}

TEST_CASE("A reply is addressed from what the customer last wrote: public answers, the DM "
          "hand-off, Messenger answers")
{
    Testing::TempWorkspace dir;
    Testing::FakeClock clock;
    auto db = Storage::Database::open(Storage::Database::fileIn(dir.path()));
    REQUIRE(db.ok());
    Storage::WorkspaceStore store(db.value()->connection());
    auto channelId =
        store.ensureChannel(QStringLiteral("facebook"), QStringLiteral("AcmePage"),
                            QStringLiteral("facebook"), QStringLiteral("{}"), clock.now());
    REQUIRE(channelId.ok());
    const Triage::TriageEngine triage;
    Ingest::IngestPipeline pipeline(db.value()->connection(), clock, triage);
    Sdk::InboundItem comment;
    comment.platformId = QStringLiteral("9001_5020");
    comment.kind = Sdk::ItemKind::Comment;
    comment.threadId = QStringLiteral("9001_5020");
    comment.author.platformUserId = QStringLiteral("6002");
    comment.author.displayName = QStringLiteral("Jonas Weber");
    comment.text = QStringLiteral("Meine Bestellung 4471 ist seit zwei Wochen unterwegs");
    comment.createdAt = clock.now().addSecs(-600);
    REQUIRE(pipeline.ingest(channelId.value(), QStringLiteral("facebook"), {comment}).ok());
    QSqlQuery conversation(db.value()->connection());
    REQUIRE(conversation.exec(QStringLiteral("SELECT id FROM conversations")));
    REQUIRE(conversation.next());
    const qint64 conversationId = conversation.value(0).toLongLong();

    Outbox::Outbox outbox(db.value()->connection(), clock);
    auto publicReply = outbox.replyIn(
        conversationId, true, QStringLiteral("Das tut uns leid, Jonas!"), QStringLiteral("Lena"));
    REQUIRE(publicReply.ok());
    CHECK(publicReply.value().channelId == channelId.value());
    CHECK(publicReply.value().message.kind == Sdk::ItemKind::Comment);
    CHECK(publicReply.value().message.inReplyToId == QStringLiteral("9001_5020"));

    // Before Jonas writes privately, the hand-off is Facebook's private reply to his comment.
    auto handoff =
        outbox.replyIn(conversationId, false, QStringLiteral("Wir schreiben Ihnen privat."),
                       QStringLiteral("Lena"));
    REQUIRE(handoff.ok());
    CHECK(handoff.value().message.kind == Sdk::ItemKind::DirectMessage);
    CHECK(handoff.value().message.privateReplyToCommentId == QStringLiteral("9001_5020"));
    CHECK(handoff.value().message.recipientId == QStringLiteral("6002"));

    Sdk::InboundItem dm;
    dm.platformId = QStringLiteral("m_ddd1");
    dm.kind = Sdk::ItemKind::DirectMessage;
    dm.threadId = QStringLiteral("psid:6002");
    dm.inReplyToId = QStringLiteral("9001_5020");
    dm.author = comment.author;
    dm.text = QStringLiteral("Die Bestellnummer ist 4471");
    dm.createdAt = clock.now().addSecs(-60);
    REQUIRE(pipeline.ingest(channelId.value(), QStringLiteral("facebook"), {dm}).ok());
    auto answer = outbox.replyIn(conversationId, false, QStringLiteral("Danke, wir sehen nach."),
                                 QStringLiteral("Lena"));
    REQUIRE(answer.ok());
    CHECK(answer.value().message.privateReplyToCommentId.isEmpty());
    CHECK(answer.value().message.recipientId == QStringLiteral("6002"));
    CHECK(answer.value().message.customerLastWroteAt == dm.createdAt);

    CHECK_FALSE(outbox.replyIn(999, true, QStringLiteral("x"), QString()).ok());
}
