#pragma once

#include "model/Inbox.h"

#include <QMainWindow>

class QLabel;
class QTreeView;

namespace CareDesk::Core {
class Clock;
}

namespace CareDesk::Gui {

class ConversationView;
class CustomerPanel;
class InboxModel;

// The agent workstation: inbox on the left, the conversation in the middle, the customer on
// the right. It asks for data through signals and is handed it back; it never touches the
// store, a plugin or the network.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const Core::Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    InboxModel *inboxModel() const { return m_inboxModel; }
    bool hasLoaded() const { return m_loaded; }

    void handleWorkspaceOpened(const QString &filePath, int conversationCount);
    void handleWorkspaceFailed(const QString &userMessage, const QString &detail);
    void handleInboxChanged(int conversationCount);
    void handleConversationLoaded(const CareDesk::Core::ConversationDetail &detail);
    void handleChannelStatus(const QString &channelName, const QString &error);

Q_SIGNALS:
    void conversationRequested(qint64 conversationId);
    // The inbox and the selected conversation are on screen (or the inbox is empty).
    void loaded();

private:
    void buildActions();
    void handleFirstPage();
    void selectRow(int row);
    void moveSelection(int delta);
    void markLoaded();

    const Core::Clock &m_clock;
    InboxModel *m_inboxModel = nullptr;
    QTreeView *m_inboxView = nullptr;
    ConversationView *m_conversationView = nullptr;
    CustomerPanel *m_customerPanel = nullptr;
    QLabel *m_workspaceStatus = nullptr;
    QLabel *m_channelStatus = nullptr;
    qint64 m_selectedConversation = 0;
    bool m_loaded = false;
};

} // namespace CareDesk::Gui
