#pragma once

#include "model/CannedResponse.h"
#include "ui/settings/ShortcutEntry.h"

#include <QKeySequence>
#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace CareDesk::Gui {

class Preferences;

// Every rebindable action of the desk with its keys: the default keys each action is added with,
// the keys the agent chose instead in Settings (kept in Preferences), and the canned responses the
// agent bound to keys. Rebinding is reading the keys again after Settings.
class ShortcutRegistry final : public QObject
{
    Q_OBJECT

public:
    // The actions act on `window` and their keys work anywhere in it; `preferences` must outlive
    // the registry.
    ShortcutRegistry(const Preferences &preferences, QWidget *window);

    // Adds an action to `menu`, named "action_<id>" and bound to the agent's keys for `id`, else to
    // `defaults`.
    QAction *add(QMenu *menu, const QString &id, const QString &text,
                 const QList<QKeySequence> &defaults, const std::function<void()> &run);
    // The action added under `id`; nullptr when there is none.
    QAction *action(const QString &id) const;
    // Binds the canned responses the agent gave keys.
    void setCannedResponses(const QList<Core::CannedResponse> &responses);
    // Binds every action to its keys again, after the agent changed them.
    void apply();
    // Every rebindable action with its current keys, for Settings and the shortcut sheet.
    QList<ShortcutEntry> entries() const;

Q_SIGNALS:
    // The keys of a canned response were pressed.
    void cannedResponseTriggered(const CareDesk::Core::CannedResponse &response);

private:
    struct BoundAction
    {
        QString id;
        QAction *action = nullptr;
        QList<QKeySequence> defaults;
    };
    void bindCannedResponses();

    const Preferences &m_preferences;
    QWidget *m_window;
    QList<BoundAction> m_actions;
    QList<QAction *> m_cannedActions;
    QList<Core::CannedResponse> m_canned;
};

} // namespace CareDesk::Gui
