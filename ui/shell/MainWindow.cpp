#include "MainWindow.h"

#include "ui/common/SpellCheckedEdit.h"
#include "ui/composer/Composer.h"
#include "ui/conversation/ConversationView.h"
#include "ui/conversation/CustomerPanel.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/inbox/InboxModel.h"
#include "ui/inbox/InboxPanel.h"
#include "ui/queue/QueueView.h"
#include "ui/review/OwnReviewsDialog.h"
#include "ui/review/ReviewWorkspace.h"
#include "ui/settings/Preferences.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/shell/Notifier.h"
#include "ui/shell/OutboxStatus.h"
#include "ui/shell/ScreenshotSetup.h"
#include "ui/shell/ShiftControls.h"
#include "ui/shell/ShortcutRegistry.h"
#include "ui/shell/ShortcutSheet.h"
#include "ui/shell/SlaAlerts.h"
#include "ui/shell/TeamPresence.h"
#include "ui/shell/TeamStatus.h"
#include "ui/training/TrainerWorkspace.h"

#include "Application.h"
#include "spelling/WorkspaceWords.h"
#include "triage/PiiScanner.h"
#include "workspace/TriageSetup.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QFileInfo>
#include <QIcon>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>

namespace CareDesk::Gui {

namespace {

// After a reassignment, the queue is read again once the change has been stored.
constexpr int QUEUE_REFRESH_MS = 300;

} // namespace

MainWindow::MainWindow(const Core::Clock &clock, Preferences &preferences, QWidget *parent)
    : QMainWindow(parent)
    , m_clock(clock)
    , m_preferences(preferences)
    , m_agentName(preferences.agentName())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CareDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/caredesk/icons/caredesk.svg")));

    m_inboxModel = new InboxModel(clock, this);
    m_inboxPanel = new InboxPanel(m_inboxModel, this);
    m_inboxPanel->setAgent(m_agentName);
    m_conversationView = new ConversationView(this);
    m_conversationView->setAgentName(m_agentName);
    m_conversationView->composer()->setAgentLanguages(m_preferences.agentLanguages());
    m_customerPanel = new CustomerPanel(this);
    m_shiftPost = new ShiftPostBar(this);
    m_inboxPanel->addBanner(m_shiftPost);

    buildWorkspaces();
    buildStatusBar();
    connectInbox();
    connectConversation();
    buildTeamAndAlerts();
    buildMenus();
    applyRole();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildWorkspaces()
{
    m_workspaces = new QTabWidget(this);
    m_workspaces->setObjectName(QStringLiteral("workspaces"));
    m_workspaces->setDocumentMode(true);
    auto *splitter = new QSplitter(Qt::Horizontal, m_workspaces);
    m_inboxSplitter = splitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_inboxPanel);
    splitter->addWidget(m_conversationView);
    splitter->addWidget(m_customerPanel);
    splitter->setStretchFactor(0, 7);
    splitter->setStretchFactor(1, 5);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({660, 420, 200});
    m_review = new ReviewWorkspace(m_clock, m_workspaces);
    m_review->setReviewer(m_agentName);
    m_dashboard = new DashboardView(m_clock, m_workspaces);
    m_queue = new QueueView(m_clock, m_workspaces);
    m_queue->setAgentName(m_agentName);
    m_workspaces->addTab(splitter, tr("Inbox"));
    m_workspaces->addTab(m_queue, tr("Queue"));
    m_workspaces->addTab(m_review, tr("Review"));
    m_workspaces->addTab(m_dashboard, tr("Dashboard"));
    m_training = new TrainerWorkspace(m_clock, m_preferences, m_workspaces);
    m_training->scorecard()->setReviewer(m_agentName);
    m_workspaces->addTab(m_training, tr("Training"));
    setCentralWidget(m_workspaces);
    // Handing a conversation to someone is the same assignment as in the inbox.
    connect(m_queue, &QueueView::reassignRequested, this, [this](qint64 id, const QString &agent) {
        Q_EMIT assignRequested(id, agent, m_agentName);
        QTimer::singleShot(QUEUE_REFRESH_MS, m_queue, &QueueView::refresh);
    });
    connect(m_workspaces, &QTabWidget::currentChanged, this, &MainWindow::handleCurrentWorkspace);
}

