#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>
#include <QStringList>

namespace CareDesk::Gui {

// The agent's own settings, kept in the application's settings file (never secrets: those go to
// the keychain). The composition root owns one and hands it to the windows that read or change a
// setting; any number of them over the same file agree, as each reads and writes it directly.
class Preferences final
{
public:
    // Who replies: shown to teammates and filled into {agent.name}.
    QString agentName() const;
    void setAgentName(const QString &name);
    // How long a reply waits in the outbox, with Undo, before it goes (0 to 60 s).
    int undoSeconds() const;
    void setUndoSeconds(int seconds);
    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);
    // The languages the agent reads, ISO 639-1, their own first ("en", "es"): customers'
    // messages in any other are shown with a machine translation into the first. By default the
    // interface's language.
    QStringList agentLanguages() const;
    void setAgentLanguages(const QStringList &languages);
    // "" follows the system.
    QString language() const;
    void setLanguage(const QString &code);
    // The key an action is bound to; the default when the agent has not changed it.
    QList<QKeySequence> shortcuts(const QString &actionId,
                                  const QList<QKeySequence> &defaults) const;
    void setShortcut(const QString &actionId, const QKeySequence &key);

    // The team server this desk signs in to; empty: solo. Never the password or the token.
    QString teamServer() const;
    QString teamLogin() const;
    // The name the team server knows this agent by.
    QString teamAgentName() const;
    // The role the team server gave this account: agent, lead, trainer or admin.
    QString teamRole() const;
    void setTeam(const QString &server, const QString &login, const QString &agentName,
                 const QString &role = QString());
    // Which workspaces this desk shows. Solo, the desk's owner runs everything; in a team, the
    // role the server gave decides (and the server refuses what the role may not do).
    bool mayReview() const;
    bool mayTrain() const;

    // The practice class the trainer had open, to open again next time.
    QString lastPracticeClass() const;
    void setLastPracticeClass(const QString &directory);

    static constexpr int DEFAULT_UNDO_SECONDS = 5;
    static constexpr int MAX_UNDO_SECONDS = 60;
};

} // namespace CareDesk::Gui
