// Sync: the desk's live copy of a team server's conversations, and its calls to the server.
// May use net/, protocol, security/ and storage/.
#pragma once

#include "Result.h"
#include "TeamMirror.h"

#include <sdk/ChannelPlugin.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <map>
#include <memory>

class QWebSocket;

namespace CareDesk::Net {
class HttpTransport;
}
namespace CareDesk::Security {
class CredentialStore;
}

namespace CareDesk::Sync {

// A desktop's link to its team server. It signs in (the session token goes to the keychain,
// nowhere else), mirrors what the agent may see into the local workspace from the change feed,
// stays live over the server's WebSocket, and after sleep or a lost network reconnects and
// catches up from the last revision it applied: nothing missed, nothing doubled. Replies are
// kept in the workspace's team outbox until the server has them. Lives on the thread that owns
// the workspace connection.
class TeamSync final : public QObject
{
    Q_OBJECT

public:
    enum class State { SignedOut, Connecting, Online, Offline };
    Q_ENUM(State)

    // `transport`, `credentials` and `clock` must outlive this object.
    TeamSync(QSqlDatabase db, Net::HttpTransport &transport, Security::CredentialStore &credentials,
             const Core::Clock &clock, QObject *parent = nullptr);
    ~TeamSync() override;

    // Logs in with a password and starts syncing.
    void signIn(const QUrl &server, const QString &login, const QString &password);
    // Starts syncing with the token saved at the last sign-in.
    void resume(const QUrl &server, const QString &login);
    // Ends this desktop's session, or with `everywhere` every session of the agent (each
    // desktop they are signed in on, and whoever took a token).
    void signOut(bool everywhere = false);

    // Conversation actions; a refusal comes back by refused() in the server's plain words
    // ("Ana took this conversation 2 minutes ago.").
    void claim(qint64 serverConversationId);
    void release(qint64 serverConversationId);
    void setStatus(qint64 serverConversationId, const QString &status);
    // Gives the conversation to the teammate whose login or name is `who` (the server decides
    // who may).
    void transfer(qint64 serverConversationId, const QString &who);
    void addNote(qint64 serverConversationId, const QString &text);
    // Hands the case up to `target` ("leads", or a team or skill) with a reason and a note.
    void escalate(qint64 serverConversationId, const QString &target, const QString &reason,
                  const QString &note);
    // A lead's QA review of a team conversation: kept by the server, so the agent whose work it
    // was reads it on their own desk.
    void submitReview(const QJsonObject &review);
    // Queue control for leads: the team's agents with their load and presence, and the team's
    // routing settings (policy and SLA); then changing them. The server refuses other roles.
    void
    fetchQueue(const std::function<void(Core::Result<std::pair<QJsonArray, QJsonObject>>)> &done);
    void setRouting(const QJsonObject &settings,
                    const std::function<void(Core::Result<QJsonObject>)> &done);
    // The team's translation service (a provider file's JSON; empty when the team has not
    // chosen); choosing it takes a lead.
    void fetchTranslationSettings(const std::function<void(Core::Result<QByteArray>)> &done);
    void shareTranslationSettings(const QByteArray &settings,
                                  const std::function<void(Core::Result<void>)> &done);
    // The team dictionary as the server keeps it; changing it takes a lead.
    void fetchTeamWords(const std::function<void(Core::Result<QStringList>)> &done);
    void changeTeamWords(const QStringList &add, const QStringList &remove,
                         const std::function<void(Core::Result<QStringList>)> &done);
    // Any other call of the /v1 API whose answer is a JSON object; a refusal comes back in the
    // server's words. `body` is sent unless it is empty.
    void callForObject(const QByteArray &method, const QString &path, const QJsonObject &body,
                       const std::function<void(Core::Result<QJsonObject>)> &done);
    // The reviews of this agent's own work, as the server keeps them.
    void fetchOwnReviews(const std::function<void(Core::Result<QJsonArray>)> &done);
    // Tells teammates this agent is looking at ("viewing") or writing in ("typing") a
    // conversation. Said again while it lasts; nothing is sent while offline.
    void announce(qint64 serverConversationId, const QString &what);
    // Queues a reply in the team outbox and sends it when the server can be reached. Returns
    // its client id, or the reason it could not even be queued.
    Core::Result<QString> reply(qint64 serverConversationId, const QString &text, bool isPublic);

    State state() const { return m_state; }
    TeamMirror &mirror() { return m_mirror; }
    // Where the session token is kept in the keychain.
    static QString credentialKey(const QUrl &server, const QString &login);
    // The server as the mirror names it (scheme, host and port).
    static QString serverKey(const QUrl &server);

    // Waiting before reconnecting after the n-th failure in a row: 1 s doubling to 30 s.
    static int reconnectDelayMs(int failures);

Q_SIGNALS:
    void stateChanged(CareDesk::Sync::TeamSync::State state, const QString &detail);
    void signedIn(const QJsonObject &agent);
    void mirrorChanged();
    void refused(qint64 serverConversationId, const QString &message);
    void failed(const QString &message);
    // A review the server did not take, in its words.
    void reviewRefused(const QString &message);
    // A teammate is viewing or typing in a conversation.
    void teammateActive(qint64 serverConversationId, const QString &name, const QString &what);

private:
    void setState(State state, const QString &detail = {});
    void connectLive();
    void onLive(const QString &text);
    void onDisconnected();
    void flushOutbox();
    using Answer = std::function<void(const Sdk::HttpResponse &)>;
    void call(const QByteArray &method, const QString &path, const QJsonObject &body,
              Answer answer);
    void act(qint64 serverConversationId, const QString &action, const QJsonObject &body);

    TeamMirror m_mirror;
    Net::HttpTransport &m_transport;
    Security::CredentialStore &m_credentials;
    State m_state = State::SignedOut;
    QUrl m_server;
    QString m_login;
    QByteArray m_token;
    std::unique_ptr<QWebSocket> m_live;
    QTimer m_reconnect;
    int m_failures = 0;
    bool m_flushing = false;
    std::map<quint64, Answer> m_pending; // transport request id -> what to do with the answer
};

} // namespace CareDesk::Sync
