#include "WorkspaceService.h"

#include "channels/ChannelConfig.h"
#include "channels/OAuthPkce.h"
#include "net/HttpTransport.h"
#include "outbox/Outbox.h"
#include "review/ReviewStore.h"
#include "security/CredentialStore.h"

#include "Clock.h"
#include "Logging.h"
#include "channels/ChannelCatalog.h"
#include "ingest/IngestPipeline.h"
#include "storage/AgentActions.h"
#include "storage/CannedResponses.h"
#include "storage/Database.h"
#include "storage/Drafts.h"
#include "storage/WorkspaceStore.h"
#include "sync/TeamSync.h"
#include "training/ScenarioBuilder.h"
#include "triage/CategoryRules.h"
#include "triage/NaiveBayes.h"
#include "triage/TriageEngine.h"

#include <sdk/ChannelPlugin.h>

#include <QCoreApplication>
#include <QDir>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>
#include <algorithm>

namespace CareDesk::Workspace {

using namespace CareDesk::Core;

namespace {

// Gives this file's free functions a translation context lupdate understands.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Workspace::WorkspaceService)
};

} // namespace

struct WorkspaceService::RunningChannel
{
    std::unique_ptr<Channels::ConnectorHost> host;
    std::unique_ptr<Sdk::ChannelConnector> connector;
};

WorkspaceService::WorkspaceService(QString directory, Channels::ChannelCatalog &catalog,
                                   const Clock &clock, Security::CredentialStore &credentials,
                                   QObject *parent)
    : QObject(parent)
    , m_directory(std::move(directory))
    , m_catalog(catalog)
    , m_clock(clock)
    , m_credentials(credentials)
{}

WorkspaceService::~WorkspaceService() = default;

QString WorkspaceService::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString WorkspaceService::demoScenarioPath()
{
    return QStringLiteral(":/caredesk/scenarios/demo-practice.json");
}

void WorkspaceService::reportFailure(const QString &userMessage, const QString &detail)
{
    qCWarning(lcStorage).noquote() << userMessage << detail;
    Q_EMIT failed(userMessage, detail);
}

void WorkspaceService::open()
{
    if (!QDir().mkpath(m_directory)) {
        reportFailure(Tr::tr("The workspace folder could not be created."), m_directory);
        return;
    }
    auto db = Storage::Database::open(Storage::Database::fileIn(m_directory));
    if (!db) {
        reportFailure(db.error().userMessage, db.error().detail);
        return;
    }
    m_db = std::move(db).value();
    loadTriage();
    Storage::WorkspaceStore store(m_db->connection());

    auto existing = store.channels();
    if (!existing) {
        reportFailure(existing.error().userMessage, existing.error().detail);
        return;
    }
    if (existing.value().isEmpty() && m_practiceInboxOnFirstStart) {
        const QJsonObject settings{{QStringLiteral("scenario"), demoScenarioPath()}};
        auto created = store.ensureChannel(
            QStringLiteral("sandbox"), Tr::tr("Practice inbox"), QStringLiteral("sandbox"),
            QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)),
            m_clock.now());
        if (!created) {
            reportFailure(created.error().userMessage, created.error().detail);
            return;
        }
        seedCannedResponses();
    }
    pollChannels();

    auto count = store.conversationCount();
    Q_EMIT opened(m_db->filePath(), count ? count.value() : 0);

    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(POLL_INTERVAL_MS);
    connect(m_pollTimer, &QTimer::timeout, this, &WorkspaceService::pollChannels);
    m_pollTimer->start();
}

void WorkspaceService::loadTriage()
{
    // A team's own rules live beside the workspace; without them the built-in rules apply.
    QFile teamRules(QDir(m_directory).absoluteFilePath(QStringLiteral("category-rules.json")));
    m_rules = std::make_unique<Triage::CategoryRules>(Triage::CategoryRules::builtIn());
    if (teamRules.exists()) {
        if (!teamRules.open(QIODevice::ReadOnly)) {
            reportFailure(
                Tr::tr("The team's category rules could not be read; the built-in rules are used."),
                teamRules.errorString());
        } else if (auto parsed = Triage::CategoryRules::fromJson(teamRules.readAll()); !parsed) {
            reportFailure(
                Tr::tr("The team's category rules have a problem; the built-in rules are used."),
                parsed.error().userMessage + QLatin1Char(' ') + parsed.error().detail);
        } else {
            *m_rules = std::move(parsed).value();
        }
    }
    m_classifier = std::make_unique<Triage::NaiveBayes>();
    if (auto loaded = Storage::WorkspaceStore(m_db->connection()).loadClassifier(*m_classifier);
        !loaded)
        reportFailure(loaded.error().userMessage, loaded.error().detail);
    m_triage = std::make_unique<Triage::TriageEngine>(*m_rules, m_classifier.get());
    // The team's SLA target and business hours, when it set them (Queue).
    QFile slaFile(slaPolicyPath());
    if (slaFile.exists()) {
        auto policy = slaFile.open(QIODevice::ReadOnly)
                          ? Triage::SlaPolicy::fromJson(slaFile.readAll())
                          : Result<Triage::SlaPolicy>(Error{{}, slaFile.errorString()});
        if (policy)
            m_triage->setSlaPolicy(policy.value());
        else
            reportFailure(Tr::tr("The team's SLA policy could not be read; answers are due an hour "
                                 "after each message."),
                          policy.error().userMessage + QLatin1Char(' ') + policy.error().detail);
    }
}

QString WorkspaceService::slaPolicyPath() const
{
    return QDir(m_directory).absoluteFilePath(QStringLiteral("sla-policy.json"));
}