void MainWindow::handleCurrentWorkspace()
{
    QWidget *current = m_workspaces->currentWidget();
    for (QAction *action : std::as_const(m_inboxActions))
        action->setEnabled(current == m_inboxSplitter);
    // Each workspace shows what is current when it comes to the front.
    if (current == m_review)
        m_review->refresh();
    else if (current == m_queue)
        m_queue->refresh();
    else if (current == m_training)
        m_training->reopenLastClass();
    else if (current == m_dashboard)
        m_dashboard->refresh();
}

void MainWindow::buildStatusBar()
{
    m_workspaceStatus = new QLabel(tr("Opening workspace…"), this);
    m_workspaceStatus->setObjectName(QStringLiteral("workspaceStatus"));
    m_outboxStatus = new OutboxStatus(m_clock, this);
    m_teamStatus = new TeamStatus(this);
    statusBar()->addWidget(m_workspaceStatus, 1);
    statusBar()->addPermanentWidget(m_outboxStatus);
    statusBar()->addPermanentWidget(m_teamStatus);
    m_presenceSelector = new PresenceSelector(this);
    statusBar()->addPermanentWidget(m_presenceSelector);
    handleTeamState(m_preferences.teamServer().isEmpty() ? QStringLiteral("solo")
                                                         : QStringLiteral("connecting"),
                    {});
    connect(m_outboxStatus, &OutboxStatus::undoRequested, this, &MainWindow::undoRequested);
    connect(m_outboxStatus, &OutboxStatus::retryRequested, this, &MainWindow::retryRequested);
    connect(m_outboxStatus, &OutboxStatus::channelsClicked, this,
            [this] { openSettings(SettingsDialog::ChannelsPage); });
}

void MainWindow::connectInbox()
{
    connect(m_inboxModel, &InboxModel::firstPageLoaded, this, &MainWindow::handleFirstPage);
    connect(m_inboxPanel, &InboxPanel::queryChanged, this, &MainWindow::requestCounts);
    connect(m_inboxPanel->list()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = m_inboxModel->conversationIdAt(current.row());
                if (id != 0 && id != m_selectedConversation) {
                    m_selectedConversation = id;
                    Q_EMIT conversationRequested(id);
                }
            });
    connect(m_inboxPanel, &InboxPanel::searchRequested, this, &MainWindow::searchRequested);
    connect(m_inboxPanel, &InboxPanel::conversationActivated, this, [this](qint64 id) {
        m_selectedConversation = id;
        Q_EMIT conversationRequested(id);
    });
    connect(m_customerPanel, &CustomerPanel::conversationActivated, this, [this](qint64 id) {
        const int row = m_inboxModel->rowOf(id);
        if (row >= 0) {
            selectRow(row);
        } else {
            m_selectedConversation = id;
            Q_EMIT conversationRequested(id);
        }
    });
}

void MainWindow::connectConversation()
{
    // The conversation's actions carry the agent who does them.
    connect(m_conversationView, &ConversationView::assignRequested, this,
            [this](qint64 id, const QString &assignee) {
                Q_EMIT assignRequested(id, assignee, m_agentName);
            });
    connect(m_conversationView, &ConversationView::statusRequested, this,
            [this](qint64 id, Core::ConversationStatus status) {
                Q_EMIT statusRequested(id, status, m_agentName);
            });
    connect(m_conversationView, &ConversationView::addressedRequested, this,
            [this](qint64 id, qint64 messageId, Core::Addressed addressed) {
                Q_EMIT addressedRequested(id, messageId, addressed, m_agentName);
            });
    connect(
        m_conversationView, &ConversationView::noteRequested, this,
        [this](qint64 id, const QString &text) { Q_EMIT noteRequested(id, text, m_agentName); });
    connect(m_conversationView, &ConversationView::escalationRequested, this,
            [this](qint64 id, const QString &target, const QString &reason, const QString &note) {
                Q_EMIT escalationRequested(id, target, reason, note, m_agentName);
            });
    connect(m_conversationView, &ConversationView::shareRequested, this,
            [this](qint64 id, const QString &action, const QString &text) {
                Q_EMIT shareRequested(id, action, text, m_agentName);
            });
    Composer *composer = m_conversationView->composer();
    connect(composer, &Composer::replyRequested, this,
            [this](qint64 id, const Core::ReplyText &reply) {
                Q_EMIT replyRequested(id, {reply}, m_agentName, m_preferences.undoSeconds());
            });
    connect(
        composer, &Composer::handOffRequested, this,
        [this](qint64 id, const Core::ReplyText &publicPart, const Core::ReplyText &privatePart) {
            Q_EMIT replyRequested(id, {publicPart, privatePart}, m_agentName,
                                  m_preferences.undoSeconds());
        });
    connect(composer, &Composer::draftChanged, this, &MainWindow::draftChanged);
}

