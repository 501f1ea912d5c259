#include <protocol/ApiError.h>
#include <protocol/ChangeRecord.h>

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
