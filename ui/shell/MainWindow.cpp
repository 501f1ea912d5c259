#include "MainWindow.h"

#include "ui/common/Presentation.h"
#include "ui/composer/Composer.h"
#include "ui/conversation/ConversationView.h"
#include "ui/conversation/CustomerPanel.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/inbox/InboxModel.h"
#include "ui/inbox/InboxPanel.h"
#include "ui/queue/QueueView.h"
#include "ui/review/ReviewWorkspace.h"
#include "ui/settings/Preferences.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/shell/OutboxStatus.h"
#include "ui/training/TrainerWorkspace.h"

#include "Application.h"
#include "Clock.h"
#include "review/TranscriptReport.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
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
#include <QSystemTrayIcon>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace CareDesk::Gui {

namespace {

constexpr int SLA_CHECK_INTERVAL_MS = 60 * 1000;
// After a reassignment, the queue is read again once the change has been stored.
constexpr int QUEUE_REFRESH_MS = 300;
// Presence is said again while it lasts and forgotten when it is not: nobody says "I left".
constexpr int PRESENCE_TICK_MS = 1000;
constexpr qint64 VIEWING_REPEAT_SECS = 10;
constexpr qint64 VIEWING_EXPIRES_SECS = 25;
constexpr qint64 TYPING_REPEAT_SECS = 3;
constexpr qint64 TYPING_EXPIRES_SECS = 6;

} // namespace

struct MainWindow::BoundAction
{
    QString id;
    QAction *action = nullptr;
    QList<QKeySequence> defaults;
};

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
    m_customerPanel = new CustomerPanel(this);

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
    m_dashboard = new DashboardView(clock, m_workspaces);
    m_queue = new QueueView(clock, m_workspaces);
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
    connect(m_workspaces, &QTabWidget::currentChanged, this, [this] {
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
    });

    m_workspaceStatus = new QLabel(tr("Opening workspace…"), this);
    m_workspaceStatus->setObjectName(QStringLiteral("workspaceStatus"));
    m_outboxStatus = new OutboxStatus(clock, this);
    m_teamStatus = new QLabel(this);
    m_teamStatus->setObjectName(QStringLiteral("teamStatus"));
    m_teamStatus->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_workspaceStatus, 1);
    statusBar()->addPermanentWidget(m_outboxStatus);
    statusBar()->addPermanentWidget(m_teamStatus);
    handleTeamState(m_preferences.teamServer().isEmpty() ? QStringLiteral("solo")
                                                         : QStringLiteral("connecting"),
                    {});

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
    connect(m_outboxStatus, &OutboxStatus::undoRequested, this, &MainWindow::undoRequested);
    connect(m_outboxStatus, &OutboxStatus::retryRequested, this, &MainWindow::retryRequested);
    connect(m_outboxStatus, &OutboxStatus::channelsClicked, this,
            [this] { openSettings(SettingsDialog::ChannelsPage); });

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(tr("CareDesk"));
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
    }
    auto *slaTimer = new QTimer(this);
    slaTimer->setInterval(SLA_CHECK_INTERVAL_MS);
    connect(slaTimer, &QTimer::timeout, this, &MainWindow::checkSlaWarnings);
    slaTimer->start();

    auto *presenceTimer = new QTimer(this);
    presenceTimer->setInterval(PRESENCE_TICK_MS);
    connect(presenceTimer, &QTimer::timeout, this, &MainWindow::refreshPresence);
    presenceTimer->start();
    connect(composer->editor(), &QPlainTextEdit::textChanged, this, [this] {
        const qint64 id = m_conversationView->conversationId();
        const QDateTime now = m_clock.now();
        if (id == 0 || m_conversationView->composer()->editor()->toPlainText().isEmpty())
            return;
        if (!m_typingAnnouncedAt.isValid() ||
            m_typingAnnouncedAt.secsTo(now) >= TYPING_REPEAT_SECS) {
            m_typingAnnouncedAt = now;
            Q_EMIT activityAnnounced(id, QStringLiteral("typing"));
        }
    });

    buildActions();
    applyRole();
    resize(1280, 800);
}