void MainWindow::buildTeamAndAlerts()
{
    m_notifier = new Notifier(m_preferences, this);
    m_slaAlerts = new SlaAlerts(m_clock, *m_inboxModel, *m_notifier, this);
    m_slaAlerts->setAgentName(m_agentName);
    m_presence = new TeamPresence(m_clock, m_conversationView, this);
    m_presence->setAgentName(m_agentName);
    connect(m_presence, &TeamPresence::activityAnnounced, this, &MainWindow::activityAnnounced);
}

Composer *MainWindow::composer() const
{
    return m_conversationView->composer();
}

void MainWindow::handleTeammateActivity(qint64 conversationId, const QString &name,
                                        const QString &what)
{
    m_presence->handleTeammateActivity(conversationId, name, what);
}

void MainWindow::buildMenus()
{
    m_shortcuts = new ShortcutRegistry(m_preferences, this);
    connect(m_shortcuts, &ShortcutRegistry::cannedResponseTriggered, this,
            [this](const Core::CannedResponse &response) {
                m_conversationView->composer()->insertCanned(response);
            });
    buildFileMenu();
    buildGoMenu();
    buildConversationMenu();
    buildHelpMenu();
    m_shortcuts->apply();
}

void MainWindow::buildFileMenu()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    m_shortcuts->add(fileMenu, QStringLiteral("settings"), tr("&Settings…"),
                     {QKeySequence(Qt::CTRL | Qt::Key_Comma)}, [this] { openSettings(); });
    fileMenu->addSeparator();
    m_shortcuts->add(fileMenu, QStringLiteral("quit"), tr("&Quit"), {QKeySequence::Quit},
                     [] { QApplication::closeAllWindows(); });
}

void MainWindow::buildGoMenu()
{
    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    m_shortcuts->add(goMenu, QStringLiteral("next"), tr("&Next conversation"),
                     {QKeySequence(Qt::Key_J), QKeySequence(Qt::CTRL | Qt::Key_Down)},
                     [this] { moveSelection(1); });
    m_shortcuts->add(goMenu, QStringLiteral("previous"), tr("&Previous conversation"),
                     {QKeySequence(Qt::Key_K), QKeySequence(Qt::CTRL | Qt::Key_Up)},
                     [this] { moveSelection(-1); });
    goMenu->addSeparator();
    m_shortcuts->add(goMenu, QStringLiteral("inbox"), tr("&Inbox"),
                     {QKeySequence(Qt::CTRL | Qt::Key_1)}, [this] {
                         showWorkspace(Workspace::Inbox);
                         m_inboxPanel->list()->setFocus();
                     });
    m_shortcuts->add(goMenu, QStringLiteral("review"), tr("&Review transcripts"),
                     {QKeySequence(Qt::CTRL | Qt::Key_2)},
                     [this] { showWorkspace(Workspace::Review); });
    m_shortcuts->add(goMenu, QStringLiteral("dashboard"), tr("&Dashboard"),
                     {QKeySequence(Qt::CTRL | Qt::Key_3)},
                     [this] { showWorkspace(Workspace::Dashboard); });
    m_shortcuts->add(goMenu, QStringLiteral("training"), tr("&Training"),
                     {QKeySequence(Qt::CTRL | Qt::Key_4)},
                     [this] { showWorkspace(Workspace::Training); });
    m_shortcuts->add(goMenu, QStringLiteral("queue"), tr("&Queue control"),
                     {QKeySequence(Qt::CTRL | Qt::Key_5)},
                     [this] { showWorkspace(Workspace::Queue); });
    m_shortcuts->add(goMenu, QStringLiteral("my-reviews"), tr("My &QA reviews…"), {},
                     [this] { Q_EMIT ownReviewsRequested(m_agentName); });
    m_shortcuts->add(goMenu, QStringLiteral("view-mine"), tr("&Mine"),
                     {QKeySequence(Qt::ALT | Qt::Key_1)},
                     [this] { m_inboxPanel->setView(InboxPanel::View::Mine); });
    m_shortcuts->add(goMenu, QStringLiteral("view-unassigned"), tr("&Unassigned"),
                     {QKeySequence(Qt::ALT | Qt::Key_2)},
                     [this] { m_inboxPanel->setView(InboxPanel::View::Unassigned); });
    m_shortcuts->add(goMenu, QStringLiteral("view-all"), tr("&All"),
                     {QKeySequence(Qt::ALT | Qt::Key_3)},
                     [this] { m_inboxPanel->setView(InboxPanel::View::All); });
    m_shortcuts->add(goMenu, QStringLiteral("search"), tr("&Search…"), {QKeySequence::Find},
                     [this] { m_inboxPanel->focusSearch(); });
    m_shortcuts->add(goMenu, QStringLiteral("refresh"), tr("&Refresh"), {QKeySequence::Refresh},
                     [this] {
                         m_inboxModel->reload();
                         requestCounts();
                     });
}

