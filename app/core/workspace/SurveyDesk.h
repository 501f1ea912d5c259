#pragma once

#include "surveys/SurveySettings.h"

#include <QHash>
#include <QObject>

namespace CareDesk::Storage {
struct SurveyCandidate;
}

namespace CareDesk::Workspace {

struct WorkspaceContext;

// Closing the loop with the customer: after a conversation is resolved the team's survey
// question goes to them privately through the outbox, once, unless they were asked within the
// team's quiet days; their next private message is read as the answer when it holds a score.
// A detractor's answer reopens the conversation as a follow-up for the team's leads. Practice
// inboxes are surveyed only when their scenario asks for it ("survey"). Lives on the storage
// thread with the workspace.
class SurveyDesk final : public QObject
{
    Q_OBJECT

public:
    explicit SurveyDesk(WorkspaceContext &context, QObject *parent = nullptr);

    // Reads survey.json again.
    void configure();
    // Uses these settings (the team server's, per team).
    void configure(const Surveys::SurveySettings &settings);
    const Surveys::SurveySettings &settings() const { return m_settings; }

    // Queues the survey for a conversation just resolved by `agent`; false when none is due.
    // Resolving a detractor's conversation again closes its follow-up.
    bool conversationResolved(qint64 conversationId, const QString &agent);
    // The same with a team's settings (the team server asks for each of its teams).
    bool conversationResolved(qint64 conversationId, const QString &agent,
                              const Surveys::SurveySettings &settings);
    // Reads the answers that arrived since the surveys were sent.
    void readAnswers();

Q_SIGNALS:
    void surveyQueued(qint64 conversationId);
    void answered(qint64 conversationId, int score, bool detractor);
    void refused(const CareDesk::Core::Error &error);

private:
    // The survey this conversation's channel asks: the team's, or a practice scenario's own.
    Surveys::SurveyKind kindFor(const Storage::SurveyCandidate &candidate,
                                const Surveys::SurveySettings &settings);
    QString questionFor(const Surveys::SurveySettings &settings,
                        const Storage::SurveyCandidate &candidate, const QString &agent);

    WorkspaceContext &m_context;
    Surveys::SurveySettings m_settings;
    QHash<QString, Surveys::SurveyKind> m_scenarioSurveys; // scenario file -> what it asks
};

} // namespace CareDesk::Workspace