WorkspaceService::RunningChannel *
WorkspaceService::runningChannel(const Storage::ChannelRecord &channel, const QString &secret)
{
    if (auto it = m_channels.find(channel.id); it != m_channels.end())
        return it->second.get();
    Sdk::ChannelPlugin *plugin = m_catalog.plugin(channel.pluginId);
    if (!plugin)
        return nullptr;
    QJsonObject oauthDefaults;
    for (const Channels::PluginSpec &spec : m_catalog.plugins()) {
        if (spec.id == channel.pluginId)
            oauthDefaults = spec.oauth2;
    }
    const QJsonObject settings = QJsonDocument::fromJson(channel.settingsJson.toUtf8()).object();
    const QString keychainKey = Channels::keychainKeyOf(settings);
    auto running = std::make_unique<RunningChannel>();
    if (!m_transport)
        m_transport = std::make_unique<Net::HttpTransport>();
    running->host = std::make_unique<Channels::ConnectorHost>(
        m_clock, *m_transport, channel.name, settings, secret,
        Channels::oauthClientFor(settings, oauthDefaults),
        [this, keychainKey, channelId = channel.id](const QString &renewed) {
            // Renewed tokens replace the old ones, in memory and in the keychain.
            m_secrets[channelId] = renewed;
            m_credentials.write(keychainKey, renewed, [](Result<void> written) {
                if (!written)
                    qCWarning(lcChannels) << written.error().userMessage << written.error().detail;
            });
        });
    running->connector = plugin->createConnector(*running->host);
    if (!running->connector)
        return nullptr;
    return m_channels.emplace(channel.id, std::move(running)).first->second.get();
}

void WorkspaceService::requestSecret(const Storage::ChannelRecord &channel,
                                     const QString &keychainKey)
{
    if (!m_secretsAsked.insert(channel.id).second)
        return;
    m_credentials.read(keychainKey, [this, channel](Result<QString> secret) {
        if (secret) {
            m_secrets[channel.id] = secret.value();
            QMetaObject::invokeMethod(this, &WorkspaceService::pollChannels, Qt::QueuedConnection);
            return;
        }
        // Nothing to poll with: the channel waits until its account is connected again.
        m_secretsAsked.erase(channel.id);
        if (!m_db)
            return;
        const Sdk::Failure missing{
            Sdk::FailureKind::AuthorizationExpired,
            Tr::tr("No saved sign-in was found for %1; connect the account again.")
                .arg(channel.name),
            {}};
        (void)Storage::WorkspaceStore(m_db->connection())
            .recordFetch(channel.id, channel.cursor,
                         channel.health.after(missing, {}, m_clock.now(), POLL_INTERVAL_MS / 1000),
                         std::nullopt);
        Q_EMIT channelStatusChanged(channel.name, missing.message);
    });
}

std::optional<QString> WorkspaceService::secretFor(const Storage::ChannelRecord &channel)
{
    const QJsonObject settings = QJsonDocument::fromJson(channel.settingsJson.toUtf8()).object();
    if (const QString keychainKey = Channels::keychainKeyOf(settings); !keychainKey.isEmpty()) {
        const auto known = m_secrets.find(channel.id);
        if (known == m_secrets.end()) {
            requestSecret(channel, keychainKey);
            return std::nullopt;
        }
        return known->second;
    }
    // Servers without a keychain keep tokens in their environment.
    if (const QString variable = Channels::environmentVariableOf(settings); !variable.isEmpty())
        return qEnvironmentVariable(variable.toLocal8Bit().constData());
    return QString();
}

Result<int> WorkspaceService::receivePushed(const QString &channelName, const QByteArray &body,
                                            const QByteArray &signature,
                                            const QByteArray &appSecret)
{
    if (!m_db)
        return Error{Tr::tr("The workspace is not open."), {}};
    Storage::WorkspaceStore store(m_db->connection());
    auto channels = store.channels();
    if (!channels)
        return channels.error();
    const auto channel = std::find_if(channels.value().begin(), channels.value().end(),
                                      [&](const Storage::ChannelRecord &c) {
                                          return c.name == channelName && !c.pluginId.isEmpty();
                                      });
    if (channel == channels.value().end())
        return Error{Tr::tr("There is no channel called %1 here.").arg(channelName),
                     QStringLiteral("unknown")};
    const std::optional<QString> secret = secretFor(*channel);
    RunningChannel *running = secret ? runningChannel(*channel, *secret) : nullptr;
    if (!running)
        return Error{Tr::tr("The channel %1 is not ready yet.").arg(channelName),
                     QStringLiteral("unavailable")};
    const Sdk::FetchResult pushed = running->connector->receivePushed(body, signature, appSecret);
    if (!pushed.failure.ok())
        return Error{pushed.failure.message, pushed.failure.kind == Sdk::FailureKind::Rejected
                                                 ? QStringLiteral("rejected")
                                                 : QStringLiteral("unavailable")};
    if (pushed.items.isEmpty())
        return 0;
    Ingest::IngestPipeline pipeline(m_db->connection(), m_clock, *m_triage);
    auto report = pipeline.ingest(channel->id, channel->platform, pushed.items);
    if (!report)
        return report.error();
    if (report.value().added > 0) {
        auto count = store.conversationCount();
        Q_EMIT inboxChanged(count ? count.value() : 0);
    }
    return report.value().added;
}

