#pragma once

#include "Result.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace CareDesk::Net {
class HttpTransport;
}
namespace CareDesk::Security {
class CredentialStore;
}
namespace CareDesk::Sync {
class TeamSync;
}

namespace CareDesk::Workspace {

struct WorkspaceContext;

// The desk's session with a team server: signing in and out, the live sync of the team's
// conversations into the workspace, and what the session's state means for the agent. The
// session token goes to the keychain, nowhere else.
class TeamSession final : public QObject
{
    Q_OBJECT

public:
    TeamSession(WorkspaceContext &context, Net::HttpTransport &transport,
                Security::CredentialStore &credentials, QObject *parent = nullptr);
    ~TeamSession() override;

    void signIn(const QUrl &server, const QString &login, const QString &password);
    // Starts syncing with the session kept from the last sign-in.
    void resume(const QUrl &server, const QString &login);
    void signOut();
    // Every session of the agent ends, on every desktop.
    void signOutEverywhere();
    // Adds a word to the team's dictionary on the server (signed in only; a lead's to change).
    void addTeamWord(const QString &word);
    // Makes this desk's translation settings the team's (signed in only; a lead's to change).
    void shareTranslationSettings(const QByteArray &settings);
    // "viewing" or "typing" in a conversation, for teammates to see (team conversations only).
    void announceActivity(qint64 conversationId, const QString &what);

    // The conversation's id on the team server; 0 for a local conversation. A team's
    // conversation stays the server's even while signed out: actions on it are refused until
    // the agent signs in again, and replies wait in the team outbox.
    qint64 serverConversation(qint64 conversationId) const;
    // This desk's id of a conversation the server names; 0 when the desk has not seen it.
    qint64 localConversation(qint64 serverConversationId);
    // Signed in (online, connecting or offline), as opposed to never or signed out.
    bool isSignedIn() const;
    // The sync with the server, made when first needed.
    Sync::TeamSync &sync();

Q_SIGNALS:
    // The team's conversations in the workspace changed.
    void mirrorChanged();
    // "signed-out", "connecting", "online" or "offline", with what the agent should know.
    void stateChanged(const QString &state, const QString &detail);
    // The team server knows the agent by this name (the assignee on their conversations).
    void signedIn(const QString &agentName, const QString &role);
    void teammateActive(qint64 conversationId, const QString &name, const QString &what);
    // The server refused an action on this desk's conversation (0 when it has none here).
    void refused(qint64 conversationId, const CareDesk::Core::Error &error);
    void failed(const CareDesk::Core::Error &error);
    // The team dictionary beside the workspace was replaced by the server's.
    void teamDictionaryChanged(const QString &path);
    // The team's translation settings replaced this desk's (translation.json).
    void translationSettingsChanged();

private:
    void connectSync();
    void keepTeamWords(const Core::Result<QStringList> &words);
    void keepTranslationSettings(const QByteArray &settings);
    void takeTeamSettings();

    WorkspaceContext &m_context;
    Net::HttpTransport &m_transport;
    Security::CredentialStore &m_credentials;
    std::unique_ptr<Sync::TeamSync> m_sync; // made when the agent first signs in
};

} // namespace CareDesk::Workspace
