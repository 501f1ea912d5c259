#include "ingest/IngestPipeline.h"
#include "storage/Database.h"
#include "storage/WorkspaceStore.h"
#include "support/FakeClock.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <tuple>

using namespace CareDesk;

namespace {

Sdk::InboundItem item(const QString &id, const QString &user, const QString &text,
                      const QString &thread = {}, const QString &replyTo = {},
                      Sdk::ItemKind kind = Sdk::ItemKind::Mention)
{
    Sdk::InboundItem result;
    result.platformId = id;
    result.kind = kind;
    result.threadId = thread;
    result.inReplyToId = replyTo;
    result.author.platformUserId = user;
    result.author.handle = user;
    result.author.displayName = user.toUpper();
    result.text = text;
    result.createdAt = QDateTime::fromString(QStringLiteral("2026-11-02T08:30:00Z"), Qt::ISODate);
    return result;
}

struct Fixture
{
    Testing::TempWorkspace dir;
    Testing::FakeClock clock;
    Triage::TriageEngine triage;
    std::unique_ptr<Storage::Database> db;
    qint64 channelId = 0;

    Fixture()
    {
        auto opened = Storage::Database::open(dir.file(QStringLiteral("workspace.sqlite")));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        auto channel =
            Storage::WorkspaceStore(db->connection())
                .ensureChannel(QStringLiteral("sandbox"), QStringLiteral("Practice"),
                               QStringLiteral("sandbox"), QStringLiteral("{}"), clock.now());
        REQUIRE(channel.ok());
        channelId = channel.value();
    }

    Ingest::IngestReport ingest(const QList<Sdk::InboundItem> &items)
    {
        auto report = Ingest::IngestPipeline(db->connection(), clock, triage)
                          .ingest(channelId, QStringLiteral("sandbox"), items);
        REQUIRE(report.ok());
        return report.value();
    }

    Core::InboxPage inbox(int limit = 50)
    {
        auto page = Storage::WorkspaceStore(db->connection()).inboxPage({}, limit);
        REQUIRE(page.ok());
        return page.value();
    }
};

} // namespace

TEST_CASE("A customer's follow-ups join their conversation and each one stays unanswered")
{
    Fixture f;
    const auto report = f.ingest(
        {item(QStringLiteral("1"), QStringLiteral("maria"),
              QStringLiteral("Me cobrasteis dos veces"), QStringLiteral("t1")),
         item(QStringLiteral("2"), QStringLiteral("maria"), QStringLiteral("¿Hola?"),
              QStringLiteral("t1"), QStringLiteral("1")),
         item(QStringLiteral("3"), QStringLiteral("maria"), QStringLiteral("Sigo esperando"))});
    CHECK(report.added == 3);
    CHECK(report.newConversations == 1);
    const auto page = f.inbox();
    REQUIRE(page.rows.size() == 1);
    CHECK(page.rows[0].unaddressedCount == 3);
    CHECK(page.rows[0].customerName == QStringLiteral("MARIA"));
    CHECK(page.rows[0].preview == QStringLiteral("Sigo esperando"));
}

TEST_CASE("A customer who writes again after the answer opens the conversation again, with its new "
          "urgency")
{
    Fixture f;
    const auto conversation = [&f] {
        QSqlQuery query(f.db->connection());
        REQUIRE(query.exec(
            QStringLiteral("SELECT status, priority, category, updated_at FROM conversations")));
        REQUIRE(query.next());
        return std::tuple{query.value(0).toString(), query.value(1).toInt(),
                          query.value(2).toString(), query.value(3).toLongLong()};
    };
    auto answer = item(QStringLiteral("2"), QStringLiteral("brand"),
                       QStringLiteral("Sorry, we are on it"), QString(), QStringLiteral("1"));
    answer.fromChannel = true;
    // All in one batch: the answer leaves it waiting on the customer, her next message reopens it.
    f.ingest({item(QStringLiteral("1"), QStringLiteral("ann"), QStringLiteral("My order is late")),
              answer,
              item(QStringLiteral("3"), QStringLiteral("ann"), QStringLiteral("Thanks"), QString(),
                   QStringLiteral("2"))});
    CHECK(std::get<0>(conversation()) == QStringLiteral("open"));

    // Answered again in one batch; in the next, an angry follow-up reopens it and raises it.
    answer.platformId = QStringLiteral("4");
    answer.inReplyToId = QStringLiteral("3");
    f.ingest({answer});
    const auto [statusBefore, priorityBefore, categoryBefore, updatedBefore] = conversation();
    CHECK(statusBefore == QStringLiteral("pending"));
    f.clock.advanceSecs(60);
    const QString angry = QStringLiteral("Still broken, this is unacceptable, I want a refund now");
    f.ingest(
        {item(QStringLiteral("5"), QStringLiteral("ann"), angry, QString(), QStringLiteral("4"))});
    const auto [status, priority, category, updated] = conversation();
    CHECK(status == QStringLiteral("open"));
    CHECK(priority > priorityBefore);
    Triage::TriageInput input;
    input.text = angry;
    CHECK(category == f.triage.triage(input).category);
    CHECK(category != categoryBefore);
    CHECK(updated > updatedBefore);
}

