#include "TeamAccount.h"

#include <QSettings>

namespace CareDesk::Workspace {

TeamAccount TeamAccount::load()
{
    QSettings settings;
    TeamAccount account;
    account.server = settings.value(QStringLiteral("team/server")).toString();
    account.login = settings.value(QStringLiteral("team/login")).toString();
    account.agentName = settings.value(QStringLiteral("team/agentName")).toString();
    account.role = settings.value(QStringLiteral("team/role"), QStringLiteral("agent")).toString();
    return account;
}

void TeamAccount::save() const
{
    QSettings settings;
    if (isSolo()) {
        settings.remove(QStringLiteral("team"));
        return;
    }
    settings.setValue(QStringLiteral("team/server"), server);
    settings.setValue(QStringLiteral("team/login"), login);
    settings.setValue(QStringLiteral("team/agentName"), agentName);
    if (!role.isEmpty())
        settings.setValue(QStringLiteral("team/role"), role);
}

} // namespace CareDesk::Workspace
