// What a customer writes after the satisfaction survey (surveys/SurveyAnswer.h), and a team's
// escalation settings with the rules they apply to an arriving message
// (escalations/EscalationRules.h): both read text from outside.
#include "FuzzSupport.h"

#include <escalations/EscalationRules.h>
#include <surveys/SurveyAnswer.h>

using namespace CareDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QString text = Fuzz::textOf(data, size);
    for (const auto kind : {Surveys::SurveyKind::Csat, Surveys::SurveyKind::Nps}) {
        if (const auto answer = Surveys::readAnswer(text, kind)) {
            Fuzz::check(answer->score >= Surveys::lowestScore(kind) &&
                            answer->score <= Surveys::highestScore(kind),
                        "a score lies on the survey's scale");
            // Read in compatibility form (full-width digits, ligatures), which may be longer.
            Fuzz::check(answer->comment.size() <=
                            text.normalized(QString::NormalizationForm_KC).size() + 1,
                        "the comment is what the customer wrote, not more");
        }
    }
    static const auto rules = Escalations::EscalationSettings::defaults();
    (void)rules.check({0, false, text, 1});
    if (auto settings = Escalations::EscalationSettings::fromJson(Fuzz::bytesOf(data, size))) {
        const auto again = Escalations::EscalationSettings::fromJson(settings.value().toJson());
        Fuzz::check(again.ok(), "settings written out read back");
        (void)settings.value().check({1000000, true, text, 10});
    }
    return 0;
}
