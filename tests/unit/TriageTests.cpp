#include "support/TestSupport.h"
#include "triage/CategoryRules.h"
#include "triage/ClassifierFeatures.h"
#include "triage/NaiveBayes.h"
#include "triage/TextNormalizer.h"
#include "triage/TriageEngine.h"

#include <QLocale>

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
    CHECK(triageText(
              QStringLiteral("@NorthwindCare me habéis cobrado dos veces la factura de octubre"))
              .category == QStringLiteral("service"));
    CHECK(triageText(QStringLiteral(
                         "Mein neues Handy lässt sich nicht mehr laden. Ist das ein Garantiefall?"))
              .category == QStringLiteral("warranty"));
    CHECK(
        triageText(QStringLiteral("Is the Unlimited Plus plan available for families?")).category ==
        QStringLiteral("pre-sales"));
    CHECK(triageText(QStringLiteral("Merci beaucoup, service génial !")).category ==
          QStringLiteral("praise"));
    CHECK(triageText(
              QStringLiteral("WIN A FREE PHONE!!! Click here now >>> http://bit.ly/free-phone-win"))
              .category == QStringLiteral("spam"));
    CHECK(triageText(QStringLiteral("what a lovely sunset tonight")).category ==
          QStringLiteral("other"));
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
    for (const char *code :
         {"category", "influence", "verified", "tier", "urgency", "repeat", "sla"})
        CHECK(hasReason(result, QLatin1String(code)));
    int sum = 0;
    QStringList sentences;
    for (const PriorityReason &reason : result.reasons) {
        sentences.append(describe(reason));
        sum += reason.points;
    }
    CHECK(result.priority == std::min(100, sum));
    CHECK(result.priority == 100);
    const QString line = sentences.join(QStringLiteral(" | "));
    CAPTURE(line);
    CHECK(sentences.contains(
        QStringLiteral("Wide reach: %1 followers").arg(QLocale().toString(48200))));
    CHECK(sentences.contains(QStringLiteral("Verified account")));
    CHECK(sentences.contains(QStringLiteral("Customer tier: gold")));
    // Plural forms come from the translation files; without one loaded, "minute(s)".
    CHECK(line.contains(QStringLiteral("1 earlier message")));
    CHECK(line.contains(QStringLiteral("Reply overdue by 5 minute")));
    CHECK(line.contains(QStringLiteral("Urgent or upset wording: ")));
}

