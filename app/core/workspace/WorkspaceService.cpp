#include "WorkspaceService.h"

#include "ChannelPoller.h"
#include "Clock.h"
#include "CrmDesk.h"
#include "CrmLogSender.h"
#include "EscalationDesk.h"
#include "Logging.h"
#include "QueueDesk.h"
#include "ReplyQueue.h"
#include "ReviewDesk.h"
#include "ShareDesk.h"
#include "ShiftDesk.h"
#include "SurveyDesk.h"
#include "TeamSession.h"
#include "TranslationDesk.h"
#include "net/HttpTransport.h"
#include "spelling/WorkspaceWords.h"
#include "storage/CannedResponses.h"
#include "storage/ChannelSettings.h"
#include "storage/Drafts.h"
#include "storage/SurveyStore.h"
#include "storage/WorkspaceStore.h"
#include "sync/TeamSync.h"
#include "training/ScenarioBuilder.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace CareDesk::Workspace {

using namespace CareDesk::Core;

namespace {

// Gives this file's free functions a translation context lupdate understands.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Workspace::WorkspaceService)
};

} // namespace

WorkspaceService::WorkspaceService(QString directory, Channels::ChannelCatalog &catalog,
                                   const Clock &clock, Security::CredentialStore &credentials,
                                   QObject *parent)
    : QObject(parent)
    , m_context(std::move(directory), clock)
    , m_transport(std::make_unique<Net::HttpTransport>())
    , m_localActions(m_context, *this)
    , m_channels(new ChannelPoller(m_context, catalog, credentials, *m_transport, this))
    , m_team(new TeamSession(m_context, *m_transport, credentials, this))
    , m_replies(new ReplyQueue(m_context, *m_team, *m_channels, m_localActions, this))
    , m_reviews(new ReviewDesk(m_context, *m_team, this))
    , m_queue(new QueueDesk(m_context, *m_team, this))
    , m_translations(new TranslationDesk(m_context, *m_transport, credentials, this))
    , m_crm(new CrmDesk(m_context, catalog, *m_transport, credentials, this))
    , m_crmLog(new CrmLogSender(m_context, *m_crm, this))
    , m_surveys(new SurveyDesk(m_context, this))
    , m_escalations(new EscalationDesk(m_context, this))
    , m_shares(new ShareDesk(m_context, catalog, this))
    , m_shifts(new ShiftDesk(*m_team, this))
    , m_teamActions(std::make_unique<TeamActions>(*m_team, m_localActions))
{
    connectParts();
}

WorkspaceService::~WorkspaceService()
{
    // The parts refer to the context and the transport: they go first.
    delete m_shifts;
    delete m_shares;
    delete m_escalations;
    delete m_surveys;
    delete m_crmLog;
    delete m_crm;
    delete m_translations;
    delete m_queue;
    delete m_reviews;
    delete m_replies;
    delete m_team;
    delete m_channels;
}