void WorkspaceService::pollChannels()
{
    if (!m_db)
        return;
    Storage::WorkspaceStore store(m_db->connection());
    auto channels = store.channels();
    if (!channels) {
        reportFailure(channels.error().userMessage, channels.error().detail);
        return;
    }
    bool changed = false;
    const QDateTime now = m_clock.now();
    constexpr int POLL_INTERVAL_SECS = POLL_INTERVAL_MS / 1000;
    for (const Storage::ChannelRecord &channel : channels.value()) {
        if (channel.pluginId.isEmpty())
            continue; // known from imported history only: nothing to poll
        // Rate limits, backoff and a token that needs renewing are obeyed here.
        if (!channel.health.isDue(now))
            continue;
        const std::optional<QString> secret = secretFor(channel);
        if (!secret)
            continue; // asked of the keychain; polled once it answers
        RunningChannel *running = runningChannel(channel, *secret);
        if (!running) {
            const Sdk::Failure missing{
                Sdk::FailureKind::Misconfigured,
                Tr::tr("The channel connector \"%1\" is not available.").arg(channel.pluginId),
                {}};
            (void)store.recordFetch(channel.id, channel.cursor,
                                    channel.health.after(missing, {}, now, POLL_INTERVAL_SECS),
                                    std::nullopt);
            Q_EMIT channelStatusChanged(channel.name, missing.message);
            continue;
        }
        const Sdk::FetchResult fetched = running->connector->fetchNew(channel.cursor);
        const Channels::ChannelHealth health =
            channel.health.after(fetched.failure, fetched.quota, now, POLL_INTERVAL_SECS);
        if (fetched.items.isEmpty()) {
            if (auto saved = store.recordFetch(
                    channel.id, fetched.failure.ok() ? fetched.cursor : channel.cursor, health,
                    std::nullopt);
                !saved)
                reportFailure(saved.error().userMessage, saved.error().detail);
            Q_EMIT channelStatusChanged(channel.name, health.lastError);
            continue;
        }
        Ingest::IngestPipeline pipeline(m_db->connection(), m_clock, *m_triage);
        auto report = pipeline.ingest(channel.id, channel.platform, fetched.items);
        if (!report) {
            // The cursor stays where it was, so the same items come again next time.
            const Sdk::Failure notSaved{
                Sdk::FailureKind::Transient, report.error().userMessage, {}};
            (void)store.recordFetch(
                channel.id, channel.cursor,
                channel.health.after(notSaved, fetched.quota, now, POLL_INTERVAL_SECS),
                std::nullopt);
            reportFailure(report.error().userMessage, report.error().detail);
            continue;
        }
        // What arrived before a failure is kept, with the cursor that covers it.
        if (auto saved = store.recordFetch(channel.id, fetched.cursor, health, now); !saved)
            reportFailure(saved.error().userMessage, saved.error().detail);
        Q_EMIT channelStatusChanged(channel.name, health.lastError);
        changed = changed || report.value().added > 0;
    }
    changed = deliverOutbox(channels.value()) || changed;
    if (changed) {
        auto count = store.conversationCount();
        Q_EMIT inboxChanged(count ? count.value() : 0);
    }
    emitOutbox();
}

bool WorkspaceService::deliverOutbox(const QList<Storage::ChannelRecord> &channels)
{
    bool changed = false;
    Outbox::Outbox outbox(m_db->connection(), m_clock);
    Ingest::IngestPipeline pipeline(m_db->connection(), m_clock, *m_triage);
    for (const Storage::ChannelRecord &channel : channels) {
        if (channel.pluginId.isEmpty() || channel.health.isPaused())
            continue;
        auto it = m_channels.find(channel.id);
        if (it == m_channels.end())
            continue; // not started yet: its replies go out once it is
        // Each reply is recorded in its conversation as soon as the platform has it.
        auto delivered = outbox.deliverDue(
            channel.id, *it->second->connector, [&](const Outbox::OutboxEntry &sent) {
                if (auto recorded = pipeline.ingest(channel.id, channel.platform,
                                                    {Outbox::sentAsItem(sent, m_clock.now())});
                    !recorded)
                    reportFailure(recorded.error().userMessage, recorded.error().detail);
                changed = true;
            });
        if (!delivered)
            reportFailure(delivered.error().userMessage, delivered.error().detail);
    }
    return changed;
}

