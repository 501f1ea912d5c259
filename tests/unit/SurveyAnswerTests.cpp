#include "surveys/Satisfaction.h"
#include "surveys/SurveyAnswer.h"
#include "surveys/SurveySettings.h"

#include <QJsonArray>

#include "support/CatchQt.h"

using namespace CareDesk::Surveys;

namespace {

int scoreOf(const char *text, SurveyKind kind = SurveyKind::Nps)
{
    const auto answer = readAnswer(QString::fromUtf8(text), kind);
    return answer ? answer->score : -1;
}

QString commentOf(const char *text, SurveyKind kind = SurveyKind::Nps)
{
    const auto answer = readAnswer(QString::fromUtf8(text), kind);
    return answer ? answer->comment : QStringLiteral("<no answer>");
}

} // namespace

TEST_CASE("A survey answer is read in every form customers write a score")
{
    // Digits and stated scales.
    CHECK(scoreOf("9") == 9);
    CHECK(scoreOf("10/10 thanks!") == 10);
    CHECK(scoreOf("I'd say 8 out of 10") == 8);
    CHECK(scoreOf("Le doy un 9 de 10") == 9);
    CHECK(scoreOf("Ich gebe euch 7 von 10.") == 7);
    CHECK(scoreOf("Je mets 6 sur 10, c'était long") == 6);
    CHECK(scoreOf("4 de 5", SurveyKind::Csat) == 4);
    // Stars, in words and glyphs.
    CHECK(scoreOf("5 stars", SurveyKind::Csat) == 5);
    CHECK(scoreOf("cinco estrellas!!", SurveyKind::Csat) == 5);
    CHECK(scoreOf("4 Sterne, danke", SurveyKind::Csat) == 4);
    CHECK(scoreOf("3 étoiles", SurveyKind::Csat) == 3);
    CHECK(scoreOf("★★★★☆", SurveyKind::Csat) == 4);
    CHECK(scoreOf("⭐⭐⭐⭐⭐ super", SurveyKind::Csat) == 5);
    // Number words in the team's languages, keycaps and digits of other scripts.
    CHECK(scoreOf("Nine!") == 9);
    CHECK(scoreOf("Ocho, muy bien") == 8);
    CHECK(scoreOf("zehn") == 10);
    CHECK(scoreOf("Dix !") == 10);
    CHECK(scoreOf("cinq", SurveyKind::Csat) == 5);
    CHECK(scoreOf("9\xEF\xB8\x8F\xE2\x83\xA3") == 9); // 9️⃣
    CHECK(scoreOf("\xF0\x9F\x94\x9F") == 10);         // 🔟
    CHECK(scoreOf("\xEF\xBC\x98") == 8);              // full-width 8
    CHECK(scoreOf("Great service, 10") == 10);
    CHECK(scoreOf("0") == 0);
}

TEST_CASE("What the customer wrote besides the score is kept as the comment")
{
    CHECK(commentOf("9 - the agent was lovely") == QStringLiteral("the agent was lovely"));
    CHECK(commentOf("10/10 thanks!") == QStringLiteral("thanks!"));
    CHECK(commentOf("Great service, 10") == QStringLiteral("Great service"));
    CHECK(commentOf("★★☆☆☆ too slow", SurveyKind::Csat) == QStringLiteral("too slow"));
    CHECK(commentOf("7") == QString());
}

TEST_CASE("A message that holds no score stays an ordinary message")
{
    // Numbers that are not an answer.
    CHECK(scoreOf("2 weeks and still nothing") == -1);
    CHECK(scoreOf("One more thing: my order never came") == -1);
    CHECK(scoreOf("Un problème avec ma facture") == -1);
    CHECK(scoreOf("Order 48213 is still missing") == -1);
    CHECK(scoreOf("4.5") == -1);
    CHECK(scoreOf("I called at 9 and nobody answered") == -1);
    CHECK(scoreOf("Thanks") == -1);
    CHECK(scoreOf("") == -1);
    // Outside the survey's scale, or on another scale.
    CHECK(scoreOf("11") == -1);
    CHECK(scoreOf("0", SurveyKind::Csat) == -1);
    CHECK(scoreOf("9", SurveyKind::Csat) == -1);
    CHECK(scoreOf("4/5") == -1);
    CHECK(scoreOf("9/10", SurveyKind::Csat) == -1);
    CHECK(scoreOf("5", SurveyKind::Off) == -1);
}

