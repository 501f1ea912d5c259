#pragma once

#include "surveys/SurveyAnswer.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace CareDesk::Surveys {

// One survey as the figures count it.
struct SurveyOutcome
{
    SurveyKind kind = SurveyKind::Csat;
    bool sent = false;        // the question reached the platform
    std::optional<int> score; // the answer's score; none: no answer (yet)
    QString agent;            // who resolved the conversation
    QString channel;
    QString category;
    QDateTime askedAt;
};

// How satisfied the customers of a period, or of one agent, channel, category or week, were.
struct SatisfactionFigures
{
    int sent = 0;
    int responses = 0; // answers with a score
    int promoters = 0; // NPS 9–10 and CSAT 4–5
    int passives = 0;
    int detractors = 0; // NPS 0–6 and CSAT 1–2
    int npsResponses = 0;
    int npsPromoters = 0;
    int npsDetractors = 0;
    int csatResponses = 0;
    int csatSatisfied = 0; // CSAT 4–5

    void add(const SurveyOutcome &survey);
    // From −100 to 100; nullopt without NPS answers.
    std::optional<double> nps() const;
    // The share of CSAT answers that were 4 or 5, in percent; nullopt without CSAT answers.
    std::optional<double> csat() const;
    // Answers per question sent, in percent; nullopt when none was sent.
    std::optional<double> responseRate() const;
};

struct SatisfactionGroup
{
    QString key;
    SatisfactionFigures figures;
};

enum class SatisfactionGrouping { Agent, Channel, Category, Week };

// The figures for every group, by key (a week by its Monday, "2026-11-30"); most surveys first,
// weeks in order.
QList<SatisfactionGroup> groupSatisfaction(const QList<SurveyOutcome> &surveys,
                                           SatisfactionGrouping grouping);
SatisfactionFigures totalSatisfaction(const QList<SurveyOutcome> &surveys);

// The team server's answer to GET /v1/surveys/summary: the totals and the groups, NPS and CSAT
// null without answers of their kind.
QJsonObject satisfactionJson(const SatisfactionFigures &total,
                             const QList<SatisfactionGroup> &groups);

} // namespace CareDesk::Surveys