void WorkspaceService::connectParts()
{
    // In a team, a lead's translation settings become the team's, and the team's reach every desk.
    connect(m_translations, &TranslationDesk::settingsSaved, m_team,
            &TeamSession::shareTranslationSettings);
    connect(m_team, &TeamSession::translationSettingsChanged, m_translations,
            &TranslationDesk::configure);
    // A translation made, failed or asked again: the conversation is sent again with it.
    connect(m_translations, &TranslationDesk::translationsChanged, this,
            &WorkspaceService::loadConversation);
    connect(m_channels, &ChannelPoller::messagesStored, this,
            &WorkspaceService::announceInboxChanged);
    // New customers are looked up once their messages are stored; a match or a merge changes
    // priorities and the customer panel.
    connect(m_channels, &ChannelPoller::messagesStored, m_crm, &CrmDesk::matchNewCustomers);
    connect(m_crm, &CrmDesk::customerChanged, this, [this] {
        announceInboxChanged();
        if (m_shownConversation != 0)
            loadConversation(m_shownConversation);
    });
    connect(m_crm, &CrmDesk::refused, this, &WorkspaceService::refuse);
    // A survey goes out at once; the customer's answer comes back by ingest.
    connect(m_surveys, &SurveyDesk::surveyQueued, m_replies, &ReplyQueue::deliverDue);
    connect(m_channels, &ChannelPoller::messagesStored, m_surveys, &SurveyDesk::readAnswers);
    connect(m_surveys, &SurveyDesk::answered, this, [this](qint64 conversationId) {
        announceInboxChanged();
        if (m_shownConversation == conversationId)
            loadConversation(conversationId);
    });
    connect(m_surveys, &SurveyDesk::refused, this, &WorkspaceService::refuse);
    // Escalation rules look at each message as it arrives, at overdue replies after each poll,
    // and at detractors' answers.
    connect(m_channels, &ChannelPoller::messagesStored, m_escalations, &EscalationDesk::applyRules);
    connect(m_channels, &ChannelPoller::pollFinished, m_escalations, &EscalationDesk::applyRules);
    connect(m_surveys, &SurveyDesk::answered, m_escalations,
            [this](qint64 conversationId, int score, bool detractor) {
                if (detractor)
                    m_escalations->detractorAnswered(conversationId, score);
            });
    connect(m_escalations, &EscalationDesk::escalated, this, [this](qint64 conversationId) {
        announceInboxChanged();
        if (m_shownConversation == conversationId)
            loadConversation(conversationId);
    });
    connect(m_escalations, &EscalationDesk::refused, this, &WorkspaceService::refuse);
    // Signed in to a team, the team's reasons, targets and rules apply.
    connect(m_team, &TeamSession::signedIn, this, [this] {
        m_team->sync().callForObject(
            "GET", QStringLiteral("/v1/escalation-settings"), {},
            [this](Result<QJsonObject> answer) {
                if (!answer)
                    return; // an older server: the desk's own settings stay
                auto settings = Escalations::EscalationSettings::fromJson(
                    QJsonDocument(answer.value()).toJson(QJsonDocument::Compact));
                if (settings)
                    m_escalations->configure(settings.value());
            });
    });
    // A share goes out at once; the conversation shows how it went.
    connect(m_shares, &ShareDesk::shareQueued, this, [this](qint64 conversationId) {
        m_replies->deliverDue();
        if (m_shownConversation == conversationId)
            loadConversation(conversationId);
    });
    connect(m_shares, &ShareDesk::refused, this, &WorkspaceService::refuse);
    connect(m_shifts, &ShiftDesk::refused, this, &WorkspaceService::refuse);
    connect(m_channels, &ChannelPoller::pollFinished, m_replies, &ReplyQueue::publishOutbox);
    connect(m_channels, &ChannelPoller::channelConnected, this, &WorkspaceService::loadChannels);
    connect(m_team, &TeamSession::mirrorChanged, this, [this] {
        announceInboxChanged();
        m_crm->matchNewCustomers();
        m_replies->publishOutbox();
    });
    connect(m_team, &TeamSession::stateChanged, m_replies, &ReplyQueue::publishOutbox);
    connect(m_team, &TeamSession::refused, this, [this](qint64 conversationId, const Error &error) {
        refuse(error);
        if (conversationId != 0)
            loadConversation(conversationId);
        m_replies->publishOutbox();
    });
    // Sign-in problems also arrive as the signed-out state, with the reason; this is for the
    // status line.
    connect(m_team, &TeamSession::failed, this, &WorkspaceService::failed);
    connect(m_channels, &ChannelPoller::failed, this, &WorkspaceService::reportFailure);
    connect(m_reviews, &ReviewDesk::failed, this, &WorkspaceService::reportFailure);
    connect(m_queue, &QueueDesk::failed, this, &WorkspaceService::reportFailure);
    connect(m_channels, &ChannelPoller::refused, this, &WorkspaceService::refuse);
    connect(m_replies, &ReplyQueue::refused, this, &WorkspaceService::refuse);
    connect(m_reviews, &ReviewDesk::refused, this, &WorkspaceService::refuse);
    connect(m_queue, &QueueDesk::refused, this, &WorkspaceService::refuse);
}

QString WorkspaceService::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString WorkspaceService::demoScenarioPath()
{
    return QStringLiteral(":/caredesk/scenarios/demo-practice.json");
}

void WorkspaceService::reportFailure(const Error &error)
{
    qCWarning(lcStorage).noquote() << error.userMessage << error.detail;
    Q_EMIT failed(error);
}

void WorkspaceService::refuse(const Error &error)
{
    qCInfo(lcStorage).noquote() << error.userMessage << error.detail;
    Q_EMIT actionRefused(error);
}

void WorkspaceService::open()
{
    if (auto opened = m_context.open(); !opened) {
        reportFailure(opened.error());
        return;
    }
    for (const Error &problem : m_context.triage.problems())
        reportFailure(problem);
    if (!setUpFirstStart())
        return;
    m_translations->configure();
    m_crm->configure();
    m_surveys->configure();
    m_escalations->configure();
    if (auto vocabulary = Spelling::teamReplyWordCounts(m_context.connection()))
        Q_EMIT teamVocabularyLoaded(vocabulary.value());
    m_channels->pollChannels();

    auto count = Storage::WorkspaceStore(m_context.connection()).conversationCount();
    Q_EMIT opened(m_context.db->filePath(), count ? count.value() : 0);
    m_channels->startPolling();
}

