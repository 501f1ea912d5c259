#include "DesktopApp.h"

#include "training/PracticeDesk.h"
#include "workspace/ChannelPoller.h"
#include "workspace/CrmDesk.h"
#include "workspace/EscalationDesk.h"
#include "workspace/QueueDesk.h"
#include "workspace/ReplyQueue.h"
#include "workspace/ReportReader.h"
#include "workspace/ReviewDesk.h"
#include "workspace/ShiftDesk.h"
#include "workspace/TeamAccount.h"
#include "workspace/TeamSession.h"
#include "workspace/TranslationDesk.h"
#include "workspace/WorkspaceService.h"

#include <ui/common/SpellHighlighter.h>
#include <ui/composer/Composer.h>
#include <ui/conversation/ConversationView.h>
#include <ui/conversation/CrmCard.h>
#include <ui/conversation/CustomerPanel.h>
#include <ui/conversation/FindInCrmDialog.h>
#include <ui/dashboard/DashboardView.h>
#include <ui/inbox/InboxModel.h>
#include <ui/queue/QueueView.h>
#include <ui/queue/ShiftsPanel.h>
#include <ui/review/ReviewWorkspace.h>
#include <ui/settings/LanguageToolsPage.h>
#include <ui/settings/Preferences.h>
#include <ui/settings/SettingsDialog.h>
#include <ui/shell/MainWindow.h>
#include <ui/shell/ShiftControls.h>
#include <ui/training/TrainerWorkspace.h>

#include <QLabel>
#include <QStatusBar>

