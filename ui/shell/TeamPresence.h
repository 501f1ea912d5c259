#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>

namespace CareDesk::Core {
class Clock;
}

namespace CareDesk::Gui {

class ConversationView;

// Who else is on the conversation on screen, viewing or typing, and this agent's own presence said
// to the team while it lasts. Nobody says "I left": presence is said again while it lasts and
// forgotten when it is not.
class TeamPresence final : public QObject
{
    Q_OBJECT

public:
    // Shows teammates on `view` and says when this agent views or types there; `clock` must outlive
    // the presence.
    TeamPresence(const Core::Clock &clock, ConversationView *view, QObject *parent = nullptr);

    // This agent on another desk is not a teammate.
    void setAgentName(const QString &name) { m_agentName = name; }
    void handleTeammateActivity(qint64 conversationId, const QString &name, const QString &what);

Q_SIGNALS:
    // This agent is "viewing" or "typing" in a conversation, for teammates to see.
    void activityAnnounced(qint64 conversationId, const QString &what);

private:
    void refresh();
    void handleTyping();

    struct Activity
    {
        QString what;
        QDateTime at;
    };

    const Core::Clock &m_clock;
    ConversationView *m_view;
    QString m_agentName;
    QHash<qint64, QHash<QString, Activity>>
        m_teammates; // conversation -> teammate -> latest activity
    QDateTime m_viewingAnnouncedAt;
    QDateTime m_typingAnnouncedAt;
    qint64 m_announcedConversation = 0;
};

} // namespace CareDesk::Gui
