#pragma once

#include "Result.h"
#include "model/Inbox.h"

#include <QObject>
#include <QString>

#include <map>
#include <optional>
#include <set>
#include <memory>

class QTimer;

namespace CareDesk::Core {
class Clock;
}
namespace CareDesk::Channels {
class ChannelCatalog;
class HttpTransport;
}
namespace CareDesk::Sdk {
class ChannelConnector;
}
namespace CareDesk::Security {
class CredentialStore;
}
namespace CareDesk::Storage {
class Database;
struct ChannelRecord;
}
namespace CareDesk::Triage {
class CategoryRules;
class NaiveBayes;
class TriageEngine;
}

namespace CareDesk::Workspace {

// The local workspace: one SQLite file and the channels that feed it. Lives on the storage
// thread, which owns the write connection; the UI talks to it only through queued calls and
// signals, so nothing on the GUI thread ever waits on disk.
class WorkspaceService final : public QObject
{
    Q_OBJECT

public:
    // `directory` holds workspace.sqlite; `catalog`, `clock` and `credentials` (where channels'
    // secrets are kept: the OS keychain in the app) must outlive the service.
    WorkspaceService(QString directory, Channels::ChannelCatalog &catalog, const Core::Clock &clock,
                     Security::CredentialStore &credentials, QObject *parent = nullptr);
    ~WorkspaceService() override;

    static QString defaultDirectory();
    // The practice inbox a first start shows, compiled into the program.
    static QString demoScenarioPath();

    // Opens the workspace; on a first start sets up the sandbox practice channel (unless told
    // not to: a team server's workspace holds live channels only).
    Q_INVOKABLE void open();
    void setPracticeInboxOnFirstStart(bool on) { m_practiceInboxOnFirstStart = on; }
    Q_INVOKABLE void loadInboxPage(quint64 requestId, const CareDesk::Core::InboxCursor &after,
                                   int limit);
    Q_INVOKABLE void loadConversation(qint64 conversationId);
    // Asks every channel for what is new and stores it.
    Q_INVOKABLE void pollChannels();

    // A delivery the platform pushed for the channel named `channelName` (a webhook reaching
    // the team server), checked against `appSecret` by the channel's connector and stored like
    // polled items. Returns how many messages it added; a delivery the connector refuses is an
    // error whose detail is "rejected".
    Core::Result<int> receivePushed(const QString &channelName, const QByteArray &body, const QByteArray &signature,
                                    const QByteArray &appSecret);

    static constexpr int POLL_INTERVAL_MS = 15000;

Q_SIGNALS:
    void opened(const QString &filePath, int conversationCount);
    void failed(const QString &userMessage, const QString &detail);
    void inboxPageLoaded(quint64 requestId, const CareDesk::Core::InboxPage &page);
    void conversationLoaded(const CareDesk::Core::ConversationDetail &detail);
    void inboxChanged(int conversationCount);
    void channelStatusChanged(const QString &channelName, const QString &error);

private:
    struct RunningChannel;
    void reportFailure(const QString &userMessage, const QString &detail);
    void loadTriage();
    // Sends what agents queued on the channels that are running; true if any was sent.
    bool deliverOutbox(const QList<Storage::ChannelRecord> &channels);
    RunningChannel *runningChannel(const Storage::ChannelRecord &channel, const QString &secret);
    // The channel's secret: from the keychain (nullopt while it is being asked), the
    // environment, or none.
    std::optional<QString> secretFor(const Storage::ChannelRecord &channel);
    // Asks the keychain for a channel's secret; the channel is polled once it has come.
    void requestSecret(const Storage::ChannelRecord &channel, const QString &keychainKey);

    QString m_directory;
    Channels::ChannelCatalog &m_catalog;
    const Core::Clock &m_clock;
    Security::CredentialStore &m_credentials;
    std::map<qint64, QString> m_secrets; // channel id -> secret, held in memory only
    std::set<qint64> m_secretsAsked;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Triage::CategoryRules> m_rules;
    std::unique_ptr<Triage::NaiveBayes> m_classifier;
    std::unique_ptr<Triage::TriageEngine> m_triage;
    std::unique_ptr<Channels::HttpTransport> m_transport; // made when a channel first needs it
    std::map<qint64, std::unique_ptr<RunningChannel>> m_channels;
    QTimer *m_pollTimer = nullptr;
    bool m_practiceInboxOnFirstStart = true;
};

} // namespace CareDesk::Workspace