void MainWindow::buildConversationMenu()
{
    Composer *composer = m_conversationView->composer();
    QMenu *conversationMenu = menuBar()->addMenu(tr("&Conversation"));
    m_shortcuts->add(conversationMenu, QStringLiteral("reply"), tr("&Reply publicly"),
                     {QKeySequence(Qt::Key_R)}, [composer] {
                         composer->setVisibility(Core::Visibility::Public);
                         composer->editor()->setFocus();
                     });
    m_shortcuts->add(conversationMenu, QStringLiteral("private"), tr("Reply &privately"),
                     {QKeySequence(Qt::Key_D)}, [composer] {
                         composer->setVisibility(Core::Visibility::Private);
                         composer->editor()->setFocus();
                     });
    m_shortcuts->add(conversationMenu, QStringLiteral("handoff"),
                     tr("Continue in private &messages…"), {QKeySequence(Qt::SHIFT | Qt::Key_D)},
                     [composer] { composer->openHandOff(); });
    m_shortcuts->add(conversationMenu, QStringLiteral("canned"), tr("Insert &canned response…"),
                     {QKeySequence(Qt::CTRL | Qt::Key_Slash)},
                     [composer] { composer->openCannedPicker(); });
    m_shortcuts->add(conversationMenu, QStringLiteral("send"), tr("&Send"),
                     {QKeySequence(Qt::CTRL | Qt::Key_Return)}, [composer] { composer->send(); });
    m_shortcuts->add(conversationMenu, QStringLiteral("undo-send"), tr("&Undo send"),
                     {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)},
                     [this] { m_outboxStatus->undoLatest(); });
    conversationMenu->addSeparator();
    m_shortcuts->add(conversationMenu, QStringLiteral("claim"), tr("C&laim or release"),
                     {QKeySequence(Qt::Key_C)}, [this] { m_conversationView->claimOrRelease(); });
    m_shortcuts->add(conversationMenu, QStringLiteral("transfer"), tr("&Transfer…"),
                     {QKeySequence(Qt::Key_T)}, [this] { m_conversationView->transfer(); });
    m_shortcuts->add(conversationMenu, QStringLiteral("resolve"), tr("R&esolve or reopen"),
                     {QKeySequence(Qt::Key_E)}, [this] { m_conversationView->resolveOrReopen(); });
    m_shortcuts->add(conversationMenu, QStringLiteral("note"), tr("Internal &note…"),
                     {QKeySequence(Qt::Key_N)}, [this] { m_conversationView->addNote(); });
    m_shortcuts->add(conversationMenu, QStringLiteral("escalate"), tr("Escalate…"),
                     {QKeySequence(Qt::SHIFT | Qt::Key_E)},
                     [this] { m_conversationView->escalate(); });
    m_shortcuts->add(conversationMenu, QStringLiteral("mark-answered"),
                     tr("Mark open messages &answered"), {QKeySequence(Qt::Key_A)},
                     [this] { m_conversationView->markAllAnswered(); });
    m_shortcuts->add(conversationMenu, QStringLiteral("translations"),
                     tr("Show or hide trans&lations"), {QKeySequence(Qt::SHIFT | Qt::Key_T)},
                     [this] { m_conversationView->toggleTranslations(); });

    // Single keys act on the conversation in the inbox, so they rest while another workspace is
    // in front.
    for (QAction *action : conversationMenu->actions())
        m_inboxActions.append(action);
    for (const char *id :
         {"next", "previous", "view-mine", "view-unassigned", "view-all", "search"})
        m_inboxActions.append(m_shortcuts->action(QLatin1String(id)));
}

