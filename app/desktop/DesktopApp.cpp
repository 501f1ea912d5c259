#include "DesktopApp.h"

#include "training/PracticeDesk.h"
#include "workspace/WorkspaceService.h"

#include <ui/dashboard/DashboardView.h>
#include <ui/inbox/InboxModel.h>
#include <ui/queue/QueueView.h>
#include <ui/review/ReviewWorkspace.h>
#include <ui/settings/Preferences.h>
#include <ui/shell/MainWindow.h>
#include <ui/training/TrainerWorkspace.h>

namespace CareDesk::Desktop {

DesktopApp::DesktopApp(const QString &workspaceDirectory, const QString &pluginDirectory,
                       Security::CredentialStore *credentials, const Core::Clock *clock)
    : m_clock(clock ? *clock : m_systemClock)
    , m_credentials(credentials ? *credentials : m_keychain)
{
    qRegisterMetaType<Core::InboxCursor>();
    qRegisterMetaType<Core::InboxQuery>();
    qRegisterMetaType<Core::InboxPage>();
    qRegisterMetaType<Core::ConversationDetail>();
    qRegisterMetaType<Core::Draft>();
    qRegisterMetaType<Core::InboxCounts>();
    qRegisterMetaType<QList<Core::ChannelSummary>>();
    qRegisterMetaType<QList<Core::OutgoingReply>>();
    qRegisterMetaType<QList<Core::CannedResponse>>();
    qRegisterMetaType<Core::CannedResponse>();
    qRegisterMetaType<QList<Core::SearchHit>>();

    m_catalog.addLinkedPlugins();
    m_catalog.scanDirectory(pluginDirectory);

    m_storageThread.setObjectName(QStringLiteral("storage"));
    m_workspace =
        new Workspace::WorkspaceService(workspaceDirectory, m_catalog, m_clock, m_credentials);
    m_workspace->moveToThread(&m_storageThread);
    connect(&m_storageThread, &QThread::finished, m_workspace, &QObject::deleteLater);

    m_practice = new Training::PracticeDesk(m_clock, workspaceDirectory);
    m_practice->moveToThread(&m_storageThread);
    connect(&m_storageThread, &QThread::finished, m_practice, &QObject::deleteLater);

    m_window = std::make_unique<Gui::MainWindow>(m_clock, m_preferences);
    wire(*m_window, m_workspace);
    wireTraining(*m_window, m_workspace, m_practice);
}

void DesktopApp::wireTraining(Gui::MainWindow &window, Workspace::WorkspaceService *workspace,
                              Training::PracticeDesk *practice)
{
    using Training::PracticeDesk;
    Gui::TrainerWorkspace *trainer = window.trainerWorkspace();
    connect(trainer, &Gui::TrainerWorkspace::classOpenRequested, practice,
            [practice](const QString &directory) { practice->openClass(directory); });
    connect(
        trainer, &Gui::TrainerWorkspace::classStartRequested, practice,
        [practice](const QString &scenario, const QStringList &trainees, const QString &directory) {
            practice->startClass(scenario, trainees, directory);
        });
    connect(trainer, &Gui::TrainerWorkspace::traineeSelected, practice,
            [practice](const QString &workspaceDir) { practice->selectTrainee(workspaceDir); });
    connect(trainer, &Gui::TrainerWorkspace::notesSaveRequested, practice,
            [practice](const QString &workspaceDir, const QString &text) {
                practice->saveNotes(workspaceDir, text);
            });
    connect(trainer, &Gui::TrainerWorkspace::scenarioFromHistoryRequested, workspace,
            [workspace](int conversations, const QString &path) {
                workspace->buildScenarioFromHistory(conversations, path);
            });
    connect(practice, &PracticeDesk::classLoaded, trainer, &Gui::TrainerWorkspace::setClass);
    connect(practice, &PracticeDesk::failed, trainer, &Gui::TrainerWorkspace::handleFailure);
    connect(workspace, &Workspace::WorkspaceService::scenarioBuilt, trainer,
            &Gui::TrainerWorkspace::handleScenarioBuilt);

    // The trainee's conversations are scored with the same review workspace as a lead's.
    Gui::ReviewWorkspace *scorecard = trainer->scorecard();
    connect(
        scorecard, &Gui::ReviewWorkspace::transcriptsRequested, practice,
        [practice](const Review::TranscriptFilter &filter) { practice->loadTranscripts(filter); });
    connect(scorecard, &Gui::ReviewWorkspace::reviewSheetRequested, practice,
            [practice](qint64 id, const QString &reviewer) {
                practice->loadReviewSheet(id, reviewer);
            });
    connect(scorecard, &Gui::ReviewWorkspace::reviewSaveRequested, practice,
            [practice](const Review::QaReview &review) { practice->saveReview(review); });
    connect(
        scorecard, &Gui::ReviewWorkspace::criteriaSaveRequested, practice,
        [practice](const QList<Review::Criterion> &criteria) { practice->saveCriteria(criteria); });
    connect(scorecard, &Gui::ReviewWorkspace::reportRequested, practice,
            [practice](const QList<qint64> &ids, const QString &reviewer, const QString &title) {
                practice->buildReport(ids, reviewer, title);
            });
    connect(practice, &PracticeDesk::transcriptsLoaded, scorecard,
            &Gui::ReviewWorkspace::setTranscripts);
    connect(practice, &PracticeDesk::reviewSheetLoaded, scorecard,
            &Gui::ReviewWorkspace::setReviewSheet);
    connect(practice, &PracticeDesk::reviewSaved, scorecard,
            &Gui::ReviewWorkspace::handleReviewSaved);
    connect(practice, &PracticeDesk::reportReady, scorecard, &Gui::ReviewWorkspace::writeReport);
}

void DesktopApp::wire(Gui::MainWindow &window, Workspace::WorkspaceService *workspace)
{
    using Gui::MainWindow;
    using Workspace::WorkspaceService;
    // Requests go to the storage thread (each lambda runs there, in the workspace's context);
    // answers come back queued to the GUI thread.
    connect(window.inboxModel(), &Gui::InboxModel::pageRequested, workspace,
            &WorkspaceService::loadInboxPage);
    connect(&window, &MainWindow::conversationRequested, workspace,
            &WorkspaceService::loadConversation);
    connect(&window, &MainWindow::inboxCountsRequested, workspace,
            [workspace](const Core::InboxQuery &query, const QString &agent) {
                workspace->loadInboxCounts(query, agent);
            });
    connect(&window, &MainWindow::channelsRequested, workspace,
            [workspace] { workspace->loadChannels(); });
    connect(&window, &MainWindow::cannedResponsesRequested, workspace,
            [workspace] { workspace->loadCannedResponses(); });
    connect(&window, &MainWindow::cannedResponseSaved, workspace,
            [workspace](const Core::CannedResponse &response) {
                workspace->saveCannedResponse(response);
            });
    connect(&window, &MainWindow::cannedResponseRemoved, workspace,
            [workspace](qint64 id) { workspace->removeCannedResponse(id); });
    connect(&window, &MainWindow::draftChanged, workspace,
            [workspace](qint64 id, const Core::Draft &draft) { workspace->saveDraft(id, draft); });
    connect(&window, &MainWindow::assignRequested, workspace,
            [workspace](qint64 id, const QString &assignee, const QString &agent) {
                workspace->assign(id, assignee, agent);
            });
    connect(&window, &MainWindow::statusRequested, workspace,
            [workspace](qint64 id, Core::ConversationStatus status, const QString &agent) {
                workspace->setStatus(id, status, agent);
            });
    connect(
        &window, &MainWindow::addressedRequested, workspace,
        [workspace](qint64 id, qint64 messageId, Core::Addressed addressed, const QString &agent) {
            workspace->setAddressed(id, messageId, addressed, agent);
        });
    connect(&window, &MainWindow::noteRequested, workspace,
            [workspace](qint64 id, const QString &text, const QString &agent) {
                workspace->addNote(id, text, agent);
            });
    connect(&window, &MainWindow::replyRequested, workspace,
            [workspace](qint64 id, const QList<Core::ReplyText> &parts, const QString &agent,
                        int holdSecs) { workspace->queueReplies(id, parts, agent, holdSecs); });
    connect(&window, &MainWindow::undoRequested, workspace,
            [workspace](const QStringList &clientIds) { workspace->undoReplies(clientIds); });
    connect(&window, &MainWindow::retryRequested, workspace,
            [workspace](const QString &clientId) { workspace->retryReply(clientId); });
    connect(&window, &MainWindow::teamSignInRequested, workspace,
            [workspace](const QUrl &server, const QString &login, const QString &password) {
                workspace->signInToTeam(server, login, password);
            });
    connect(&window, &MainWindow::teamSignOutRequested, workspace,
            [workspace] { workspace->signOutOfTeam(); });
    connect(&window, &MainWindow::connectChannelRequested, workspace,
            [workspace](qint64 id) { workspace->connectChannel(id); });
    connect(&window, &MainWindow::searchRequested, workspace,
            [workspace](const QString &query) { workspace->search(query); });
    connect(&window, &MainWindow::activityAnnounced, workspace,
            [workspace](qint64 id, const QString &what) { workspace->announceActivity(id, what); });

    connect(workspace, &WorkspaceService::inboxPageLoaded, window.inboxModel(),
            &Gui::InboxModel::handlePageLoaded);
    connect(workspace, &WorkspaceService::opened, &window, &MainWindow::handleWorkspaceOpened);
    connect(workspace, &WorkspaceService::failed, &window, &MainWindow::handleWorkspaceFailed);
    connect(workspace, &WorkspaceService::inboxChanged, &window, &MainWindow::handleInboxChanged);
    connect(workspace, &WorkspaceService::conversationLoaded, &window,
            &MainWindow::handleConversationLoaded);
    connect(workspace, &WorkspaceService::channelStatusChanged, &window,
            &MainWindow::handleChannelStatus);
    connect(workspace, &WorkspaceService::inboxCountsLoaded, &window,
            &MainWindow::handleInboxCounts);
    connect(workspace, &WorkspaceService::channelsLoaded, &window, &MainWindow::handleChannels);
    connect(workspace, &WorkspaceService::cannedResponsesLoaded, &window,
            &MainWindow::handleCannedResponses);
    connect(workspace, &WorkspaceService::repliesQueued, &window, &MainWindow::handleRepliesQueued);
    connect(workspace, &WorkspaceService::repliesUndone, &window, &MainWindow::handleRepliesUndone);
    connect(workspace, &WorkspaceService::outboxChanged, &window, &MainWindow::handleOutbox);
    connect(workspace, &WorkspaceService::actionRefused, &window, &MainWindow::handleActionRefused);
    connect(workspace, &WorkspaceService::teamStateChanged, &window, &MainWindow::handleTeamState);
    connect(workspace, &WorkspaceService::teamSignedIn, &window, &MainWindow::handleTeamSignedIn);
    connect(workspace, &WorkspaceService::searchFinished, &window,
            &MainWindow::handleSearchResults);
    connect(workspace, &WorkspaceService::channelAuthorizationStarted, &window,
            &MainWindow::handleChannelAuthorization);
    connect(workspace, &WorkspaceService::channelConnected, &window,
            &MainWindow::handleChannelConnected);
    connect(workspace, &WorkspaceService::teammateActive, &window,
            &MainWindow::handleTeammateActivity);

    // The lead's workspaces: reading and scoring transcripts, and the dashboard.
    Gui::ReviewWorkspace *review = window.reviewWorkspace();
    connect(review, &Gui::ReviewWorkspace::transcriptsRequested, workspace,
            [workspace](const Review::TranscriptFilter &filter) {
                workspace->loadTranscripts(filter);
            });
    connect(review, &Gui::ReviewWorkspace::reviewSheetRequested, workspace,
            [workspace](qint64 id, const QString &reviewer) {
                workspace->loadReviewSheet(id, reviewer);
            });
    connect(review, &Gui::ReviewWorkspace::reviewSaveRequested, workspace,
            [workspace](const Review::QaReview &qaReview) { workspace->saveReview(qaReview); });
    connect(review, &Gui::ReviewWorkspace::criteriaSaveRequested, workspace,
            [workspace](const QList<Review::Criterion> &criteria) {
                workspace->saveCriteria(criteria);
            });
    connect(review, &Gui::ReviewWorkspace::reportRequested, workspace,
            [workspace](const QList<qint64> &ids, const QString &reviewer, const QString &title) {
                workspace->buildReport(ids, reviewer, title);
            });
    connect(workspace, &WorkspaceService::transcriptsLoaded, review,
            &Gui::ReviewWorkspace::setTranscripts);
    connect(workspace, &WorkspaceService::reviewSheetLoaded, review,
            &Gui::ReviewWorkspace::setReviewSheet);
    connect(workspace, &WorkspaceService::reviewSaved, review,
            &Gui::ReviewWorkspace::handleReviewSaved);
    connect(workspace, &WorkspaceService::reportReady, review, &Gui::ReviewWorkspace::writeReport);
    Gui::DashboardView *dashboard = window.dashboardView();
    connect(
        dashboard, &Gui::DashboardView::dashboardRequested, workspace,
        [workspace](const Review::DashboardPeriod &period) { workspace->loadDashboard(period); });
    connect(workspace, &WorkspaceService::dashboardLoaded, dashboard,
            &Gui::DashboardView::setFigures);
    Gui::QueueView *queue = window.queueView();
    connect(queue, &Gui::QueueView::queueRequested, workspace,
            [workspace] { workspace->loadQueue(); });
    connect(queue, &Gui::QueueView::settingsSaveRequested, workspace,
            [workspace](const Triage::SlaPolicy &sla, const QString &routing) {
                workspace->saveQueueSettings(sla, routing);
            });
    connect(workspace, &WorkspaceService::queueLoaded, queue, &Gui::QueueView::setQueue);
    connect(workspace, &WorkspaceService::queueSettingsSaved, queue, &Gui::QueueView::handleSaved);
    connect(&window, &MainWindow::ownReviewsRequested, workspace,
            [workspace](const QString &agent) { workspace->loadOwnReviews(agent); });
    connect(workspace, &WorkspaceService::ownReviewsLoaded, &window, &MainWindow::handleOwnReviews);
}

DesktopApp::~DesktopApp()
{
    m_window.reset();
    m_storageThread.quit();
    m_storageThread.wait();
}

void DesktopApp::start()
{
    m_storageThread.start();
    QMetaObject::invokeMethod(m_workspace, &Workspace::WorkspaceService::open,
                              Qt::QueuedConnection);
    // A desk signed in to a team before carries on with the session kept in the keychain.
    if (const QString server = m_preferences.teamServer(); !server.isEmpty()) {
        QMetaObject::invokeMethod(
            m_workspace,
            [workspace = m_workspace, server, login = m_preferences.teamLogin()] {
                workspace->resumeTeam(QUrl(server), login);
            },
            Qt::QueuedConnection);
    }
}

} // namespace CareDesk::Desktop
