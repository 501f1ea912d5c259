#include "translation/ApertiumTranslator.h"

#include "support/CatchQt.h"

using namespace CareDesk::Translation;

TEST_CASE("Apertium translates on this computer, directly or through a language both sides have")
{
    const ApertiumTranslator apertium;
    INFO("the set-up installs apertium, apertium-eng-spa and apertium-es-pt (packaging/dev.sh)");
    REQUIRE(apertium.problem().isEmpty());
    CHECK(apertium.staysOnDevice());
    CHECK(apertium.directions().contains(QStringLiteral("es-en")));

    auto english = apertium.translate(QStringLiteral("Hola, no he recibido mi pedido."),
                                      QStringLiteral("es"), QStringLiteral("en"));
    REQUIRE(english);
    CHECK(english.value().text.startsWith(QStringLiteral("Hello")));
    CHECK(english.value().provider == QStringLiteral("apertium"));
    CHECK(english.value().via.isEmpty());
    // Handles and links pass through as written.
    auto kept = apertium.translate(QStringLiteral("Hola @maria, mira https://x.co/a"),
                                   QStringLiteral("es"), QStringLiteral("en"));
    REQUIRE(kept);
    CHECK(kept.value().text.contains(QStringLiteral("@maria")));
    CHECK(kept.value().text.contains(QStringLiteral("https://x.co/a")));

    // No Portuguese-English pair: through Spanish, and the result says so.
    auto chained = apertium.translate(QStringLiteral("O meu pedido ainda não chegou"),
                                      QStringLiteral("pt"), QStringLiteral("en"));
    REQUIRE(chained);
    CHECK(chained.value().via == QStringList{QStringLiteral("es")});
    CHECK(chained.value().text.contains(QStringLiteral("arrive")));
    // What it can do is known before anything is run.
    CHECK(apertium.mayTranslate(QStringLiteral("es"), QStringLiteral("en")));
    CHECK(apertium.mayTranslate(QStringLiteral("pt"), QStringLiteral("en")));
    CHECK_FALSE(apertium.mayTranslate(QStringLiteral("tr"), QStringLiteral("en")));
}

TEST_CASE("A direction Apertium does not have, or no Apertium at all, is a clear error")
{
    const ApertiumTranslator apertium;
    auto none =
        apertium.translate(QStringLiteral("Merhaba"), QStringLiteral("tr"), QStringLiteral("en"));
    REQUIRE_FALSE(none);
    CHECK(none.error().userMessage.contains(QStringLiteral("from tr to en")));
    CHECK(none.error().detail.contains(QStringLiteral("es-en")));
    CHECK_FALSE(ApertiumTranslator(QStringLiteral("/nonexistent/apertium"))
                    .mayTranslate(QStringLiteral("es"), QStringLiteral("en")));

    const ApertiumTranslator missing(QStringLiteral("/nonexistent/apertium"));
    CHECK_FALSE(missing.problem().isEmpty());
    CHECK(missing.directions().isEmpty());
    CHECK_FALSE(
        missing.translate(QStringLiteral("Hola"), QStringLiteral("es"), QStringLiteral("en")));
}
