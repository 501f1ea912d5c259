#include "SandboxPlugin.h"

#include <scenario/Scenario.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace CareDesk::Channels::Sandbox {

namespace {

using Training::Reaction;
using Training::Scenario;
using Training::ScenarioEvent;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Channels::Sandbox::SandboxPlugin)
};

// Where a practice run stands, kept by the host between fetches and restarts: the timeline
// position, the conversations the agent has answered, and the reactions fired or on their way.
struct Position
{
    qint64 startedAtMs = 0;
    qsizetype next = 0; // index of the first event not delivered yet
    QStringList answeredThreads;
    QStringList firedReactions;
    QMap<QString, qint64> dueReactions; // reaction id -> when it arrives (ms)

    static std::optional<Position> fromCursor(const QString &cursor)
    {
        const QJsonObject object = QJsonDocument::fromJson(cursor.toUtf8()).object();
        if (!object.value(QLatin1String("startedAt")).isDouble())
            return std::nullopt;
        Position position{object.value(QLatin1String("startedAt")).toInteger(),
                          object.value(QLatin1String("next")).toInteger(),
                          {},
                          {},
                          {}};
        const QJsonArray threadList = object.value(QLatin1String("answered")).toArray();
        for (const QJsonValue &thread : threadList)
            position.answeredThreads.append(thread.toString());
        const QJsonArray firedList = object.value(QLatin1String("fired")).toArray();
        for (const QJsonValue &fired : firedList)
            position.firedReactions.append(fired.toString());
        const QJsonObject due = object.value(QLatin1String("due")).toObject();
        for (auto it = due.begin(); it != due.end(); ++it)
            position.dueReactions.insert(it.key(), it.value().toInteger());
        return position;
    }
    QString toCursor() const
    {
        QJsonObject due;
        for (auto it = dueReactions.cbegin(); it != dueReactions.cend(); ++it)
            due.insert(it.key(), it.value());
        return QString::fromUtf8(
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("startedAt"), startedAtMs},
                    {QStringLiteral("next"), next},
                    {QStringLiteral("answered"), QJsonArray::fromStringList(answeredThreads)},
                    {QStringLiteral("fired"), QJsonArray::fromStringList(firedReactions)},
                    {QStringLiteral("due"), due}})
                .toJson(QJsonDocument::Compact));
    }
};

class SandboxConnector final : public Sdk::ChannelConnector
{
public:
    explicit SandboxConnector(Sdk::ChannelHost &host)
        : m_host(host)
    {}

    Sdk::FetchResult fetchNew(const QString &cursor) override
    {
        Sdk::FetchResult result;
        result.cursor = cursor;
        if (!m_scenario && !load(result.failure))
            return result;
        const qint64 nowMs = m_host.now().toMSecsSinceEpoch();
        Position position = Position::fromCursor(cursor).value_or(Position{nowMs, 0, {}, {}, {}});
        applyAgentActions(position);
        while (position.next < m_scenario->timeline.size()) {
            const ScenarioEvent &event = m_scenario->timeline.at(position.next);
            const qint64 dueMs = position.startedAtMs + event.atSecs * 1000;
            if (dueMs > nowMs)
                break;
            result.items.append(toItem(event, dueMs));
            ++position.next;
        }
        // A customer nobody answered writes again.
        for (const Reaction &reaction : m_scenario->reactions) {
            if (reaction.trigger != Reaction::Trigger::NoReply ||
                position.firedReactions.contains(reaction.id))
                continue;
            const ScenarioEvent *after = m_scenario->event(reaction.afterEventId);
            const qint64 dueMs = position.startedAtMs + (after->atSecs + reaction.waitSecs) * 1000;
            if (dueMs <= nowMs &&
                !position.answeredThreads.contains(m_scenario->threadOf(after->id)))
                position.dueReactions.insert(reaction.id, dueMs);
        }
        for (auto it = position.dueReactions.begin(); it != position.dueReactions.end();) {
            if (it.value() > nowMs) {
                ++it;
                continue;
            }
            for (const Reaction &reaction : m_scenario->reactions) {
                if (reaction.id == it.key())
                    result.items.append(toItem(reaction.followUp, it.value()));
            }
            position.firedReactions.append(it.key());
            it = position.dueReactions.erase(it);
        }
        std::stable_sort(result.items.begin(), result.items.end(),
                         [](const Sdk::InboundItem &a, const Sdk::InboundItem &b) {
                             return a.createdAt < b.createdAt;
                         });
        result.cursor = position.toCursor();
        return result;
    }