void MainWindow::buildHelpMenu()
{
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    m_shortcuts->add(helpMenu, QStringLiteral("shortcuts"), tr("&Keyboard shortcuts"),
                     {QKeySequence(Qt::Key_F1), QKeySequence(Qt::Key_Question)},
                     [this] { showShortcutSheet(); });
    helpMenu->addAction(tr("&About CareDesk"), this, [this] {
        QMessageBox::about(
            this, tr("About CareDesk"),
            tr("CareDesk %1\nOne inbox for social customer care.").arg(Core::applicationVersion()));
    });
}

QList<ShortcutEntry> MainWindow::shortcutEntries() const
{
    return m_shortcuts->entries();
}

SettingsDialog *MainWindow::openSettings(int page)
{
    if (!m_settings) {
        m_settings =
            new SettingsDialog(m_preferences, shortcutEntries(), m_workspaceDirectory, this);
        m_settings->setAttribute(Qt::WA_DeleteOnClose);
        m_settings->setCannedResponses(m_canned);
        m_settings->setChannels(m_channels);
        connect(m_settings, &SettingsDialog::cannedResponseSaved, this,
                &MainWindow::cannedResponseSaved);
        connect(m_settings, &SettingsDialog::cannedResponseRemoved, this,
                &MainWindow::cannedResponseRemoved);
        connect(m_settings, &SettingsDialog::teamSignInRequested, this,
                [this](const QUrl &server, const QString &login, const QString &password) {
                    m_pendingTeamServer = server;
                    m_pendingTeamLogin = login;
                    Q_EMIT teamSignInRequested(server, login, password);
                });
        const auto signedOut = [this] {
            m_preferences.setTeam({}, {}, {});
            setAgentName(m_preferences.agentName());
            applyRole();
        };
        connect(m_settings, &SettingsDialog::teamSignOutRequested, this, [this, signedOut] {
            signedOut();
            Q_EMIT teamSignOutRequested();
        });
        connect(m_settings, &SettingsDialog::teamSignOutEverywhereRequested, this,
                [this, signedOut] {
                    signedOut();
                    Q_EMIT teamSignOutEverywhereRequested();
                });
        connect(m_settings, &SettingsDialog::connectChannelRequested, this,
                &MainWindow::connectChannelRequested);
        connect(m_settings, &SettingsDialog::channelRegionChanged, this,
                [this](qint64 channelId, const QString &region) {
                    Q_EMIT channelRegionChanged(channelId, region);
                    // The open conversation again, with the channel's new region for the checks.
                    if (m_selectedConversation != 0)
                        Q_EMIT conversationRequested(m_selectedConversation);
                });
        connect(m_settings, &SettingsDialog::channelSignOffChanged, this,
                &MainWindow::channelSignOffChanged);
        connect(m_settings, &QDialog::accepted, this, [this] {
            setAgentName(m_preferences.agentName());
            m_shortcuts->apply();
        });
        if (!m_teamStatus->state().isEmpty())
            m_settings->setTeamState(m_teamStatus->state(), m_teamStatus->detail());
        Q_EMIT settingsOpened(m_settings);
        Q_EMIT channelsRequested();
    }
    m_settings->showPage(static_cast<SettingsDialog::Page>(page));
    m_settings->show();
    m_settings->raise();
    return m_settings;
}

