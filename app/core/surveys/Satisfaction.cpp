#include "Satisfaction.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace CareDesk::Surveys {

namespace {

QJsonValue nullable(const std::optional<double> &value)
{
    // One decimal: what a dashboard shows, and stable for a script to compare.
    return value ? QJsonValue(std::round(*value * 10) / 10) : QJsonValue(QJsonValue::Null);
}

QString keyOf(const SurveyOutcome &survey, SatisfactionGrouping grouping)
{
    switch (grouping) {
    case SatisfactionGrouping::Agent:
        return survey.agent;
    case SatisfactionGrouping::Channel:
        return survey.channel;
    case SatisfactionGrouping::Category:
        return survey.category;
    case SatisfactionGrouping::Week:
        break;
    }
    const QDate day = survey.askedAt.toUTC().date();
    return day.addDays(1 - day.dayOfWeek()).toString(Qt::ISODate);
}

} // namespace

void SatisfactionFigures::add(const SurveyOutcome &survey)
{
    if (survey.sent)
        ++sent;
    if (!survey.score)
        return;
    ++responses;
    const Standing standing = standingOf(survey.kind, *survey.score);
    promoters += standing == Standing::Promoter;
    passives += standing == Standing::Passive;
    detractors += standing == Standing::Detractor;
    if (survey.kind == SurveyKind::Nps) {
        ++npsResponses;
        npsPromoters += standing == Standing::Promoter;
        npsDetractors += standing == Standing::Detractor;
    } else {
        ++csatResponses;
        csatSatisfied += standing == Standing::Promoter;
    }
}

std::optional<double> SatisfactionFigures::nps() const
{
    if (npsResponses == 0)
        return std::nullopt;
    return 100.0 * (npsPromoters - npsDetractors) / npsResponses;
}

std::optional<double> SatisfactionFigures::csat() const
{
    if (csatResponses == 0)
        return std::nullopt;
    return 100.0 * csatSatisfied / csatResponses;
}

std::optional<double> SatisfactionFigures::responseRate() const
{
    if (sent == 0)
        return std::nullopt;
    return 100.0 * responses / sent;
}

SatisfactionFigures totalSatisfaction(const QList<SurveyOutcome> &surveys)
{
    SatisfactionFigures total;
    for (const SurveyOutcome &survey : surveys)
        total.add(survey);
    return total;
}

QList<SatisfactionGroup> groupSatisfaction(const QList<SurveyOutcome> &surveys,
                                           SatisfactionGrouping grouping)
{
    QHash<QString, qsizetype> indexOf;
    QList<SatisfactionGroup> groups;
    for (const SurveyOutcome &survey : surveys) {
        const QString key = keyOf(survey, grouping);
        auto found = indexOf.constFind(key);
        if (found == indexOf.cend()) {
            found = indexOf.insert(key, groups.size());
            groups.append({key, {}});
        }
        groups[*found].figures.add(survey);
    }
    std::sort(groups.begin(), groups.end(),
              [grouping](const SatisfactionGroup &a, const SatisfactionGroup &b) {
                  if (grouping == SatisfactionGrouping::Week)
                      return a.key < b.key;
                  if (a.figures.sent != b.figures.sent)
                      return a.figures.sent > b.figures.sent;
                  return a.key < b.key;
              });
    return groups;
}

QJsonObject satisfactionJson(const SatisfactionFigures &total,
                             const QList<SatisfactionGroup> &groups)
{
    QJsonArray groupArray;
    for (const SatisfactionGroup &group : groups)
        groupArray.append(QJsonObject{{QStringLiteral("key"), group.key},
                                      {QStringLiteral("sent"), group.figures.sent},
                                      {QStringLiteral("responses"), group.figures.responses},
                                      {QStringLiteral("nps"), nullable(group.figures.nps())},
                                      {QStringLiteral("csat"), nullable(group.figures.csat())}});
    return {{QStringLiteral("sent"), total.sent},
            {QStringLiteral("responses"), total.responses},
            {QStringLiteral("promoters"), total.promoters},
            {QStringLiteral("passives"), total.passives},
            {QStringLiteral("detractors"), total.detractors},
            {QStringLiteral("nps"), nullable(total.nps())},
            {QStringLiteral("csat"), nullable(total.csat())},
            {QStringLiteral("groups"), groupArray}};
}

} // namespace CareDesk::Surveys
