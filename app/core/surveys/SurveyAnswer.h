#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace CareDesk::Surveys {

// What a team asks after a conversation is resolved: nothing, customer satisfaction (1–5) or
// the net promoter question (0–10).
enum class SurveyKind { Off, Csat, Nps };

QString toString(SurveyKind kind); // "off", "csat", "nps"
std::optional<SurveyKind> kindFromString(QStringView text);
int lowestScore(SurveyKind kind);
int highestScore(SurveyKind kind);

// Where an answer puts the customer. NPS: 9–10 promoters, 7–8 passives, 0–6 detractors.
// CSAT: 4–5 satisfied (counted as promoters), 3 neutral, 1–2 dissatisfied (detractors).
enum class Standing { Promoter, Passive, Detractor };
Standing standingOf(SurveyKind kind, int score);

// A customer's answer to the survey: the score, and what else they wrote (in Unicode's
// compatibility form, as the score was read: full-width letters and ligatures become plain).
struct SurveyAnswer
{
    int score = 0;
    QString comment;
};

// Reads the score out of the customer's next private message: digits ("9", "9/10",
// "10 out of 10", "4 de 5"), stars ("5 stars", "5 Sterne", "★★★★☆", "⭐⭐⭐"), keycap emoji, and
// number words in English, Spanish, German, French, Portuguese, Italian and Dutch. A bare number
// counts at the start of the message (or after a comma at its end) only when no word follows
// it, so "2 weeks and still nothing" stays an ordinary message. A score outside the survey's
// scale is no answer. nullopt: the message holds no score.
std::optional<SurveyAnswer> readAnswer(const QString &text, SurveyKind kind);

} // namespace CareDesk::Surveys
