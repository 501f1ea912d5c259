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
        QStringLiteral("@NorthwindCare Hola, me habéis cobrado dos veces la factura de octubre. "
                       "¿Me podéis devolver el segundo cargo, por favor? https://t.co/abc #factura"),
        QStringLiteral("und"), {});
    CHECK(spanish.code == QStringLiteral("es"));
    CHECK(spanish.source == LanguageSource::TextDetection);

    CHECK(LanguageDetector::cleanForDetection(QStringLiteral("@brand hi #help http://x.co/y"))
          == QStringLiteral("hi help"));
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
