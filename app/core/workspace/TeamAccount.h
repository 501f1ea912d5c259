#pragma once

#include <QString>

namespace CareDesk::Workspace {

// Which team server this desk signs in to, and who that server says the agent is: kept in the
// desk's settings file so the next start resumes the session (whose token the keychain holds;
// the password is never kept). No server: the desk works solo.
struct TeamAccount
{
    QString server;
    QString login;
    QString agentName;
    QString role = QStringLiteral("agent"); // agent, lead, trainer or admin

    bool isSolo() const { return server.isEmpty(); }

    static TeamAccount load();
    // Saving a solo account forgets the team. An empty role keeps the one saved before.
    void save() const;
};

} // namespace CareDesk::Workspace