namespace CareDesk::Desktop {

DesktopApp::DesktopApp(const QString &workspaceDirectory, const QString &pluginDirectory,
                       Security::CredentialStore *credentials, const Core::Clock *clock)
    : m_clock(clock ? *clock : m_systemClock)
    , m_credentials(credentials ? *credentials : m_keychain)
{
    qRegisterMetaType<Core::Error>();
    qRegisterMetaType<Core::InboxCursor>();
    qRegisterMetaType<Core::InboxQuery>();
    qRegisterMetaType<Core::InboxPage>();
    qRegisterMetaType<Core::ConversationDetail>();
    qRegisterMetaType<Shifts::ShiftBoard>();
    qRegisterMetaType<Shifts::ShiftPostProposal>();
    qRegisterMetaType<Escalations::EscalationSettings>();
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
    // Requests go to the storage thread (each lambda runs there, in the context of the part it
    // calls); answers come back queued to the GUI thread.
    wireInbox(window, workspace);
    wireActions(window, workspace);
    wireReplies(window, workspace->replies());
    wireChannels(window, workspace->channels());
    wireTeam(window, workspace->team());
    wireReviewDesk(window, workspace->reviews());
    wireQueueDesk(window, workspace->queue());
    wireShiftDesk(window, workspace->shifts());
    wireTranslations(window, workspace);
    wireSpelling(window, workspace);
    wireCrm(window, workspace->crm());
}

void DesktopApp::wireInbox(Gui::MainWindow &window, Workspace::WorkspaceService *workspace)
{
    using Gui::MainWindow;
    using Workspace::WorkspaceService;
    connect(window.inboxModel(), &Gui::InboxModel::pageRequested, workspace,
            &WorkspaceService::loadInboxPage);
    connect(&window, &MainWindow::conversationRequested, workspace,
            &WorkspaceService::loadConversation);
    connect(&window, &MainWindow::inboxCountsRequested, workspace,
            &WorkspaceService::loadInboxCounts);
    connect(&window, &MainWindow::channelsRequested, workspace, &WorkspaceService::loadChannels);
    connect(&window, &MainWindow::cannedResponsesRequested, workspace,
            &WorkspaceService::loadCannedResponses);
    connect(&window, &MainWindow::cannedResponseSaved, workspace,
            &WorkspaceService::saveCannedResponse);
    connect(&window, &MainWindow::cannedResponseRemoved, workspace,
            &WorkspaceService::removeCannedResponse);
    connect(&window, &MainWindow::draftChanged, workspace, &WorkspaceService::saveDraft);
    connect(&window, &MainWindow::searchRequested, workspace, &WorkspaceService::search);
    connect(&window, &MainWindow::channelRegionChanged, workspace,
            &WorkspaceService::setChannelRegion);
    connect(&window, &MainWindow::channelSignOffChanged, workspace,
            &WorkspaceService::setChannelSignOff);

    connect(workspace, &WorkspaceService::inboxPageLoaded, window.inboxModel(),
            &Gui::InboxModel::handlePageLoaded);
    connect(workspace, &WorkspaceService::opened, &window, &MainWindow::handleWorkspaceOpened);
    connect(workspace, &WorkspaceService::failed, &window, &MainWindow::handleWorkspaceFailed);
    connect(workspace, &WorkspaceService::inboxChanged, &window, &MainWindow::handleInboxChanged);
    connect(workspace, &WorkspaceService::conversationLoaded, &window,
            &MainWindow::handleConversationLoaded);
    connect(workspace, &WorkspaceService::inboxCountsLoaded, &window,
            &MainWindow::handleInboxCounts);
    connect(workspace, &WorkspaceService::channelsLoaded, &window, &MainWindow::handleChannels);
    connect(workspace, &WorkspaceService::cannedResponsesLoaded, &window,
            &MainWindow::handleCannedResponses);
    connect(workspace, &WorkspaceService::actionRefused, &window, &MainWindow::handleActionRefused);
    connect(workspace, &WorkspaceService::searchFinished, &window,
            &MainWindow::handleSearchResults);
}

void DesktopApp::wireActions(Gui::MainWindow &window, Workspace::WorkspaceService *workspace)
{
    using Gui::MainWindow;
    using Workspace::WorkspaceService;
    connect(&window, &MainWindow::assignRequested, workspace, &WorkspaceService::assign);
    connect(&window, &MainWindow::statusRequested, workspace, &WorkspaceService::setStatus);
    connect(&window, &MainWindow::addressedRequested, workspace, &WorkspaceService::setAddressed);
    connect(&window, &MainWindow::noteRequested, workspace, &WorkspaceService::addNote);
    connect(&window, &MainWindow::escalationRequested, workspace, &WorkspaceService::escalate);
    connect(&window, &MainWindow::shareRequested, workspace, &WorkspaceService::share);
    // The team's reasons and targets for Escalate….
    connect(&workspace->escalations(), &Workspace::EscalationDesk::settingsLoaded,
            window.conversationView(), &Gui::ConversationView::setEscalationSettings);
}

void DesktopApp::wireReplies(Gui::MainWindow &window, Workspace::ReplyQueue &replies)
{
    using Gui::MainWindow;
    using Workspace::ReplyQueue;
    connect(&window, &MainWindow::replyRequested, &replies, &ReplyQueue::queueReplies);
    connect(&window, &MainWindow::undoRequested, &replies, &ReplyQueue::undoReplies);
    connect(&window, &MainWindow::retryRequested, &replies, &ReplyQueue::retryReply);
    connect(&replies, &ReplyQueue::repliesQueued, &window, &MainWindow::handleRepliesQueued);
    connect(&replies, &ReplyQueue::repliesUndone, &window, &MainWindow::handleRepliesUndone);
    connect(&replies, &ReplyQueue::outboxChanged, &window, &MainWindow::handleOutbox);
}

void DesktopApp::wireChannels(Gui::MainWindow &window, Workspace::ChannelPoller &channels)
{
    using Gui::MainWindow;
    using Workspace::ChannelPoller;
    connect(&window, &MainWindow::connectChannelRequested, &channels,
            &ChannelPoller::connectChannel);
    connect(&channels, &ChannelPoller::channelStatusChanged, &window,
            &MainWindow::handleChannelStatus);
    connect(&channels, &ChannelPoller::channelAuthorizationStarted, &window,
            &MainWindow::handleChannelAuthorization);
    connect(&channels, &ChannelPoller::channelConnected, &window,
            &MainWindow::handleChannelConnected);
}

void DesktopApp::wireTeam(Gui::MainWindow &window, Workspace::TeamSession &team)
{
    using Gui::MainWindow;
    using Workspace::TeamSession;
    connect(&window, &MainWindow::teamSignInRequested, &team, &TeamSession::signIn);
    connect(&window, &MainWindow::teamSignOutRequested, &team, &TeamSession::signOut);
    connect(&window, &MainWindow::teamSignOutEverywhereRequested, &team,
            &TeamSession::signOutEverywhere);
    connect(&window, &MainWindow::activityAnnounced, &team, &TeamSession::announceActivity);
    connect(&team, &TeamSession::stateChanged, &window, &MainWindow::handleTeamState);
    connect(&team, &TeamSession::signedIn, &window, &MainWindow::handleTeamSignedIn);
    connect(&team, &TeamSession::teammateActive, &window, &MainWindow::handleTeammateActivity);
}

void DesktopApp::wireReviewDesk(Gui::MainWindow &window, Workspace::ReviewDesk &desk)
{
    using Gui::ReviewWorkspace;
    using Workspace::ReviewDesk;
    // The lead's workspaces: reading and scoring transcripts, and the dashboard.
    ReviewWorkspace *review = window.reviewWorkspace();
    connect(review, &ReviewWorkspace::transcriptsRequested, &desk, &ReviewDesk::loadTranscripts);
    connect(review, &ReviewWorkspace::reviewSheetRequested, &desk, &ReviewDesk::loadReviewSheet);
    connect(review, &ReviewWorkspace::reviewSaveRequested, &desk, &ReviewDesk::saveReview);
    connect(review, &ReviewWorkspace::criteriaSaveRequested, &desk, &ReviewDesk::saveCriteria);
    connect(review, &ReviewWorkspace::reportRequested, &desk, &ReviewDesk::buildReport);
    connect(&desk, &ReviewDesk::transcriptsLoaded, review, &ReviewWorkspace::setTranscripts);
    connect(&desk, &ReviewDesk::historySpanLoaded, review, &ReviewWorkspace::setHistorySpan);
    connect(&desk, &ReviewDesk::reviewSheetLoaded, review, &ReviewWorkspace::setReviewSheet);
    connect(&desk, &ReviewDesk::reviewSaved, review, &ReviewWorkspace::handleReviewSaved);
    connect(&desk, &ReviewDesk::reportReady, review, &ReviewWorkspace::writeReport);
    // Figures come straight from the report reader's own thread.
    Gui::DashboardView *dashboard = window.dashboardView();
    connect(dashboard, &Gui::DashboardView::dashboardRequested, &desk, &ReviewDesk::loadDashboard);
    connect(desk.reportReader(), &Workspace::ReportReader::dashboardComputed, dashboard,
            &Gui::DashboardView::setFigures);
    connect(&window, &Gui::MainWindow::ownReviewsRequested, &desk, &ReviewDesk::loadOwnReviews);
    connect(&desk, &ReviewDesk::ownReviewsLoaded, &window, &Gui::MainWindow::handleOwnReviews);
}

void DesktopApp::wireQueueDesk(Gui::MainWindow &window, Workspace::QueueDesk &desk)
{
    using Gui::QueueView;
    using Workspace::QueueDesk;
    QueueView *queue = window.queueView();
    connect(queue, &QueueView::queueRequested, &desk, &QueueDesk::loadQueue);
    connect(queue, &QueueView::settingsSaveRequested, &desk, &QueueDesk::saveQueueSettings);
    connect(&desk, &QueueDesk::queueLoaded, queue, &QueueView::setQueue);
    connect(&desk, &QueueDesk::queueSettingsSaved, queue, &QueueView::handleSaved);
}

void DesktopApp::wireShiftDesk(Gui::MainWindow &window, Workspace::ShiftDesk &desk)
{
    using Workspace::ShiftDesk;
    Gui::ShiftsPanel *panel = window.queueView()->shifts();
    connect(panel, &Gui::ShiftsPanel::shiftsRequested, &desk, &ShiftDesk::loadShifts);
    connect(panel, &Gui::ShiftsPanel::rosterSaveRequested, &desk, &ShiftDesk::saveRoster);
    connect(&desk, &ShiftDesk::shiftsLoaded, panel, &Gui::ShiftsPanel::setBoard);
    connect(&desk, &ShiftDesk::rosterSaved, panel, &Gui::ShiftsPanel::handleSaved);
    // The agent's presence, and the shift-change post when a shift starts.
    Gui::PresenceSelector *presence = window.presenceSelector();
    connect(presence, &Gui::PresenceSelector::presenceChosen, &desk, &ShiftDesk::setPresence);
    connect(&desk, &ShiftDesk::presenceSet, presence, &Gui::PresenceSelector::showPresence);
    Gui::ShiftPostBar *post = window.shiftPostBar();
    connect(&desk, &ShiftDesk::shiftPostProposed, post, &Gui::ShiftPostBar::propose);
    connect(post, &Gui::ShiftPostBar::decided, &desk, &ShiftDesk::decideShiftPost);
    connect(&desk, &ShiftDesk::shiftPostDecided, &window,
            [&window](const QString &message) { window.statusBar()->showMessage(message, 8000); });
}

void DesktopApp::wireTranslations(Gui::MainWindow &window, Workspace::WorkspaceService *workspace)
{
    using Workspace::TranslationDesk;
    TranslationDesk *desk = &workspace->translations();
    Gui::ConversationView *view = window.conversationView();
    Gui::Composer *composer = view->composer();
    QMetaObject::invokeMethod(desk, [desk, languages = composer->agentLanguages()] {
        desk->setAgentLanguages(languages);
    });
    connect(view, &Gui::ConversationView::translationRetryRequested, desk, &TranslationDesk::retry);
    connect(composer, &Gui::Composer::replyTranslationRequested, desk,
            &TranslationDesk::translateReply);
    connect(desk, &TranslationDesk::replyTranslated, composer,
            &Gui::Composer::showReplyTranslation);
    // The settings' Languages page: the agent's languages and the workspace's service.
    auto providerState = std::make_shared<std::pair<QString, QString>>();
    connect(desk, &TranslationDesk::providerChanged, &window,
            [providerState](const QString &provider, const QString &, const QString &problem) {
                *providerState = {provider, problem};
            });
    connect(
        &window, &Gui::MainWindow::settingsOpened, desk,
        [desk, workspace, composer, view, providerState](Gui::SettingsDialog *settings) {
            Gui::LanguageToolsPage *page = settings->languageTools();
            page->setProviderState(providerState->first, providerState->second);
            connect(desk, &TranslationDesk::providerChanged, page,
                    [page](const QString &provider, const QString &, const QString &problem) {
                        page->setProviderState(provider, problem);
                    });
            connect(page, &Gui::LanguageToolsPage::translationSettingsSaved, desk,
                    [desk](const QByteArray &settingsJson, const QString &key) {
                        if (auto config = Translation::ProviderConfig::fromJson(settingsJson))
                            desk->saveSettings(config.value(), key);
                    });
            connect(page, &Gui::LanguageToolsPage::agentLanguagesChanged, composer,
                    [desk, workspace, composer, view](const QStringList &languages) {
                        composer->setAgentLanguages(languages);
                        const qint64 shown = view->conversationId();
                        QMetaObject::invokeMethod(desk, [desk, workspace, languages, shown] {
                            desk->setAgentLanguages(languages);
                            if (shown != 0)
                                workspace->loadConversation(shown);
                        });
                    });
        },
        Qt::DirectConnection);
}

void DesktopApp::wireSpelling(Gui::MainWindow &window, Workspace::WorkspaceService *workspace)
{
    Gui::ConversationView *view = window.conversationView();
    Gui::Composer *composer = view->composer();
    connect(workspace, &Workspace::WorkspaceService::teamVocabularyLoaded, composer,
            [composer](const QHash<QString, int> &counts) {
                composer->spelling()->setTeamUsage(counts);
            });
    // In a team the dictionary is the server's: leads add to it, every desk takes it.
    Workspace::TeamSession *team = &workspace->team();
    connect(team, &Workspace::TeamSession::signedIn, &window,
            [team](const QString &, const QString &role) {
                Gui::SpellHighlighter::setTeamDictionaryPolicy(
                    role == u"lead" || role == u"admin", [team](const QString &word) {
                        QMetaObject::invokeMethod(team, [team, word] { team->addTeamWord(word); });
                    });
            });
    connect(team, &Workspace::TeamSession::stateChanged, &window, [](const QString &state) {
        if (state == u"signed-out")
            Gui::SpellHighlighter::setTeamDictionaryPolicy(true);
    });
    connect(team, &Workspace::TeamSession::teamDictionaryChanged, view,
            &Gui::ConversationView::setTeamDictionary);
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
    if (const Workspace::TeamAccount account = Workspace::TeamAccount::load(); !account.isSolo()) {
        QMetaObject::invokeMethod(
            &m_workspace->team(),
            [team = &m_workspace->team(), account] {
                team->resume(QUrl(account.server), account.login);
            },
            Qt::QueuedConnection);
    }
}

void DesktopApp::wireCrm(Gui::MainWindow &window, Workspace::CrmDesk &desk)
{
    using Workspace::CrmDesk;
    Gui::CrmCard *card = window.customerPanel()->crmCard();
    Gui::MainWindow *shell = &window;
    CrmDesk *crm = &desk;
    // The agent's name is read here, on the GUI thread; the desk is called on its own.
    const auto onDesk = [crm](std::function<void(CrmDesk *)> call) {
        QMetaObject::invokeMethod(crm, [crm, call = std::move(call)] { call(crm); });
    };
    connect(card, &Gui::CrmCard::unlinkRequested, shell, [onDesk, shell](qint64 customerId) {
        onDesk([customerId, agent = shell->agentName()](CrmDesk *part) {
            part->unlink(customerId, agent);
        });
    });
    connect(card, &Gui::CrmCard::offerAnswered, shell,
            [onDesk, shell](qint64 customerId, const Core::CrmOffer &offer, bool accepted) {
                onDesk([=, agent = shell->agentName()](CrmDesk *part) {
                    part->answerOffer(customerId, offer, accepted, agent);
                });
            });
    connect(card, &Gui::CrmCard::mergeRequested, shell,
            [onDesk, shell](qint64 kept, qint64 merged) {
                onDesk([=, agent = shell->agentName()](CrmDesk *part) {
                    part->merge(kept, merged, agent);
                });
            });
    connect(card, &Gui::CrmCard::undoMergeRequested, shell, [onDesk, shell](qint64 mergeId) {
        onDesk([=, agent = shell->agentName()](CrmDesk *part) { part->undoMerge(mergeId, agent); });
    });
    connect(card, &Gui::CrmCard::findRequested, shell,
            [crm, onDesk, shell](qint64 customerId, const QString &suggested) {
                auto *dialog = new Gui::FindInCrmDialog(customerId, suggested, shell);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                connect(dialog, &Gui::FindInCrmDialog::searchRequested, crm, &CrmDesk::search);
                connect(crm, &CrmDesk::searchAnswered, dialog, &Gui::FindInCrmDialog::showResults);
                connect(dialog, &Gui::FindInCrmDialog::linkRequested, shell,
                        [onDesk, shell](qint64 customer, const Core::CrmRecord &record) {
                            onDesk([=, agent = shell->agentName()](CrmDesk *part) {
                                part->link(customer, record, agent);
                            });
                        });
                dialog->open();
            });
    // The CRM beside the channels in the status bar: a CRM that is down is seen at once.
    auto *status = new QLabel(shell);
    status->setObjectName(QStringLiteral("crmStatus"));
    status->setTextFormat(Qt::PlainText);
    status->hide();
    shell->statusBar()->addPermanentWidget(status);
    connect(crm, &CrmDesk::healthChanged, status,
            [status](const QString &name, const QString &state, const QString &problem) {
                const bool ok = state == u"ok";
                status->setText(ok ? tr("%1: connected").arg(name)
                                   : tr("%1: not answering").arg(name));
                status->setToolTip(problem);
                status->setStyleSheet(ok ? QString() : QStringLiteral("color: #b3261e;"));
                status->show();
            });
}

} // namespace CareDesk::Desktop
