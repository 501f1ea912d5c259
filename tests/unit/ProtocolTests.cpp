#include <protocol/ApiError.h>
#include <protocol/ChangeRecord.h>
#include <protocol/ConversationWire.h>
#include <protocol/LiveFeed.h>
#include <protocol/MessageWire.h>

#include "support/CatchQt.h"

#include <QJsonDocument>

using namespace CareDesk::Protocol;

TEST_CASE("A change feed survives the trip through JSON unchanged")
{
    ChangeFeed feed;
    feed.rev = 7;
    feed.changes.append({6, QStringLiteral("assignment"), QStringLiteral("42"),
                         ChangeRecord::Op::Upsert,
                         QJsonObject{{QStringLiteral("agent"), QStringLiteral("lena")}}});
    feed.changes.append(
        {7, QStringLiteral("note"), QStringLiteral("9"), ChangeRecord::Op::Remove, {}});
    const QByteArray wire = QJsonDocument(feed.toJson()).toJson();
    const auto decoded = ChangeFeed::fromJson(QJsonDocument::fromJson(wire).object());
    REQUIRE(decoded.has_value());
    CHECK(decoded->rev == 7);
    REQUIRE(decoded->changes.size() == 2);
    CHECK(decoded->changes[0] == feed.changes[0]);
    CHECK(decoded->changes[1] == feed.changes[1]);
}

TEST_CASE("Malformed change records are rejected, not half-read")
{
    CHECK_FALSE(ChangeRecord::fromJson(QJsonObject{{QStringLiteral("rev"), 1}}).has_value());
    CHECK_FALSE(
        ChangeRecord::fromJson(
            QJsonDocument::fromJson(R"({"rev":"1","entity":"x","id":"1","op":"upsert"})").object())
            .has_value());
    CHECK_FALSE(
        ChangeRecord::fromJson(
            QJsonDocument::fromJson(R"({"rev":3,"entity":"x","id":"1","op":"explode"})").object())
            .has_value());
    // A revision is a whole number: a record with any other is not read as revision 0.
    CHECK_FALSE(ChangeRecord::fromJson(
                    QJsonDocument::fromJson(R"({"rev":1e212,"entity":"x","id":"1","op":"upsert"})")
                        .object())
                    .has_value());
    CHECK_FALSE(
        ChangeRecord::fromJson(
            QJsonDocument::fromJson(R"({"rev":2.5,"entity":"x","id":"1","op":"upsert"})").object())
            .has_value());
    // A record newer than the feed's own revision is a broken feed.
    CHECK_FALSE(ChangeFeed::fromJson(
                    QJsonDocument::fromJson(
                        R"({"rev":2,"changes":[{"rev":3,"entity":"x","id":"1","op":"upsert"}]})")
                        .object())
                    .has_value());
}

TEST_CASE("API errors have one shape everywhere")
{
    const QByteArray body =
        ApiError{QStringLiteral("conflict"), QStringLiteral("Held by Lena")}.toBody();
    CHECK(body == R"({"error":{"code":"conflict","message":"Held by Lena"}})");
    const ApiError back = ApiError::fromBody(body);
    CHECK(back.code == QStringLiteral("conflict"));
    CHECK(ApiError::fromBody("<html>proxy error</html>").code == QStringLiteral("bad_response"));
}

TEST_CASE("A conversation and a message read back from the wire as the server wrote them")
{
    ConversationWire sent;
    sent.id = 41;
    sent.teamId = 2;
    sent.channel = QStringLiteral("AcmeHelp");
    sent.platform = QStringLiteral("twitter");
    sent.customerName = QStringLiteral("Jane Doe");
    sent.customerHandle = QStringLiteral("jane");
    sent.customerFollowers = 1840;
    sent.language = QStringLiteral("es");
    sent.category = QStringLiteral("service");
    sent.actionable = true;
    sent.priority = 78;
    sent.status = QStringLiteral("open");
    sent.slaDueMs = 1793610000123;
    sent.createdAtMs = 1793606400000;
    sent.assigneeId = 7;
    sent.assigneeName = QStringLiteral("Ana");
    sent.assignedSinceMs = 1793607000000;
    sent.rev = 12;
    const QJsonObject json = sent.toJson();
    // The keys as the API documents them.
    CHECK(json.value(QLatin1String("slaDue")).toString() ==
          QStringLiteral("2026-11-02T09:00:00.123Z"));
    CHECK(json.value(QLatin1String("customer"))
              .toObject()
              .value(QLatin1String("handle"))
              .toString() == QStringLiteral("jane"));
    CHECK(json.value(QLatin1String("lastActivityAt")).isNull()); // none: null, not a date
    const auto read = ConversationWire::fromJson(json);
    CHECK(read.slaDueMs == sent.slaDueMs);
    CHECK(read.assigneeName == QStringLiteral("Ana"));
    CHECK(read.assignedSinceMs == sent.assignedSinceMs);
    CHECK(read.customerFollowers == 1840);
    CHECK(read.lastActivityAtMs == 0);

    // In the queue: no holder at all, so the desk shows nobody.
    sent.assigneeId = 0;
    const auto queued = ConversationWire::fromJson(sent.toJson());
    CHECK(queued.assigneeId == 0);
    CHECK(queued.assigneeName.isNull());

    MessageWire message;
    message.id = 90;
    message.conversationId = 41;
    message.direction = QStringLiteral("outbound");
    message.authorName = QStringLiteral("Ana");
    message.text = QStringLiteral("¿Nos escribes por DM?");
    message.createdAtMs = 1793606400000;
    message.agentId = 7;
    const auto back = MessageWire::fromJson(message.toJson());
    CHECK(back.text == message.text);
    CHECK(back.authorName == QStringLiteral("Ana"));
    CHECK(back.createdAtMs == message.createdAtMs);
    CHECK(back.agentId == 7);
}