void MainWindow::showShortcutSheet()
{
    ShortcutSheet sheet(shortcutEntries(), this);
    sheet.exec();
}

QWidget *MainWindow::prepareScreenshot(const QString &view)
{
    return ScreenshotSetup(*this).prepare(view);
}

bool MainWindow::isWorkspaceShown(Workspace workspace) const
{
    const QWidget *pages[] = {m_inboxSplitter, m_review, m_dashboard, m_training, m_queue};
    const int index = pages[int(workspace)]
                          ? m_workspaces->indexOf(const_cast<QWidget *>(pages[int(workspace)]))
                          : -1;
    return index >= 0 && m_workspaces->isTabVisible(index);
}

void MainWindow::showWorkspace(Workspace workspace)
{
    QWidget *pages[] = {m_inboxSplitter, m_review, m_dashboard, m_training, m_queue};
    if (isWorkspaceShown(workspace))
        m_workspaces->setCurrentWidget(pages[int(workspace)]);
}

void MainWindow::applyRole()
{
    const bool review = m_preferences.mayReview();
    const bool train = m_preferences.mayTrain();
    m_workspaces->setTabVisible(m_workspaces->indexOf(m_review), review);
    m_workspaces->setTabVisible(m_workspaces->indexOf(m_dashboard), review);
    m_workspaces->setTabVisible(m_workspaces->indexOf(m_queue), review);
    m_workspaces->setTabVisible(m_workspaces->indexOf(m_training), train);
    m_inboxPanel->setLeadViews(review);
    if (!m_workspaces->isTabVisible(m_workspaces->currentIndex()))
        m_workspaces->setCurrentWidget(m_inboxSplitter);
    // An agent has the inbox alone: no tab bar for one tab.
    m_workspaces->tabBar()->setVisible(review || train);
    for (const char *id : {"review", "dashboard", "queue"})
        m_shortcuts->action(QLatin1String(id))->setVisible(review);
    m_shortcuts->action(QStringLiteral("training"))->setVisible(train);
}

void MainWindow::handleOwnReviews(const QList<Review::QaReview> &reviews)
{
    (new OwnReviewsDialog(reviews, this))->show();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_laidOut)
        return;
    // The first layout follows the window's width: the inbox gets the most room, the customer
    // the least. The agent's own splitter positions are kept from then on.
    m_laidOut = true;
    QSplitter *splitter = m_inboxSplitter;
    const int total = splitter->width();
    splitter->setSizes({total * 48 / 100, total * 36 / 100, total * 16 / 100});
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_conversationView->composer()->flushDraft(); // what was typed is kept
    QMainWindow::closeEvent(event);
}

void MainWindow::requestCounts()
{
    Q_EMIT inboxCountsRequested(m_inboxPanel->query(), m_agentName);
}

void MainWindow::handleWorkspaceOpened(const QString &filePath, int conversationCount)
{
    m_workspaceStatus->setText(
        tr("Local workspace · %n conversation(s)", nullptr, conversationCount));
    m_workspaceStatus->setToolTip(filePath);
    m_workspaceDirectory = QFileInfo(filePath).path();
    m_knownConversations = conversationCount;
    // The team's own personal-data patterns live beside the workspace file.
    auto patterns =
        CareDesk::Workspace::TriageSetup::personalDataPatterns(QFileInfo(filePath).path());
    m_conversationView->setTeamDictionary(Spelling::teamDictionaryPath(QFileInfo(filePath).path()));
    SpellCheckedEdit::setDefaultTeamDictionary(Spelling::teamDictionaryPath(m_workspaceDirectory));
    if (patterns) {
        m_conversationView->setPersonalDataPatterns(patterns.value());
    } else {
        m_workspaceStatus->setText(patterns.error().userMessage);
        m_workspaceStatus->setToolTip(patterns.error().detail);
    }
    m_inboxModel->setQuery(m_inboxPanel->query());
    requestCounts();
    Q_EMIT channelsRequested();
    Q_EMIT cannedResponsesRequested();
}

