#include "triage/LanguageDetector.h"

#include "support/CatchQt.h"

using namespace CareDesk::Triage;

TEST_CASE("The platform's language tag wins when it names a language")
{
    const auto result = LanguageDetector().detect(QStringLiteral("ok"), QStringLiteral("pt"), {});
    CHECK(result.code == QStringLiteral("pt"));
    CHECK(result.source == LanguageSource::PlatformHint);
}

TEST_CASE("Without a usable tag the text decides, cleaned of mentions, links and hashtag marks")
{
    const LanguageDetector detector;
    const auto spanish = detector.detect(
        QStringLiteral(
            "@NorthwindCare Hola, me habéis cobrado dos veces la factura de octubre. "
            "¿Me podéis devolver el segundo cargo, por favor? https://t.co/abc #factura"),
        QStringLiteral("und"), {});
    CHECK(spanish.code == QStringLiteral("es"));
    CHECK(spanish.source == LanguageSource::TextDetection);

    CHECK(LanguageDetector::cleanForDetection(QStringLiteral("@brand hi #help http://x.co/y")) ==
          QStringLiteral("hi help"));
}

TEST_CASE("Text too short to judge falls back to the customer's language, else unknown")
{
    const LanguageDetector detector;
    const auto fromHistory = detector.detect(QStringLiteral("ok"), {}, QStringLiteral("fr"));
    CHECK(fromHistory.code == QStringLiteral("fr"));
    CHECK(fromHistory.source == LanguageSource::CustomerHistory);
    const auto unknown = detector.detect(QStringLiteral("ok"), {}, {});
    CHECK(unknown.code == QStringLiteral("und"));
    CHECK(unknown.source == LanguageSource::Unknown);
}

TEST_CASE("Short thanks and complaints are recognised in the languages agents meet most")
{
    const LanguageDetector detector;
    const std::pair<const char *, const char *> cases[] = {
        {"gracias!!", "es"},
        {"merci beaucoup", "fr"},
        {"graciasss por todo", "es"},
        {"obrigado pela ajuda", "pt"},
        {"kkkkkk que vergonha isso", "pt"},
        {"grazie mille", "it"},
        {"danke schön, hat geklappt", "de"},
        {"@AcmeHelp no funciona el router #fail https://t.co/x", "es"},
        {"É a ou no Encontro?", "pt"},
        {"شكرا جزيلا على المساعدة", "ar"},
        {"VideoShowAoVivo não acredito que ele saiu", "pt"},
        // Few or no function words: letters and word endings tell.
        {"Quelques gestes simples à la maison", "fr"},
        {"le changement climatique", "fr"},
        {"Fiese Scheiße, schon wieder kaputt", "de"},
        {"Ficou lindo demais, parabéns", "pt"},
        {"tô assistindo agora", "pt"},
        {"ci vediamo domani a Milano", "it"},
        {"Bestellung storniert, wann kommt mein Geld?", "de"},
        // Show and campaign hashtags do not make a text English.
        {"Coitado do cozinheiro #masterchefbr", "pt"},
        // A product name inside a sentence of a script without spaces leaves the sentence whole.
        {"新しいiPhoneの予約はいつから始まりますか？", "ja"},
    };
    for (const auto &[text, language] : cases) {
        INFO(text);
        const auto result = detector.detect(QString::fromUtf8(text), {}, {});
        CHECK(result.code == QLatin1String(language));
        CHECK(result.source == LanguageSource::TextDetection);
    }
}

TEST_CASE("Retweet marks are removed before detection, and the text is otherwise read as written")
{
    CHECK(LanguageDetector::cleanForDetection(QStringLiteral("RT @x: <3 Q&A")) ==
          QStringLiteral("<3 Q&A"));
    // Texts arrive unescaped; one that really says "&amp;" is not decoded a second time.
    CHECK(LanguageDetector::cleanForDetection(QStringLiteral("RT @x: Q&amp;A")) ==
          QStringLiteral("Q&amp;A"));
}

TEST_CASE("Short English stays English despite the clues other languages leave in it")
{
    const LanguageDetector detector;
    for (const char *text :
         {"not nice", "your welcome", "good morning", "school is closed today",
          "the schedule changed again", "still waiting for my refund", "amazing thing",
          "@AcmeHelp my parcel never arrived, tracking says delivered :D"}) {
        INFO(text);
        CHECK(detector.detect(QString::fromUtf8(text), {}, {}).code == QStringLiteral("en"));
    }
}