TEST_CASE(
    "A follow-up raises the conversation it joins, in the batch that created it and in a later one")
{
    Fixture f;
    const auto conversation = [&] {
        QSqlQuery query(f.db->connection());
        REQUIRE(query.exec(QStringLiteral(
            "SELECT priority, priority_reasons, updated_at, category FROM conversations")));
        REQUIRE(query.next());
        const auto row = std::tuple{query.value(0).toInt(), query.value(1).toByteArray(),
                                    query.value(2).toLongLong(), query.value(3).toString()};
        CHECK_FALSE(query.next());
        return row;
    };
    const auto codes = [](const QByteArray &json) {
        QStringList found;
        for (const Triage::PriorityReason &reason : Triage::reasonsFromJson(json))
            found.append(reason.code);
        return found;
    };
    // One batch: a thank-you, then the request it was about, then the same again.
    Ingest::IngestPipeline pipeline(f.db->connection(), f.clock, f.triage);
    REQUIRE(pipeline
                .ingest(f.channelId, QStringLiteral("sandbox"),
                        {item(QStringLiteral("1"), QStringLiteral("ann"),
                              QStringLiteral("hello there")),
                         item(QStringLiteral("2"), QStringLiteral("ann"),
                              QStringLiteral("my router is broken, no internet")),
                         item(QStringLiteral("3"), QStringLiteral("ann"),
                              QStringLiteral("my router is broken, please help"))})
                .ok());
    const auto [priority, reasons, updated, category] = conversation();
    Triage::TriageInput request;
    request.text = QStringLiteral("my router is broken, no internet");
    const QString requestCategory = f.triage.triage(request).category;
    CHECK(requestCategory != QStringLiteral("other"));
    CHECK(category == requestCategory); // the request's, not the greeting's
    CHECK(codes(reasons).contains(QStringLiteral("repeat")));
    int points = 0;
    for (const Triage::PriorityReason &reason : Triage::reasonsFromJson(reasons))
        points += reason.points;
    CHECK(priority == std::min(points, 100));
    CHECK(updated == f.clock.now().toMSecsSinceEpoch());

    // A later batch of the same pipeline moves it to the top of "newest" and raises it again.
    f.clock.advanceSecs(60);
    REQUIRE(pipeline
                .ingest(f.channelId, QStringLiteral("sandbox"),
                        {item(QStringLiteral("4"), QStringLiteral("ann"),
                              QStringLiteral("still broken, this is urgent"))})
                .ok());
    const auto [priorityAfter, reasonsAfter, updatedAfter, categoryAfter] = conversation();
    CHECK(updatedAfter == f.clock.now().toMSecsSinceEpoch());
    CHECK(priorityAfter > priority);
    CHECK(codes(reasonsAfter).contains(QStringLiteral("urgency")));
    CHECK(categoryAfter == requestCategory);
}

