#include "ShortcutRegistry.h"

#include "ui/settings/Preferences.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

namespace CareDesk::Gui {

namespace {

QString cannedId(const Core::CannedResponse &response)
{
    return QStringLiteral("canned-%1").arg(response.id);
}

} // namespace

ShortcutRegistry::ShortcutRegistry(const Preferences &preferences, QWidget *window)
    : QObject(window)
    , m_preferences(preferences)
    , m_window(window)
{}

QAction *ShortcutRegistry::add(QMenu *menu, const QString &id, const QString &text,
                               const QList<QKeySequence> &defaults,
                               const std::function<void()> &run)
{
    QAction *action = menu->addAction(text, m_window, run);
    action->setObjectName(QStringLiteral("action_") + id);
    m_actions.append({id, action, defaults});
    return action;
}

QAction *ShortcutRegistry::action(const QString &id) const
{
    for (const BoundAction &bound : m_actions) {
        if (bound.id == id)
            return bound.action;
    }
    return nullptr;
}

void ShortcutRegistry::setCannedResponses(const QList<Core::CannedResponse> &responses)
{
    m_canned = responses;
    bindCannedResponses();
}

void ShortcutRegistry::apply()
{
    for (const BoundAction &bound : std::as_const(m_actions))
        bound.action->setShortcuts(m_preferences.shortcuts(bound.id, bound.defaults));
    bindCannedResponses();
}

void ShortcutRegistry::bindCannedResponses()
{
    qDeleteAll(m_cannedActions);
    m_cannedActions.clear();
    for (const Core::CannedResponse &response : std::as_const(m_canned)) {
        const QList<QKeySequence> keys = m_preferences.shortcuts(cannedId(response), {});
        if (keys.isEmpty())
            continue;
        auto *action = new QAction(response.title, m_window);
        action->setShortcuts(keys);
        connect(action, &QAction::triggered, m_window, [this, id = response.id] {
            for (const Core::CannedResponse &canned : std::as_const(m_canned)) {
                if (canned.id == id)
                    Q_EMIT cannedResponseTriggered(canned);
            }
        });
        m_window->addAction(action);
        m_cannedActions.append(action);
    }
}

QList<ShortcutEntry> ShortcutRegistry::entries() const
{
    QList<ShortcutEntry> entries;
    for (const BoundAction &bound : m_actions)
        entries.append({bound.id,
                        bound.action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                        bound.action->shortcut()});
    for (const Core::CannedResponse &response : m_canned) {
        const QString id = cannedId(response);
        const QList<QKeySequence> keys = m_preferences.shortcuts(id, {});
        entries.append({id, tr("Insert \"%1\"").arg(response.title),
                        keys.isEmpty() ? QKeySequence() : keys.first()});
    }
    return entries;
}

} // namespace CareDesk::Gui