Composer *MainWindow::composer() const
{
    return m_conversationView->composer();
}

void MainWindow::handleTeammateActivity(qint64 conversationId, const QString &name,
                                        const QString &what)
{
    if (name == m_agentName)
        return; // this agent on another desk
    m_teammates[conversationId][name] = {what, m_clock.now()};
    refreshPresence();
}

void MainWindow::refreshPresence()
{
    const QDateTime now = m_clock.now();
    const qint64 shown = m_conversationView->conversationId();
    // Keeps saying that this agent is here while they are.
    if (shown != 0 && (shown != m_announcedConversation || !m_viewingAnnouncedAt.isValid() ||
                       m_viewingAnnouncedAt.secsTo(now) >= VIEWING_REPEAT_SECS)) {
        m_announcedConversation = shown;
        m_viewingAnnouncedAt = now;
        Q_EMIT activityAnnounced(shown, QStringLiteral("viewing"));
    }
    QStringList viewing;
    QStringList typing;
    for (auto conversation = m_teammates.begin(); conversation != m_teammates.end();) {
        for (auto teammate = conversation->begin(); teammate != conversation->end();) {
            const qint64 age = teammate->at.secsTo(now);
            const bool typingNow = teammate->what == u"typing" && age < TYPING_EXPIRES_SECS;
            if (age >= VIEWING_EXPIRES_SECS) {
                teammate = conversation->erase(teammate);
                continue;
            }
            if (conversation.key() == shown)
                (typingNow ? typing : viewing).append(teammate.key());
            ++teammate;
        }
        conversation =
            conversation->isEmpty() ? m_teammates.erase(conversation) : std::next(conversation);
    }
    viewing.sort();
    typing.sort();
    m_conversationView->setPresence(viewing, typing);
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::addBoundAction(QMenu *menu, const QString &id, const QString &text,
                                    const QList<QKeySequence> &defaults,
                                    const std::function<void()> &run)
{
    QAction *action = menu->addAction(text, this, run);
    action->setObjectName(QStringLiteral("action_") + id);
    m_actions.append({id, action, defaults});
    return action;
}

void MainWindow::buildActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    addBoundAction(fileMenu, QStringLiteral("settings"), tr("&Settings…"),
                   {QKeySequence(Qt::CTRL | Qt::Key_Comma)}, [this] { openSettings(); });
    fileMenu->addSeparator();
    addBoundAction(fileMenu, QStringLiteral("quit"), tr("&Quit"), {QKeySequence::Quit},
                   [] { QApplication::closeAllWindows(); });

    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    addBoundAction(goMenu, QStringLiteral("next"), tr("&Next conversation"),
                   {QKeySequence(Qt::Key_J), QKeySequence(Qt::CTRL | Qt::Key_Down)},
                   [this] { moveSelection(1); });
    addBoundAction(goMenu, QStringLiteral("previous"), tr("&Previous conversation"),
                   {QKeySequence(Qt::Key_K), QKeySequence(Qt::CTRL | Qt::Key_Up)},
                   [this] { moveSelection(-1); });
    goMenu->addSeparator();
    addBoundAction(goMenu, QStringLiteral("inbox"), tr("&Inbox"),
                   {QKeySequence(Qt::CTRL | Qt::Key_1)}, [this] {
                       showWorkspace(Workspace::Inbox);
                       m_inboxPanel->list()->setFocus();
                   });
    addBoundAction(goMenu, QStringLiteral("review"), tr("&Review transcripts"),
                   {QKeySequence(Qt::CTRL | Qt::Key_2)},
                   [this] { showWorkspace(Workspace::Review); });
    addBoundAction(goMenu, QStringLiteral("dashboard"), tr("&Dashboard"),
                   {QKeySequence(Qt::CTRL | Qt::Key_3)},
                   [this] { showWorkspace(Workspace::Dashboard); });
    addBoundAction(goMenu, QStringLiteral("training"), tr("&Training"),
                   {QKeySequence(Qt::CTRL | Qt::Key_4)},
                   [this] { showWorkspace(Workspace::Training); });
    addBoundAction(goMenu, QStringLiteral("queue"), tr("&Queue control"),
                   {QKeySequence(Qt::CTRL | Qt::Key_5)},
                   [this] { showWorkspace(Workspace::Queue); });
    addBoundAction(goMenu, QStringLiteral("my-reviews"), tr("My &QA reviews…"), {},
                   [this] { Q_EMIT ownReviewsRequested(m_agentName); });
    addBoundAction(goMenu, QStringLiteral("view-mine"), tr("&Mine"),
                   {QKeySequence(Qt::ALT | Qt::Key_1)},
                   [this] { m_inboxPanel->setView(InboxPanel::View::Mine); });
    addBoundAction(goMenu, QStringLiteral("view-unassigned"), tr("&Unassigned"),
                   {QKeySequence(Qt::ALT | Qt::Key_2)},
                   [this] { m_inboxPanel->setView(InboxPanel::View::Unassigned); });
    addBoundAction(goMenu, QStringLiteral("view-all"), tr("&All"),
                   {QKeySequence(Qt::ALT | Qt::Key_3)},
                   [this] { m_inboxPanel->setView(InboxPanel::View::All); });
    addBoundAction(goMenu, QStringLiteral("search"), tr("&Search…"), {QKeySequence::Find},
                   [this] { m_inboxPanel->focusSearch(); });
    addBoundAction(goMenu, QStringLiteral("refresh"), tr("&Refresh"), {QKeySequence::Refresh},
                   [this] {
                       m_inboxModel->reload();
                       requestCounts();
                   });

    Composer *composer = m_conversationView->composer();
    QMenu *conversationMenu = menuBar()->addMenu(tr("&Conversation"));
    addBoundAction(conversationMenu, QStringLiteral("reply"), tr("&Reply publicly"),
                   {QKeySequence(Qt::Key_R)}, [composer] {
                       composer->setVisibility(Core::Visibility::Public);
                       composer->editor()->setFocus();
                   });
    addBoundAction(conversationMenu, QStringLiteral("private"), tr("Reply &privately"),
                   {QKeySequence(Qt::Key_D)}, [composer] {
                       composer->setVisibility(Core::Visibility::Private);
                       composer->editor()->setFocus();
                   });
    addBoundAction(conversationMenu, QStringLiteral("handoff"),
                   tr("Continue in private &messages…"), {QKeySequence(Qt::SHIFT | Qt::Key_D)},
                   [composer] { composer->openHandOff(); });
    addBoundAction(conversationMenu, QStringLiteral("canned"), tr("Insert &canned response…"),
                   {QKeySequence(Qt::CTRL | Qt::Key_Slash)},
                   [composer] { composer->openCannedPicker(); });
    addBoundAction(conversationMenu, QStringLiteral("send"), tr("&Send"),
                   {QKeySequence(Qt::CTRL | Qt::Key_Return)}, [composer] { composer->send(); });
    addBoundAction(conversationMenu, QStringLiteral("undo-send"), tr("&Undo send"),
                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)},
                   [this] { m_outboxStatus->undoLatest(); });
    conversationMenu->addSeparator();
    addBoundAction(conversationMenu, QStringLiteral("claim"), tr("C&laim or release"),
                   {QKeySequence(Qt::Key_C)}, [this] { m_conversationView->claimOrRelease(); });
    addBoundAction(conversationMenu, QStringLiteral("transfer"), tr("&Transfer…"),
                   {QKeySequence(Qt::Key_T)}, [this] { m_conversationView->transfer(); });
    addBoundAction(conversationMenu, QStringLiteral("resolve"), tr("R&esolve or reopen"),
                   {QKeySequence(Qt::Key_E)}, [this] { m_conversationView->resolveOrReopen(); });
    addBoundAction(conversationMenu, QStringLiteral("note"), tr("Internal &note…"),
                   {QKeySequence(Qt::Key_N)}, [this] { m_conversationView->addNote(); });
    addBoundAction(conversationMenu, QStringLiteral("mark-answered"),
                   tr("Mark open messages &answered"), {QKeySequence(Qt::Key_A)},
                   [this] { m_conversationView->markAllAnswered(); });

    for (QAction *action : conversationMenu->actions())
        m_inboxActions.append(action);
    for (const char *id :
         {"next", "previous", "view-mine", "view-unassigned", "view-all", "search"})
        m_inboxActions.append(findChild<QAction *>(QStringLiteral("action_") + QLatin1String(id)));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    addBoundAction(helpMenu, QStringLiteral("shortcuts"), tr("&Keyboard shortcuts"),
                   {QKeySequence(Qt::Key_F1), QKeySequence(Qt::Key_Question)},
                   [this] { showShortcutSheet(); });
    helpMenu->addAction(tr("&About CareDesk"), this, [this] {
        QMessageBox::about(
            this, tr("About CareDesk"),
            tr("CareDesk %1\nOne inbox for social customer care.").arg(Core::applicationVersion()));
    });
    applyShortcuts();
}

