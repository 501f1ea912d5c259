#include "QueueDesk.h"

#include "TeamSession.h"
#include "WorkspaceContext.h"
#include "review/ReviewStore.h"
#include "storage/WorkspaceStore.h"
#include "sync/TeamSync.h"
#include "triage/TriageEngine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace CareDesk::Workspace {

using Core::Error;
using Core::Result;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Workspace::WorkspaceService)
};

} // namespace

QueueDesk::QueueDesk(WorkspaceContext &context, TeamSession &team, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_team(team)
{}

void QueueDesk::loadQueue()
{
    if (!m_context.isOpen())
        return;
    Review::QueueSnapshot queue;
    Core::InboxQuery longestWaiting;
    longestWaiting.sort = Core::InboxSort::OldestWaiting;
    auto waiting =
        Storage::WorkspaceStore(m_context.connection()).inboxPage(longestWaiting, {}, QUEUE_ROWS);
    auto loads = waiting ? Review::ReviewStore(m_context.connection()).agentLoads()
                         : Result<QList<Review::AgentLoad>>(waiting.error());
    if (!loads) {
        Q_EMIT failed(loads.error());
        return;
    }
    queue.waiting = waiting.value().rows;
    queue.agents = loads.value();
    queue.sla = m_context.triage.engine().slaPolicy();
    if (!m_team.isSignedIn()) {
        Q_EMIT queueLoaded(queue);
        return;
    }
    // In a team, who is on and how much they hold is the server's to say.
    m_team.sync().fetchQueue(
        [this, queue](Result<std::pair<QJsonArray, QJsonObject>> answer) mutable {
            if (!answer)
                Q_EMIT refused(answer.error());
            else
                applyTeamAnswer(queue, answer.value().first, answer.value().second);
            Q_EMIT queueLoaded(queue);
        });
}

void QueueDesk::applyTeamAnswer(Review::QueueSnapshot &queue, const QJsonArray &agents,
                                const QJsonObject &routing) const
{
    queue.team = true;
    queue.agents.clear();
    for (const QJsonValue &value : agents) {
        const QJsonObject agent = value.toObject();
        if (agent.value(u"role").toString() != u"agent" &&
            agent.value(u"role").toString() != u"lead")
            continue;
        queue.agents.append({agent.value(u"name").toString(), agent.value(u"presence").toString(),
                             agent.value(u"open").toInt(), agent.value(u"capacity").toInt(-1)});
    }
    queue.routingPolicy = routing.value(u"policy").toString();
    if (auto sla =
            Triage::SlaPolicy::fromJson(QJsonDocument(routing.value(u"sla").toObject()).toJson()))
        queue.sla = sla.value();
}

void QueueDesk::saveQueueSettings(const Triage::SlaPolicy &sla, const QString &routingPolicy)
{
    if (!m_context.isOpen())
        return;
    if (!m_team.isSignedIn()) {
        saveLocally(sla);
        return;
    }
    QJsonObject settings{{QStringLiteral("sla"), QJsonDocument::fromJson(sla.toJson()).object()}};
    if (!routingPolicy.isEmpty())
        settings.insert(QStringLiteral("policy"), routingPolicy);
    m_team.sync().setRouting(settings, [this](Result<QJsonObject> saved) {
        if (!saved) {
            Q_EMIT refused(saved.error());
            return;
        }
        Q_EMIT queueSettingsSaved(
            Tr::tr("The team's routing and SLA are saved on the team server."));
        loadQueue();
    });
}

void QueueDesk::saveLocally(const Triage::SlaPolicy &sla)
{
    QSaveFile file(TriageSetup::slaPolicyPath(m_context.directory));
    if (!file.open(QIODevice::WriteOnly) || file.write(sla.toJson()) < 0 || !file.commit()) {
        Q_EMIT refused(Error{Tr::tr("The SLA policy could not be saved."), file.errorString()});
        return;
    }
    m_context.triage.engine().setSlaPolicy(sla);
    Q_EMIT queueSettingsSaved(Tr::tr("Saved. New conversations are due by these rules."));
    loadQueue();
}

} // namespace CareDesk::Workspace
