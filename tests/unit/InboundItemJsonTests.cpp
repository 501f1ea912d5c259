#include "ingest/InboundItemJson.h"
#include "support/TestSupport.h"

#include <QJsonDocument>

#include <optional>

using namespace CareDesk;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

TEST_CASE("An inbound item in the shared JSON shape is read completely and written back the same")
{
    const QJsonObject json =
        parse(R"({"platform":"twitter","channel":"AcmeHelp","id":"1850000000000000001",
        "inReplyTo":"1850000000000000000","threadId":"1849999999999999999","visibility":"public",
        "author":{"id":"42","handle":"jane","name":"Jane","followers":120,"verified":false},
        "createdAt":"2026-11-22T10:00:00Z","text":"My router died 😡","lang":"en","somethingNew":true})");
    auto envelope = Ingest::inboundFromJson(json, Ingest::Requirement::Complete);
    REQUIRE(envelope.ok());
    const Sdk::InboundItem &item = envelope.value().item;
    CHECK(envelope.value().channel == QStringLiteral("AcmeHelp"));
    CHECK(item.platformId == QStringLiteral("1850000000000000001"));
    CHECK(item.inReplyToId == QStringLiteral("1850000000000000000"));
    CHECK(item.kind == Sdk::ItemKind::Mention);
    CHECK(item.author.followers == 120);
    CHECK(item.createdAt ==
          QDateTime::fromString(QStringLiteral("2026-11-22T10:00:00Z"), Qt::ISODate));
    CHECK(item.text == QStringLiteral("My router died 😡"));

    auto again = Ingest::inboundFromJson(Ingest::inboundToJson(envelope.value()),
                                         Ingest::Requirement::Complete);
    REQUIRE(again.ok());
    CHECK(again.value().item.text == item.text);
    CHECK(again.value().item.threadId == item.threadId);
    CHECK(again.value().item.createdAt == item.createdAt);
}

TEST_CASE("A private item is a direct message, only text is needed for triage")
{
    auto dm = Ingest::inboundFromJson(parse(R"({"text":"hola","visibility":"private"})"),
                                      Ingest::Requirement::TextOnly);
    REQUIRE(dm.ok());
    CHECK(dm.value().item.kind == Sdk::ItemKind::DirectMessage);
    CHECK_FALSE(
        Ingest::inboundFromJson(parse(R"({"text":"hola"})"), Ingest::Requirement::Complete).ok());
}

TEST_CASE("Wrong types are errors that name the field")
{
    const auto error = [](const char *json) {
        auto result = Ingest::inboundFromJson(parse(json), Ingest::Requirement::TextOnly);
        return result.ok() ? QString() : result.error().detail;
    };
    CHECK(error(R"({"id":"1"})") == QStringLiteral("text"));
    CHECK(error(R"({"text":"x","author":{"followers":"many"}})") ==
          QStringLiteral("author.followers"));
    CHECK(error(R"({"text":"x","visibility":"secret"})") == QStringLiteral("visibility"));
    CHECK(error(R"({"text":"x","createdAt":"yesterday"})") == QStringLiteral("createdAt"));
    CHECK(error(R"({"text":"x","author":[]})") == QStringLiteral("author"));
}

TEST_CASE("A line that is not a JSON object in UTF-8 is an error that names no field")
{
    const auto error = [](QByteArrayView line) {
        auto result = Ingest::inboundFromJson(line, Ingest::Requirement::TextOnly);
        return result.ok() ? std::optional<Core::Error>()
                           : std::optional<Core::Error>(result.error());
    };
    const QByteArray invalidUtf8 =
        QByteArray(R"({"text":"caf)") + char(0xC3) + char(0x28) + R"("})";
    const QByteArray overlong = QByteArray(R"({"text":")") + char(0xC0) + char(0xAF) + R"("})";
    for (const QByteArray &line :
         {invalidUtf8, overlong, QByteArray(R"({"text":"x")"), QByteArray(R"(["text"])"),
          QByteArray(R"("text")"), QByteArray(), QByteArray(R"({"text":"\uD800"})")}) {
        const auto found = error(line);
        INFO(line.toStdString());
        REQUIRE(found);
        CHECK(found->detail.isEmpty());
        CHECK(found->userMessage == QStringLiteral("not a JSON object in UTF-8"));
    }
}

TEST_CASE("Ids may be whole numbers, counts are kept whole, and strings keep every character")
{
    auto item = Ingest::inboundFromJson(
        QByteArrayView(
            R"({"id":1850000000000000001,"text":"n\u00e3o \"d\" \\ 😡\ttab","inReplyTo":42.0,)"
            R"("author":{"id":18446744073709551615,"followers":12.7,"verified":true},"repost":true})"),
        Ingest::Requirement::TextOnly);
    REQUIRE(item.ok());
    CHECK(item.value().item.platformId == QStringLiteral("1850000000000000001"));
    CHECK(item.value().item.inReplyToId == QStringLiteral("42"));
    CHECK(item.value().item.author.platformUserId == QStringLiteral("18446744073709551615"));
    CHECK(item.value().item.author.followers == 12);
    CHECK(item.value().item.author.verified);
    CHECK(item.value().item.isRepost);
    CHECK(item.value().item.text == QStringLiteral("não \"d\" \\ 😡\ttab"));

    const auto error = [](const char *json) {
        auto result = Ingest::inboundFromJson(QByteArrayView(json), Ingest::Requirement::TextOnly);
        return result.ok() ? QString() : result.error().detail;
    };
    CHECK(error(R"({"text":"x","id":1.5})") == QStringLiteral("id"));
    CHECK(error(R"({"text":"x","id":true})") == QStringLiteral("id"));
    CHECK(error(R"({"text":"x","author":{"followers":-1}})") == QStringLiteral("author.followers"));
    CHECK(error(R"({"text":"x","repost":"yes"})") == QStringLiteral("repost"));
    CHECK(error(R"({"text":null})") == QStringLiteral("text"));
    CHECK(error(R"({"text":"x","createdAt":20261122})") == QStringLiteral("createdAt"));
    // Absent and null mean the same; unknown fields of any shape are ignored.
    CHECK(
        error(R"({"text":"x","id":null,"author":null,"extra":{"deep":[1,{"a":null}]}})").isEmpty());
}