void MainWindow::applyShortcuts()
{
    for (const BoundAction &bound : std::as_const(m_actions))
        bound.action->setShortcuts(m_preferences.shortcuts(bound.id, bound.defaults));
    bindCannedShortcuts();
}

void MainWindow::bindCannedShortcuts()
{
    qDeleteAll(m_cannedActions);
    m_cannedActions.clear();
    for (const Core::CannedResponse &response : std::as_const(m_canned)) {
        const QList<QKeySequence> keys =
            m_preferences.shortcuts(QStringLiteral("canned-%1").arg(response.id), {});
        if (keys.isEmpty())
            continue;
        auto *action = new QAction(response.title, this);
        action->setShortcuts(keys);
        connect(action, &QAction::triggered, this, [this, id = response.id] {
            for (const Core::CannedResponse &canned : std::as_const(m_canned)) {
                if (canned.id == id)
                    m_conversationView->composer()->insertCanned(canned);
            }
        });
        addAction(action);
        m_cannedActions.append(action);
    }
}

QList<ShortcutEntry> MainWindow::shortcutEntries() const
{
    QList<ShortcutEntry> entries;
    for (const BoundAction &bound : m_actions)
        entries.append({bound.id,
                        bound.action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                        bound.action->shortcut()});
    for (const Core::CannedResponse &response : m_canned) {
        const QString id = QStringLiteral("canned-%1").arg(response.id);
        const QList<QKeySequence> keys = m_preferences.shortcuts(id, {});
        entries.append({id, tr("Insert \"%1\"").arg(response.title),
                        keys.isEmpty() ? QKeySequence() : keys.first()});
    }
    return entries;
}