TEST_CASE("Priority reasons are stored as facts and read back as sentences, old stored sentences "
          "included")
{
    const QList<PriorityReason> reasons = {
        {QStringLiteral("category"), 40, QStringLiteral("service"), {}},
        {QStringLiteral("tier"),
         10,
         QStringLiteral("Gold \"VIP\" \\ tab\there \u00fcn\u00ef \U0001F600"),
         {}},
        {QStringLiteral("sla"), 8, QStringLiteral("600"), {}},
        {QStringLiteral("influence"), 5, QStringLiteral("1840"), {}},
    };
    const QList<PriorityReason> read = reasonsFromJson(reasonsToJson(reasons));
    REQUIRE(read.size() == reasons.size());
    for (qsizetype i = 0; i < reasons.size(); ++i) {
        CHECK(read[i].code == reasons[i].code);
        CHECK(read[i].points == reasons[i].points);
        CHECK(read[i].detail == reasons[i].detail);
    }
    CHECK(describe(read[0]) == QStringLiteral("Service request"));
    CHECK(describe(read[1]) == QStringLiteral("Customer tier: ") + reasons[1].detail);
    CHECK(describe(read[2]).startsWith(QStringLiteral("Reply due in 10 minute")));
    CHECK(describe({QStringLiteral("sla"), 15, QStringLiteral("-7140"), {}})
              .startsWith(QStringLiteral("Reply overdue by 119 minute")));
    CHECK(describe({QStringLiteral("sla"), 15, QStringLiteral("-19432"), {}})
              .startsWith(QStringLiteral("Reply overdue by 5 hour")));
    CHECK(describe(read[3]) == QStringLiteral("Reach: %1 followers").arg(QLocale().toString(1840)));
    CHECK(describeAll(read.mid(0, 1), QStringLiteral("; ")) ==
          QStringLiteral("Service request (+40)"));

    // Workspaces written before kept the sentence itself; it is shown as it was written.
    const QList<PriorityReason> old =
        reasonsFromJson(R"([{"code":"verified","points":10,"text":"Verifiziertes Konto"}])");
    REQUIRE(old.size() == 1);
    CHECK(describe(old[0]) == QStringLiteral("Verifiziertes Konto"));
    // Anything else gives no reasons rather than an error in the agent's face.
    CHECK(reasonsFromJson("not json").isEmpty());
    CHECK(reasonsFromJson(R"({"code":"tier"})").isEmpty());
    CHECK(reasonsFromJson(R"([{"points":5},7,"x"])").isEmpty());
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
    CHECK_FALSE(
        CategoryRules::fromJson(
            R"({"format":"caredesk-category-rules","categories":{"x":{"patterns":["(oops"]}}})")
            .ok());
    CHECK_FALSE(CategoryRules::fromJson("{}").ok());
}

TEST_CASE("The classifier learns the team's own vocabulary and then decides")
{
    NaiveBayes classifier;
    for (int i = 0; i < 20; ++i) {
        classifier.addDocument(
            QStringLiteral("warranty"),
            classifierFeatures(QStringLiteral("my flux capacitor blew up again %1").arg(i)));
        classifier.addDocument(
            QStringLiteral("pre-sales"),
            classifierFeatures(QStringLiteral("does the hoverboard come in blue %1").arg(i)));
    }
    TriageInput input;
    input.text = QStringLiteral("the flux capacitor blew");
    CHECK(TriageEngine(CategoryRules::builtIn(), &classifier).triage(input).category ==
          QStringLiteral("warranty"));
    CHECK(TriageEngine(CategoryRules::builtIn(), &classifier).triage(input).categorySource ==
          QStringLiteral("classifier"));
    // Obvious spam stays spam whatever the classifier thinks.
    input.text = QStringLiteral("flux capacitor giveaway!!! win a free one, click here");
    CHECK(TriageEngine(CategoryRules::builtIn(), &classifier).triage(input).category ==
          QStringLiteral("spam"));
}

TEST_CASE("Matching ignores case, accents and typographic apostrophes, CJK is split in pairs")
{
    CHECK(normalizeForMatching(QStringLiteral("Réclamation WON’T")) ==
          QStringLiteral("reclamation won't"));
    CHECK(tokenize(QStringLiteral("sim カード")) ==
          QStringList{QStringLiteral("sim"), QStringLiteral("カー"), QStringLiteral("ード")});
    CHECK(triageText(QStringLiteral("SIMカードが届きましたが、アクティベーションができません"))
              .category == QStringLiteral("service"));
}

TEST_CASE("The classifier reads words, neighbouring pairs, negations and a customer's cues")
{
    const QStringList features =
        classifierFeatures(QStringLiteral("The phone is not good, bad bad BAD. Refund?"));
    CHECK(features.contains(QStringLiteral("phone")));
    CHECK(features.contains(QStringLiteral("phone_is")));
    // "not" reaches "good" but stops at the comma.
    CHECK(features.contains(QStringLiteral("not_good")));
    CHECK_FALSE(features.contains(QStringLiteral("not_bad")));
    // A good word turned around and bad words alike are a cue that something went wrong.
    CHECK(features.contains(QStringLiteral("cue:wrong")));
    CHECK_FALSE(features.contains(QStringLiteral("cue:right")));
    CHECK(features.contains(QStringLiteral("mark:question")));
    CHECK(features.count(QStringLiteral("bad")) == 1); // presence, not count
    CHECK(classifierFeatures(QStringLiteral("Great service, thanks"))
              .contains(QStringLiteral("cue:right")));
    CHECK(classifierFeatures(QStringLiteral("Nada funciona, no es bueno"))
              .contains(QStringLiteral("not_bueno")));
}

TEST_CASE("Where the rules say nothing, the classifier's best guess is the category")
{
    NaiveBayes classifier;
    for (int i = 0; i < 20; ++i) {
        classifier.addDocument(QStringLiteral("complaint"),
                               classifierFeatures(QStringLiteral("zork lost %1").arg(i)));
        classifier.addDocument(QStringLiteral("other"),
                               classifierFeatures(QStringLiteral("zork lovely %1").arg(i)));
    }
    TriageInput input;
    input.text = QStringLiteral("zork hmm"); // one word both categories know: unsure
    const NaiveBayes::Prediction guess = classifier.classify(classifierFeatures(input.text));
    REQUIRE(guess.probability < TriageEngine::MIN_CLASSIFIER_PROBABILITY);
    const TriageResult result = TriageEngine(CategoryRules::builtIn(), &classifier).triage(input);
    CHECK(result.category == guess.category);
    CHECK(result.categorySource == QStringLiteral("classifier"));
}
