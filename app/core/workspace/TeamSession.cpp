#include "TeamSession.h"

#include "WorkspaceContext.h"
#include "spelling/WorkspaceWords.h"
#include "sync/TeamMirror.h"
#include "sync/TeamSync.h"
#include "translation/ProviderConfig.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace CareDesk::Workspace {

using Core::Error;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Workspace::WorkspaceService)
};

QString nameOf(Sync::TeamSync::State state)
{
    static const QHash<Sync::TeamSync::State, QString> names{
        {Sync::TeamSync::State::SignedOut, QStringLiteral("signed-out")},
        {Sync::TeamSync::State::Connecting, QStringLiteral("connecting")},
        {Sync::TeamSync::State::Online, QStringLiteral("online")},
        {Sync::TeamSync::State::Offline, QStringLiteral("offline")}};
    return names.value(state);
}

} // namespace

TeamSession::TeamSession(WorkspaceContext &context, Net::HttpTransport &transport,
                         Security::CredentialStore &credentials, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_transport(transport)
    , m_credentials(credentials)
{}

TeamSession::~TeamSession() = default;

Sync::TeamSync &TeamSession::sync()
{
    if (!m_sync) {
        m_sync = std::make_unique<Sync::TeamSync>(m_context.connection(), m_transport,
                                                  m_credentials, m_context.clock);
        connectSync();
    }
    return *m_sync;
}

void TeamSession::connectSync()
{
    using Sync::TeamSync;
    connect(m_sync.get(), &TeamSync::mirrorChanged, this, &TeamSession::mirrorChanged);
    connect(m_sync.get(), &TeamSync::refused, this,
            [this](qint64 serverConversationId, const QString &message) {
                Q_EMIT refused(localConversation(serverConversationId), Error{message, {}});
            });
    connect(m_sync.get(), &TeamSync::reviewRefused, this, [this](const QString &message) {
        Q_EMIT refused(
            0, Error{Tr::tr("The team server did not take the review: %1").arg(message), {}});
    });
    connect(m_sync.get(), &TeamSync::teammateActive, this,
            [this](qint64 serverId, const QString &name, const QString &what) {
                if (const qint64 local = localConversation(serverId))
                    Q_EMIT teammateActive(local, name, what);
            });
    // Sign-in problems also arrive as the signed-out state, with the reason; this is for the
    // status line.
    connect(m_sync.get(), &TeamSync::failed, this, [this](const QString &message) {
        Q_EMIT failed(Error{message, {}});
    });
    connect(m_sync.get(), &TeamSync::signedIn, this, [this](const QJsonObject &agent) {
        Q_EMIT signedIn(agent.value(u"name").toString(), agent.value(u"role").toString());
    });
    connect(m_sync.get(), &TeamSync::stateChanged, this,
            [this](TeamSync::State state, const QString &detail) {
                Q_EMIT stateChanged(nameOf(state), detail);
                // Each time the desk is back online it takes the team's settings again.
                if (state == TeamSync::State::Online)
                    takeTeamSettings();
            });
}

void TeamSession::takeTeamSettings()
{
    sync().fetchTeamWords([this](Core::Result<QStringList> words) { keepTeamWords(words); });
    sync().fetchTranslationSettings([this](Core::Result<QByteArray> settings) {
        if (settings && !settings.value().isEmpty())
            keepTranslationSettings(settings.value());
    });
}

void TeamSession::keepTranslationSettings(const QByteArray &settings)
{
    auto config = Translation::ProviderConfig::fromJson(settings);
    if (!config) {
        Q_EMIT failed(config.error());
        return;
    }
    auto current = Translation::ProviderConfig::ofWorkspace(m_context.directory);
    if (current && current.value().toJson() == config.value().toJson())
        return;
    if (auto saved = config.value().saveIn(m_context.directory); !saved) {
        Q_EMIT failed(saved.error());
        return;
    }
    Q_EMIT translationSettingsChanged();
}

void TeamSession::shareTranslationSettings(const QByteArray &settings)
{
    if (!isSignedIn())
        return;
    sync().shareTranslationSettings(settings, [this](Core::Result<void> shared) {
        if (!shared)
            Q_EMIT failed(Error{Tr::tr("The team's translation settings were not changed: %1")
                                    .arg(shared.error().userMessage),
                                {}});
    });
}

void TeamSession::addTeamWord(const QString &word)
{
    if (!isSignedIn())
        return; // solo: the desk's own file is the dictionary
    sync().changeTeamWords({word}, {}, [this](Core::Result<QStringList> words) {
        if (!words) {
            Q_EMIT failed(Error{
                Tr::tr("The team dictionary was not changed: %1").arg(words.error().userMessage),
                {}});
            return;
        }
        keepTeamWords(words);
    });
}

void TeamSession::keepTeamWords(const Core::Result<QStringList> &words)
{
    if (!words)
        return; // the desk keeps its copy; the next time online tries again
    const QString path = Spelling::teamDictionaryPath(m_context.directory);
    if (auto written = Spelling::writeTeamDictionary(path, words.value()); !written) {
        Q_EMIT failed(written.error());
        return;
    }
    Q_EMIT teamDictionaryChanged(path);
}

qint64 TeamSession::serverConversation(qint64 conversationId) const
{
    auto serverId = Sync::TeamMirror(m_context.connection(), m_context.clock)
                        .serverConversation(conversationId);
    return serverId ? serverId.value() : 0;
}

qint64 TeamSession::localConversation(qint64 serverConversationId)
{
    auto local = sync().mirror().localConversation(serverConversationId);
    return local ? local.value() : 0;
}

bool TeamSession::isSignedIn() const
{
    return m_sync && m_sync->state() != Sync::TeamSync::State::SignedOut;
}

void TeamSession::signIn(const QUrl &server, const QString &login, const QString &password)
{
    if (m_context.isOpen())
        sync().signIn(server, login, password);
}

void TeamSession::resume(const QUrl &server, const QString &login)
{
    if (m_context.isOpen())
        sync().resume(server, login);
}

void TeamSession::signOut()
{
    if (m_sync)
        m_sync->signOut();
}

void TeamSession::signOutEverywhere()
{
    if (m_sync)
        m_sync->signOut(true);
}

void TeamSession::announceActivity(qint64 conversationId, const QString &what)
{
    if (!m_context.isOpen() || !m_sync)
        return;
    if (const qint64 serverId = serverConversation(conversationId))
        m_sync->announce(serverId, what);
}

} // namespace CareDesk::Workspace
