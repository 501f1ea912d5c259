#pragma once

#include <QObject>
#include <QSet>

namespace CareDesk::Core {
class Clock;
}

namespace CareDesk::Gui {

class InboxModel;
class Notifier;

// Announces each conversation of this agent's (or in the queue) that comes due, once, as the inbox
// is read again and every minute. What was already due when the agent opened the inbox is on screen
// in red and is not announced.
class SlaAlerts final : public QObject
{
    Q_OBJECT

public:
    // Watches `inbox` and tells through `notifier`; all three must outlive the alerts.
    SlaAlerts(const Core::Clock &clock, const InboxModel &inbox, Notifier &notifier,
              QObject *parent = nullptr);

    // Conversations assigned to someone else are theirs to answer.
    void setAgentName(const QString &name) { m_agentName = name; }
    void check();

private:
    const Core::Clock &m_clock;
    const InboxModel &m_inbox;
    Notifier &m_notifier;
    QString m_agentName;
    QSet<qint64> m_warned;
    bool m_baselineTaken = false;
};

} // namespace CareDesk::Gui
