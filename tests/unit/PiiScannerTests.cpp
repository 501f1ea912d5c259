#include "support/TestSupport.h"
#include "triage/PhoneRegions.h"
#include "triage/PiiScanner.h"

#include <QElapsedTimer>

using CareDesk::Triage::PhoneRegions;
using CareDesk::Triage::PiiFinding;
using CareDesk::Triage::PiiScanner;

namespace {

QStringList kinds(const QList<PiiFinding> &findings)
{
    QStringList result;
    for (const PiiFinding &finding : findings)
        result.append(finding.kind);
    return result;
}

} // namespace

TEST_CASE("An e-mail address and a local phone number in a customer's message are found")
{
    const QString text =
        QStringLiteral("Mi correo es maria.fdz@example.com y mi móvil 612 34 56 78, gracias");
    const auto findings = PiiScanner().scan(text, QStringLiteral("ES"));
    REQUIRE(kinds(findings) == QStringList{QStringLiteral("email"), QStringLiteral("phone")});
    CHECK(findings[0].match == QStringLiteral("maria.fdz@example.com"));
    CHECK(text.mid(findings[0].start, findings[0].end - findings[0].start) == findings[0].match);
    CHECK(findings[1].match == QStringLiteral("612 34 56 78"));
}

TEST_CASE("Offsets are UTF-16 indices, also after emoji and accented letters")
{
    const QString text = QStringLiteral("😀 Ñandú: +44 20 7946 0958");
    const auto findings = PiiScanner().scan(text, QString());
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].kind == QStringLiteral("phone"));
    CHECK(findings[0].start == 10);
    CHECK(findings[0].match == QStringLiteral("+44 20 7946 0958"));
}

TEST_CASE("Card numbers are found only when the issuer and the Luhn check agree")
{
    const PiiScanner scanner;
    const auto visa =
        scanner.scan(QStringLiteral("card 4111 1111 1111 1111 exp 12/27"), QStringLiteral("US"));
    REQUIRE(kinds(visa) == QStringList{QStringLiteral("card")});
    CHECK(visa[0].match == QStringLiteral("4111 1111 1111 1111"));
    CHECK(kinds(scanner.scan(QStringLiteral("amex 3782-822463-10005"), QStringLiteral("US"))) ==
          QStringList{QStringLiteral("card")});
    CHECK_FALSE(
        kinds(scanner.scan(QStringLiteral("card 4111 1111 1111 1112"), QStringLiteral("US")))
            .contains(QStringLiteral("card")));
    // A tweet id is long and digit-only, but it is not a card.
    CHECK(scanner.scan(QStringLiteral("see status 1850000000000000001"), QStringLiteral("US"))
              .isEmpty());
    CHECK(PiiScanner::passesLuhn(QStringLiteral("79927398713")));
    CHECK_FALSE(PiiScanner::passesLuhn(QStringLiteral("79927398710")));
}

TEST_CASE("IBANs are found when their check digits are right, printed or compact")
{
    const PiiScanner scanner;
    const auto printed = scanner.scan(QStringLiteral("IBAN: ES91 2100 0418 4502 0005 1332 THANKS"),
                                      QStringLiteral("ES"));
    REQUIRE(kinds(printed) == QStringList{QStringLiteral("iban")});
    CHECK(printed[0].match == QStringLiteral("ES91 2100 0418 4502 0005 1332"));
    CHECK(kinds(scanner.scan(QStringLiteral("Konto DE89370400440532013000."),
                             QStringLiteral("DE"))) == QStringList{QStringLiteral("iban")});
    CHECK_FALSE(kinds(scanner.scan(QStringLiteral("IBAN ES92 2100 0418 4502 0005 1332"),
                                   QStringLiteral("ES")))
                    .contains(QStringLiteral("iban")));
    CHECK(PiiScanner::isValidIban(QStringLiteral("GB82WEST12345698765432")));
    CHECK_FALSE(PiiScanner::isValidIban(QStringLiteral("GB82WEST1234569876543")));
}

TEST_CASE("A team's own order numbers are personal data too")
{
    auto patterns = PiiScanner::patternsFromJson(
        R"({"patterns":[{"kind":"order-number","pattern":"#?NW-\\d{6}"}]})");
    REQUIRE(patterns.ok());
    const auto findings =
        PiiScanner(patterns.value())
            .scan(QStringLiteral("my order #NW-448812 never came"), QStringLiteral("US"));
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].kind == QStringLiteral("order-number"));
    CHECK(findings[0].match == QStringLiteral("#NW-448812"));

    CHECK_FALSE(
        PiiScanner::patternsFromJson(R"({"patterns":[{"kind":"x","pattern":"(unclosed"}]})").ok());
    CHECK_FALSE(PiiScanner::patternsFromJson("not json").ok());
}