TEST_CASE("The live feed's messages read back as the desk and the server wrote them")
{
    DeskMessage hello;
    hello.type = DeskMessage::Type::Hello;
    hello.token = QStringLiteral("s3cret");
    hello.since = 41;
    const DeskMessage heard = DeskMessage::fromText(hello.toText());
    CHECK(heard.type == DeskMessage::Type::Hello);
    CHECK(heard.token == QStringLiteral("s3cret"));
    CHECK(heard.since == 41);

    DeskMessage typing;
    typing.type = DeskMessage::Type::Typing;
    typing.conversationId = 12;
    CHECK(typing.toText() == QStringLiteral(R"({"conversationId":12,"type":"typing"})"));
    CHECK(DeskMessage::fromText(typing.toText()).conversationId == 12);

    const Activity activity{QStringLiteral("viewing"), 12, 3, 7, QStringLiteral("Ana")};
    const FeedMessage relayed = FeedMessage::fromText(
        QString::fromUtf8(QJsonDocument(activity.toJson()).toJson(QJsonDocument::Compact)));
    REQUIRE(relayed.type == FeedMessage::Type::Activity);
    CHECK(relayed.activity.agentName == QStringLiteral("Ana"));
    CHECK(relayed.activity.conversationId == 12);
    CHECK(relayed.activity.teamId == 3);

    const FeedMessage changes = FeedMessage::fromText(QStringLiteral(
        R"({"type":"changes","changes":[{"rev":5,"entity":"note","id":"9","op":"remove"},{"rev":"x"}]})"));
    REQUIRE(changes.type == FeedMessage::Type::Changes);
    REQUIRE(changes.changes.size() == 1); // the malformed record is left out
    CHECK(changes.changes[0].rev == 5);
    const FeedMessage error = FeedMessage::fromText(
        QStringLiteral(R"({"type":"error","error":{"code":"unauthorized","message":"Again"}})"));
    CHECK(error.type == FeedMessage::Type::Error);
    CHECK(error.errorCode == QStringLiteral("unauthorized"));
}

TEST_CASE("What a desk says that is not a well-formed message is named, not half-read")
{
    CHECK(DeskMessage::fromText(QStringLiteral("[1]")).type == DeskMessage::Type::NotAnObject);
    CHECK(DeskMessage::fromText(QStringLiteral(R"({"type":"hello"})")).type ==
          DeskMessage::Type::BadHello);
    CHECK(
        DeskMessage::fromText(QStringLiteral(R"({"type":"hello","token":"t","since":"4"})")).type ==
        DeskMessage::Type::BadHello);
    CHECK(DeskMessage::fromText(QStringLiteral(R"({"type":"dance"})")).type ==
          DeskMessage::Type::Unknown);
    // A revision beyond any there can be, or below zero, is the nearest one there is.
    CHECK(DeskMessage::fromText(QStringLiteral(R"({"type":"hello","token":"t","since":1e300})"))
              .since == std::numeric_limits<qint64>::max());
    CHECK(
        DeskMessage::fromText(QStringLiteral(R"({"type":"hello","token":"t","since":-3})")).since ==
        0);
    // Viewing something that is not a conversation's id names no conversation.
    CHECK(DeskMessage::fromText(QStringLiteral(R"({"type":"viewing","conversationId":"12"})"))
              .conversationId == 0);
    CHECK(DeskMessage::fromText(QStringLiteral(R"({"type":"typing","conversationId":1.5})"))
              .conversationId == 0);
}