TEST_CASE("Promoters, passives and detractors follow each survey's scale")
{
    CHECK(standingOf(SurveyKind::Nps, 10) == Standing::Promoter);
    CHECK(standingOf(SurveyKind::Nps, 9) == Standing::Promoter);
    CHECK(standingOf(SurveyKind::Nps, 8) == Standing::Passive);
    CHECK(standingOf(SurveyKind::Nps, 7) == Standing::Passive);
    CHECK(standingOf(SurveyKind::Nps, 6) == Standing::Detractor);
    CHECK(standingOf(SurveyKind::Nps, 0) == Standing::Detractor);
    CHECK(standingOf(SurveyKind::Csat, 5) == Standing::Promoter);
    CHECK(standingOf(SurveyKind::Csat, 4) == Standing::Promoter);
    CHECK(standingOf(SurveyKind::Csat, 3) == Standing::Passive);
    CHECK(standingOf(SurveyKind::Csat, 2) == Standing::Detractor);
    CHECK(standingOf(SurveyKind::Csat, 1) == Standing::Detractor);
}

TEST_CASE("Survey settings are checked and keep the team's question")
{
    auto settings = SurveySettings::fromJson(
        R"({"kind":"nps","quietDays":14,"question":"/nps-short","answerDays":3})");
    REQUIRE(settings);
    CHECK(settings.value().kind == SurveyKind::Nps);
    CHECK(settings.value().quietDays == 14);
    CHECK(settings.value().questionShortcut() == QStringLiteral("/nps-short"));
    CHECK(SurveySettings::fromJson(settings.value().toJson()).value().answerDays == 3);
    CHECK(SurveySettings::fromJson(R"({"kind":"csat"})").value().questionShortcut() ==
          QStringLiteral("/survey-csat"));
    CHECK_FALSE(SurveySettings::fromJson(R"({"kind":"stars"})"));
    CHECK_FALSE(SurveySettings::fromJson(R"({"kind":"nps","quietDays":-1})"));
    CHECK_FALSE(SurveySettings::fromJson(R"({"kind":"nps","quietDays":1.5})"));
    CHECK_FALSE(SurveySettings::fromJson(R"({"kind":"nps","question":"no shortcut"})"));
    CHECK_FALSE(SurveySettings::fromJson("[1]"));
    CHECK(builtInQuestion(SurveyKind::Nps, QStringLiteral("de")).contains(u"empfiehlst"));
    CHECK(builtInQuestion(SurveyKind::Csat, QStringLiteral("ja")).contains(u"satisfied"));
}

TEST_CASE("Satisfaction figures give NPS, CSAT and the response rate, by group")
{
    const QDateTime monday(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
    const auto nps = [&](std::optional<int> score, const char *agent, int day = 0) {
        return SurveyOutcome{SurveyKind::Nps,
                             true,
                             score,
                             QString::fromLatin1(agent),
                             QStringLiteral("X"),
                             QStringLiteral("service"),
                             monday.addDays(day)};
    };
    const auto csat = [&](std::optional<int> score, const char *agent) {
        return SurveyOutcome{SurveyKind::Csat,
                             true,
                             score,
                             QString::fromLatin1(agent),
                             QStringLiteral("Facebook"),
                             QStringLiteral("warranty"),
                             monday};
    };
    const QList<SurveyOutcome> surveys = {nps(10, "Ana"),   nps(9, "Ana"),  nps(7, "Ben"),
                                          nps(3, "Ben", 7), nps({}, "Ben"), csat(5, "Ana"),
                                          csat(4, "Ana"),   csat(2, "Ben"), csat({}, "Ana")};
    const SatisfactionFigures total = totalSatisfaction(surveys);
    CHECK(total.sent == 9);
    CHECK(total.responses == 7);
    CHECK(total.promoters == 4);
    CHECK(total.passives == 1);
    CHECK(total.detractors == 2);
    CHECK(*total.nps() == Approx(25.0)); // (2 promoters - 1 detractor) / 4 answers
    CHECK(*total.csat() == Approx(200.0 / 3));
    CHECK(*total.responseRate() == Approx(700.0 / 9));

    const auto byWeek = groupSatisfaction(surveys, SatisfactionGrouping::Week);
    REQUIRE(byWeek.size() == 2);
    CHECK(byWeek[0].key == QStringLiteral("2026-11-30"));
    CHECK(byWeek[1].key == QStringLiteral("2026-12-07"));
    CHECK(*byWeek[1].figures.nps() == Approx(-100.0));

    const QJsonObject json =
        satisfactionJson(total, groupSatisfaction(surveys, SatisfactionGrouping::Agent));
    CHECK(json.value(u"nps").toDouble() == 25.0);
    CHECK(json.value(u"csat").toDouble() == Approx(66.7));
    const QJsonArray groups = json.value(u"groups").toArray();
    REQUIRE(groups.size() == 2);
    // Ben's CSAT answer was a 2: none of his were satisfied; with no answers of a kind, null.
    const QJsonObject ben = groups[0].toObject().value(u"key").toString() == u"Ben"
                                ? groups[0].toObject()
                                : groups[1].toObject();
    CHECK(ben.value(u"csat").toDouble() == 0.0);
    CHECK(satisfactionJson(totalSatisfaction({nps({}, "Ana")}), {}).value(u"nps").isNull());
}