    // Nothing leaves the sandbox: a reply is "posted" under an id made from its client id, so
    // sending it again gives the same id. What the agent wrote may make a customer react; the
    // next fetch delivers that.
    // Posts, reposts, quotes and likes are taken the same way; only replies are acted on.
    Sdk::SendResult send(const Sdk::OutboundMessage &message) override
    {
        Sdk::SendResult result;
        const bool textless = message.action == Sdk::OutboundAction::Repost ||
                              message.action == Sdk::OutboundAction::Like;
        if (!textless && message.text.trimmed().isEmpty()) {
            result.failure = {
                Sdk::FailureKind::Rejected, Tr::tr("An empty message cannot be sent."), {}};
            return result;
        }
        result.platformId = sentId(message);
        if (message.action != Sdk::OutboundAction::Reply)
            return result;
        if (!m_sentIds.contains(result.platformId)) {
            m_sentIds.insert(result.platformId);
            m_actions.append({message, m_host.now().toMSecsSinceEpoch()});
        }
        return result;
    }

    std::optional<QString> findSent(const Sdk::OutboundMessage &message, Sdk::Failure &) override
    {
        return sentId(message);
    }

    Sdk::CheckResult check() override
    {
        Sdk::CheckResult result;
        if (m_scenario || load(result.failure))
            result.account = m_scenario->brandName;
        return result;
    }

private:
    struct AgentAction
    {
        Sdk::OutboundMessage message;
        qint64 atMs = 0;
    };

    static QString sentId(const Sdk::OutboundMessage &message)
    {
        return QStringLiteral("sandbox-sent:") + message.clientId;
    }

    // The agent's replies since the last fetch: conversations answered, reactions set off.
    void applyAgentActions(Position &position)
    {
        const QString prefix = m_scenario->id + QLatin1Char(':');
        for (const AgentAction &action : std::as_const(m_actions)) {
            QString answered = action.message.inReplyToId;
            if (!answered.startsWith(prefix))
                continue;
            answered = answered.mid(prefix.size());
            const QString thread = m_scenario->threadOf(answered);
            if (!position.answeredThreads.contains(thread))
                position.answeredThreads.append(thread);
            const bool isPrivate = action.message.kind == Sdk::ItemKind::DirectMessage ||
                                   !action.message.privateReplyToCommentId.isEmpty();
            for (const Reaction &reaction : m_scenario->reactions) {
                if (position.firedReactions.contains(reaction.id) ||
                    position.dueReactions.contains(reaction.id) ||
                    m_scenario->threadOf(reaction.afterEventId) != thread)
                    continue;
                const bool triggered =
                    reaction.trigger == Reaction::Trigger::AnyReply ||
                    (reaction.trigger == Reaction::Trigger::PublicReply && !isPrivate) ||
                    (reaction.trigger == Reaction::Trigger::DirectMessage && isPrivate);
                const bool saysIt =
                    reaction.keywords.isEmpty() ||
                    std::any_of(reaction.keywords.cbegin(), reaction.keywords.cend(),
                                [&](const QString &keyword) {
                                    return action.message.text.contains(keyword,
                                                                        Qt::CaseInsensitive);
                                });
                if (triggered && saysIt)
                    position.dueReactions.insert(reaction.id,
                                                 action.atMs + reaction.delaySecs * 1000);
            }
        }
        m_actions.clear();
    }

    bool load(Sdk::Failure &failure)
    {
        const QString path = m_host.setting(QStringLiteral("scenario"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            failure = {Sdk::FailureKind::Misconfigured,
                       Tr::tr("The practice scenario %1 could not be read: %2")
                           .arg(path, file.errorString()),
                       {}};
            return false;
        }
        QStringList problems;
        m_scenario = Scenario::parse(file.readAll(), problems);
        if (!m_scenario) {
            failure = {Sdk::FailureKind::Misconfigured,
                       Tr::tr("The practice scenario %1 has problems: %2")
                           .arg(path, problems.join(QStringLiteral("; "))),
                       {}};
            m_host.logWarning(failure.message);
            return false;
        }
        return true;
    }

    Sdk::InboundItem toItem(const ScenarioEvent &event, qint64 dueMs) const
    {
        const QString prefix = m_scenario->id + QLatin1Char(':');
        Sdk::InboundItem item;
        item.platformId = prefix + event.id;
        item.kind = event.kind;
        item.threadId = event.thread.isEmpty() ? QString() : prefix + event.thread;
        item.inReplyToId = event.replyTo.isEmpty() ? QString() : prefix + event.replyTo;
        item.author = m_scenario->persona(event.personaId)->author;
        item.text = event.text;
        item.languageHint = event.language;
        item.createdAt = QDateTime::fromMSecsSinceEpoch(dueMs).toUTC();
        return item;
    }

    Sdk::ChannelHost &m_host;
    std::optional<Scenario> m_scenario;
    QList<AgentAction> m_actions; // replies not yet seen by a fetch
    QSet<QString> m_sentIds;
};

} // namespace

std::unique_ptr<Sdk::ChannelConnector> SandboxPlugin::createConnector(Sdk::ChannelHost &host)
{
    return std::make_unique<SandboxConnector>(host);
}

} // namespace CareDesk::Channels::Sandbox