void WorkspaceService::seedCannedResponses()
{
    // A first start comes with a few replies to learn the composer with; teams edit or
    // replace them in Settings.
    QFile file(QStringLiteral(":/caredesk/canned/starter-responses.json"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    Storage::CannedResponses canned(m_db->connection());
    const QJsonArray responses =
        QJsonDocument::fromJson(file.readAll()).object().value(u"responses").toArray();
    for (const QJsonValue &value : responses) {
        const QJsonObject object = value.toObject();
        Core::CannedResponse response;
        response.title = object.value(u"title").toString();
        response.shortcut = object.value(u"shortcut").toString();
        response.category = object.value(u"category").toString();
        const QJsonObject texts = object.value(u"text").toObject();
        for (auto it = texts.begin(); it != texts.end(); ++it)
            response.textByLanguage.insert(it.key(), it.value().toString());
        if (auto saved = canned.save(response, m_clock.now()); !saved)
            reportFailure(saved.error().userMessage, saved.error().detail);
    }
}

void WorkspaceService::refuse(const Error &error)
{
    qCInfo(lcStorage).noquote() << error.userMessage << error.detail;
    Q_EMIT actionRefused(error.userMessage, error.detail);
}

void WorkspaceService::changedByAgent(qint64 conversationId)
{
    loadConversation(conversationId);
    auto count = Storage::WorkspaceStore(m_db->connection()).conversationCount();
    Q_EMIT inboxChanged(count ? count.value() : 0);
}

void WorkspaceService::loadInboxCounts(const InboxQuery &query, const QString &agent)
{
    if (!m_db)
        return;
    auto counts = Storage::WorkspaceStore(m_db->connection()).inboxCounts(query, agent);
    if (!counts) {
        reportFailure(counts.error().userMessage, counts.error().detail);
        return;
    }
    Q_EMIT inboxCountsLoaded(counts.value());
}

void WorkspaceService::loadChannels()
{
    if (!m_db)
        return;
    Storage::WorkspaceStore store(m_db->connection());
    auto channels = store.channels();
    auto languages = store.conversationLanguages();
    if (!channels || !languages) {
        const Error &error = channels ? languages.error() : channels.error();
        reportFailure(error.userMessage, error.detail);
        return;
    }
    QList<ChannelSummary> summaries;
    for (const Storage::ChannelRecord &channel : channels.value()) {
        ChannelSummary summary;
        summary.id = channel.id;
        summary.name = channel.name;
        summary.platform = channel.platform;
        summary.health = Channels::toString(channel.health.state);
        summary.lastError = channel.health.lastError;
        summary.lastReceivedAt = channel.lastReceivedAt;
        summary.nextPollAt = channel.health.nextPollAt;
        summary.quotaRemaining = channel.health.quota.remaining;
        summary.quotaLimit = channel.health.quota.limit;
        summary.polled = !channel.pluginId.isEmpty();
        summaries.append(summary);
    }
    Q_EMIT channelsLoaded(summaries, languages.value());
}

void WorkspaceService::search(const QString &query)
{
    if (!m_db)
        return;
    constexpr int SEARCH_LIMIT = 100;
    auto hits = Storage::WorkspaceStore(m_db->connection()).search(query, SEARCH_LIMIT);
    if (!hits) {
        refuse(hits.error());
        return;
    }
    Q_EMIT searchFinished(query, hits.value());
}

void WorkspaceService::loadCannedResponses()
{
    if (!m_db)
        return;
    auto responses = Storage::CannedResponses(m_db->connection()).list();
    if (!responses) {
        reportFailure(responses.error().userMessage, responses.error().detail);
        return;
    }
    Q_EMIT cannedResponsesLoaded(responses.value());
}

void WorkspaceService::saveCannedResponse(const Core::CannedResponse &response)
{
    if (!m_db)
        return;
    if (auto saved = Storage::CannedResponses(m_db->connection()).save(response, m_clock.now());
        !saved)
        refuse(saved.error());
    loadCannedResponses();
}

void WorkspaceService::removeCannedResponse(qint64 id)
{
    if (!m_db)
        return;
    if (auto removed = Storage::CannedResponses(m_db->connection()).remove(id); !removed)
        refuse(removed.error());
    loadCannedResponses();
}

void WorkspaceService::saveDraft(qint64 conversationId, const Draft &draft)
{
    if (!m_db)
        return;
    if (auto saved = Storage::Drafts(m_db->connection()).save(conversationId, draft, m_clock.now());
        !saved)
        reportFailure(saved.error().userMessage, saved.error().detail);
}

void WorkspaceService::setStatus(qint64 conversationId, ConversationStatus status,
                                 const QString &agent)
{
    if (!m_db)
        return;
    if (const qint64 serverId = teamConversation(conversationId)) {
        team().setStatus(
            serverId,
            Core::toString(status == ConversationStatus::New ? ConversationStatus::Open : status));
        return; // the change comes back on the team's feed
    }
    if (auto done = Storage::AgentActions(m_db->connection())
                        .setStatus(conversationId, status, agent, m_clock.now());
        !done)
        refuse(done.error());
    changedByAgent(conversationId);
}

void WorkspaceService::assign(qint64 conversationId, const QString &assignee, const QString &agent)
{
    if (!m_db)
        return;
    if (const qint64 serverId = teamConversation(conversationId)) {
        // Exactly one owner: the server decides, and says who has it when the claim is late.
        if (assignee.isEmpty())
            team().release(serverId);
        else if (assignee == agent)
            team().claim(serverId);
        else
            team().transfer(serverId, assignee);
        return;
    }
    Storage::AgentActions actions(m_db->connection());
    if (auto done = actions.assign(conversationId, assignee, agent, m_clock.now()); !done) {
        refuse(done.error());
    } else if (!assignee.isEmpty()) {
        // Taking a new conversation opens it.
        auto detail = Storage::WorkspaceStore(m_db->connection()).conversation(conversationId);
        if (detail && detail.value().status == ConversationStatus::New)
            (void)actions.setStatus(conversationId, ConversationStatus::Open, agent, m_clock.now());
    }
    changedByAgent(conversationId);
}

void WorkspaceService::setAddressed(qint64 conversationId, qint64 messageId, Addressed addressed,
                                    const QString &agent)
{
    if (!m_db)
        return;
    if (auto done = Storage::AgentActions(m_db->connection())
                        .setAddressed(messageId, addressed, agent, m_clock.now());
        !done)
        refuse(done.error());
    changedByAgent(conversationId);
}

void WorkspaceService::addNote(qint64 conversationId, const QString &text, const QString &agent)
{
    if (!m_db)
        return;
    if (const qint64 serverId = teamConversation(conversationId))
        team().addNote(serverId, text); // the team sees it; this desk keeps its own copy below
    if (auto done = Storage::AgentActions(m_db->connection())
                        .addNote(conversationId, agent, text, m_clock.now());
        !done)
        refuse(done.error());
    changedByAgent(conversationId);
}

void WorkspaceService::queueReplies(qint64 conversationId, const QList<Core::ReplyText> &replies,
                                    const QString &agent, int holdSecs)
{
    if (!m_db)
        return;
    QSqlDatabase db = m_db->connection();
    Outbox::Outbox outbox(db, m_clock);
    const QDateTime holdUntil = m_clock.now().addSecs(std::max(0, holdSecs));
    QStringList clientIds;
    if (const qint64 serverId = teamConversation(conversationId)) {
        // The team's replies go through the server. Held here for the undo window; the draft
        // stays saved until they are in the team outbox, so a crash meanwhile loses nothing.
        for (const Core::ReplyText &reply : replies) {
            if (reply.text.trimmed().isEmpty()) {
                refuse(Error{Tr::tr("An empty message cannot be sent."), {}});
                return;
            }
        }
        // Whoever answers an unassigned conversation owns it; the server may say someone was
        // faster.
        auto detail = Storage::WorkspaceStore(db).conversation(conversationId);
        if (detail && detail.value().assignee.isEmpty())
            team().claim(serverId);
        Review::ReviewStore reviews(db);
        for (const Core::ReplyText &reply : replies) {
            const QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            m_heldReplies[clientId] = {conversationId, serverId, reply.isPublic, reply.text,
                                       holdUntil};
            clientIds.append(clientId);
            if (auto recorded = reviews.recordCannedUses(conversationId, clientId, agent,
                                                         reply.canned, reply.text, m_clock.now());
                !recorded)
                qCWarning(lcStorage) << "canned responses not recorded:" << recorded.error().detail;
        }
        Q_EMIT repliesQueued(conversationId, clientIds, holdUntil);
        emitOutbox();
        QTimer::singleShot(std::max<qint64>(0, m_clock.now().msecsTo(holdUntil)), this,
                           [this, clientIds] {
                               for (const QString &clientId : clientIds)
                                   releaseHeldReply(clientId);
                               emitOutbox();
                           });
        return;
    }
    // All or nothing: a hand-off never leaves with only its public half.
    if (!db.transaction()) {
        refuse(Error{Tr::tr("The reply could not be queued."), QStringLiteral("no transaction")});
        return;
    }
    for (const Core::ReplyText &reply : replies) {
        auto entry = outbox.replyIn(conversationId, reply.isPublic, reply.text, agent);
        if (entry) {
            entry.value().nextAttemptAt = holdUntil;
            entry = outbox.enqueue(entry.value());
        }
        Core::Result<void> recorded;
        if (entry)
            recorded = Review::ReviewStore(db).recordCannedUses(
                conversationId, entry.value().clientId, agent, reply.canned, reply.text,
                m_clock.now());
        if (!entry || !recorded) {
            db.rollback();
            refuse(entry ? recorded.error() : entry.error());
            return;
        }
        clientIds.append(entry.value().clientId);
    }
    if (auto cleared = Storage::Drafts(db).save(conversationId, Draft{}, m_clock.now()); !cleared) {
        db.rollback();
        refuse(cleared.error());
        return;
    }
    if (!db.commit()) {
        refuse(Error{Tr::tr("The reply could not be queued."), db.lastError().text()});
        return;
    }
    // Whoever answers an unassigned conversation owns it.
    auto detail = Storage::WorkspaceStore(db).conversation(conversationId);
    if (detail && detail.value().assignee.isEmpty())
        assign(conversationId, agent, agent);
    Q_EMIT repliesQueued(conversationId, clientIds, holdUntil);
    emitOutbox();
    QTimer::singleShot(std::max<qint64>(0, m_clock.now().msecsTo(holdUntil)) + 50, this,
                       &WorkspaceService::deliverDue);
}

void WorkspaceService::undoReplies(const QStringList &clientIds)
{
    if (!m_db)
        return;
    Outbox::Outbox outbox(m_db->connection(), m_clock);
    QList<OutgoingReply> takenBack;
    qint64 conversationId = 0;
    bool tooLate = false;
    for (const QString &clientId : clientIds) {
        if (const auto held = m_heldReplies.find(clientId); held != m_heldReplies.end()) {
            conversationId = held->second.conversationId;
            OutgoingReply reply;
            reply.clientId = clientId;
            reply.conversationId = conversationId;
            reply.visibility = held->second.isPublic ? Visibility::Public : Visibility::Private;
            reply.text = held->second.text;
            takenBack.append(reply);
            m_heldReplies.erase(held);
            continue;
        }
        auto entry = outbox.entry(clientId);
        if (!entry)
            continue;
        auto cancelled = outbox.cancel(clientId);
        if (!cancelled || !cancelled.value()) {
            tooLate = true;
            continue;
        }
        conversationId = entry.value().conversationId;
        OutgoingReply reply;
        reply.clientId = clientId;
        reply.conversationId = conversationId;
        reply.visibility = entry.value().message.kind == Sdk::ItemKind::DirectMessage
                               ? Visibility::Private
                               : Visibility::Public;
        reply.text = entry.value().message.text;
        takenBack.append(reply);
    }
    for (const OutgoingReply &reply : takenBack)
        if (auto forgotten =
                Review::ReviewStore(m_db->connection()).forgetCannedUses(reply.clientId);
            !forgotten)
            qCWarning(lcStorage) << "canned responses of an undone reply kept:"
                                 << forgotten.error().detail;
    if (tooLate)
        refuse(Error{Tr::tr("Too late to undo: the reply is already on its way."), {}});
    if (!takenBack.isEmpty())
        Q_EMIT repliesUndone(conversationId, takenBack);
    emitOutbox();
}

void WorkspaceService::retryReply(const QString &clientId)
{
    if (!m_db)
        return;
    if (auto retried = Outbox::Outbox(m_db->connection(), m_clock).retry(clientId); !retried)
        refuse(retried.error());
    deliverDue();
}

void WorkspaceService::deliverDue()
{
    if (!m_db)
        return;
    auto channels = Storage::WorkspaceStore(m_db->connection()).channels();
    if (!channels)
        return;
    if (deliverOutbox(channels.value())) {
        auto count = Storage::WorkspaceStore(m_db->connection()).conversationCount();
        Q_EMIT inboxChanged(count ? count.value() : 0);
    }
    emitOutbox();
}

void WorkspaceService::connectChannel(qint64 channelId)
{
    if (!m_db)
        return;
    Storage::WorkspaceStore store(m_db->connection());
    auto channels = store.channels();
    if (!channels) {
        refuse(channels.error());
        return;
    }
    const auto channel =
        std::find_if(channels.value().cbegin(), channels.value().cend(),
                     [&](const Storage::ChannelRecord &c) { return c.id == channelId; });
    if (channel == channels.value().cend())
        return;
    const QJsonObject settings = QJsonDocument::fromJson(channel->settingsJson.toUtf8()).object();
    const QString keychainKey = Channels::keychainKeyOf(settings);
    QJsonObject oauthDefaults;
    for (const Channels::PluginSpec &spec : m_catalog.plugins()) {
        if (spec.id == channel->pluginId)
            oauthDefaults = spec.oauth2;
    }
    const Channels::OAuthClient client = Channels::oauthClientFor(settings, oauthDefaults);
    if (keychainKey.isEmpty() || client.clientId.isEmpty() || !client.authorizeUrl.isValid()) {
        refuse(Error{Tr::tr("%1 has no account to sign in to from here.").arg(channel->name),
                     QStringLiteral("no keychain entry or OAuth client in its settings")});
        return;
    }
    if (auto running = m_authorizations.find(channelId); running != m_authorizations.end())
        running->second->deleteLater(); // a new attempt replaces one the agent gave up on
    if (!m_transport)
        m_transport = std::make_unique<Net::HttpTransport>();
    auto *authorization = new Channels::PkceAuthorization(client, *m_transport, this);
    m_authorizations[channelId] = authorization;
    const auto url = authorization->start();
    if (!url) {
        m_authorizations.erase(channelId);
        authorization->deleteLater();
        refuse(url.error());
        return;
    }
    const Storage::ChannelRecord record = *channel;
    connect(
        authorization, &Channels::PkceAuthorization::finished, this,
        [this, authorization, record, keychainKey](const Result<Channels::OAuthTokens> &tokens) {
            if (m_authorizations[record.id] == authorization)
                m_authorizations.erase(record.id);
            authorization->deleteLater();
            if (!tokens) {
                refuse(tokens.error());
                return;
            }
            const QString secret = tokens.value().toSecret();
            m_secrets[record.id] = secret;
            m_channels.erase(record.id); // its connector starts again with the new tokens
            m_credentials.write(
                keychainKey, secret, [this, name = record.name](Result<void> written) {
                    if (!written)
                        refuse(Error{Tr::tr("%1 is connected for now, but the keychain did not "
                                            "keep its sign-in: connect it "
                                            "again after a restart.")
                                         .arg(name),
                                     written.error().userMessage});
                });
            // Whatever stopped the channel (an expired token) is over: it is due now.
            if (auto saved = Storage::WorkspaceStore(m_db->connection())
                                 .recordFetch(record.id, record.cursor, Channels::ChannelHealth{},
                                              std::nullopt);
                !saved)
                reportFailure(saved.error().userMessage, saved.error().detail);
            Q_EMIT channelConnected(record.name);
            pollChannels();
            loadChannels();
        });
    Q_EMIT channelAuthorizationStarted(channel->name, url.value());
}

void WorkspaceService::emitOutbox()
{
    auto unsent = Outbox::Outbox(m_db->connection(), m_clock).unsettled();
    if (!unsent)
        return;
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
    // Team replies wait in the team outbox until the server has them. One it refused was
    // reported in its words when it happened (and its text stays in the team outbox).
    Sync::TeamMirror mirror(m_db->connection(), m_clock);
    if (auto waiting = mirror.replies(QStringLiteral("waiting"))) {
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
    }
    for (const Outbox::OutboxEntry &entry : unsent.value()) {
        OutgoingReply reply;
        reply.clientId = entry.clientId;
        reply.conversationId = entry.conversationId;
        reply.state = Outbox::toString(entry.state);
        reply.visibility = entry.message.kind == Sdk::ItemKind::DirectMessage ? Visibility::Private
                                                                              : Visibility::Public;
        reply.text = entry.message.text;
        reply.lastError = entry.lastError;
        reply.nextAttemptAt = entry.nextAttemptAt;
        replies.append(reply);
    }
    Q_EMIT outboxChanged(replies);
}

Sync::TeamSync &WorkspaceService::team()
{
    if (!m_team) {
        if (!m_transport)
            m_transport = std::make_unique<Net::HttpTransport>();
        m_team = std::make_unique<Sync::TeamSync>(m_db->connection(), *m_transport, m_credentials,
                                                  m_clock);
        connect(m_team.get(), &Sync::TeamSync::mirrorChanged, this, [this] {
            auto count = Storage::WorkspaceStore(m_db->connection()).conversationCount();
            Q_EMIT inboxChanged(count ? count.value() : 0);
            emitOutbox();
        });
        connect(m_team.get(), &Sync::TeamSync::refused, this, &WorkspaceService::handleTeamRefusal);
        connect(m_team.get(), &Sync::TeamSync::reviewRefused, this, [this](const QString &message) {
            refuse(Error{Tr::tr("The team server did not take the review: %1").arg(message), {}});
        });
        connect(m_team.get(), &Sync::TeamSync::teammateActive, this,
                [this](qint64 serverId, const QString &name, const QString &what) {
                    if (auto local = m_team->mirror().localConversation(serverId);
                        local && local.value() != 0)
                        Q_EMIT teammateActive(local.value(), name, what);
                });
        // Sign-in problems also arrive as the signed-out state, with the reason; this is for the
        // status line.
        connect(m_team.get(), &Sync::TeamSync::failed, this,
                [this](const QString &message) { Q_EMIT failed(message, {}); });
        connect(m_team.get(), &Sync::TeamSync::signedIn, this, [this](const QJsonObject &agent) {
            Q_EMIT teamSignedIn(agent.value(u"name").toString(), agent.value(u"role").toString());
        });
        connect(m_team.get(), &Sync::TeamSync::stateChanged, this,
                [this](Sync::TeamSync::State state, const QString &detail) {
                    static const QHash<Sync::TeamSync::State, QString> names{
                        {Sync::TeamSync::State::SignedOut, QStringLiteral("signed-out")},
                        {Sync::TeamSync::State::Connecting, QStringLiteral("connecting")},
                        {Sync::TeamSync::State::Online, QStringLiteral("online")},
                        {Sync::TeamSync::State::Offline, QStringLiteral("offline")}};
                    Q_EMIT teamStateChanged(names.value(state), detail);
                    emitOutbox();
                });
    }
    return *m_team;
}

qint64 WorkspaceService::teamConversation(qint64 conversationId)
{
    // A team's conversation stays the server's even while signed out: actions on it are
    // refused until the agent signs in again, and replies wait in the team outbox.
    auto serverId =
        Sync::TeamMirror(m_db->connection(), m_clock).serverConversation(conversationId);
    return serverId ? serverId.value() : 0;
}

void WorkspaceService::handleTeamRefusal(qint64 serverConversationId, const QString &message)
{
    refuse(Error{message, {}});
    if (auto local = m_team->mirror().localConversation(serverConversationId);
        local && local.value() != 0)
        loadConversation(local.value());
    emitOutbox();
}

void WorkspaceService::releaseHeldReply(const QString &clientId)
{
    const auto held = m_heldReplies.find(clientId);
    if (held == m_heldReplies.end())
        return; // taken back
    const HeldReply reply = held->second;
    m_heldReplies.erase(held);
    auto queued = team().reply(reply.serverConversationId, reply.text, reply.isPublic);
    if (!queued) {
        refuse(queued.error());
        return;
    }
    // Safe in the team outbox now: the draft it came from can go, unless the agent has started
    // another one meanwhile.
    Storage::Drafts drafts(m_db->connection());
    if (auto draft = drafts.load(reply.conversationId);
        draft && draft.value().text.trimmed() == reply.text.trimmed())
        (void)drafts.save(reply.conversationId, Draft{}, m_clock.now());
}

void WorkspaceService::signInToTeam(const QUrl &server, const QString &login,
                                    const QString &password)
{
    if (!m_db)
        return;
    team().signIn(server, login, password);
}

void WorkspaceService::resumeTeam(const QUrl &server, const QString &login)
{
    if (!m_db)
        return;
    team().resume(server, login);
}

void WorkspaceService::announceActivity(qint64 conversationId, const QString &what)
{
    if (const qint64 serverId = teamConversation(conversationId))
        m_team->announce(serverId, what);
}

void WorkspaceService::signOutOfTeam()
{
    if (m_team)
        m_team->signOut();
}

void WorkspaceService::loadInboxPage(quint64 requestId, const InboxQuery &query,
                                     const InboxCursor &after, int limit)
{
    if (!m_db)
        return;
    auto page = Storage::WorkspaceStore(m_db->connection()).inboxPage(query, after, limit);
    if (!page) {
        reportFailure(page.error().userMessage, page.error().detail);
        return;
    }
    Q_EMIT inboxPageLoaded(requestId, page.value());
}

void WorkspaceService::loadConversation(qint64 conversationId)
{
    if (!m_db)
        return;
    auto detail = Storage::WorkspaceStore(m_db->connection()).conversation(conversationId);
    if (!detail) {
        reportFailure(detail.error().userMessage, detail.error().detail);
        return;
    }
    if (auto draft = Storage::Drafts(m_db->connection()).load(conversationId))
        detail.value().draft = draft.value();
    Q_EMIT conversationLoaded(detail.value());
}

void WorkspaceService::loadTranscripts(const Review::TranscriptFilter &filter)
{
    if (!m_db)
        return;
    auto rows = Review::ReviewStore(m_db->connection()).transcripts(filter, m_clock.now());
    if (!rows) {
        reportFailure(rows.error().userMessage, rows.error().detail);
        return;
    }
    Q_EMIT transcriptsLoaded(rows.value());
}

void WorkspaceService::loadReviewSheet(qint64 conversationId, const QString &reviewer)
{
    if (!m_db)
        return;
    auto sheet =
        Review::ReviewStore(m_db->connection()).sheet(conversationId, reviewer, m_clock.now());
    if (!sheet) {
        reportFailure(sheet.error().userMessage, sheet.error().detail);
        return;
    }
    Q_EMIT reviewSheetLoaded(sheet.value());
}

void WorkspaceService::saveReview(const Review::QaReview &review)
{
    if (!m_db)
        return;
    if (auto saved = Review::ReviewStore(m_db->connection()).saveReview(review, m_clock.now());
        !saved) {
        refuse(saved.error());
        return;
    }
    // A team conversation's review goes to the server too, where the agent reads it.
    if (const qint64 serverId = teamConversation(review.conversationId)) {
        Sync::TeamMirror &mirror = team().mirror();
        QJsonArray scores, comments;
        for (const Review::CriterionScore &score : review.scores)
            scores.append(QJsonObject{
                {QStringLiteral("title"), score.title},
                {QStringLiteral("weight"), score.weight},
                {QStringLiteral("score"), score.score ? QJsonValue(*score.score) : QJsonValue()}});
        for (const Review::ReviewComment &comment : review.comments) {
            QJsonObject json{{QStringLiteral("text"), comment.text}};
            if (auto onServer = mirror.serverMessage(comment.messageId);
                onServer && onServer.value() != 0)
                json.insert(QStringLiteral("messageId"), onServer.value());
            comments.append(json);
        }
        team().submitReview({{QStringLiteral("conversationId"), serverId},
                             {QStringLiteral("summary"), review.summary},
                             {QStringLiteral("scores"), scores},
                             {QStringLiteral("comments"), comments}});
    }
    Q_EMIT reviewSaved(review.conversationId, review.percent());
}

void WorkspaceService::saveCriteria(const QList<Review::Criterion> &criteria)
{
    if (!m_db)
        return;
    if (auto saved = Review::ReviewStore(m_db->connection()).saveCriteria(criteria); !saved)
        refuse(saved.error());
}

void WorkspaceService::loadDashboard(const Review::DashboardPeriod &period)
{
    if (!m_db)
        return;
    auto figures = Review::computeDashboard(m_db->connection(), period, m_clock.now());
    if (!figures) {
        reportFailure(figures.error().userMessage, figures.error().detail);
        return;
    }
    Q_EMIT dashboardLoaded(period, figures.value());
}

void WorkspaceService::buildReport(const QList<qint64> &conversationIds, const QString &reviewer,
                                   const QString &title)
{
    if (!m_db)
        return;
    auto report = Review::ReviewStore(m_db->connection())
                      .report(conversationIds, reviewer, title, m_clock.now());
    if (!report) {
        reportFailure(report.error().userMessage, report.error().detail);
        return;
    }
    Q_EMIT reportReady(report.value());
}

Review::QaReview WorkspaceService::reviewFromServer(const QJsonObject &json)
{
    Sync::TeamMirror &mirror = team().mirror();
    Review::QaReview review;
    review.id = json.value(u"id").toInteger();
    auto local = mirror.localConversation(json.value(u"conversationId").toInteger());
    review.conversationId = local ? local.value() : 0;
    review.agent = json.value(u"agentName").toString();
    review.reviewer = json.value(u"reviewerName").toString();
    review.summary = json.value(u"summary").toString();
    review.createdAt =
        QDateTime::fromString(json.value(u"createdAt").toString(), Qt::ISODateWithMs);
    review.updatedAt =
        QDateTime::fromString(json.value(u"updatedAt").toString(), Qt::ISODateWithMs);
    for (const QJsonValue &value : json.value(u"scores").toArray()) {
        const QJsonObject score = value.toObject();
        review.scores.append({0, score.value(u"title").toString(), score.value(u"weight").toInt(1),
                              score.value(u"score").isNull()
                                  ? std::nullopt
                                  : std::optional<int>(score.value(u"score").toInt())});
    }
    for (const QJsonValue &value : json.value(u"comments").toArray()) {
        const QJsonObject comment = value.toObject();
        auto message = mirror.localMessage(comment.value(u"messageId").toInteger());
        review.comments.append({message ? message.value() : 0, comment.value(u"text").toString()});
    }
    return review;
}

void WorkspaceService::loadQueue()
{
    if (!m_db)
        return;
    Review::QueueSnapshot queue;
    Core::InboxQuery longestWaiting;
    longestWaiting.sort = Core::InboxSort::OldestWaiting;
    auto waiting =
        Storage::WorkspaceStore(m_db->connection()).inboxPage(longestWaiting, {}, QUEUE_ROWS);
    auto loads = waiting ? Review::ReviewStore(m_db->connection()).agentLoads()
                         : Result<QList<Review::AgentLoad>>(waiting.error());
    if (!loads) {
        reportFailure(loads.error().userMessage, loads.error().detail);
        return;
    }
    queue.waiting = waiting.value().rows;
    queue.agents = loads.value();
    queue.sla = m_triage->slaPolicy();
    if (!m_team || m_team->state() == Sync::TeamSync::State::SignedOut) {
        Q_EMIT queueLoaded(queue);
        return;
    }
    // In a team, who is on and how much they hold is the server's to say.
    m_team->fetchQueue([this, queue](Result<std::pair<QJsonArray, QJsonObject>> answer) mutable {
        if (!answer) {
            refuse(answer.error());
            Q_EMIT queueLoaded(queue);
            return;
        }
        queue.team = true;
        queue.agents.clear();
        for (const QJsonValue &value : answer.value().first) {
            const QJsonObject agent = value.toObject();
            if (agent.value(u"role").toString() != u"agent" &&
                agent.value(u"role").toString() != u"lead")
                continue;
            queue.agents.append({agent.value(u"name").toString(),
                                 agent.value(u"presence").toString(), agent.value(u"open").toInt(),
                                 agent.value(u"capacity").toInt(-1)});
        }
        const QJsonObject routing = answer.value().second;
        queue.routingPolicy = routing.value(u"policy").toString();
        if (auto sla = Triage::SlaPolicy::fromJson(
                QJsonDocument(routing.value(u"sla").toObject()).toJson()))
            queue.sla = sla.value();
        Q_EMIT queueLoaded(queue);
    });
}

void WorkspaceService::saveQueueSettings(const Triage::SlaPolicy &sla, const QString &routingPolicy)
{
    if (!m_db)
        return;
    if (m_team && m_team->state() != Sync::TeamSync::State::SignedOut) {
        QJsonObject settings{
            {QStringLiteral("sla"), QJsonDocument::fromJson(sla.toJson()).object()}};
        if (!routingPolicy.isEmpty())
            settings.insert(QStringLiteral("policy"), routingPolicy);
        m_team->setRouting(settings, [this](Result<QJsonObject> saved) {
            if (!saved) {
                refuse(saved.error());
                return;
            }
            Q_EMIT queueSettingsSaved(
                Tr::tr("The team's routing and SLA are saved on the team server."));
            loadQueue();
        });
        return;
    }
    QSaveFile file(slaPolicyPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(sla.toJson()) < 0 || !file.commit()) {
        refuse(Error{Tr::tr("The SLA policy could not be saved."), file.errorString()});
        return;
    }
    m_triage->setSlaPolicy(sla);
    Q_EMIT queueSettingsSaved(Tr::tr("Saved. New conversations are due by these rules."));
    loadQueue();
}

void WorkspaceService::buildScenarioFromHistory(int conversations, const QString &path)
{
    if (!m_db)
        return;
    Training::ScenarioBuildOptions options;
    options.conversations = conversations;
    auto built = Training::ScenarioBuilder(m_db->connection()).build(options);
    if (!built) {
        refuse(built.error());
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(built.value().scenario.toJson()) < 0 ||
        !file.commit()) {
        refuse(Error{Tr::tr("The scenario could not be written to %1.").arg(path),
                     file.errorString()});
        return;
    }
    int replaced = 0;
    for (int count : built.value().replaced)
        replaced += count;
    Q_EMIT scenarioBuilt(
        path,
        Tr::tr("%n conversation(s) became a practice scenario; %1 names, handles and personal "
               "details were replaced.",
               nullptr, built.value().conversations)
            .arg(replaced));
}

void WorkspaceService::loadOwnReviews(const QString &agent)
{
    if (!m_db || agent.isEmpty())
        return;
    auto reviews = Review::ReviewStore(m_db->connection()).reviews(agent, {}, {});
    if (!reviews) {
        reportFailure(reviews.error().userMessage, reviews.error().detail);
        return;
    }
    if (!m_team || m_team->state() == Sync::TeamSync::State::SignedOut) {
        Q_EMIT ownReviewsLoaded(reviews.value());
        return;
    }
    // In a team, the leads' reviews are on the server: this desk's own come first.
    m_team->fetchOwnReviews([this, local = reviews.value()](Result<QJsonArray> fromServer) {
        QList<Review::QaReview> all = local;
        if (!fromServer) {
            reportFailure(Tr::tr("The team's reviews of your work could not be fetched."),
                          fromServer.error().userMessage);
        } else {
            for (const QJsonValue &value : fromServer.value())
                all.append(reviewFromServer(value.toObject()));
        }
        Q_EMIT ownReviewsLoaded(all);
    });
}

} // namespace CareDesk::Workspace