SettingsDialog *MainWindow::openSettings(int page)
{
    if (!m_settings) {
        m_settings = new SettingsDialog(m_preferences, shortcutEntries(), this);
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
        connect(m_settings, &SettingsDialog::teamSignOutRequested, this, [this] {
            m_preferences.setTeam({}, {}, {});
            setAgentName(m_preferences.agentName());
            applyRole();
            Q_EMIT teamSignOutRequested();
        });
        connect(m_settings, &SettingsDialog::connectChannelRequested, this,
                &MainWindow::connectChannelRequested);
        connect(m_settings, &QDialog::accepted, this, [this] {
            setAgentName(m_preferences.agentName());
            applyShortcuts();
        });
        if (!m_teamState.isEmpty())
            m_settings->setTeamState(m_teamState, m_teamDetail);
        Q_EMIT channelsRequested();
    }
    m_settings->showPage(static_cast<SettingsDialog::Page>(page));
    m_settings->show();
    m_settings->raise();
    return m_settings;
}

void MainWindow::showShortcutSheet()
{
    QDialog sheet(this);
    sheet.setObjectName(QStringLiteral("shortcutSheet"));
    sheet.setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(&sheet);
    const QList<ShortcutEntry> entries = shortcutEntries();
    auto *table = new QTableWidget(static_cast<int>(entries.size()), 2, &sheet);
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < entries.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(entries.at(row).label));
        table->setItem(
            row, 1, new QTableWidgetItem(entries.at(row).key.toString(QKeySequence::NativeText)));
    }
    table->resizeColumnToContents(1);
    layout->addWidget(table);
    layout->addWidget(new QLabel(tr("In the reply, type / to insert a canned response. Change keys "
                                    "in Settings › Shortcuts."),
                                 &sheet));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &sheet);
    connect(buttons, &QDialogButtonBox::rejected, &sheet, &QDialog::reject);
    layout->addWidget(buttons);
    sheet.resize(520, 560);
    sheet.exec();
}

