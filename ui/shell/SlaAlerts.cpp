#include "SlaAlerts.h"

#include "ui/common/Presentation.h"
#include "ui/inbox/InboxModel.h"
#include "ui/shell/Notifier.h"

#include "Clock.h"

#include <QTimer>

namespace CareDesk::Gui {

namespace {

constexpr int SLA_CHECK_INTERVAL_MS = 60 * 1000;

} // namespace

SlaAlerts::SlaAlerts(const Core::Clock &clock, const InboxModel &inbox, Notifier &notifier,
                     QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_inbox(inbox)
    , m_notifier(notifier)
{
    auto *timer = new QTimer(this);
    timer->setInterval(SLA_CHECK_INTERVAL_MS);
    connect(timer, &QTimer::timeout, this, &SlaAlerts::check);
    timer->start();
}

void SlaAlerts::check()
{
    const QDateTime now = m_clock.now();
    QStringList due;
    if (m_inbox.rowCount() == 0)
        return;
    for (int row = 0; row < m_inbox.rowCount(); ++row) {
        const Core::InboxRow *inboxRow = m_inbox.rowAt(row);
        if (!inboxRow || inboxRow->unaddressedCount == 0 ||
            m_warned.contains(inboxRow->conversationId))
            continue;
        if (!inboxRow->assignee.isEmpty() && inboxRow->assignee != m_agentName)
            continue;
        if (slaState(inboxRow->slaDue, now) == SlaState::Comfortable)
            continue;
        m_warned.insert(inboxRow->conversationId);
        due.append(inboxRow->customerName);
    }
    const bool baseline = !m_baselineTaken;
    m_baselineTaken = true;
    if (!due.isEmpty() && !baseline)
        m_notifier.notify(tr("Replies due"),
                          tr("Due soon or overdue: %1").arg(due.mid(0, 5).join(u", ")));
}

} // namespace CareDesk::Gui
