#include "ReplyQueue.h"

#include "ChannelPoller.h"
#include "Clock.h"
#include "ConversationActions.h"
#include "Logging.h"
#include "TeamSession.h"
#include "WorkspaceContext.h"
#include "outbox/Outbox.h"
#include "review/ReviewStore.h"
#include "storage/Drafts.h"
#include "storage/TranslationStore.h"
#include "storage/WorkspaceStore.h"
#include "sync/TeamMirror.h"
#include "sync/TeamSync.h"

#include <sdk/ChannelPlugin.h>

#include <QCoreApplication>
#include <QSqlError>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace CareDesk::Workspace {

using Core::Error;
using Core::OutgoingReply;
using Core::Visibility;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Workspace::WorkspaceService)
};

Visibility visibilityOf(const Outbox::OutboxEntry &entry)
{
    return entry.message.kind == Sdk::ItemKind::DirectMessage ? Visibility::Private
                                                              : Visibility::Public;
}

} // namespace

ReplyQueue::ReplyQueue(WorkspaceContext &context, TeamSession &team, ChannelPoller &channels,
                       LocalActions &localActions, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_team(team)
    , m_channels(channels)
    , m_localActions(localActions)
{}

Core::Result<void> ReplyQueue::recordTranslation(qint64 conversationId, const QString &clientId,
                                                 const Core::ReplyText &reply, const QString &agent)
{
    if (reply.translatedFrom.state != Core::MessageTranslation::State::Done)
        return {};
    return Storage::TranslationStore(m_context.connection())
        .recordReply(clientId, conversationId, reply.text, reply.translatedFrom, agent,
                     m_context.clock.now());
}

void ReplyQueue::queueReplies(qint64 conversationId, const QList<Core::ReplyText> &parts,
                              const QString &agent, int holdSecs)
{
    if (!m_context.isOpen())
        return;
    const QDateTime holdUntil = m_context.clock.now().addSecs(std::max(0, holdSecs));
    if (const qint64 serverId = m_team.serverConversation(conversationId))
        queueForTeam(conversationId, serverId, parts, agent, holdUntil);
    else
        queueLocally(conversationId, parts, agent, holdUntil);
}

void ReplyQueue::queueForTeam(qint64 conversationId, qint64 serverId,
                              const QList<Core::ReplyText> &parts, const QString &agent,
                              const QDateTime &holdUntil)
{
    // The team's replies go through the server. Held here for the undo window; the draft
    // stays saved until they are in the team outbox, so a crash meanwhile loses nothing.
    for (const Core::ReplyText &reply : parts) {
        if (reply.text.trimmed().isEmpty()) {
            Q_EMIT refused(Error{Tr::tr("An empty message cannot be sent."), {}});
            return;
        }
    }
    QSqlDatabase &db = m_context.connection();
    // Whoever answers an unassigned conversation owns it; the server may say someone was
    // faster.
    auto detail = Storage::WorkspaceStore(db).conversation(conversationId);
    if (detail && detail.value().assignee.isEmpty())
        m_team.sync().claim(serverId);
    Review::ReviewStore reviews(db);
    QStringList clientIds;
    for (const Core::ReplyText &reply : parts) {
        const QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_heldReplies[clientId] = {conversationId, serverId, reply.isPublic, reply.text, holdUntil};
        clientIds.append(clientId);
        if (auto recorded = reviews.recordCannedUses(conversationId, clientId, agent, reply.canned,
                                                     reply.text, m_context.clock.now());
            !recorded)
            qCWarning(lcStorage) << "canned responses not recorded:" << recorded.error().detail;
        if (auto recorded = recordTranslation(conversationId, clientId, reply, agent); !recorded)
            qCWarning(lcStorage) << "translation not recorded:" << recorded.error().detail;
    }
    Q_EMIT repliesQueued(conversationId, clientIds, holdUntil);
    publishOutbox();
    QTimer::singleShot(std::max<qint64>(0, m_context.clock.now().msecsTo(holdUntil)), this,
                       [this, clientIds] {
                           for (const QString &clientId : clientIds)
                               releaseHeldReply(clientId);
                           publishOutbox();
                       });
}

void ReplyQueue::queueLocally(qint64 conversationId, const QList<Core::ReplyText> &parts,
                              const QString &agent, const QDateTime &holdUntil)
{
    QSqlDatabase &db = m_context.connection();
    Outbox::Outbox outbox(db, m_context.clock);
    QStringList clientIds;
    // All or nothing: a hand-off never leaves with only its public half.
    if (!db.transaction()) {
        Q_EMIT refused(
            Error{Tr::tr("The reply could not be queued."), QStringLiteral("no transaction")});
        return;
    }
    for (const Core::ReplyText &reply : parts) {
        auto entry = outbox.replyIn(conversationId, reply.isPublic, reply.text, agent);
        if (entry) {
            entry.value().nextAttemptAt = holdUntil;
            entry = outbox.enqueue(entry.value());
        }
        Core::Result<void> recorded;
        if (entry)
            recorded = Review::ReviewStore(db).recordCannedUses(
                conversationId, entry.value().clientId, agent, reply.canned, reply.text,
                m_context.clock.now());
        if (entry && recorded)
            recorded = recordTranslation(conversationId, entry.value().clientId, reply, agent);
        if (!entry || !recorded) {
            db.rollback();
            Q_EMIT refused(entry ? recorded.error() : entry.error());
            return;
        }
        clientIds.append(entry.value().clientId);
    }
    if (auto cleared =
            Storage::Drafts(db).save(conversationId, Core::Draft{}, m_context.clock.now());
        !cleared) {
        db.rollback();
        Q_EMIT refused(cleared.error());
        return;
    }
    if (!db.commit()) {
        Q_EMIT refused(Error{Tr::tr("The reply could not be queued."), db.lastError().text()});
        return;
    }
    // Whoever answers an unassigned conversation owns it.
    auto detail = Storage::WorkspaceStore(db).conversation(conversationId);
    if (detail && detail.value().assignee.isEmpty())
        m_localActions.assign(conversationId, agent, agent);
    Q_EMIT repliesQueued(conversationId, clientIds, holdUntil);
    publishOutbox();
    QTimer::singleShot(std::max<qint64>(0, m_context.clock.now().msecsTo(holdUntil)) + 50, this,
                       &ReplyQueue::deliverDue);
}

std::optional<OutgoingReply> ReplyQueue::takeBack(const QString &clientId, bool &tooLate)
{
    OutgoingReply reply;
    reply.clientId = clientId;
    if (const auto held = m_heldReplies.find(clientId); held != m_heldReplies.end()) {
        reply.conversationId = held->second.conversationId;
        reply.visibility = held->second.isPublic ? Visibility::Public : Visibility::Private;
        reply.text = held->second.text;
        m_heldReplies.erase(held);
        return reply;
    }
    Outbox::Outbox outbox(m_context.connection(), m_context.clock);
    auto entry = outbox.entry(clientId);
    if (!entry)
        return std::nullopt;
    auto cancelled = outbox.cancel(clientId);
    if (!cancelled || !cancelled.value()) {
        tooLate = true;
        return std::nullopt;
    }
    reply.conversationId = entry.value().conversationId;
    reply.visibility = visibilityOf(entry.value());
    reply.text = entry.value().message.text;
    return reply;
}

void ReplyQueue::undoReplies(const QStringList &clientIds)
{
    if (!m_context.isOpen())
        return;
    QList<OutgoingReply> takenBack;
    bool tooLate = false;
    for (const QString &clientId : clientIds) {
        if (auto reply = takeBack(clientId, tooLate))
            takenBack.append(*reply);
    }
    for (const OutgoingReply &reply : takenBack) {
        if (auto forgotten =
                Review::ReviewStore(m_context.connection()).forgetCannedUses(reply.clientId);
            !forgotten)
            qCWarning(lcStorage) << "canned responses of an undone reply kept:"
                                 << forgotten.error().detail;
        if (auto forgotten =
                Storage::TranslationStore(m_context.connection()).forgetReply(reply.clientId);
            !forgotten)
            qCWarning(lcStorage) << "translation of an undone reply kept:"
                                 << forgotten.error().detail;
    }
    if (tooLate)
        Q_EMIT refused(Error{Tr::tr("Too late to undo: the reply is already on its way."), {}});
    if (!takenBack.isEmpty())
        Q_EMIT repliesUndone(takenBack.last().conversationId, takenBack);
    publishOutbox();
}

void ReplyQueue::retryReply(const QString &clientId)
{
    if (!m_context.isOpen())
        return;
    if (auto retried = Outbox::Outbox(m_context.connection(), m_context.clock).retry(clientId);
        !retried)
        Q_EMIT refused(retried.error());
    deliverDue();
}

void ReplyQueue::deliverDue()
{
    if (!m_context.isOpen())
        return;
    m_channels.deliverDue();
    publishOutbox();
}

void ReplyQueue::releaseHeldReply(const QString &clientId)
{
    const auto held = m_heldReplies.find(clientId);
    if (held == m_heldReplies.end())
        return; // taken back
    const HeldReply reply = held->second;
    m_heldReplies.erase(held);
    auto queued = m_team.sync().reply(reply.serverConversationId, reply.text, reply.isPublic);
    if (!queued) {
        Q_EMIT refused(queued.error());
        return;
    }
    // Safe in the team outbox now: the draft it came from can go, unless the agent has started
    // another one meanwhile.
    Storage::Drafts drafts(m_context.connection());
    if (auto draft = drafts.load(reply.conversationId);
        draft && draft.value().text.trimmed() == reply.text.trimmed())
        (void)drafts.save(reply.conversationId, Core::Draft{}, m_context.clock.now());
}

QList<OutgoingReply> ReplyQueue::heldReplies() const
{
    QList<OutgoingReply> replies;
    for (const auto &[clientId, held] : m_heldReplies) {
        OutgoingReply reply;
        reply.clientId = clientId;
        reply.conversationId = held.conversationId;
        reply.state = QStringLiteral("queued");
        reply.visibility = held.isPublic ? Visibility::Public : Visibility::Private;
        reply.text = held.text;
        reply.nextAttemptAt = held.holdUntil;
        replies.append(reply);
    }
    return replies;
}

QList<OutgoingReply> ReplyQueue::teamRepliesWaiting() const
{
    // Team replies wait in the team outbox until the server has them. One it refused was
    // reported in its words when it happened (and its text stays in the team outbox).
    QList<OutgoingReply> replies;
    Sync::TeamMirror mirror(m_context.connection(), m_context.clock);
    auto waiting = mirror.replies(QStringLiteral("waiting"));
    if (!waiting)
        return replies;
    for (const Sync::TeamReply &teamReply : waiting.value()) {
        OutgoingReply reply;
        reply.clientId = teamReply.clientId;
        auto local = mirror.localConversation(teamReply.serverConversationId);
        reply.conversationId = local ? local.value() : 0;
        reply.state = QStringLiteral("queued");
        reply.visibility = teamReply.isPublic ? Visibility::Public : Visibility::Private;
        reply.text = teamReply.text;
        reply.lastError = Tr::tr("Waiting for the team server.");
        replies.append(reply);
    }
    return replies;
}

void ReplyQueue::publishOutbox()
{
    if (!m_context.isOpen())
        return;
    auto unsent = Outbox::Outbox(m_context.connection(), m_context.clock).unsettled();
    if (!unsent)
        return;
    QList<OutgoingReply> replies = heldReplies() + teamRepliesWaiting();
    for (const Outbox::OutboxEntry &entry : unsent.value()) {
        OutgoingReply reply;
        reply.clientId = entry.clientId;
        reply.conversationId = entry.conversationId;
        reply.state = Outbox::toString(entry.state);
        reply.visibility = visibilityOf(entry);
        reply.text = entry.message.text;
        reply.lastError = entry.lastError;
        reply.nextAttemptAt = entry.nextAttemptAt;
        replies.append(reply);
    }
    Q_EMIT outboxChanged(replies);
}

} // namespace CareDesk::Workspace
