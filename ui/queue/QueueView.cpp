#include "QueueView.h"

#include "ShiftsPanel.h"
#include "ui/common/Presentation.h"

#include "Clock.h"
#include "review/TranscriptReport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace CareDesk::Gui {

namespace {

QString presenceLabel(const QString &presence)
{
    if (presence == u"available")
        return QueueView::tr("Available");
    if (presence == u"away")
        return QueueView::tr("Away");
    if (presence == u"offline")
        return QueueView::tr("Offline");
    return QStringLiteral("–");
}

} // namespace

QueueView::QueueView(const Core::Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("queueView"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(splitter);
    QWidget *left = buildAgents(splitter);
    QWidget *rules = buildRules(splitter);
    splitter->addWidget(left);
    splitter->addWidget(rules);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    const auto hoursShown = [this](bool on) {
        m_timeZone->setEnabled(on);
        for (int day = 0; day < 7; ++day) {
            m_dayOpen[day]->setEnabled(on);
            m_dayFrom[day]->setEnabled(on && m_dayOpen[day]->isChecked());
            m_dayTo[day]->setEnabled(on && m_dayOpen[day]->isChecked());
        }
    };
    connect(m_businessHours, &QCheckBox::toggled, this, hoursShown);
    showSla(Triage::SlaPolicy());
}

QWidget *QueueView::buildAgents(QWidget *parent)
{
    // Left: who holds what, and who waits.
    auto *left = new QWidget(parent);
    auto *leftLayout = new QVBoxLayout(left);
    auto *agentsTitle = new QLabel(tr("Agents"), left);
    QFont bold = agentsTitle->font();
    bold.setBold(true);
    agentsTitle->setFont(bold);
    leftLayout->addWidget(agentsTitle);
    m_agents = new QTableWidget(0, 3, left);
    m_agents->setObjectName(QStringLiteral("queueAgents"));
    m_agents->setAccessibleName(tr("Agents"));
    m_agents->setHorizontalHeaderLabels({tr("Agent"), tr("Presence"), tr("Open / capacity")});
    m_agents->setMaximumHeight(180);
    leftLayout->addWidget(m_agents);
    m_shifts = new ShiftsPanel(left);
    leftLayout->addWidget(m_shifts);
    auto *waitingTitle = new QLabel(tr("Waiting longest"), left);
    waitingTitle->setFont(bold);
    leftLayout->addWidget(waitingTitle);
    m_waiting = new QTableWidget(0, 6, left);
    m_waiting->setObjectName(QStringLiteral("queueWaiting"));
    m_waiting->setAccessibleName(tr("Conversations waiting longest"));
    m_waiting->setHorizontalHeaderLabels(
        {tr("Customer"), tr("Channel"), tr("Category"), tr("Waiting"), tr("SLA"), tr("Agent")});
    m_waiting->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_waiting->setSelectionMode(QAbstractItemView::SingleSelection);
    for (QTableWidget *table : {m_agents, m_waiting}) {
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setStretchLastSection(true);
    }
    leftLayout->addWidget(m_waiting, 1);
    auto *reassignBar = new QHBoxLayout;
    m_reassignTo = new QComboBox(left);
    m_reassignTo->setObjectName(QStringLiteral("reassignTo"));
    m_reassignTo->setAccessibleName(tr("Give to"));
    m_reassignTo->setEditable(true);
    auto *reassign = new QPushButton(tr("Give to this agent"), left);
    reassign->setObjectName(QStringLiteral("reassignButton"));
    auto *toQueue = new QPushButton(tr("Back to the queue"), left);
    reassignBar->addWidget(new QLabel(tr("Selected conversation:"), left));
    reassignBar->addWidget(m_reassignTo, 1);
    reassignBar->addWidget(reassign);
    reassignBar->addWidget(toQueue);
    leftLayout->addLayout(reassignBar);
    connect(reassign, &QPushButton::clicked, this,
            [this] { reassignSelected(m_reassignTo->currentText().trimmed()); });
    connect(toQueue, &QPushButton::clicked, this, [this] { reassignSelected(QString()); });
    return left;
}

QWidget *QueueView::buildRules(QWidget *parent)
{
    // Right: the rules.
    auto *rules = new QGroupBox(tr("Routing and SLA"), parent);
    auto *form = new QFormLayout(rules);
    m_routing = new QComboBox(rules);
    m_routing->setObjectName(QStringLiteral("routingPolicy"));
    m_routing->setAccessibleName(tr("Routing"));
    m_routing->addItem(tr("Least loaded agent first"), QStringLiteral("least-loaded"));
    m_routing->addItem(tr("Round robin"), QStringLiteral("round-robin"));
    m_routing->addItem(tr("Manual: agents take conversations"), QStringLiteral("manual"));
    form->addRow(tr("Routing:"), m_routing);
    m_target = new QSpinBox(rules);
    m_target->setObjectName(QStringLiteral("slaTarget"));
    m_target->setAccessibleName(tr("First answer within"));
    m_target->setRange(1, Triage::SlaPolicy::MAX_MINUTES);
    m_target->setSuffix(tr(" min"));
    form->addRow(tr("First answer within:"), m_target);
    m_businessHours = new QCheckBox(tr("Count only business hours"), rules);
    m_businessHours->setObjectName(QStringLiteral("businessHours"));
    form->addRow(QString(), m_businessHours);
    m_timeZone = new QComboBox(rules);
    m_timeZone->setAccessibleName(tr("Time zone"));
    m_timeZone->setEditable(true);
    for (const QByteArray &zone : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(zone));
    form->addRow(tr("Time zone:"), m_timeZone);
    form->addRow(tr("Opening hours:"), buildOpeningHours(rules));
    buildHolidays(rules, form);
    auto *saveButton = new QPushButton(tr("Save rules"), rules);
    saveButton->setObjectName(QStringLiteral("saveQueueRules"));
    m_status = new QLabel(rules);
    m_status->setObjectName(QStringLiteral("queueStatus"));
    m_status->setWordWrap(true);
    form->addRow(QString(), saveButton);
    form->addRow(QString(), m_status);
    connect(saveButton, &QPushButton::clicked, this, &QueueView::save);
    return rules;
}

QGridLayout *QueueView::buildOpeningHours(QWidget *rules)
{
    auto *days = new QGridLayout;
    for (int day = 0; day < 7; ++day) {
        auto *open = new QCheckBox(QLocale().dayName(day + 1), rules);
        auto *from = new QTimeEdit(QTime(9, 0), rules);
        auto *to = new QTimeEdit(QTime(18, 0), rules);
        from->setDisplayFormat(QStringLiteral("HH:mm"));
        to->setDisplayFormat(QStringLiteral("HH:mm"));
        from->setAccessibleName(tr("%1 opens").arg(open->text()));
        to->setAccessibleName(tr("%1 closes").arg(open->text()));
        days->addWidget(open, day, 0);
        days->addWidget(from, day, 1);
        days->addWidget(to, day, 2);
        m_dayOpen.append(open);
        m_dayFrom.append(from);
        m_dayTo.append(to);
        connect(open, &QCheckBox::toggled, from, &QWidget::setEnabled);
        connect(open, &QCheckBox::toggled, to, &QWidget::setEnabled);
    }
    return days;
}

void QueueView::buildHolidays(QWidget *rules, QFormLayout *form)
{
    m_holidays = new QListWidget(rules);
    m_holidays->setObjectName(QStringLiteral("holidays"));
    m_holidays->setAccessibleName(tr("Holidays"));
    m_holidays->setMaximumHeight(90);
    form->addRow(tr("Holidays:"), m_holidays);
    auto *holidayBar = new QHBoxLayout;
    m_holidayDate = new QDateEdit(m_clock.now().toLocalTime().date(), rules);
    m_holidayDate->setCalendarPopup(true);
    m_holidayDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_holidayDate->setAccessibleName(tr("Holiday"));
    auto *addHolidayButton = new QPushButton(tr("Add"), rules);
    auto *removeHoliday = new QPushButton(tr("Remove"), rules);
    holidayBar->addWidget(m_holidayDate, 1);
    holidayBar->addWidget(addHolidayButton);
    holidayBar->addWidget(removeHoliday);
    form->addRow(QString(), holidayBar);
    connect(addHolidayButton, &QPushButton::clicked, this,
            [this] { addHoliday(m_holidayDate->date()); });
    connect(removeHoliday, &QPushButton::clicked, this,
            [this] { delete m_holidays->currentItem(); });
}

void QueueView::refresh()
{
    Q_EMIT queueRequested();
}

void QueueView::setQueue(const Review::QueueSnapshot &queue)
{
    // Shifts are the team's: the roster comes with the team's queue.
    if (queue.team)
        m_shifts->requestShifts();
    else
        m_shifts->hide();
    QList<Review::AgentLoad> agents = queue.agents;
    if (!queue.team && !m_agentName.isEmpty() &&
        std::none_of(agents.cbegin(), agents.cend(),
                     [this](const Review::AgentLoad &a) { return a.name == m_agentName; }))
        agents.append({m_agentName, QString(), 0, -1});
    m_agents->setRowCount(int(agents.size()));
    const QString chosen = m_reassignTo->currentText();
    m_reassignTo->clear();
    for (int row = 0; row < agents.size(); ++row) {
        const Review::AgentLoad &agent = agents[row];
        m_agents->setItem(row, 0, readOnlyCell(agent.name));
        m_agents->setItem(row, 1, readOnlyCell(presenceLabel(agent.presence)));
        m_agents->setItem(
            row, 2,
            readOnlyCell(agent.capacity < 0
                             ? QString::number(agent.open)
                             : QStringLiteral("%1 / %2").arg(agent.open).arg(agent.capacity)));
        m_reassignTo->addItem(agent.name);
    }
    m_reassignTo->setEditText(chosen);
    const QDateTime now = m_clock.now();
    m_waiting->setRowCount(int(queue.waiting.size()));
    m_waitingIds.clear();
    for (int row = 0; row < queue.waiting.size(); ++row) {
        const Core::InboxRow &conversation = queue.waiting[row];
        m_waitingIds.append(conversation.conversationId);
        m_waiting->setItem(row, 0, readOnlyCell(conversation.customerName));
        m_waiting->setItem(row, 1, readOnlyCell(conversation.channelName));
        m_waiting->setItem(row, 2, readOnlyCell(categoryLabel(conversation.category)));
        m_waiting->setItem(row, 3,
                           readOnlyCell(conversation.waitingSince.isValid()
                                            ? durationLabel(conversation.waitingSince.secsTo(now))
                                            : QStringLiteral("–")));
        const SlaState state = slaState(conversation.slaDue, now);
        auto *sla = readOnlyCell(state == SlaState::Breached  ? tr("breached")
                                 : state == SlaState::DueSoon ? tr("due soon")
                                                              : tr("on time"));
        sla->setForeground(slaColor(state));
        m_waiting->setItem(row, 4, sla);
        m_waiting->setItem(
            row, 5,
            readOnlyCell(conversation.assignee.isEmpty() ? tr("(queue)") : conversation.assignee));
    }
    m_routing->setEnabled(queue.team);
    m_routing->setToolTip(
        queue.team
            ? QString()
            : tr("Routing hands out a team's conversations; sign in to a team server to set it."));
    if (queue.team)
        m_routing->setCurrentIndex(std::max(0, m_routing->findData(queue.routingPolicy)));
    showSla(queue.sla);
}

void QueueView::showSla(const Triage::SlaPolicy &sla)
{
    m_target->setValue(sla.firstResponseMinutes);
    m_autoResolveDays = sla.autoResolveDays;
    m_businessHours->setChecked(sla.businessHours);
    const QString zone = sla.timeZone.isEmpty() ? QString::fromUtf8(QTimeZone::systemTimeZoneId())
                                                : QString::fromUtf8(sla.timeZone);
    m_timeZone->setCurrentText(zone);
    for (int day = 0; day < 7; ++day) {
        m_dayOpen[day]->setChecked(!sla.businessHours ? day < 5 : sla.hours[day].has_value());
        if (sla.hours[day]) {
            m_dayFrom[day]->setTime(sla.hours[day]->open);
            m_dayTo[day]->setTime(sla.hours[day]->close.isValid() ? sla.hours[day]->close
                                                                  : QTime(23, 59));
        }
        m_dayFrom[day]->setEnabled(sla.businessHours && m_dayOpen[day]->isChecked());
        m_dayTo[day]->setEnabled(sla.businessHours && m_dayOpen[day]->isChecked());
        m_dayOpen[day]->setEnabled(sla.businessHours);
    }
    m_timeZone->setEnabled(sla.businessHours);
    m_holidays->clear();
    QList<QDate> holidays = sla.holidays.values();
    std::sort(holidays.begin(), holidays.end());
    for (const QDate &date : holidays)
        addHoliday(date);
}

Triage::SlaPolicy QueueView::slaPolicy() const
{
    Triage::SlaPolicy sla;
    sla.firstResponseMinutes = m_target->value();
    sla.autoResolveDays = m_autoResolveDays;
    sla.businessHours = m_businessHours->isChecked();
    if (sla.businessHours) {
        sla.timeZone = m_timeZone->currentText().trimmed().toUtf8();
        for (int day = 0; day < 7; ++day)
            if (m_dayOpen[day]->isChecked())
                sla.hours[day] =
                    Triage::SlaPolicy::OpeningHours{m_dayFrom[day]->time(), m_dayTo[day]->time()};
    }
    for (int row = 0; row < m_holidays->count(); ++row)
        sla.holidays.insert(m_holidays->item(row)->data(Qt::UserRole).toDate());
    return sla;
}

QString QueueView::routingPolicy() const
{
    return m_routing->isEnabled() ? m_routing->currentData().toString() : QString();
}

void QueueView::setSlaTarget(int minutes)
{
    m_target->setValue(minutes);
}

void QueueView::setBusinessHours(bool on)
{
    m_businessHours->setChecked(on);
}

void QueueView::addHoliday(const QDate &date)
{
    for (int row = 0; row < m_holidays->count(); ++row)
        if (m_holidays->item(row)->data(Qt::UserRole).toDate() == date)
            return;
    auto *item = new QListWidgetItem(QLocale().toString(date, QLocale::LongFormat), m_holidays);
    item->setData(Qt::UserRole, date);
}

void QueueView::save()
{
    const Triage::SlaPolicy sla = slaPolicy();
    // The same checks as a file or the server: a bad time zone or closing before opening is named.
    if (auto checked = Triage::SlaPolicy::fromJson(sla.toJson()); !checked) {
        m_status->setText(checked.error().detail);
        return;
    }
    m_status->setText(tr("Saving…"));
    Q_EMIT settingsSaveRequested(sla, routingPolicy());
}

void QueueView::handleSaved(const QString &message)
{
    m_status->setText(message);
}

void QueueView::reassignSelected(const QString &agent)
{
    const int row = m_waiting->currentRow();
    if (row < 0 || row >= m_waitingIds.size())
        return;
    Q_EMIT reassignRequested(m_waitingIds[row], agent);
}

} // namespace CareDesk::Gui
