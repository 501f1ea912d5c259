// Queue: the lead's queue control: agents' load, who waits longest, routing and SLA rules.
// May use: ui/common, caredesk_core's review and triage types and clock, Qt Widgets.
#pragma once

#include "review/ReviewTypes.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QGridLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimeEdit;

namespace CareDesk::Core {
class Clock;
}

namespace CareDesk::Gui {

class ShiftsPanel;

// The lead's queue control: each agent's load and presence, the conversations waiting longest
// with a way to hand one to someone else, and the rules: routing policy (in a team) and the SLA
// target with business hours and holidays.
class QueueView final : public QWidget
{
    Q_OBJECT

public:
    QueueView(const Core::Clock &clock, QWidget *parent = nullptr);

    void setQueue(const Review::QueueSnapshot &queue);
    // This desk's agent, listed (solo) even while holding nothing.
    void setAgentName(const QString &name) { m_agentName = name; }
    void handleSaved(const QString &message);
    void refresh();

    // The rules as set on screen.
    Triage::SlaPolicy slaPolicy() const;
    QString routingPolicy() const;
    void setSlaTarget(int minutes);
    void setBusinessHours(bool on);
    void addHoliday(const QDate &date);
    void save();
    // Gives the selected waiting conversation to `agent`.
    void reassignSelected(const QString &agent);

    QTableWidget *agents() const { return m_agents; }
    QTableWidget *waiting() const { return m_waiting; }
    ShiftsPanel *shifts() const { return m_shifts; }

Q_SIGNALS:
    void queueRequested();
    void settingsSaveRequested(const CareDesk::Triage::SlaPolicy &sla,
                               const QString &routingPolicy);
    void reassignRequested(qint64 conversationId, const QString &agent);

private:
    QWidget *buildAgents(QWidget *parent);
    QWidget *buildRules(QWidget *parent);
    QGridLayout *buildOpeningHours(QWidget *rules);
    void buildHolidays(QWidget *rules, QFormLayout *form);
    void showSla(const Triage::SlaPolicy &sla);

    const Core::Clock &m_clock;
    QTableWidget *m_agents = nullptr;
    QTableWidget *m_waiting = nullptr;
    ShiftsPanel *m_shifts = nullptr;
    QComboBox *m_reassignTo = nullptr;
    QComboBox *m_routing = nullptr;
    QSpinBox *m_target = nullptr;
    QComboBox *m_timeZone = nullptr;
    QCheckBox *m_businessHours = nullptr;
    QList<QCheckBox *> m_dayOpen;
    QList<QTimeEdit *> m_dayFrom;
    QList<QTimeEdit *> m_dayTo;
    QListWidget *m_holidays = nullptr;
    QDateEdit *m_holidayDate = nullptr;
    QLabel *m_status = nullptr;
    QList<qint64> m_waitingIds;
    QString m_agentName;
    // Kept in the policy file but not edited here: saving the rules must not reset it.
    int m_autoResolveDays = Triage::SlaPolicy().autoResolveDays;
};

} // namespace CareDesk::Gui