void MainWindow::handleWorkspaceFailed(const Core::Error &error)
{
    m_workspaceStatus->setText(error.userMessage);
    m_workspaceStatus->setToolTip(error.detail);
    if (!m_loaded) {
        // Nothing to show: say why, in words, and stop waiting.
        m_conversationView->clear();
        markLoaded();
    }
}

void MainWindow::handleInboxChanged(int conversationCount)
{
    m_workspaceStatus->setText(
        tr("Local workspace · %n conversation(s)", nullptr, conversationCount));
    if (m_knownConversations >= 0 && conversationCount > m_knownConversations)
        m_notifier->notify(tr("New conversations"),
                           tr("%n new conversation(s) in the inbox.", nullptr,
                              conversationCount - m_knownConversations));
    m_knownConversations = conversationCount;
    m_inboxModel->reload();
    requestCounts();
    Q_EMIT channelsRequested();
    // Queue control is live while it is in front: new work and changes show as they come.
    if (m_workspaces->currentWidget() == m_queue)
        m_queue->refresh();
}

void MainWindow::handleChannelStatus(const QString &, const QString &)
{
    // The channels' health is shown in one place (the status bar button and Settings); a
    // channel's news refreshes it.
    Q_EMIT channelsRequested();
}

void MainWindow::handleInboxCounts(const Core::InboxCounts &counts)
{
    m_inboxPanel->handleCounts(counts);
    if (m_knownMine >= 0 && counts.mine > m_knownMine && !isActiveWindow())
        m_notifier->notify(tr("Assigned to you"), tr("%n conversation(s) newly assigned to you.",
                                                     nullptr, counts.mine - m_knownMine));
    m_knownMine = counts.mine;
}

void MainWindow::handleChannels(const QList<Core::ChannelSummary> &channels,
                                const QStringList &languages)
{
    m_channels = channels;
    m_inboxPanel->handleChannels(channels, languages);
    m_outboxStatus->handleChannels(channels);
    m_review->setChannels(channels, languages);
    m_dashboard->setChannels(channels);
    if (m_settings)
        m_settings->setChannels(channels);
}

void MainWindow::handleCannedResponses(const QList<Core::CannedResponse> &responses)
{
    m_canned = responses;
    m_conversationView->composer()->setCannedResponses(responses);
    if (m_settings)
        m_settings->setCannedResponses(responses);
    m_shortcuts->setCannedResponses(responses);
}

void MainWindow::handleRepliesQueued(qint64 conversationId, const QStringList &clientIds,
                                     const QDateTime &holdUntil)
{
    m_outboxStatus->handleQueued(conversationId, clientIds, holdUntil);
}

void MainWindow::handleRepliesUndone(qint64 conversationId,
                                     const QList<Core::OutgoingReply> &replies)
{
    QStringList clientIds;
    for (const Core::OutgoingReply &reply : replies)
        clientIds.append(reply.clientId);
    m_outboxStatus->handleUndone(clientIds);
    if (replies.isEmpty())
        return;
    // The agent gets their words back, where they wrote them.
    if (conversationId != m_selectedConversation) {
        const int row = m_inboxModel->rowOf(conversationId);
        if (row >= 0)
            selectRow(row);
    }
    m_conversationView->composer()->restore(conversationId, replies.constLast().text,
                                            replies.constLast().visibility);
    statusBar()->showMessage(tr("Reply taken back; it is in the composer again."), 5000);
}

void MainWindow::handleOutbox(const QList<Core::OutgoingReply> &unsent)
{
    m_outboxStatus->handleOutbox(unsent);
}

void MainWindow::handleActionRefused(const Core::Error &error)
{
    QMessageBox box(QMessageBox::Warning, tr("CareDesk"), error.userMessage, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("refusalMessage"));
    box.setTextFormat(Qt::PlainText);
    box.setDetailedText(error.detail);
    box.setWindowModality(Qt::WindowModal);
    statusBar()->showMessage(error.userMessage, 10000);
    box.exec();
}

