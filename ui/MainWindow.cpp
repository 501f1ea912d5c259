#include "MainWindow.h"

#include "ConversationView.h"
#include "CustomerPanel.h"
#include "InboxModel.h"

#include "Application.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>

namespace CareDesk::Gui {

MainWindow::MainWindow(const Core::Clock &clock, QWidget *parent)
    : QMainWindow(parent), m_clock(clock)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CareDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/caredesk/icons/caredesk.svg")));

    m_inboxModel = new InboxModel(clock, this);
    m_inboxView = new QTreeView(this);
    m_inboxView->setObjectName(QStringLiteral("inboxView"));
    m_inboxView->setAccessibleName(tr("Inbox"));
    m_inboxView->setModel(m_inboxModel);
    m_inboxView->setRootIsDecorated(false);
    m_inboxView->setUniformRowHeights(true);
    m_inboxView->setAlternatingRowColors(true);
    m_inboxView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_inboxView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_inboxView->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_inboxView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(InboxModel::MessageColumn, QHeaderView::Stretch);
    header->resizeSection(InboxModel::CustomerColumn, 140);
    header->resizeSection(InboxModel::ChannelColumn, 115);
    header->resizeSection(InboxModel::LanguageColumn, 48);
    header->resizeSection(InboxModel::WaitingColumn, 72);
    header->resizeSection(InboxModel::UnaddressedColumn, 48);
    header->resizeSection(InboxModel::StatusColumn, 64);

    m_conversationView = new ConversationView(this);
    m_customerPanel = new CustomerPanel(this);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_inboxView);
    splitter->addWidget(m_conversationView);
    splitter->addWidget(m_customerPanel);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({700, 370, 210});
    setCentralWidget(splitter);

    m_workspaceStatus = new QLabel(tr("Opening workspace…"), this);
    m_channelStatus = new QLabel(this);
    m_channelStatus->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_workspaceStatus, 1);
    statusBar()->addPermanentWidget(m_channelStatus);

    connect(m_inboxModel, &InboxModel::firstPageLoaded, this, &MainWindow::handleFirstPage);
    connect(m_inboxView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = m_inboxModel->conversationIdAt(current.row());
                if (id != 0 && id != m_selectedConversation) {
                    m_selectedConversation = id;
                    Q_EMIT conversationRequested(id);
                }
            });
    connect(m_customerPanel, &CustomerPanel::conversationActivated, this, [this](qint64 id) {
        const int row = m_inboxModel->rowOf(id);
        if (row >= 0)
            selectRow(row);
        else
            Q_EMIT conversationRequested(id);
    });
    buildActions();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    QAction *next = goMenu->addAction(tr("&Next conversation"), this, [this] { moveSelection(1); });
    next->setShortcuts({QKeySequence(Qt::Key_J), QKeySequence(Qt::CTRL | Qt::Key_Down)});
    QAction *previous = goMenu->addAction(tr("&Previous conversation"), this, [this] { moveSelection(-1); });
    previous->setShortcuts({QKeySequence(Qt::Key_K), QKeySequence(Qt::CTRL | Qt::Key_Up)});
    QAction *inbox = goMenu->addAction(tr("&Inbox"), this, [this] { m_inboxView->setFocus(); });
    inbox->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *refresh = goMenu->addAction(tr("&Refresh"), this, [this] { m_inboxModel->reload(); });
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About CareDesk"), this, [this] {
        QMessageBox::about(this, tr("About CareDesk"),
                           tr("CareDesk %1\nOne inbox for social customer care.")
                               .arg(Core::applicationVersion()));
    });
    about->setShortcut(QKeySequence::HelpContents);
}

void MainWindow::handleWorkspaceOpened(const QString &filePath, int conversationCount)
{
    m_workspaceStatus->setText(tr("Local workspace · %n conversation(s)", nullptr, conversationCount));
    m_workspaceStatus->setToolTip(filePath);
    m_inboxModel->reload();
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
    m_workspaceStatus->setText(tr("Local workspace · %n conversation(s)", nullptr, conversationCount));
    m_inboxModel->reload();
}

void MainWindow::handleChannelStatus(const QString &channelName, const QString &error)
{
    m_channelStatus->setText(error.isEmpty() ? tr("%1: connected").arg(channelName)
                                             : tr("%1: %2").arg(channelName, error));
}

void MainWindow::handleFirstPage()
{
    // Keep the agent where they were when the list is refreshed under them.
    int row = m_selectedConversation ? m_inboxModel->rowOf(m_selectedConversation) : -1;
    if (row < 0 && m_inboxModel->rowCount() > 0)
        row = 0;
    if (row >= 0) {
        const bool stillSelected = m_inboxModel->conversationIdAt(row) == m_selectedConversation;
        selectRow(row);
        if (stillSelected)
            Q_EMIT conversationRequested(m_selectedConversation); // show what arrived meanwhile
    } else {
        m_conversationView->clear();
        m_customerPanel->clear();
        markLoaded();
    }
}

void MainWindow::selectRow(int row)
{
    const QModelIndex index = m_inboxModel->index(row, 0);
    m_inboxView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_inboxView->scrollTo(index);
}

void MainWindow::moveSelection(int delta)
{
    const int row = m_inboxView->currentIndex().row() + delta;
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
