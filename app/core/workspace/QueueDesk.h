#pragma once

#include "Result.h"
#include "review/ReviewTypes.h"
#include "triage/SlaPolicy.h"

#include <QObject>

namespace CareDesk::Workspace {

class TeamSession;
struct WorkspaceContext;

// Queue control: agents' load (and presence in a team), the longest waiting conversations,
// the SLA policy and (in a team) the routing policy; then saving the rules. Solo, the SLA
// policy is the workspace's sla-policy.json; in a team, the server's for the whole team.
class QueueDesk final : public QObject
{
    Q_OBJECT

public:
    QueueDesk(WorkspaceContext &context, TeamSession &team, QObject *parent = nullptr);

    void loadQueue();
    void saveQueueSettings(const Triage::SlaPolicy &sla, const QString &routingPolicy);

    // The longest waiting conversations queue control lists.
    static constexpr int QUEUE_ROWS = 200;

Q_SIGNALS:
    void queueLoaded(const CareDesk::Review::QueueSnapshot &queue);
    void queueSettingsSaved(const QString &message);
    void failed(const CareDesk::Core::Error &error);
    void refused(const CareDesk::Core::Error &error);

private:
    // The team's agents and routing as the server answered, over the desk's own view.
    void applyTeamAnswer(Review::QueueSnapshot &queue, const QJsonArray &agents,
                         const QJsonObject &routing) const;
    void saveLocally(const Triage::SlaPolicy &sla);

    WorkspaceContext &m_context;
    TeamSession &m_team;
};

} // namespace CareDesk::Workspace
