#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QObject>

namespace CareDesk::Core {
class Clock;
}

namespace CareDesk::Server {

class ChangeFanout;
class ServerChannels;
class ServerIngest;
class TeamStore;

// Each team's satisfaction survey: when an agent resolves a conversation the question goes out
// through the ingest workspace's outbox (the same survey desk as the app's, with the team's
// settings), and when the customer's answer arrives it is recorded for the team, a detractor's
// conversation reopened for the leads.
class TeamSurveys final : public QObject
{
    Q_OBJECT

public:
    TeamSurveys(TeamStore &store, ServerIngest &ingest, ServerChannels &channels,
                ChangeFanout &fanout, const Core::Clock &clock);

    // A conversation of the team resolved by `agentName`.
    void conversationResolved(qint64 teamId, qint64 conversationId, const QString &agentName);
    // Reads the answers that arrived, and what became of the questions sent.
    void readAnswers();
    // GET /v1/surveys/summary: `by` is "agent" or "channel".
    Core::Result<QJsonObject> summary(qint64 teamId, qint64 fromMs, qint64 toMs, const QString &by);

Q_SIGNALS:
    // A customer answered as a detractor in this conversation of the ingest workspace.
    void detractorAnswered(qint64 sourceConversationId, int score);

private:
    void recordAnswer(qint64 sourceConversationId);
    qint64 nowMs() const;

    TeamStore &m_store;
    ServerIngest &m_ingest;
    ServerChannels &m_channels;
    ChangeFanout &m_fanout;
    const Core::Clock &m_clock;
};

} // namespace CareDesk::Server