TEST_CASE("Ordinary complaints have no personal data, and hostile input stays fast")
{
    const PiiScanner scanner;
    CHECK(scanner
              .scan(QStringLiteral(
                        "@NorthwindCare still nothing, 45 minutes now. Call me back at 10!"),
                    QStringLiteral("GB"))
              .isEmpty());
    QString hostile;
    for (int i = 0; i < 2000; ++i)
        hostile += QStringLiteral("12 34 ");
    QElapsedTimer timer;
    timer.start();
    (void)scanner.scan(hostile, QStringLiteral("US"));
    CHECK(timer.elapsed() < 2000);
    CHECK(PiiScanner::regionFromLocale(QStringLiteral("pt_BR")) == QStringLiteral("BR"));
    CHECK(PiiScanner::regionFromLocale(QStringLiteral("en")).isEmpty());
}

TEST_CASE("A national number is found when it is valid in one of the likely countries")
{
    const PiiScanner scanner;
    const QString text = QStringLiteral("Please call me at (212) 555-0199 after five");
    // Read as a country where it is no number, it is not one.
    CHECK(scanner.scan(text, QStringLiteral("DE")).isEmpty());
    const auto findings =
        scanner.scan(text, {QStringLiteral("DE"), QStringLiteral("GB"), QStringLiteral("US")});
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].kind == QStringLiteral("phone"));
    CHECK(findings[0].match == QStringLiteral("(212) 555-0199"));

    const auto german = scanner.scan(QStringLiteral("Ruf mich an: 030 12345678, danke"),
                                     PhoneRegions::inOrder({}, {QStringLiteral("de")}));
    REQUIRE(german.size() == 1);
    CHECK(german[0].match == QStringLiteral("030 12345678"));
    // Only numbers written with their country code when no country is known.
    CHECK(scanner.scan(text, QStringList()).isEmpty());
    CHECK(kinds(scanner.scan(QStringLiteral("call +1 212 555 0199"), QStringList())) ==
          QStringList{QStringLiteral("phone")});
}

TEST_CASE("Of two readings of one number, the one that covers all of it is kept")
{
    // In the US "00" does not dial abroad; in Britain it does.
    const auto findings = PiiScanner().scan(QStringLiteral("call 00 1 201-555-0123 now"),
                                            {QStringLiteral("US"), QStringLiteral("GB")});
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].match == QStringLiteral("00 1 201-555-0123"));
}

TEST_CASE("Handles, ticket and order ids are not phone numbers, in any likely country")
{
    const PiiScanner scanner;
    const QStringList everywhere = PhoneRegions::inOrder(
        {QStringLiteral("US")}, {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"),
                                 QStringLiteral("pt"), QStringLiteral("fr"), QStringLiteral("it")});
    for (const QString &text :
         {QStringLiteral("thanks @115712 for the tip"), QStringLiteral("order #1043588 is late"),
          QStringLiteral("order 48213-77 is late"), QStringLiteral("see INV-2023-004512"),
          QStringLiteral("ticket 1043588, sent 2023-11-04"),
          QStringLiteral("Bestellung 784512 vom 14.11.2023")}) {
        INFO(text.toStdString());
        CHECK(scanner.scan(text, everywhere).isEmpty());
    }
    // A team's declared order numbers stay order numbers, not phone numbers.
    auto patterns = PiiScanner::patternsFromJson(
        R"({"patterns":[{"kind":"order-number","pattern":"#\\d{7}"}]})");
    REQUIRE(patterns.ok());
    CHECK(kinds(PiiScanner(patterns.value())
                    .scan(QStringLiteral("order #1043588 is late"), everywhere)) ==
          QStringList{QStringLiteral("order-number")});
}

TEST_CASE("The likely countries: the known ones first, then those of the language")
{
    CHECK(PhoneRegions::forLanguage(QStringLiteral("de")) ==
          QStringList{QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("CH")});
    CHECK(PhoneRegions::forLanguage(QStringLiteral("pt-BR")).first() == QStringLiteral("BR"));
    CHECK(PhoneRegions::forLanguage(QStringLiteral("und")).isEmpty());
    CHECK(PhoneRegions::inOrder({QString(), QStringLiteral("gb"), QStringLiteral("US")},
                                {QStringLiteral("en")})
              .mid(0, 4) == QStringList{QStringLiteral("GB"), QStringLiteral("US"),
                                        QStringLiteral("IN"), QStringLiteral("CA")});
    CHECK(PhoneRegions::ofLocale(QLocale(QLocale::English, QLocale::UnitedStates)) ==
          QStringLiteral("US"));
    CHECK(PhoneRegions::ofLocale(QLocale(QLocale::German, QLocale::Austria)) ==
          QStringLiteral("AT"));
    CHECK(PhoneRegions::ofLocale(QLocale::c()).isEmpty());
    CHECK(PhoneRegions::supported().contains(QStringLiteral("BR")));
}

TEST_CASE("A long draft full of digits is scanned in every likely country in little time")
{
    const PiiScanner scanner;
    const QStringList regions =
        PhoneRegions::inOrder({QStringLiteral("US")}, {QStringLiteral("en"), QStringLiteral("es")});
    QString hostile;
    for (int i = 0; i < 2000; ++i)
        hostile += QStringLiteral("12 34 ");
    QElapsedTimer timer;
    timer.start();
    (void)scanner.scan(hostile, regions);
    CHECK(timer.elapsed() < 2000);
}
