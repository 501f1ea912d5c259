#include "TeamSurveys.h"

#include "ChangeFanout.h"
#include "Clock.h"
#include "Logging.h"
#include "ServerChannels.h"
#include "ServerIngest.h"
#include "storage/SurveyStore.h"
#include "store/TeamStore.h"
#include "workspace/SurveyDesk.h"

namespace CareDesk::Server {

using Core::Result;

TeamSurveys::TeamSurveys(TeamStore &store, ServerIngest &ingest, ServerChannels &channels,
                         ChangeFanout &fanout, const Core::Clock &clock)
    : m_store(store)
    , m_ingest(ingest)
    , m_channels(channels)
    , m_fanout(fanout)
    , m_clock(clock)
{
    connect(&m_channels.surveys(), &Workspace::SurveyDesk::answered, this,
            [this](qint64 sourceConversationId) { recordAnswer(sourceConversationId); });
    connect(&m_channels.surveys(), &Workspace::SurveyDesk::refused, this,
            [](const Core::Error &error) {
                qCWarning(lcSurveys) << error.userMessage << error.detail;
            });
}

qint64 TeamSurveys::nowMs() const
{
    return m_clock.now().toMSecsSinceEpoch();
}

void TeamSurveys::conversationResolved(qint64 teamId, qint64 conversationId,
                                       const QString &agentName)
{
    if (auto closed = m_store.surveys().closeFollowUp(conversationId); !closed)
        qCWarning(lcSurveys) << closed.error().userMessage << closed.error().detail;
    auto settings = m_store.teams().surveySettings(teamId);
    auto source = m_store.conversations().sourceIdOf(conversationId);
    // Off for the team still asks in a practice inbox whose scenario wants it.
    if (!settings || !source || source.value() <= 0)
        return;
    Workspace::SurveyDesk &desk = m_channels.surveys();
    if (!desk.conversationResolved(source.value(), agentName, settings.value()))
        return;
    auto asked = m_ingest.survey(source.value());
    if (!asked || !asked.value())
        return;
    const auto kind = Surveys::kindFromString(asked.value()->kind);
    if (auto recorded = m_store.surveys().recordAsked({teamId, conversationId,
                                                       kind.value_or(Surveys::SurveyKind::Csat),
                                                       agentName, asked.value()->clientId},
                                                      nowMs());
        !recorded)
        qCWarning(lcSurveys) << recorded.error().userMessage << recorded.error().detail;
    m_fanout.changed(teamId);
    m_channels.pollSoon(); // out on the next turn, with the replies
}

void TeamSurveys::readAnswers()
{
    // What became of the questions sent.
    if (auto unsettled = m_store.surveys().unsettled()) {
        for (const auto &[clientId, state] : unsettled.value()) {
            auto entry = m_ingest.outboxEntry(clientId);
            if (!entry)
                continue;
            const QString now = Outbox::toString(entry.value().state);
            if (now == state)
                continue;
            auto team = m_store.surveys().setDelivery(clientId, now, nowMs());
            if (!team)
                qCWarning(lcSurveys) << team.error().userMessage << team.error().detail;
            else if (team.value() > 0)
                m_fanout.changed(team.value());
        }
    }
    m_channels.surveys().readAnswers(); // answered() records each for its team
}

void TeamSurveys::recordAnswer(qint64 sourceConversationId)
{
    auto survey = m_ingest.survey(sourceConversationId);
    auto status = m_ingest.status(sourceConversationId);
    if (!survey || !survey.value() || !survey.value()->score || !status) {
        qCWarning(lcSurveys) << "the answer in conversation" << sourceConversationId
                             << "could not be read back";
        return;
    }
    const Core::SurveyRecord &answer = *survey.value();
    auto team = m_store.surveys().recordAnswer({sourceConversationId, answer.answerMessageId,
                                                *answer.score, answer.comment, answer.detractor,
                                                Core::toString(status.value())},
                                               nowMs());
    if (!team) {
        qCWarning(lcSurveys) << team.error().userMessage << team.error().detail;
        return;
    }
    if (team.value() > 0)
        m_fanout.changed(team.value());
    if (answer.detractor && team.value() > 0)
        Q_EMIT detractorAnswered(sourceConversationId, *answer.score);
}

Result<QJsonObject> TeamSurveys::summary(qint64 teamId, qint64 fromMs, qint64 toMs,
                                         const QString &by)
{
    auto outcomes = m_store.surveys().outcomes(teamId, fromMs, toMs);
    if (!outcomes)
        return outcomes.error();
    return Surveys::satisfactionJson(
        Surveys::totalSatisfaction(outcomes.value()),
        Surveys::groupSatisfaction(outcomes.value(), by == u"channel"
                                                         ? Surveys::SatisfactionGrouping::Channel
                                                         : Surveys::SatisfactionGrouping::Agent));
}

} // namespace CareDesk::Server
