#pragma once

#include "Result.h"
#include "surveys/Satisfaction.h"

#include <QList>
#include <QString>

#include <optional>

namespace CareDesk::Server {

class ChangeFeed;
class ServerDatabase;

// The satisfaction surveys of each team (table surveys): asked after a resolve, answered, and
// the figures GET /v1/surveys/summary gives. The ingest workspace asks and reads the answers;
// this is the team's record of them.
class SurveyRecords final
{
public:
    SurveyRecords(ServerDatabase &database, ChangeFeed &feed);

    struct Asked
    {
        qint64 teamId = 0;
        qint64 conversationId = 0;
        Surveys::SurveyKind kind = Surveys::SurveyKind::Csat;
        QString agentName;
        QString clientId; // the question's entry in the ingest workspace's outbox
    };
    Core::Result<void> recordAsked(const Asked &asked, qint64 nowMs);

    struct Answer
    {
        qint64 sourceConversationId = 0;
        qint64 sourceMessageId = 0; // the customer's answer in the ingest workspace
        int score = 0;
        QString comment;
        bool detractor = false;
        QString status; // the conversation's status after the answer
    };
    // Records the answer, marks the message answered and the conversation's status, for every
    // desk of the team; returns the team, 0 when the conversation is none of the teams'.
    Core::Result<qint64> recordAnswer(const Answer &answer, qint64 nowMs);
    // The conversation is resolved again: its detractor's follow-up is done.
    Core::Result<void> closeFollowUp(qint64 conversationId);

    // Questions whose delivery is not settled yet: client id -> state.
    Core::Result<QList<std::pair<QString, QString>>> unsettled();
    // Records where the question stands, for the desks too; returns its team (0: none).
    Core::Result<qint64> setDelivery(const QString &clientId, const QString &state, qint64 nowMs);

    // A team's surveys asked in [fromMs, toMs).
    Core::Result<QList<Surveys::SurveyOutcome>> outcomes(qint64 teamId, qint64 fromMs, qint64 toMs);

private:
    ServerDatabase &m_database;
    ChangeFeed &m_feed;
};

} // namespace CareDesk::Server
