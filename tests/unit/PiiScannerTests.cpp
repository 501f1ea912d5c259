#include "support/TestSupport.h"
#include "triage/PiiScanner.h"

#include <QElapsedTimer>

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
