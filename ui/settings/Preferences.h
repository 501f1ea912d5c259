#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

namespace CareDesk::Gui {

// The agent's own settings, kept in the settings file (never secrets: those go to the keychain).
class Preferences final
{
public:
    // Who replies: shown to teammates and filled into {agent.name}.
    static QString agentName();
    static void setAgentName(const QString &name);
    // How long a reply waits in the outbox, with Undo, before it goes (0 to 60 s).
    static int undoSeconds();
    static void setUndoSeconds(int seconds);
    static bool notificationsEnabled();
    static void setNotificationsEnabled(bool enabled);
    // "" follows the system.
    static QString language();
    static void setLanguage(const QString &code);
    // The key an action is bound to; the default when the agent has not changed it.
    static QList<QKeySequence> shortcuts(const QString &actionId,
                                         const QList<QKeySequence> &defaults);
    static void setShortcut(const QString &actionId, const QKeySequence &key);

    // The team server this desk signs in to; empty: solo. Never the password or the token.
    static QString teamServer();
    static QString teamLogin();
    // The name the team server knows this agent by.
    static QString teamAgentName();
    // The role the team server gave this account: agent, lead, trainer or admin.
    static QString teamRole();
    static void setTeam(const QString &server, const QString &login, const QString &agentName,
                        const QString &role = QString());
    // Which workspaces this desk shows. Solo, the desk's owner runs everything; in a team, the
    // role the server gave decides (and the server refuses what the role may not do).
    static bool mayReview();
    static bool mayTrain();

    // The practice class the trainer had open, to open again next time.
    static QString lastPracticeClass();
    static void setLastPracticeClass(const QString &directory);

    static constexpr int DEFAULT_UNDO_SECONDS = 5;
    static constexpr int MAX_UNDO_SECONDS = 60;
};

} // namespace CareDesk::Gui
