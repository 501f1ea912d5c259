#pragma once

#include "Dashboard.h"
#include "Result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace CareDesk::Review {

// A conversation of the dashboard's period, with what the figures are made of. Times are UTC
// milliseconds since the epoch.
struct DashboardConversation
{
    QString channel;
    QString category;
    QString language;
    QString agent; // its assignee, else whoever last replied from this desk; may be empty
    bool actionable = false;
    bool resolved = false;
    qint64 createdAt = 0;
    std::optional<qint64> firstResponseAt;
    std::optional<qint64> resolvedAt;
    qint64 slaDue = 0;
    std::optional<qint64> firstCustomerMessage;
    int inbound = 0;  // the customer's messages
    int replied = 0;  // ... of which answered with a reply
    int outbound = 0; // replies
};

// The period's conversations and who replied in them.
struct DashboardHistory
{
    std::vector<DashboardConversation> conversations;
    QHash<QString, int> repliesBy; // agent -> replies, from this desk or another of the team
};

// What the dashboard reads from the workspace; the figures are worked out in Dashboard.cpp.
class DashboardStore final
{
public:
    explicit DashboardStore(QSqlDatabase db);

    // The conversations started in the period, with their messages counted.
    Core::Result<DashboardHistory> history(const DashboardPeriod &period);
    // Since when each unresolved conversation has waited, whenever it started: the customer's
    // oldest unanswered message, else (waiting on the customer) its start. `channelId` 0: all.
    Core::Result<QList<qint64>> backlogWaitingSince(qint64 channelId);
    // Each canned response used in the period, most used first, without advice.
    Core::Result<QList<TemplateFigures>> templateUses(const DashboardPeriod &period);
    // The escalations of the period (flags aside): each one's reason, and the seconds it waited
    // to be taken (-1: not taken yet).
    Core::Result<QList<std::pair<QString, qint64>>> escalations(const DashboardPeriod &period);
    // How often praise was shared in the period, by way of sharing (repost, quote, like).
    Core::Result<QHash<QString, int>> praiseShared(const DashboardPeriod &period);
    // The satisfaction surveys asked in the period, with their answers.
    Core::Result<QList<Surveys::SurveyOutcome>> surveyOutcomes(const DashboardPeriod &period);

private:
    Core::Result<void> readConversations(const DashboardPeriod &period, DashboardHistory &history,
                                         QHash<qint64, size_t> &indexOf);
    Core::Result<void> readMessages(const DashboardPeriod &period, DashboardHistory &history,
                                    const QHash<qint64, size_t> &indexOf);

    QSqlDatabase m_db;
};

} // namespace CareDesk::Review