void MainWindow::setAgentName(const QString &name)
{
    m_agentName = name;
    m_inboxPanel->setAgent(name);
    m_conversationView->setAgentName(name);
    m_review->setReviewer(name);
    m_queue->setAgentName(name);
    m_training->scorecard()->setReviewer(name);
    m_slaAlerts->setAgentName(name);
    m_presence->setAgentName(name);
    m_inboxModel->setQuery(m_inboxPanel->query()); // Mine is someone else now
    requestCounts();
}

void MainWindow::handleTeamState(const QString &state, const QString &detail)
{
    m_teamStatus->setState(state, detail);
    m_presenceSelector->setTeamState(state);
    if (m_settings)
        m_settings->setTeamState(state, detail);
}

void MainWindow::handleChannelAuthorization(const QString &channelName, const QUrl &url)
{
    const QString text =
        tr("Finish signing in to %1 in your browser. If no browser opened, open this address: %2")
            .arg(channelName, url.toString(QUrl::FullyEncoded));
    if (m_settings)
        m_settings->setChannelSignIn(text);
    statusBar()->showMessage(tr("Finish signing in to %1 in your browser.").arg(channelName),
                             15000);
    QDesktopServices::openUrl(url);
}

void MainWindow::handleChannelConnected(const QString &channelName)
{
    const QString text = tr("%1 is connected.").arg(channelName);
    if (m_settings)
        m_settings->setChannelSignIn(text);
    statusBar()->showMessage(text, 8000);
}

void MainWindow::handleSearchResults(const QString &query, const QList<Core::SearchHit> &hits)
{
    m_inboxPanel->handleSearchResults(query, hits);
}

void MainWindow::handleTeamSignedIn(const QString &agentName, const QString &role)
{
    m_preferences.setTeam(
        m_pendingTeamServer.isEmpty() ? m_preferences.teamServer() : m_pendingTeamServer.toString(),
        m_pendingTeamLogin.isEmpty() ? m_preferences.teamLogin() : m_pendingTeamLogin, agentName,
        role);
    applyRole();
    setAgentName(m_preferences.agentName());
    statusBar()->showMessage(tr("Signed in to the team as %1.").arg(agentName), 5000);
}

void MainWindow::handleFirstPage()
{
    // Keep the agent where they were when the list is refreshed under them.
    QTreeView *list = m_inboxPanel->list();
    const int scroll = list->verticalScrollBar() ? list->verticalScrollBar()->value() : 0;
    const int listed = m_selectedConversation ? m_inboxModel->rowOf(m_selectedConversation) : -1;
    if (listed >= 0) {
        const QModelIndex index = m_inboxModel->index(listed, 0);
        list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
        list->verticalScrollBar()->setValue(scroll);
        Q_EMIT conversationRequested(m_selectedConversation); // show what arrived meanwhile
    } else if (m_selectedConversation != 0) {
        // The conversation left this view (resolved, filtered out): it stays on screen until the
        // agent moves on (J takes the first row).
        list->selectionModel()->clearCurrentIndex();
        list->verticalScrollBar()->setValue(scroll);
        Q_EMIT conversationRequested(m_selectedConversation);
    } else if (m_inboxModel->rowCount() > 0) {
        selectRow(0);
    } else {
        m_conversationView->clear();
        m_customerPanel->clear();
        markLoaded();
    }
    m_slaAlerts->check();
}

void MainWindow::selectRow(int row)
{
    const QModelIndex index = m_inboxModel->index(row, 0);
    m_inboxPanel->list()->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_inboxPanel->list()->scrollTo(index);
}

void MainWindow::moveSelection(int delta)
{
    const int row = m_inboxPanel->list()->currentIndex().row() + delta;
    if (row >= 0 && row < m_inboxModel->rowCount())
        selectRow(row);
}

void MainWindow::handleConversationLoaded(const Core::ConversationDetail &detail)
{
    if (detail.conversationId != m_selectedConversation)
        return;
    m_conversationView->showConversation(detail);
    m_customerPanel->showCustomer(detail.customer, detail.conversationId);
    markLoaded();
}

void MainWindow::markLoaded()
{
    if (m_loaded)
        return;
    m_loaded = true;
    Q_EMIT loaded();
}

} // namespace CareDesk::Gui
