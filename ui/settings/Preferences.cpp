#include "Preferences.h"

#include "workspace/TeamAccount.h"

#include <QLocale>
#include <QSettings>

#include <algorithm>

namespace CareDesk::Gui {

namespace {

QString systemUserName()
{
    QString name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name.isEmpty() ? QStringLiteral("Agent") : name;
}

} // namespace

QString Preferences::teamServer() const
{
    return Workspace::TeamAccount::load().server;
}

QString Preferences::teamLogin() const
{
    return Workspace::TeamAccount::load().login;
}

QString Preferences::teamAgentName() const
{
    return Workspace::TeamAccount::load().agentName;
}

QString Preferences::lastPracticeClass() const
{
    return QSettings().value(QStringLiteral("training/lastClass")).toString();
}

void Preferences::setLastPracticeClass(const QString &directory)
{
    QSettings().setValue(QStringLiteral("training/lastClass"), directory);
}

QString Preferences::teamRole() const
{
    return Workspace::TeamAccount::load().role;
}

bool Preferences::mayReview() const
{
    const QString role = teamRole();
    return teamServer().isEmpty() || role == u"lead" || role == u"admin";
}

bool Preferences::mayTrain() const
{
    const QString role = teamRole();
    return teamServer().isEmpty() || role == u"trainer" || role == u"lead" || role == u"admin";
}

void Preferences::setTeam(const QString &server, const QString &login, const QString &agentName,
                          const QString &role)
{
    Workspace::TeamAccount{server, login, agentName, role}.save();
}

QString Preferences::agentName() const
{
    // Signed in to a team, the agent is who the team server says they are.
    if (const QString teamName = teamAgentName(); !teamServer().isEmpty() && !teamName.isEmpty())
        return teamName;
    const QString name = QSettings().value(QStringLiteral("agent/name")).toString().trimmed();
    return name.isEmpty() ? systemUserName() : name;
}

void Preferences::setAgentName(const QString &name)
{
    QSettings().setValue(QStringLiteral("agent/name"), name.trimmed());
}

int Preferences::undoSeconds() const
{
    bool ok = false;
    const int seconds =
        QSettings().value(QStringLiteral("composer/undoSeconds"), DEFAULT_UNDO_SECONDS).toInt(&ok);
    return ok ? std::clamp(seconds, 0, MAX_UNDO_SECONDS) : DEFAULT_UNDO_SECONDS;
}

void Preferences::setUndoSeconds(int seconds)
{
    QSettings().setValue(QStringLiteral("composer/undoSeconds"),
                         std::clamp(seconds, 0, MAX_UNDO_SECONDS));
}

bool Preferences::notificationsEnabled() const
{
    return QSettings().value(QStringLiteral("notifications/enabled"), true).toBool();
}

void Preferences::setNotificationsEnabled(bool enabled)
{
    QSettings().setValue(QStringLiteral("notifications/enabled"), enabled);
}

QStringList Preferences::agentLanguages() const
{
    const QStringList stored = QSettings().value(QStringLiteral("agent/languages")).toStringList();
    if (!stored.isEmpty())
        return stored;
    const QString interface = language().isEmpty() ? QLocale().name() : language();
    const QString own = interface.section(u'_', 0, 0).section(u'-', 0, 0);
    return {own.isEmpty() || own == u"C" ? QStringLiteral("en") : own};
}

void Preferences::setAgentLanguages(const QStringList &languages)
{
    QStringList codes;
    for (const QString &language : languages) {
        const QString code = language.trimmed().toLower();
        if (!code.isEmpty() && !codes.contains(code))
            codes.append(code);
    }
    if (codes.isEmpty())
        QSettings().remove(QStringLiteral("agent/languages"));
    else
        QSettings().setValue(QStringLiteral("agent/languages"), codes);
}

QString Preferences::language() const
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void Preferences::setLanguage(const QString &code)
{
    if (code.isEmpty())
        QSettings().remove(QStringLiteral("ui/language"));
    else
        QSettings().setValue(QStringLiteral("ui/language"), code);
}

QList<QKeySequence> Preferences::shortcuts(const QString &actionId,
                                           const QList<QKeySequence> &defaults) const
{
    const QVariant stored = QSettings().value(QStringLiteral("shortcuts/") + actionId);
    if (!stored.isValid())
        return defaults;
    const QKeySequence key(stored.toString(), QKeySequence::PortableText);
    return key.isEmpty() ? QList<QKeySequence>{} : QList<QKeySequence>{key};
}

void Preferences::setShortcut(const QString &actionId, const QKeySequence &key)
{
    QSettings().setValue(QStringLiteral("shortcuts/") + actionId,
                         key.toString(QKeySequence::PortableText));
}

} // namespace CareDesk::Gui
