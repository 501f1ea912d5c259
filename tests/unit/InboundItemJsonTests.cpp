#include "ingest/InboundItemJson.h"
#include "support/TestSupport.h"

#include <QJsonDocument>

using namespace CareDesk;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

TEST_CASE("An inbound item in the shared JSON shape is read completely and written back the same")
{
    const QJsonObject json = parse(R"({"platform":"twitter","channel":"AcmeHelp","id":"1850000000000000001",
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
    CHECK(item.createdAt == QDateTime::fromString(QStringLiteral("2026-11-22T10:00:00Z"), Qt::ISODate));
    CHECK(item.text == QStringLiteral("My router died 😡"));

    auto again = Ingest::inboundFromJson(Ingest::inboundToJson(envelope.value()), Ingest::Requirement::Complete);
    REQUIRE(again.ok());
    CHECK(again.value().item.text == item.text);
    CHECK(again.value().item.threadId == item.threadId);
    CHECK(again.value().item.createdAt == item.createdAt);
}

TEST_CASE("A private item is a direct message, only text is needed for triage")
{
    auto dm = Ingest::inboundFromJson(parse(R"({"text":"hola","visibility":"private"})"), Ingest::Requirement::TextOnly);
    REQUIRE(dm.ok());
    CHECK(dm.value().item.kind == Sdk::ItemKind::DirectMessage);
    CHECK_FALSE(Ingest::inboundFromJson(parse(R"({"text":"hola"})"), Ingest::Requirement::Complete).ok());
}

TEST_CASE("Wrong types are errors that name the field")
{
    const auto error = [](const char *json) {
        auto result = Ingest::inboundFromJson(parse(json), Ingest::Requirement::TextOnly);
        return result.ok() ? QString() : result.error().detail;
    };
    CHECK(error(R"({"id":"1"})") == QStringLiteral("text"));
    CHECK(error(R"({"text":"x","author":{"followers":"many"}})") == QStringLiteral("author.followers"));
    CHECK(error(R"({"text":"x","visibility":"secret"})") == QStringLiteral("visibility"));
    CHECK(error(R"({"text":"x","createdAt":"yesterday"})") == QStringLiteral("createdAt"));
    CHECK(error(R"({"text":"x","author":[]})") == QStringLiteral("author"));
}
