#include "Dashboard.h"

#include "Csv.h"
#include "DashboardStore.h"
#include "ReviewStore.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace CareDesk::Review {

using Core::Result;

namespace {

constexpr qint64 MINUTE = 60;
constexpr qint64 HOUR = 60 * MINUTE;
constexpr qint64 DAY = 24 * HOUR;

// The value below which `share` of the sorted values lie (nearest rank).
qint64 percentile(const QList<qint64> &sorted, double share)
{
    if (sorted.isEmpty())
        return -1;
    const qsizetype rank = qsizetype(std::ceil(share * double(sorted.size())));
    return sorted[std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1)];
}

Histogram histogram(QList<qint64> values, const QList<qint64> &upperBounds)
{
    Histogram result;
    result.upperBoundsSecs = upperBounds;
    result.counts = QList<int>(upperBounds.size() + 1, 0);
    std::sort(values.begin(), values.end());
    for (qint64 value : values) {
        const auto bucket =
            std::lower_bound(upperBounds.begin(), upperBounds.end(), value) - upperBounds.begin();
        ++result.counts[bucket];
    }
    result.total = int(values.size());
    result.medianSecs = percentile(values, 0.5);
    result.p90Secs = percentile(values, 0.9);
    return result;
}

QList<CountBy> mostFirst(const QHash<QString, int> &counts)
{
    QList<CountBy> list;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        list.append({it.key(), it.value()});
    std::sort(list.begin(), list.end(), [](const CountBy &a, const CountBy &b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
    return list;
}

// The period's conversations, counted one by one.
struct PeriodTally
{
    QHash<QString, int> byChannel;
    QHash<QString, int> byCategory;
    QHash<QString, int> byLanguage;
    QList<qint64> firstResponses;       // seconds
    QList<qint64> resolutions;          // seconds
    QMap<QString, AgentFigures> agents; // by name, the order the dashboard lists them in
    QHash<QString, QList<qint64>> agentFirstResponses;
};

// An actionable conversation's messages and SLA. Unanswered and not yet due, the SLA has not
// been decided either way.
void countSla(const DashboardConversation &conversation, qint64 nowMs, DashboardFigures &figures,
              AgentFigures *agent)
{
    figures.actionableMessages += conversation.inbound;
    figures.answeredMessages += conversation.replied;
    int *outcome = nullptr;
    if (conversation.firstResponseAt)
        outcome = *conversation.firstResponseAt <= conversation.slaDue ? &figures.slaMet
                                                                       : &figures.slaBreached;
    else if (!conversation.resolved && conversation.slaDue < nowMs)
        outcome = &figures.slaBreached;
    if (outcome) {
        ++*outcome;
        if (agent)
            ++(outcome == &figures.slaMet ? agent->slaMet : agent->slaBreached);
    }
}

// Response and resolution times run from the customer's first message (else the start).
void count(const DashboardConversation &conversation, qint64 nowMs, DashboardFigures &figures,
           PeriodTally &tally)
{
    ++figures.conversations;
    ++tally.byChannel[conversation.channel];
    ++tally.byCategory[conversation.category];
    ++tally.byLanguage[conversation.language];
    figures.inboundMessages += conversation.inbound;
    figures.replies += conversation.outbound;
    const qint64 start = conversation.firstCustomerMessage.value_or(conversation.createdAt);

    AgentFigures *agent =
        conversation.agent.isEmpty() ? nullptr : &tally.agents[conversation.agent];
    if (agent) {
        agent->agent = conversation.agent;
        ++agent->conversations;
        agent->resolved += conversation.resolved ? 1 : 0;
    }
    if (conversation.firstResponseAt) {
        const qint64 firstResponseSecs = (*conversation.firstResponseAt - start) / 1000;
        tally.firstResponses.append(firstResponseSecs);
        if (agent)
            tally.agentFirstResponses[conversation.agent].append(firstResponseSecs);
    }
    if (conversation.resolved && conversation.resolvedAt)
        tally.resolutions.append((*conversation.resolvedAt - start) / 1000);
    if (conversation.actionable)
        countSla(conversation, nowMs, figures, agent);
}

// The backlog is now, whatever the period: every unresolved conversation, by how long the
// customer has waited.
Histogram backlogAge(const QList<qint64> &waitingSince, qint64 nowMs)
{
    QList<qint64> ages;
    ages.reserve(waitingSince.size());
    for (const qint64 since : waitingSince)
        ages.append(std::max<qint64>(0, (nowMs - since) / 1000));
    return histogram(ages, {HOUR, 4 * HOUR, DAY, 3 * DAY});
}

// Every agent with a conversation, a reply or a review in the period, by name.
QList<AgentFigures> agentFigures(PeriodTally &tally, const QHash<QString, int> &repliesBy,
                                 const QList<AgentQaResult> &quality)
{
    // Replies each agent sent in the period's conversations, from this desk or another of the team.
    for (auto it = repliesBy.cbegin(); it != repliesBy.cend(); ++it) {
        AgentFigures &agent = tally.agents[it.key()];
        agent.agent = it.key();
        agent.replies = it.value();
    }
    for (const AgentQaResult &result : quality) {
        AgentFigures &agent = tally.agents[result.agent];
        agent.agent = result.agent;
        agent.qaPercent = result.averagePercent;
    }
    QList<AgentFigures> agents;
    for (AgentFigures &agent : tally.agents) {
        QList<qint64> times = tally.agentFirstResponses.value(agent.agent);
        std::sort(times.begin(), times.end());
        agent.medianFirstResponseSecs = percentile(times, 0.5);
        agents.append(agent);
    }
    return agents;
}

QList<TemplateFigures> withAdvice(QList<TemplateFigures> templates)
{
    for (TemplateFigures &figure : templates) {
        if (figure.uses < TEMPLATE_ADVICE_MIN_USES)
            continue;
        if (figure.unchanged * 100 >= figure.uses * 95)
            figure.advice = TemplateFigures::Advice::SentUnchanged;
        else if (figure.averageEditRatio >= 0.6)
            figure.advice = TemplateFigures::Advice::AlwaysRewritten;
    }
    return templates;
}

} // namespace

double DashboardFigures::slaAttainment() const
{
    const int due = slaMet + slaBreached;
    return due == 0 ? -1 : 100.0 * slaMet / due;
}

double DashboardFigures::responseRate() const
{
    return actionableMessages == 0 ? -1 : 100.0 * answeredMessages / actionableMessages;
}

Result<DashboardFigures> computeDashboard(QSqlDatabase db, const DashboardPeriod &period,
                                          const QDateTime &now)
{
    DashboardStore store(db);
    auto history = store.history(period);
    if (!history)
        return history.error();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    DashboardFigures figures;
    PeriodTally tally;
    for (const DashboardConversation &conversation : history.value().conversations)
        count(conversation, nowMs, figures, tally);
    figures.byChannel = mostFirst(tally.byChannel);
    figures.byCategory = mostFirst(tally.byCategory);
    figures.byLanguage = mostFirst(tally.byLanguage);
    figures.firstResponse = histogram(tally.firstResponses, {15 * MINUTE, HOUR, 4 * HOUR, DAY});
    figures.resolution = histogram(tally.resolutions, {HOUR, 4 * HOUR, DAY, 3 * DAY});

    auto waitingSince = store.backlogWaitingSince(period.channelId);
    if (!waitingSince)
        return waitingSince.error();
    figures.backlogAge = backlogAge(waitingSince.value(), nowMs);

    auto quality = ReviewStore(db).agentResults(period.from, period.to);
    if (!quality)
        return quality.error();
    figures.quality = quality.value();
    figures.agents = agentFigures(tally, history.value().repliesBy, figures.quality);

    auto templates = store.templateUses(period);
    if (!templates)
        return templates.error();
    figures.templates = withAdvice(templates.value());

    auto surveys = store.surveyOutcomes(period);
    if (!surveys)
        return surveys.error();
    using Surveys::SatisfactionGrouping;
    figures.satisfaction = Surveys::totalSatisfaction(surveys.value());
    figures.satisfactionByAgent =
        Surveys::groupSatisfaction(surveys.value(), SatisfactionGrouping::Agent);
    figures.satisfactionByChannel =
        Surveys::groupSatisfaction(surveys.value(), SatisfactionGrouping::Channel);
    figures.satisfactionByCategory =
        Surveys::groupSatisfaction(surveys.value(), SatisfactionGrouping::Category);
    figures.satisfactionByWeek =
        Surveys::groupSatisfaction(surveys.value(), SatisfactionGrouping::Week);

    auto escalations = store.escalations(period);
    if (!escalations)
        return escalations.error();
    QHash<QString, int> byReason;
    QList<qint64> takeSecs;
    for (const auto &[reason, secs] : escalations.value()) {
        ++figures.escalations;
        ++byReason[reason];
        if (secs >= 0)
            takeSecs.append(secs);
    }
    figures.escalationsTaken = int(takeSecs.size());
    if (!takeSecs.isEmpty()) {
        std::sort(takeSecs.begin(), takeSecs.end());
        figures.medianTakeSecs = takeSecs.at(takeSecs.size() / 2);
    }
    figures.escalationsByReason = mostFirst(byReason);

    auto shared = store.praiseShared(period);
    if (!shared)
        return shared.error();
    figures.praiseShared = mostFirst(shared.value());

    auto span = ReviewStore(db).historySpan();
    if (!span)
        return span.error();
    figures.history = span.value();
    return figures;
}

namespace {

// Rows "satisfaction,sent,12", "satisfaction by agent,Ana: NPS,40.0", "escalations,taken,3",
// "praise shared,repost,2"...
void appendSurveysAndEscalations(QByteArray &csv, const DashboardFigures &figures)
{
    const auto number = [](const std::optional<double> &value) {
        return value ? QString::number(*value, 'f', 1) : QString();
    };
    const auto rows = [&](const QString &section, const QString &prefix,
                          const Surveys::SatisfactionFigures &tally) {
        csv += csvRecord({section, prefix + QStringLiteral("sent"), QString::number(tally.sent)});
        csv += csvRecord(
            {section, prefix + QStringLiteral("responses"), QString::number(tally.responses)});
        csv += csvRecord(
            {section, prefix + QStringLiteral("response rate %"), number(tally.responseRate())});
        csv += csvRecord({section, prefix + QStringLiteral("NPS"), number(tally.nps())});
        csv += csvRecord({section, prefix + QStringLiteral("CSAT %"), number(tally.csat())});
    };
    const Surveys::SatisfactionFigures &total = figures.satisfaction;
    rows(QStringLiteral("satisfaction"), QString(), total);
    csv += csvRecord({QStringLiteral("escalations"), QStringLiteral("escalated"),
                      QString::number(figures.escalations)});
    csv += csvRecord({QStringLiteral("escalations"), QStringLiteral("taken"),
                      QString::number(figures.escalationsTaken)});
    csv += csvRecord(
        {QStringLiteral("escalations"), QStringLiteral("median s to take"),
         figures.medianTakeSecs < 0 ? QString() : QString::number(figures.medianTakeSecs)});
    for (const CountBy &reason : figures.escalationsByReason)
        csv += csvRecord(
            {QStringLiteral("escalations by reason"), reason.key, QString::number(reason.count)});
    for (const CountBy &way : figures.praiseShared)
        csv += csvRecord({QStringLiteral("praise shared"), way.key, QString::number(way.count)});
    for (const auto &[key, value] : {std::pair{QStringLiteral("promoters"), total.promoters},
                                     std::pair{QStringLiteral("passives"), total.passives},
                                     std::pair{QStringLiteral("detractors"), total.detractors}})
        csv += csvRecord({QStringLiteral("satisfaction"), key, QString::number(value)});
    for (const auto &[section, groups] :
         {std::pair{QStringLiteral("satisfaction by agent"), &figures.satisfactionByAgent},
          std::pair{QStringLiteral("satisfaction by channel"), &figures.satisfactionByChannel},
          std::pair{QStringLiteral("satisfaction by category"), &figures.satisfactionByCategory},
          std::pair{QStringLiteral("satisfaction by week"), &figures.satisfactionByWeek}})
        for (const Surveys::SatisfactionGroup &group : *groups)
            rows(section, group.key + QStringLiteral(": "), group.figures);
}

} // namespace

QByteArray dashboardCsv(const DashboardFigures &figures)
{
    QByteArray csv =
        csvRecord({QStringLiteral("section"), QStringLiteral("key"), QStringLiteral("value")});
    const auto row = [&csv](const QString &section, const QString &key, const QString &value) {
        csv += csvRecord({section, key, value});
    };
    const auto number = [](double value) {
        return value < 0 ? QString() : QString::number(value, 'f', 1);
    };
    row(QStringLiteral("totals"), QStringLiteral("conversations"),
        QString::number(figures.conversations));
    row(QStringLiteral("totals"), QStringLiteral("customer messages"),
        QString::number(figures.inboundMessages));
    row(QStringLiteral("totals"), QStringLiteral("replies"), QString::number(figures.replies));
    row(QStringLiteral("totals"), QStringLiteral("SLA attainment %"),
        number(figures.slaAttainment()));
    row(QStringLiteral("totals"), QStringLiteral("response rate %"),
        number(figures.responseRate()));
    for (const auto &[section, counts] :
         {std::pair{QStringLiteral("channel"), &figures.byChannel},
          std::pair{QStringLiteral("category"), &figures.byCategory},
          std::pair{QStringLiteral("language"), &figures.byLanguage}})
        for (const CountBy &count : *counts)
            row(section, count.key, QString::number(count.count));
    for (const auto &[section, histogram] :
         {std::pair{QStringLiteral("first response"), &figures.firstResponse},
          std::pair{QStringLiteral("resolution"), &figures.resolution},
          std::pair{QStringLiteral("backlog age"), &figures.backlogAge}}) {
        for (qsizetype i = 0; i < histogram->counts.size(); ++i) {
            const QString bucket =
                i < histogram->upperBoundsSecs.size()
                    ? QStringLiteral("<= %1 s").arg(histogram->upperBoundsSecs[i])
                    : QStringLiteral("> %1 s").arg(histogram->upperBoundsSecs.value(i - 1));
            row(section, bucket, QString::number(histogram->counts[i]));
        }
        row(section, QStringLiteral("median s"),
            histogram->medianSecs < 0 ? QString() : QString::number(histogram->medianSecs));
        row(section, QStringLiteral("p90 s"),
            histogram->p90Secs < 0 ? QString() : QString::number(histogram->p90Secs));
    }
    for (const AgentFigures &agent : figures.agents) {
        const QString section = QStringLiteral("agent ") + agent.agent;
        row(section, QStringLiteral("conversations"), QString::number(agent.conversations));
        row(section, QStringLiteral("resolved"), QString::number(agent.resolved));
        row(section, QStringLiteral("replies"), QString::number(agent.replies));
        row(section, QStringLiteral("median first response s"),
            agent.medianFirstResponseSecs < 0 ? QString()
                                              : QString::number(agent.medianFirstResponseSecs));
        row(section, QStringLiteral("SLA met"), QString::number(agent.slaMet));
        row(section, QStringLiteral("SLA breached"), QString::number(agent.slaBreached));
        row(section, QStringLiteral("QA %"), number(agent.qaPercent));
    }
    for (const AgentQaResult &result : figures.quality)
        for (const auto &[week, percent] : result.byWeek)
            row(QStringLiteral("agent ") + result.agent,
                QStringLiteral("QA % week of ") + week.toString(Qt::ISODate), number(percent));
    for (const TemplateFigures &figure : figures.templates) {
        const QString section = QStringLiteral("canned ") + figure.title;
        row(section, QStringLiteral("uses"), QString::number(figure.uses));
        row(section, QStringLiteral("sent unchanged"), QString::number(figure.unchanged));
        row(section, QStringLiteral("average edit %"), number(100 * figure.averageEditRatio));
    }
    appendSurveysAndEscalations(csv, figures);
    return csv;
}

} // namespace CareDesk::Review