TEST_CASE("The reasons for a priority are stored as JSON whatever the customer's details hold")
{
    Fixture f;
    f.ingest(
        {item(QStringLiteral("1"), QStringLiteral("ann"), QStringLiteral("My order is late"))});
    const QString tier = QStringLiteral("Gold \"VIP\" \\ tab\there ünï");
    {
        QSqlQuery query(f.db->connection());
        query.prepare(QStringLiteral("UPDATE customers SET tier = ?"));
        query.addBindValue(tier);
        REQUIRE(query.exec());
    }
    f.ingest({item(QStringLiteral("2"), QStringLiteral("ann"),
                   QStringLiteral("Still waiting, this is urgent"))});
    QSqlQuery query(f.db->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT priority, priority_reasons, id FROM conversations")));
    REQUIRE(query.next());
    QJsonParseError error;
    const QJsonDocument reasons = QJsonDocument::fromJson(query.value(1).toByteArray(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    int points = 0;
    QStringList details;
    for (const QJsonValue reason : reasons.array()) {
        points += reason[QLatin1String("points")].toInt();
        details.append(reason[QLatin1String("detail")].toString());
    }
    CHECK(details.contains(tier));
    CHECK(std::min(points, 100) == query.value(0).toInt());
    // What the conversation view reads back says it in a sentence.
    auto shown =
        Storage::WorkspaceStore(f.db->connection()).conversation(query.value(2).toLongLong());
    REQUIRE(shown.ok());
    QStringList sentences;
    for (const Triage::PriorityReason &reason : shown.value().priorityReasons)
        sentences.append(Triage::describe(reason));
    CHECK(sentences.contains(QStringLiteral("Customer tier: ") + tier));
}

TEST_CASE("Ingested messages are found by their words and by the name their author had then")
{
    Fixture f;
    Ingest::IngestPipeline pipeline(f.db->connection(), f.clock, f.triage);
    auto first =
        item(QStringLiteral("1"), QStringLiteral("ann"), QStringLiteral("Router keeps dropping"));
    auto renamed =
        item(QStringLiteral("2"), QStringLiteral("ann"), QStringLiteral("Still dropping"));
    renamed.author.displayName = QStringLiteral("Annabel Lee");
    REQUIRE(pipeline.ingest(f.channelId, QStringLiteral("sandbox"), {first, renamed}).ok());
    Storage::WorkspaceStore store(f.db->connection());
    const auto found = [&store](const QString &query) {
        auto hits = store.search(query, 10);
        REQUIRE(hits.ok());
        QStringList texts;
        for (const auto &hit : hits.value())
            texts.append(hit.text);
        texts.sort();
        return texts;
    };
    CHECK(found(QStringLiteral("dropping")) ==
          QStringList{QStringLiteral("Router keeps dropping"), QStringLiteral("Still dropping")});
    CHECK(found(QStringLiteral("ann")).size() == 2); // the handle stayed the same
    CHECK(found(QStringLiteral("annabel")) == QStringList{QStringLiteral("Still dropping")});
}

TEST_CASE("Different customers get different conversations")
{
    Fixture f;
    f.ingest(
        {item(QStringLiteral("1"), QStringLiteral("a"), QStringLiteral("My bill is wrong")),
         item(QStringLiteral("2"), QStringLiteral("b"), QStringLiteral("No signal downtown"))});
    CHECK(f.inbox().rows.size() == 2);
}

TEST_CASE("Ingesting the same batch twice records nothing twice")
{
    Fixture f;
    const QList<Sdk::InboundItem> batch{
        item(QStringLiteral("1"), QStringLiteral("a"), QStringLiteral("Hello")),
        item(QStringLiteral("2"), QStringLiteral("b"), QStringLiteral("Hi"))};
    f.ingest(batch);
    const auto again = f.ingest(batch);
    CHECK(again.added == 0);
    CHECK(again.duplicates == 2);
    CHECK(f.inbox().rows.size() == 2);
}

TEST_CASE(
    "The same text from the same author within a day is noise, whichever window stored the first")
{
    Fixture f;
    const QString spam = QStringLiteral("Buy 10k followers now at cheap-followers.example");
    f.ingest({item(QStringLiteral("1"), QStringLiteral("bob"), spam)});
    // Each ingest() is a new pipeline: what it knows of bob comes from the workspace.
    auto again = item(QStringLiteral("2"), QStringLiteral("bob"), spam);
    again.createdAt = again.createdAt.addSecs(3600);
    CHECK(f.ingest({again}).noise == 1);
    auto otherAuthor = item(QStringLiteral("3"), QStringLiteral("eve"), spam);
    CHECK(f.ingest({otherAuthor}).added == 1);
    auto nextDay = item(QStringLiteral("4"), QStringLiteral("bob"), spam);
    nextDay.createdAt = nextDay.createdAt.addSecs(2 * 24 * 3600);
    CHECK(f.ingest({nextDay}).added == 1);
    auto otherText = item(QStringLiteral("5"), QStringLiteral("bob"), spam + QStringLiteral("!"));
    otherText.createdAt = again.createdAt;
    CHECK(f.ingest({otherText}).added == 1);

    QSqlQuery query(f.db->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT platform_id, reason FROM noise")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("2"));
    CHECK(query.value(1).toString() == QStringLiteral("duplicate"));
    CHECK_FALSE(query.next());

    // The check reads the author's conversations, never all messages: a large workspace
    // imports as fast as a small one.
    REQUIRE(query.exec(
        QStringLiteral("EXPLAIN QUERY PLAN SELECT 1 FROM conversations c JOIN messages m"
                       " ON m.conversation_id = c.id WHERE c.customer_id = 1 AND m.identity_id = 1"
                       " AND m.created_at >= 0 AND m.created_at <= 1 AND m.text = 'x' LIMIT 1")));
    QStringList plan;
    while (query.next())
        plan.append(query.value(3).toString());
    CAPTURE(plan);
    CHECK(plan.join(u'|').contains(QStringLiteral("conversations_customer")));
    CHECK(plan.join(u'|').contains(QStringLiteral("messages_conversation")));
}

TEST_CASE("Reposts are counted as noise and never become work")
{
    Fixture f;
    auto repost =
        item(QStringLiteral("9"), QStringLiteral("c"), QStringLiteral("RT @brand: new plans!"));
    repost.isRepost = true;
    const auto report = f.ingest({repost});
    CHECK(report.noise == 1);
    CHECK(f.inbox().rows.isEmpty());
}

TEST_CASE("The inbox pages in priority and SLA order without skipping or repeating")
{
    Fixture f;
    QList<Sdk::InboundItem> items;
    for (int i = 0; i < 25; ++i) {
        auto next = item(QString::number(i), QStringLiteral("user%1").arg(i),
                         QStringLiteral("message %1").arg(i));
        next.createdAt = next.createdAt.addSecs(60 * ((i * 7) % 25)); // arrival order scrambled
        items.append(next);
    }
    f.ingest(items);
    Storage::WorkspaceStore store(f.db->connection());
    QList<qint64> seen;
    QDateTime lastDue;
    Core::InboxCursor cursor;
    for (int pages = 0; pages < 10; ++pages) {
        auto page = store.inboxPage(cursor, 10);
        REQUIRE(page.ok());
        for (const auto &row : page.value().rows) {
            CHECK_FALSE(seen.contains(row.conversationId));
            if (lastDue.isValid())
                CHECK(lastDue <= row.slaDue); // the reply due first is shown first
            lastDue = row.slaDue;
            seen.append(row.conversationId);
        }
        if (!page.value().hasMore)
            break;
        cursor = page.value().next;
    }
    CHECK(seen.size() == 25);
}

TEST_CASE("A failing batch is stored completely or not at all")
{
    Fixture f;
    f.ingest({item(QStringLiteral("1"), QStringLiteral("a"), QStringLiteral("First"))});
    // Make the next insert fail halfway through a batch.
    QSqlQuery query(f.db->connection());
    REQUIRE(query.exec(
        QStringLiteral("CREATE TRIGGER no_third BEFORE INSERT ON messages"
                       " WHEN NEW.platform_id = '3' BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    Ingest::IngestPipeline pipeline(f.db->connection(), f.clock, f.triage);
    const QList<Sdk::InboundItem> batch{
        item(QStringLiteral("2"), QStringLiteral("b"), QStringLiteral("Second")),
        item(QStringLiteral("3"), QStringLiteral("c"), QStringLiteral("Third"))};
    auto report = pipeline.ingest(f.channelId, QStringLiteral("sandbox"), batch);
    REQUIRE_FALSE(report.ok());
    CHECK_FALSE(report.error().userMessage.isEmpty());
    CHECK(report.error().detail.contains(QStringLiteral("disk full")));
    CHECK(f.inbox().rows.size() == 1); // "Second" was rolled back with "Third"
    auto integrity = query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next();
    REQUIRE(integrity);
    CHECK(query.value(0).toString() == QStringLiteral("ok"));

    // Once the disk has room again, the same pipeline takes the whole batch.
    REQUIRE(query.exec(QStringLiteral("DROP TRIGGER no_third")));
    report = pipeline.ingest(f.channelId, QStringLiteral("sandbox"), batch);
    REQUIRE(report.ok());
    CHECK(report.value().added == 2);
    CHECK(f.inbox().rows.size() == 3);
}

TEST_CASE("A conversation shows its messages in order with the customer's profile and history")
{
    Fixture f;
    auto dm = item(QStringLiteral("2"), QStringLiteral("jonas"),
                   QStringLiteral("Mein Handy lädt nicht mehr."), QStringLiteral("t"),
                   QStringLiteral("1"), Sdk::ItemKind::DirectMessage);
    dm.createdAt = dm.createdAt.addSecs(120);
    dm.author.followers = 312;
    f.ingest(
        {item(QStringLiteral("1"), QStringLiteral("jonas"),
              QStringLiteral("Hallo, ich habe ein Problem mit meinem Handy."), QStringLiteral("t")),
         dm});
    const auto page = f.inbox();
    REQUIRE(page.rows.size() == 1);
    auto detail =
        Storage::WorkspaceStore(f.db->connection()).conversation(page.rows[0].conversationId);
    REQUIRE(detail.ok());
    REQUIRE(detail.value().messages.size() == 2);
    CHECK(detail.value().messages[0].visibility == Core::Visibility::Public);
    CHECK(detail.value().messages[1].visibility == Core::Visibility::Private);
    CHECK(detail.value().messages[1].text == QStringLiteral("Mein Handy lädt nicht mehr."));
    CHECK(detail.value().customer.followers == 312);
    CHECK(detail.value().customer.language == QStringLiteral("de"));
    CHECK(detail.value().customer.conversations.size() == 1);
}

TEST_CASE("A pipeline that lives across batches sees what another connection changed in between")
{
    Fixture f;
    Ingest::IngestPipeline pipeline(f.db->connection(), f.clock, f.triage);
    REQUIRE(pipeline
                .ingest(f.channelId, QStringLiteral("sandbox"),
                        {item(QStringLiteral("1"), QStringLiteral("ann"),
                              QStringLiteral("My order is late"))})
                .ok());
    REQUIRE(f.inbox().rows.size() == 1);

    // An agent in another window resolves the conversation.
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-window"));
        other.setDatabaseName(f.dir.file(QStringLiteral("workspace.sqlite")));
        REQUIRE(other.open());
        QSqlQuery query(other);
        REQUIRE(query.exec(QStringLiteral("UPDATE conversations SET status = 'resolved'")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-window"));

    // Ann writes again: a new conversation, not the resolved one the pipeline saw before.
    auto report = pipeline.ingest(
        f.channelId, QStringLiteral("sandbox"),
        {item(QStringLiteral("2"), QStringLiteral("ann"), QStringLiteral("Another problem now"))});
    REQUIRE(report.ok());
    CHECK(report.value().newConversations == 1);
    const auto page = f.inbox();
    REQUIRE(page.rows.size() == 1);
    CHECK(page.rows[0].preview == QStringLiteral("Another problem now"));
}

TEST_CASE("A backlog brought into a new channel records nothing twice, nor what another window "
          "stored meanwhile")
{
    Fixture f;
    Ingest::IngestPipeline pipeline(f.db->connection(), f.clock, f.triage);
    const auto ingest = [&](const QList<Sdk::InboundItem> &items) {
        auto report = pipeline.ingest(f.channelId, QStringLiteral("sandbox"), items);
        REQUIRE(report.ok());
        return report.value();
    };
    auto message =
        item(QStringLiteral("1"), QStringLiteral("ann"), QStringLiteral("My order is late"));
    auto repost =
        item(QStringLiteral("2"), QStringLiteral("bob"), QStringLiteral("RT @brand: new plans!"));
    repost.isRepost = true;

    const auto first = ingest({message, repost, message, repost});
    CHECK(first.added == 1);
    CHECK(first.noise == 1);
    CHECK(first.duplicates == 2);

    const auto second =
        ingest({repost, message,
                item(QStringLiteral("3"), QStringLiteral("cy"), QStringLiteral("Refund please"))});
    CHECK(second.added == 1);
    CHECK(second.duplicates == 2);

    // Another window stores a message of the same channel; the backlog then brings it too.
    {
        auto other = Storage::Database::open(f.dir.file(QStringLiteral("workspace.sqlite")));
        REQUIRE(other.ok());
        auto stored = Ingest::IngestPipeline(other.value()->connection(), f.clock, f.triage)
                          .ingest(f.channelId, QStringLiteral("sandbox"),
                                  {item(QStringLiteral("4"), QStringLiteral("dee"),
                                        QStringLiteral("Where is my parcel?"))});
        REQUIRE(stored.ok());
    }
    const auto third = ingest(
        {item(QStringLiteral("4"), QStringLiteral("dee"), QStringLiteral("Where is my parcel?"))});
    CHECK(third.added == 0);
    CHECK(third.duplicates == 1);
    CHECK(f.inbox().rows.size() == 3);
}