QWidget *MainWindow::prepareScreenshot(const QString &view)
{
    QSplitter *splitter = m_inboxSplitter;
    if (view == u"inbox" || view == u"conversation") {
        m_inboxPanel->list()->setFocus();
        return this;
    }
    if (view == u"customer") {
        splitter->setSizes({width() * 2 / 5, width() * 2 / 5, width() / 5 + 60});
        m_customerPanel->setFocus();
        return this;
    }
    if (view == u"composer") {
        // A canned reply inserted as it is: the composer shows its checks and the warning.
        Composer *composer = m_conversationView->composer();
        for (const Core::CannedResponse &response : std::as_const(m_canned)) {
            if (response.shortcut == u"/sorry") {
                composer->insertCanned(response);
                break;
            }
        }
        composer->editor()->setFocus();
        return this;
    }
    if (view == u"review" || view == u"dashboard" || view == u"trainer" || view == u"queue") {
        const Workspace workspace = view == u"review"      ? Workspace::Review
                                    : view == u"dashboard" ? Workspace::Dashboard
                                    : view == u"queue"     ? Workspace::Queue
                                                           : Workspace::Training;
        if (!isWorkspaceShown(workspace))
            return nullptr;
        showWorkspace(workspace);
        return this;
    }
    if (view == u"settings") {
        SettingsDialog *settings = openSettings(SettingsDialog::CannedPage);
        settings->setCannedResponses(m_canned);
        return settings;
    }
    return nullptr;
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
    if (!m_workspaces->isTabVisible(m_workspaces->currentIndex()))
        m_workspaces->setCurrentWidget(m_inboxSplitter);
    // An agent has the inbox alone: no tab bar for one tab.
    m_workspaces->tabBar()->setVisible(review || train);
    for (const BoundAction &bound : std::as_const(m_actions)) {
        if (bound.id == u"review" || bound.id == u"dashboard" || bound.id == u"queue")
            bound.action->setVisible(review);
        else if (bound.id == u"training")
            bound.action->setVisible(train);
    }
}

