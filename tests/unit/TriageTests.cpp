#include "support/TestSupport.h"
#include "triage/CategoryRules.h"
#include "triage/NaiveBayes.h"
#include "triage/TextNormalizer.h"
#include "triage/TriageEngine.h"

using namespace CareDesk::Triage;

namespace {

TriageResult triageText(const QString &text, qint64 followers = 0, bool verified = false)
{
    TriageInput input;
    input.text = text;
    input.followers = followers;
    input.verified = verified;
    return TriageEngine().triage(input);
}

bool hasReason(const TriageResult &result, const QString &code)
{
    return std::any_of(result.reasons.cbegin(), result.reasons.cend(),
                       [&](const PriorityReason &reason) { return reason.code == code; });
}

} // namespace

TEST_CASE("Requests in several languages are sorted into the categories agents work by")
{
    CHECK(triageText(QStringLiteral("@NorthwindCare me habéis cobrado dos veces la factura de octubre")).category == QStringLiteral("service"));
    CHECK(triageText(QStringLiteral("Mein neues Handy lässt sich nicht mehr laden. Ist das ein Garantiefall?")).category == QStringLiteral("warranty"));
    CHECK(triageText(QStringLiteral("Is the Unlimited Plus plan available for families?")).category == QStringLiteral("pre-sales"));
    CHECK(triageText(QStringLiteral("Merci beaucoup, service génial !")).category == QStringLiteral("praise"));
    CHECK(triageText(QStringLiteral("WIN A FREE PHONE!!! Click here now >>> http://bit.ly/free-phone-win")).category == QStringLiteral("spam"));
    CHECK(triageText(QStringLiteral("what a lovely sunset tonight")).category == QStringLiteral("other"));
}

TEST_CASE("Only requests are actionable, and spam never outranks a customer")
{
    const auto request = triageText(QStringLiteral("No signal since this morning, please help"));
    const auto spam = triageText(QStringLiteral("WIN A FREE PHONE!!! click here"), 500000, true);
    const auto praise = triageText(QStringLiteral("thanks for the quick help yesterday"));
    CHECK(request.actionable);
    CHECK_FALSE(spam.actionable);
    CHECK_FALSE(praise.actionable);
    CHECK(spam.priority == 0);
    CHECK(request.priority > praise.priority);
}

TEST_CASE("Every point of a priority is explained")
{
    TriageInput input;
    input.text = QStringLiteral("Still no signal, this is unacceptable");
    input.followers = 48200;
    input.verified = true;
    input.tier = QStringLiteral("gold");
    input.earlierUnanswered = 1;
    input.now = QDateTime::fromString(QStringLiteral("2026-11-22T10:00:00Z"), Qt::ISODate);
    input.waitingSince = input.now.addSecs(-3900);
    input.slaDue = input.now.addSecs(-300);
    const TriageResult result = TriageEngine().triage(input);
    for (const char *code : {"category", "influence", "verified", "tier", "urgency", "repeat", "sla"})
        CHECK(hasReason(result, QLatin1String(code)));
    int sum = 0;
    for (const PriorityReason &reason : result.reasons) {
        CHECK_FALSE(reason.text.isEmpty());
        sum += reason.points;
    }
    CHECK(result.priority == std::min(100, sum));
    CHECK(result.priority == 100);
}

TEST_CASE("A team's own rules replace the built-in ones, and broken rules are refused")
{
    auto rules = CategoryRules::fromJson(R"({"format":"caredesk-category-rules","version":1,
        "actionable":["billing"],"categories":{"billing":{"keywords":["bill shock"]}},"urgency":[]})");
    REQUIRE(rules.ok());
    TriageInput input;
    input.text = QStringLiteral("Total BILL  shock this month");
    const TriageResult result = TriageEngine(rules.value()).triage(input);
    CHECK(result.category == QStringLiteral("billing"));
    CHECK(result.actionable);
    CHECK_FALSE(CategoryRules::fromJson(R"({"format":"caredesk-category-rules","categories":{"x":{"patterns":["(oops"]}}})").ok());
    CHECK_FALSE(CategoryRules::fromJson("{}").ok());
}

TEST_CASE("The classifier learns the team's own vocabulary and then decides")
{
    NaiveBayes classifier;
    for (int i = 0; i < 20; ++i) {
        classifier.addDocument(QStringLiteral("warranty"), tokenize(normalizeForMatching(QStringLiteral("my flux capacitor blew up again %1").arg(i))));
        classifier.addDocument(QStringLiteral("pre-sales"), tokenize(normalizeForMatching(QStringLiteral("does the hoverboard come in blue %1").arg(i))));
    }
    TriageInput input;
    input.text = QStringLiteral("the flux capacitor blew");
    CHECK(TriageEngine(CategoryRules::builtIn(), &classifier).triage(input).category == QStringLiteral("warranty"));
    CHECK(TriageEngine(CategoryRules::builtIn(), &classifier).triage(input).categorySource == QStringLiteral("classifier"));
    // Obvious spam stays spam whatever the classifier thinks.
    input.text = QStringLiteral("flux capacitor giveaway!!! win a free one, click here");
    CHECK(TriageEngine(CategoryRules::builtIn(), &classifier).triage(input).category == QStringLiteral("spam"));
}

TEST_CASE("Matching ignores case, accents and typographic apostrophes, CJK is split in pairs")
{
    CHECK(normalizeForMatching(QStringLiteral("Réclamation WON’T")) == QStringLiteral("reclamation won't"));
    CHECK(tokenize(QStringLiteral("sim カード")) == QStringList{QStringLiteral("sim"), QStringLiteral("カー"), QStringLiteral("ード")});
    CHECK(triageText(QStringLiteral("SIMカードが届きましたが、アクティベーションができません")).category == QStringLiteral("service"));
}