bool WorkspaceService::setUpFirstStart()
{
    Storage::WorkspaceStore store(m_context.connection());
    auto existing = store.channels();
    if (!existing) {
        reportFailure(existing.error());
        return false;
    }
    if (!existing.value().isEmpty())
        return true;
    const QJsonObject settings{{QStringLiteral("scenario"), demoScenarioPath()}};
    auto created = store.ensureChannel(
        QStringLiteral("sandbox"), Tr::tr("Practice inbox"), QStringLiteral("sandbox"),
        QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)),
        m_context.clock.now());
    if (!created) {
        reportFailure(created.error());
        return false;
    }
    seedCannedResponses();
    return true;
}

void WorkspaceService::seedCannedResponses()
{
    // A first start comes with a few replies to learn the composer with; teams edit or
    // replace them in Settings.
    QFile file(QStringLiteral(":/caredesk/canned/starter-responses.json"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    Storage::CannedResponses canned(m_context.connection());
    const QJsonArray responses =
        QJsonDocument::fromJson(file.readAll()).object().value(u"responses").toArray();
    for (const QJsonValue &value : responses) {
        const QJsonObject object = value.toObject();
        CannedResponse response;
        response.title = object.value(u"title").toString();
        response.shortcut = object.value(u"shortcut").toString();
        response.category = object.value(u"category").toString();
        const QJsonObject texts = object.value(u"text").toObject();
        for (auto it = texts.begin(); it != texts.end(); ++it)
            response.textByLanguage.insert(it.key(), it.value().toString());
        if (auto saved = canned.save(response, m_context.clock.now()); !saved)
            reportFailure(saved.error());
    }
}

void WorkspaceService::announceInboxChanged()
{
    auto count = Storage::WorkspaceStore(m_context.connection()).conversationCount();
    Q_EMIT inboxChanged(count ? count.value() : 0);
}

void WorkspaceService::reportChanged(qint64 conversationId)
{
    loadConversation(conversationId);
    announceInboxChanged();
}

void WorkspaceService::loadInboxPage(quint64 requestId, const InboxQuery &query,
                                     const InboxCursor &after, int limit)
{
    if (!m_context.isOpen())
        return;
    auto page = Storage::WorkspaceStore(m_context.connection()).inboxPage(query, after, limit);
    if (!page) {
        reportFailure(page.error());
        return;
    }
    Q_EMIT inboxPageLoaded(requestId, page.value());
}

void WorkspaceService::loadInboxCounts(const InboxQuery &query, const QString &agent)
{
    if (!m_context.isOpen())
        return;
    auto counts = Storage::WorkspaceStore(m_context.connection()).inboxCounts(query, agent);
    if (!counts) {
        reportFailure(counts.error());
        return;
    }
    Q_EMIT inboxCountsLoaded(counts.value());
}

void WorkspaceService::loadConversation(qint64 conversationId)
{
    if (!m_context.isOpen())
        return;
    auto detail = Storage::WorkspaceStore(m_context.connection()).conversation(conversationId);
    if (!detail) {
        reportFailure(detail.error());
        return;
    }
    if (auto draft = Storage::Drafts(m_context.connection()).load(conversationId))
        detail.value().draft = draft.value();
    m_translations->attach(detail.value());
    m_crm->attach(detail.value());
    if (auto survey = Storage::SurveyStore(m_context.connection()).surveyOf(conversationId))
        detail.value().survey = survey.value();
    m_escalations->attach(detail.value());
    if (m_team->serverConversation(conversationId) == 0)
        m_shares->attach(detail.value());
    m_shownConversation = conversationId;
    Q_EMIT conversationLoaded(detail.value());
}

void WorkspaceService::loadChannels()
{
    if (!m_context.isOpen())
        return;
    Storage::WorkspaceStore store(m_context.connection());
    auto channels = store.channels();
    auto languages = store.conversationLanguages();
    if (!channels || !languages) {
        reportFailure(channels ? languages.error() : channels.error());
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
        summary.region = Storage::ChannelSettings::regionOf(channel.settingsJson);
        summary.signOff = Storage::ChannelSettings::signOffOf(channel.settingsJson);
        summaries.append(summary);
    }
    Q_EMIT channelsLoaded(summaries, languages.value());
}

void WorkspaceService::setChannelRegion(qint64 channelId, const QString &region)
{
    if (!m_context.isOpen())
        return;
    if (auto set = Storage::ChannelSettings(m_context.connection()).setRegion(channelId, region);
        !set) {
        refuse(set.error());
        return;
    }
    loadChannels();
}

void WorkspaceService::setChannelSignOff(qint64 channelId, const QString &style)
{
    if (!m_context.isOpen())
        return;
    if (auto set = Storage::ChannelSettings(m_context.connection()).setSignOff(channelId, style);
        !set) {
        refuse(set.error());
        return;
    }
    loadChannels();
    if (m_shownConversation != 0)
        loadConversation(m_shownConversation); // the composer signs with the new style
}

void WorkspaceService::search(const QString &query)
{
    if (!m_context.isOpen())
        return;
    constexpr int SEARCH_LIMIT = 100;
    auto hits = Storage::WorkspaceStore(m_context.connection()).search(query, SEARCH_LIMIT);
    if (!hits) {
        refuse(hits.error());
        return;
    }
    Q_EMIT searchFinished(query, hits.value());
}

void WorkspaceService::loadCannedResponses()
{
    if (!m_context.isOpen())
        return;
    auto responses = Storage::CannedResponses(m_context.connection()).list();
    if (!responses) {
        reportFailure(responses.error());
        return;
    }
    Q_EMIT cannedResponsesLoaded(responses.value());
}

void WorkspaceService::saveCannedResponse(const CannedResponse &response)
{
    if (!m_context.isOpen())
        return;
    if (auto saved =
            Storage::CannedResponses(m_context.connection()).save(response, m_context.clock.now());
        !saved)
        refuse(saved.error());
    loadCannedResponses();
}

void WorkspaceService::removeCannedResponse(qint64 id)
{
    if (!m_context.isOpen())
        return;
    if (auto removed = Storage::CannedResponses(m_context.connection()).remove(id); !removed)
        refuse(removed.error());
    loadCannedResponses();
}

void WorkspaceService::saveDraft(qint64 conversationId, const Draft &draft)
{
    if (!m_context.isOpen())
        return;
    if (auto saved = Storage::Drafts(m_context.connection())
                         .save(conversationId, draft, m_context.clock.now());
        !saved)
        reportFailure(saved.error());
}

ConversationActions &WorkspaceService::actionsFor(qint64 conversationId)
{
    if (m_team->serverConversation(conversationId) != 0)
        return *m_teamActions;
    return m_localActions;
}

void WorkspaceService::setStatus(qint64 conversationId, ConversationStatus status,
                                 const QString &agent)
{
    if (!m_context.isOpen())
        return;
    actionsFor(conversationId).setStatus(conversationId, status, agent);
    // Resolved here: logged back to the CRM when the team wants it, and the customer asked how
    // it went (a team conversation's survey is the team server's).
    if (status == ConversationStatus::Resolved) {
        m_crmLog->conversationResolved(conversationId);
        if (m_team->serverConversation(conversationId) == 0)
            m_surveys->conversationResolved(conversationId, agent);
    }
}

void WorkspaceService::assign(qint64 conversationId, const QString &assignee, const QString &agent)
{
    if (!m_context.isOpen())
        return;
    // Taking an escalated case (or giving it to someone) is what the escalation waited for.
    m_escalations->conversationTaken(conversationId, assignee);
    actionsFor(conversationId).assign(conversationId, assignee, agent);
}

void WorkspaceService::escalate(qint64 conversationId, const QString &target, const QString &reason,
                                const QString &note, const QString &agent)
{
    if (!m_context.isOpen())
        return;
    // A team's conversation is escalated on the server, for every desk of the team.
    if (const qint64 serverId = m_team->serverConversation(conversationId); serverId != 0) {
        m_team->sync().escalate(serverId, target, reason, note);
        return;
    }
    m_escalations->escalate(conversationId, target, reason, note, agent);
}

void WorkspaceService::share(qint64 conversationId, const QString &action, const QString &quoteText,
                             const QString &agent)
{
    if (!m_context.isOpen())
        return;
    if (m_team->serverConversation(conversationId) != 0) {
        refuse(
            {Tr::tr("Sharing a team conversation's praise is not possible from a desk yet."), {}});
        return;
    }
    m_shares->share(conversationId, action, quoteText, agent);
}

void WorkspaceService::addNote(qint64 conversationId, const QString &text, const QString &agent)
{
    if (m_context.isOpen())
        actionsFor(conversationId).addNote(conversationId, text, agent);
}

void WorkspaceService::setAddressed(qint64 conversationId, qint64 messageId, Addressed addressed,
                                    const QString &agent)
{
    if (m_context.isOpen())
        m_localActions.setAddressed(conversationId, messageId, addressed, agent);
}

void WorkspaceService::buildScenarioFromHistory(int conversations, const QString &path)
{
    if (!m_context.isOpen())
        return;
    Training::ScenarioBuildOptions options;
    options.conversations = conversations;
    auto built = Training::ScenarioBuilder(m_context.connection()).build(options);
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
    for (int count : std::as_const(built.value().replaced))
        replaced += count;
    Q_EMIT scenarioBuilt(
        path,
        Tr::tr("%n conversation(s) became a practice scenario; %1 names, handles and personal "
               "details were replaced.",
               nullptr, built.value().conversations)
            .arg(replaced));
}

} // namespace CareDesk::Workspace