void MainWindow::handleOwnReviews(const QList<Review::QaReview> &reviews)
{
    // An agent's own reviews: what was scored, how, and what the reviewer said.
    QString html = QStringLiteral("<h2>") + tr("Reviews of your work").toHtmlEscaped() +
                   QStringLiteral("</h2>");
    if (reviews.isEmpty())
        html +=
            QStringLiteral("<p>") + tr("No reviews yet.").toHtmlEscaped() + QStringLiteral("</p>");
    for (const Review::QaReview &review : reviews) {
        const double percent = review.percent();
        html += QStringLiteral("<h3>") +
                tr("Conversation %1 · %2 · %3")
                    .arg(review.conversationId)
                    .arg(QLocale().toString(review.updatedAt.toLocalTime(), QLocale::ShortFormat),
                         percent < 0 ? tr("not scored")
                                     : QStringLiteral("%1 %").arg(percent, 0, 'f', 0))
                    .toHtmlEscaped() +
                QStringLiteral("</h3><p>") +
                tr("Reviewed by %1").arg(review.reviewer).toHtmlEscaped() +
                QStringLiteral("</p><ul>");
        for (const Review::CriterionScore &score : review.scores) {
            const QString verdict = !score.score        ? tr("does not apply")
                                    : *score.score == 2 ? tr("met")
                                    : *score.score == 1 ? tr("partly")
                                                        : tr("not met");
            html += QStringLiteral("<li>") +
                    QString(score.title + QStringLiteral(": ") + verdict).toHtmlEscaped() +
                    QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
        if (!review.summary.isEmpty())
            html += QStringLiteral("<p>") + review.summary.toHtmlEscaped() + QStringLiteral("</p>");
        for (const Review::ReviewComment &comment : review.comments)
            html += QStringLiteral("<p><i>") + comment.text.toHtmlEscaped() +
                    QStringLiteral("</i></p>");
    }
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("ownReviews"));
    dialog->setWindowTitle(tr("My QA reviews"));
    auto *layout = new QVBoxLayout(dialog);
    auto *browser = new QTextBrowser(dialog);
    browser->setHtml(html);
    layout->addWidget(browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(560, 480);
    dialog->show();
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
    m_knownConversations = conversationCount;
    m_inboxModel->setQuery(m_inboxPanel->query());
    requestCounts();
    Q_EMIT channelsRequested();
    Q_EMIT cannedResponsesRequested();
}

void MainWindow::handleWorkspaceFailed(const QString &userMessage, const QString &detail)
{
    m_workspaceStatus->setText(userMessage);
    m_workspaceStatus->setToolTip(detail);
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
        notify(tr("New conversations"), tr("%n new conversation(s) in the inbox.", nullptr,
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
        notify(tr("Assigned to you"),
               tr("%n conversation(s) newly assigned to you.", nullptr, counts.mine - m_knownMine));
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
    bindCannedShortcuts();
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

void MainWindow::handleActionRefused(const QString &userMessage, const QString &detail)
{
    QMessageBox box(QMessageBox::Warning, tr("CareDesk"), userMessage, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("refusalMessage"));
    box.setTextFormat(Qt::PlainText);
    box.setDetailedText(detail);
    box.setWindowModality(Qt::WindowModal);
    statusBar()->showMessage(userMessage, 10000);
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
    m_inboxModel->setQuery(m_inboxPanel->query()); // Mine is someone else now
    requestCounts();
}

void MainWindow::handleTeamState(const QString &state, const QString &detail)
{
    m_teamState = state;
    m_teamDetail = detail;
    QString text;
    QColor colour = palette().color(QPalette::WindowText);
    if (state == u"online") {
        text = tr("Team: online");
    } else if (state == u"connecting") {
        text = tr("Team: connecting…");
    } else if (state == u"offline") {
        text = tr("Team: offline, working from this computer");
        colour = slaColor(SlaState::DueSoon);
    } else if (state == u"signed-out") {
        text = tr("Team: signed out");
        colour = slaColor(SlaState::Breached);
    } else {
        text = tr("Solo");
    }
    m_teamStatus->setText(text);
    m_teamStatus->setToolTip(detail);
    QPalette teamPalette = m_teamStatus->palette();
    teamPalette.setColor(QPalette::WindowText, colour);
    m_teamStatus->setPalette(teamPalette);
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
    checkSlaWarnings();
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

void MainWindow::notify(const QString &title, const QString &message)
{
    if (!m_preferences.notificationsEnabled())
        return;
    if (m_tray)
        m_tray->showMessage(title, message, QSystemTrayIcon::Information);
    else
        statusBar()->showMessage(message, 8000);
    QApplication::alert(this);
}

void MainWindow::checkSlaWarnings()
{
    // Each conversation of mine (or in the queue) that comes due is announced once.
    const QDateTime now = m_clock.now();
    QStringList due;
    if (m_inboxModel->rowCount() == 0)
        return;
    for (int row = 0; row < m_inboxModel->rowCount(); ++row) {
        const Core::InboxRow *inboxRow = m_inboxModel->rowAt(row);
        if (!inboxRow || inboxRow->unaddressedCount == 0 ||
            m_slaWarned.contains(inboxRow->conversationId))
            continue;
        if (!inboxRow->assignee.isEmpty() && inboxRow->assignee != m_agentName)
            continue;
        if (slaState(inboxRow->slaDue, now) == SlaState::Comfortable)
            continue;
        m_slaWarned.insert(inboxRow->conversationId);
        due.append(inboxRow->customerName);
    }
    // What was already due when the agent opened the inbox is on screen in red; only what
    // falls due later is announced.
    const bool baseline = !m_slaBaselineTaken;
    m_slaBaselineTaken = true;
    if (!due.isEmpty() && !baseline)
        notify(tr("Replies due"), tr("Due soon or overdue: %1").arg(due.mid(0, 5).join(u", ")));
}

} // namespace CareDesk::Gui
