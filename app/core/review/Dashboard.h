#pragma once

#include "Result.h"
#include "Scorecard.h"
#include "surveys/Satisfaction.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>

namespace CareDesk::Review {

// What a dashboard covers: conversations started in [from, to), on one channel or all.
struct DashboardPeriod
{
    QDateTime from;
    QDateTime to;
    qint64 channelId = 0;
};

// When the workspace's first and last conversations started, whatever a period shows: a lead
// whose period is empty is offered the data's own range. Invalid times: it holds none.
struct HistorySpan
{
    QDateTime first;
    QDateTime last;
    bool isEmpty() const { return !first.isValid(); }
};

struct CountBy
{
    QString key;
    int count = 0;
};

// Durations in buckets: bucket i holds values up to upperBoundsSecs[i]; the last bucket, one
// more than the bounds, holds everything longer.
struct Histogram
{
    QList<qint64> upperBoundsSecs;
    QList<int> counts;
    int total = 0;
    qint64 medianSecs = -1;
    qint64 p90Secs = -1;
};

struct AgentFigures
{
    QString agent;
    int conversations = 0;
    int resolved = 0;
    int replies = 0; // in the period's conversations, from any desk
    qint64 medianFirstResponseSecs = -1;
    int slaMet = 0;
    int slaBreached = 0;
    double qaPercent = -1; // -1: no reviews in the period
};

// How a canned response fares: one that always goes out unchanged, or is always rewritten, is
// one to look at again.
struct TemplateFigures
{
    enum class Advice { None, SentUnchanged, AlwaysRewritten };
    qint64 responseId = 0;
    QString title;
    int uses = 0;
    int unchanged = 0;
    double averageEditRatio = 0;
    Advice advice = Advice::None;
};

struct DashboardFigures
{
    int conversations = 0;
    int inboundMessages = 0;
    int replies = 0;
    QList<CountBy> byChannel; // conversations started, most first
    QList<CountBy> byCategory;
    QList<CountBy> byLanguage;
    Histogram firstResponse; // from the customer's first message to the first reply
    Histogram resolution;    // from the customer's first message to resolved
    Histogram backlogAge; // every unresolved conversation now, by how long the customer has waited
    int slaMet = 0;       // actionable conversations answered within their SLA
    int slaBreached = 0;  // ... answered late, or unanswered with the SLA passed
    int actionableMessages = 0; // customer messages in actionable conversations
    int answeredMessages = 0;   // ... of which answered with a reply
    QList<AgentFigures> agents;
    QList<AgentQaResult> quality; // each agent's QA score week by week
    QList<TemplateFigures> templates;
    HistorySpan history; // every conversation of the workspace, in the period or not
    // Satisfaction surveys asked in the period, and what came back.
    Surveys::SatisfactionFigures satisfaction;
    QList<Surveys::SatisfactionGroup> satisfactionByAgent;
    QList<Surveys::SatisfactionGroup> satisfactionByChannel;
    QList<Surveys::SatisfactionGroup> satisfactionByCategory;
    QList<Surveys::SatisfactionGroup> satisfactionByWeek;
    // Escalations (by hand and by rule, flags aside) made in the period, and how long they
    // waited to be taken.
    int escalations = 0;
    int escalationsTaken = 0;
    qint64 medianTakeSecs = -1;
    QList<CountBy> escalationsByReason;
    // Customers' praise shared from the brand's accounts in the period: repost, quote, like.
    QList<CountBy> praiseShared;

    double slaAttainment() const; // 0-100, -1 when nothing was due
    double responseRate() const;  // 0-100, -1 when nothing needed an answer
};

// A template is judged after this many uses in the period.
constexpr int TEMPLATE_ADVICE_MIN_USES = 5;

Core::Result<DashboardFigures> computeDashboard(QSqlDatabase db, const DashboardPeriod &period,
                                                const QDateTime &now);

// Every figure as CSV rows "section,key,value" (see Csv.h), for spreadsheets.
QByteArray dashboardCsv(const DashboardFigures &figures);

} // namespace CareDesk::Review

Q_DECLARE_METATYPE(CareDesk::Review::DashboardFigures)
Q_DECLARE_METATYPE(CareDesk::Review::DashboardPeriod)
Q_DECLARE_METATYPE(CareDesk::Review::HistorySpan)
