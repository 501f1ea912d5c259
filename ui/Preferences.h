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
    static QList<QKeySequence> shortcuts(const QString &actionId, const QList<QKeySequence> &defaults);
    static void setShortcut(const QString &actionId, const QKeySequence &key);

    // The team server this desk signs in to; empty: solo. Never the password or the token.
    static QString teamServer();
    static QString teamLogin();
    // The name the team server knows this agent by.
    static QString teamAgentName();
    static void setTeam(const QString &server, const QString &login, const QString &agentName);

    static constexpr int DEFAULT_UNDO_SECONDS = 5;
    static constexpr int MAX_UNDO_SECONDS = 60;
};

} // namespace CareDesk::Gui
