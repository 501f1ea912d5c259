// The translation services a team can choose besides Apertium, against local stand-ins that
// answer as LibreTranslate and DeepL do: their request shapes, their answers and their errors.

#include "ingest/IngestPipeline.h"
#include "net/HttpTransport.h"
#include "storage/Database.h"
#include "storage/TranslationStore.h"
#include "storage/WorkspaceStore.h"
#include "support/FakeClock.h"
#include "support/FakePlatformServer.h"
#include "support/TestSupport.h"
#include "translation/GuardedTranslation.h"
#include "translation/ProviderConfig.h"
#include "triage/PiiScanner.h"
#include "triage/TriageEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace CareDesk;
using Testing::FakePlatformServer;
using Translation::DeepLTranslator;
using Translation::LibreTranslateTranslator;

namespace {

QJsonObject bodyOf(const FakePlatformServer::Request &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

struct Http
{
    Net::HttpTransport transport;
    Translation::HttpSend send()
    {
        return [this](const Sdk::HttpRequest &request) { return transport.run(request); };
    }
};

// A stand-in that answers every /translate with `status` and `body`.
FakePlatformServer::Handler answering(int status, const QByteArray &body,
                                      QList<QPair<QByteArray, QByteArray>> headers = {})
{
    return [=](const FakePlatformServer::Request &) {
        auto response = FakePlatformServer::json(status, body);
        response.headers.append(headers);
        return response;
    };
}

} // namespace

TEST_CASE("LibreTranslate: a team's own server translates, lists its languages and detects")
{
    FakePlatformServer server([](const FakePlatformServer::Request &request) {
        if (request.path == u"/lt/translate")
            return FakePlatformServer::json(200, R"({"translatedText":"Hello, my order is late"})");
        if (request.path == u"/lt/languages")
            return FakePlatformServer::json(
                200, R"([{"code":"en","name":"English","targets":["en","es"]},)"
                     R"({"code":"es","name":"Spanish","targets":["en","es"]}])");
        if (request.path == u"/lt/detect")
            return FakePlatformServer::json(200, R"([{"confidence":92.0,"language":"es"}])");
        return FakePlatformServer::json(404, R"({"error":"Not Found"})");
    });
    Http http;
    const LibreTranslateTranslator withKey(QUrl(server.baseUrl() + QStringLiteral("/lt")),
                                           QStringLiteral("team-key"), http.send());
    CHECK_FALSE(withKey.staysOnDevice());
    auto translated = withKey.translate(QStringLiteral("Hola, mi pedido llega tarde"),
                                        QStringLiteral("es"), QStringLiteral("en"));
    REQUIRE(translated);
    CHECK(translated.value().text == QStringLiteral("Hello, my order is late"));
    CHECK(translated.value().provider == QStringLiteral("libretranslate"));
    const QJsonObject sent = bodyOf(server.requests().first());
    CHECK(server.requests().first().method == "POST");
    CHECK(sent.value(QLatin1String("q")).toString() ==
          QStringLiteral("Hola, mi pedido llega tarde"));
    CHECK(sent.value(QLatin1String("source")).toString() == QStringLiteral("es"));
    CHECK(sent.value(QLatin1String("target")).toString() == QStringLiteral("en"));
    CHECK(sent.value(QLatin1String("format")).toString() == QStringLiteral("text"));
    CHECK(sent.value(QLatin1String("api_key")).toString() == QStringLiteral("team-key"));

    CHECK(withKey.directions() == QStringList{QStringLiteral("en-es"), QStringLiteral("es-en")});
    auto detected = withKey.detect(QStringLiteral("Hola, mi pedido llega tarde"));
    REQUIRE(detected);
    CHECK(detected.value() == QStringLiteral("es"));

    // The key is optional: without one, none is sent.
    const LibreTranslateTranslator open(QUrl(server.baseUrl() + QStringLiteral("/lt/")), QString(),
                                        http.send());
    REQUIRE(open.translate(QStringLiteral("Hola"), QStringLiteral("es"), QStringLiteral("en")));
    CHECK_FALSE(bodyOf(server.requests().last()).contains(QLatin1String("api_key")));
}

TEST_CASE("LibreTranslate's refusals reach the agent as what to do")
{
    Http http;
    const auto errorFrom = [&](FakePlatformServer::Handler handler, int timeoutMs = 20000) {
        FakePlatformServer server(std::move(handler));
        LibreTranslateTranslator translator(QUrl(server.baseUrl()), QStringLiteral("k"),
                                            http.send());
        translator.setTimeoutMs(timeoutMs);
        auto translated = translator.translate(QStringLiteral("Hola"), QStringLiteral("es"),
                                               QStringLiteral("en"));
        REQUIRE_FALSE(translated);
        return translated.error();
    };
    const auto badKey = errorFrom(answering(403, R"({"error":"Invalid API key"})"));
    CHECK(badKey.userMessage.contains(QStringLiteral("API key")));
    CHECK(badKey.detail.contains(QStringLiteral("Invalid API key")));
    const auto busy = errorFrom(answering(429, R"({"error":"Too many request limits violation"})",
                                          {{"retry-after", "30"}}));
    CHECK(busy.userMessage.contains(QStringLiteral("too many requests")));
    CHECK(busy.userMessage.contains(QStringLiteral("30 s")));
    const auto tooLong = errorFrom(answering(
        400, R"json({"error":"Invalid request: request (6000) exceeds text limit (5000)"})json"));
    CHECK(tooLong.userMessage.contains(QStringLiteral("exceeds text limit")));
    const auto broken = errorFrom(answering(500, R"({"error":"Cannot translate text"})"));
    CHECK(broken.userMessage.contains(QStringLiteral("try again later")));
    const auto silent = errorFrom(
        [](const FakePlatformServer::Request &) {
            auto response = FakePlatformServer::json(200, R"({"translatedText":"late"})");
            response.delayMs = 3000;
            return response;
        },
        300);
    CHECK(silent.userMessage.contains(QStringLiteral("did not answer")));
    const auto garbled = errorFrom(answering(200, "<html>proxy login</html>"));
    CHECK(garbled.userMessage.contains(QStringLiteral("could not be read")));
}

TEST_CASE("A text too long for a service is refused before anything is sent")
{
    FakePlatformServer server(answering(200, R"({"translatedText":"x"})"));
    Http http;
    const LibreTranslateTranslator translator(QUrl(server.baseUrl()), QString(), http.send());
    auto refused =
        translator.translate(QString(6000, u'a'), QStringLiteral("es"), QStringLiteral("en"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().userMessage.contains(QStringLiteral("too long")));
    CHECK(server.requests().isEmpty());
}

TEST_CASE("DeepL: the key in its header, its language names, and its quota")
{
    FakePlatformServer server([](const FakePlatformServer::Request &request) {
        if (request.path == u"/v2/translate")
            return FakePlatformServer::json(
                200,
                R"({"translations":[{"detected_source_language":"ES","text":"Where is my order?"}]})");
        if (request.query.queryItemValue(QStringLiteral("type")) == u"source")
            return FakePlatformServer::json(200, R"([{"language":"ES","name":"Spanish"}])");
        return FakePlatformServer::json(
            200,
            R"json([{"language":"EN-US","name":"English (American)","supports_formality":false}])json");
    });
    Http http;
    const DeepLTranslator deepl(QUrl(server.baseUrl()), QStringLiteral("abc:fx"), http.send());
    auto translated = deepl.translate(QStringLiteral("¿Dónde está mi pedido?"),
                                      QStringLiteral("es"), QStringLiteral("en"));
    REQUIRE(translated);
    CHECK(translated.value().text == QStringLiteral("Where is my order?"));
    CHECK(translated.value().provider == QStringLiteral("deepl"));
    const auto request = server.requests().first();
    CHECK(request.headers.value("authorization") == "DeepL-Auth-Key abc:fx");
    const QJsonObject sent = bodyOf(request);
    CHECK(sent.value(QLatin1String("text")).toArray() ==
          QJsonArray{QStringLiteral("¿Dónde está mi pedido?")});
    CHECK(sent.value(QLatin1String("target_lang")).toString() == QStringLiteral("EN-US"));
    CHECK(sent.value(QLatin1String("source_lang")).toString() == QStringLiteral("ES"));
    CHECK(deepl.directions() == QStringList{QStringLiteral("es-en")});

    CHECK(DeepLTranslator::defaultBaseUrl(QStringLiteral("abc:fx")).host() ==
          QStringLiteral("api-free.deepl.com"));
    CHECK(DeepLTranslator::defaultBaseUrl(QStringLiteral("abc")).host() ==
          QStringLiteral("api.deepl.com"));

    const auto errorFrom = [&](int status, const QByteArray &body) {
        FakePlatformServer failing(answering(status, body));
        const DeepLTranslator translator(QUrl(failing.baseUrl()), QStringLiteral("k"), http.send());
        auto refused = translator.translate(QStringLiteral("Hola"), QStringLiteral("es"),
                                            QStringLiteral("en"));
        REQUIRE_FALSE(refused);
        return refused.error().userMessage;
    };
    CHECK(errorFrom(456, R"({"message":"Quota Exceeded"})").contains(QStringLiteral("quota")));
    CHECK(errorFrom(403, R"({"message":"Wrong endpoint"})").contains(QStringLiteral("API key")));
    CHECK(errorFrom(429, R"({"message":"Too many requests"})")
              .contains(QStringLiteral("too many requests")));
    CHECK(errorFrom(413, R"({"message":"Request Entity Too Large"})")
              .contains(QStringLiteral("too long")));
}

TEST_CASE("Personal data never reaches a service off this computer, and comes back in place")
{
    QByteArray seen;
    FakePlatformServer server([&seen](const FakePlatformServer::Request &request) {
        seen = request.body;
        // Translates by echoing, and puts a space inside one placeholder as services do.
        QString text = bodyOf(request).value(QLatin1String("q")).toString();
        text.replace(QStringLiteral("{{2}}"), QStringLiteral("{{ 2 }}"));
        return FakePlatformServer::json(
            200, QJsonDocument(QJsonObject{{QStringLiteral("translatedText"), text}})
                     .toJson(QJsonDocument::Compact));
    });
    Http http;
    const LibreTranslateTranslator translator(QUrl(server.baseUrl()), QString(), http.send());
    const Triage::PiiScanner scanner;
    const QString text =
        QStringLiteral("Escríbeme a ana.garcia@example.com o al +34 612 345 678, gracias");
    const auto done =
        Translation::translateGuarded(translator, scanner, {QStringLiteral("ES")}, text,
                                      QStringLiteral("es"), QStringLiteral("en"));
    REQUIRE(done.result);
    CHECK(done.hidden == 2);
    CHECK_FALSE(seen.contains("ana.garcia"));
    CHECK_FALSE(seen.contains("612"));
    CHECK(done.result.value().text == text);

    // A service that drops a placeholder: the translation is refused, not shown without it.
    FakePlatformServer dropping(answering(200, R"({"translatedText":"Write to me, thanks"})"));
    const LibreTranslateTranslator careless(QUrl(dropping.baseUrl()), QString(), http.send());
    const auto lost = Translation::translateGuarded(careless, scanner, {QStringLiteral("ES")}, text,
                                                    QStringLiteral("es"), QStringLiteral("en"));
    REQUIRE_FALSE(lost.result);
    CHECK(lost.result.error().userMessage.contains(QStringLiteral("personal data")));
}

TEST_CASE("A provider file names where text goes and where the key is, never the key")
{
    using Translation::ProviderConfig;
    auto libre = ProviderConfig::fromJson(
        R"({"provider":"libretranslate","apiBaseUrl":"https://lt.example.org"})");
    REQUIRE(libre);
    CHECK(libre.value().keychainKey.isEmpty());
    CHECK(Translation::whereTextGoes(libre.value()).contains(QStringLiteral("lt.example.org")));
    auto deepl = ProviderConfig::fromJson(
        R"({"provider":"deepl","credential":{"keychain":"caredesk/translation/deepl"}})");
    REQUIRE(deepl);
    CHECK(deepl.value().keychainKey == QStringLiteral("caredesk/translation/deepl"));
    CHECK_FALSE(deepl.value().staysOnDevice());
    auto reread = ProviderConfig::fromJson(deepl.value().toJson());
    REQUIRE(reread);
    CHECK(reread.value().keychainKey == deepl.value().keychainKey);

    CHECK_FALSE(ProviderConfig::fromJson(R"({"provider":"deepl"})"));
    CHECK_FALSE(ProviderConfig::fromJson(
        R"({"provider":"deepl","credential":{"keychain":"k","key":"secret"}})"));
    CHECK_FALSE(ProviderConfig::fromJson(R"({"provider":"libretranslate","apiKey":"secret"})"));
    CHECK_FALSE(
        ProviderConfig::fromJson(R"({"provider":"libretranslate","apiBaseUrl":"http://lt.lan"})"));
    CHECK(ProviderConfig::fromJson(
        R"({"provider":"libretranslate","apiBaseUrl":"http://127.0.0.1:5000"})"));
    CHECK_FALSE(ProviderConfig::fromJson(R"({"provider":"babelfish"})"));
    CHECK_FALSE(ProviderConfig::fromJson("not json"));
}

TEST_CASE("A search finds a message by its translation, and every request is audited")
{
    Testing::TempWorkspace dir;
    Testing::FakeClock clock;
    Triage::TriageEngine triage;
    auto opened = Storage::Database::open(dir.file(QStringLiteral("workspace.sqlite")));
    REQUIRE(opened.ok());
    auto db = std::move(opened).value();
    Storage::WorkspaceStore store(db->connection());
    auto channel =
        store.ensureChannel(QStringLiteral("sandbox"), QStringLiteral("Practice"),
                            QStringLiteral("sandbox"), QStringLiteral("{}"), clock.now());
    REQUIRE(channel);
    Sdk::InboundItem item;
    item.platformId = QStringLiteral("1");
    item.author.platformUserId = QStringLiteral("42");
    item.author.handle = QStringLiteral("lucia");
    item.text = QStringLiteral("Mi paquete nunca llegó");
    item.createdAt = clock.now();
    REQUIRE(Ingest::IngestPipeline(db->connection(), clock, triage)
                .ingest(channel.value(), QStringLiteral("sandbox"), {item})
                .ok());
    auto found = store.search(QStringLiteral("paquete"), 10);
    REQUIRE(found);
    REQUIRE(found.value().size() == 1);
    const qint64 messageId = found.value().first().messageId;
    CHECK(store.search(QStringLiteral("parcel"), 10).value().isEmpty());

    Storage::TranslationStore translations(db->connection());
    Core::MessageTranslation english;
    english.state = Core::MessageTranslation::State::Done;
    english.text = QStringLiteral("My parcel never arrived");
    english.language = QStringLiteral("en");
    english.sourceLanguage = QStringLiteral("es");
    english.provider = QStringLiteral("apertium");
    REQUIRE(translations.save(messageId, english, clock.now()));
    CHECK(store.search(QStringLiteral("parcel"), 10).value().size() == 1);
    CHECK(store.search(QStringLiteral("paquete"), 10).value().size() == 1);
    // Translated again (another service): the old words leave the index.
    english.text = QStringLiteral("My package never came");
    REQUIRE(translations.save(messageId, english, clock.now()));
    CHECK(store.search(QStringLiteral("parcel"), 10).value().isEmpty());
    CHECK(store.search(QStringLiteral("package"), 10).value().size() == 1);
    const qint64 conversationId = found.value().first().conversationId;
    auto kept = translations.forConversation(conversationId, QStringLiteral("en"));
    REQUIRE(kept);
    CHECK(kept.value().value(messageId).text == QStringLiteral("My package never came"));
    CHECK(kept.value().value(messageId).provider == QStringLiteral("apertium"));

    REQUIRE(translations.audit(QStringLiteral("conversation"), conversationId,
                               QStringLiteral("ana"),
                               {QStringLiteral("deepl"), false, QStringLiteral("es"),
                                QStringLiteral("en"), 22, 1, QStringLiteral("message"), true},
                               clock.now()));
    QSqlQuery audit(db->connection());
    REQUIRE(audit.exec(QStringLiteral(
        "SELECT detail FROM audit_events WHERE action = 'translate' AND entity = 'conversation'")));
    REQUIRE(audit.next());
    const QString detail = audit.value(0).toString();
    CHECK(detail.contains(QStringLiteral("\"provider\":\"deepl\"")));
    CHECK(detail.contains(QStringLiteral("\"characters\":22")));
    CHECK_FALSE(detail.contains(QStringLiteral("paquete")));
}
