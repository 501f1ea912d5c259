#include "OutboxStatus.h"

#include "Clock.h"
#include "ui/common/Presentation.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

#include <cmath>

namespace CareDesk::Gui {

OutboxStatus::OutboxStatus(const Core::Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("outboxStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("pendingReply"));
    m_undo = new QPushButton(tr("Undo"), this);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setToolTip(tr("Take the reply back before it goes"));
    m_queue = new QLabel(this);
    m_queue->setObjectName(QStringLiteral("outboxQueue"));
    m_queue->setTextFormat(Qt::PlainText);
    m_retry = new QPushButton(tr("Retry"), this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_channels = new QPushButton(this);
    m_channels->setObjectName(QStringLiteral("channelHealthButton"));
    m_channels->setFlat(true);
    m_channels->setToolTip(tr("Channel health: open Settings › Channels"));
    layout->addWidget(m_pending);
    layout->addWidget(m_undo);
    layout->addSpacing(12);
    layout->addWidget(m_queue);
    layout->addWidget(m_retry);
    layout->addSpacing(12);
    layout->addWidget(m_channels);

    m_countdown = new QTimer(this);
    m_countdown->setInterval(250);
    connect(m_countdown, &QTimer::timeout, this, &OutboxStatus::tick);
    connect(m_undo, &QPushButton::clicked, this, &OutboxStatus::undoLatest);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (!m_firstFailed.isEmpty())
            Q_EMIT retryRequested(m_firstFailed);
    });
    connect(m_channels, &QPushButton::clicked, this, &OutboxStatus::channelsClicked);
    tick();
    handleOutbox({});
}

void OutboxStatus::handleQueued(qint64, const QStringList &clientIds, const QDateTime &holdUntil)
{
    m_undoable = clientIds;
    m_holdUntil = holdUntil;
    m_countdown->start();
    tick();
}

void OutboxStatus::handleUndone(const QStringList &clientIds)
{
    for (const QString &clientId : clientIds)
        m_undoable.removeAll(clientId);
    tick();
}

bool OutboxStatus::canUndo() const
{
    return !m_undoable.isEmpty() && m_clock.now() < m_holdUntil;
}

bool OutboxStatus::undoLatest()
{
    if (!canUndo())
        return false;
    Q_EMIT undoRequested(m_undoable);
    m_undoable.clear();
    tick();
    return true;
}

void OutboxStatus::tick()
{
    if (!canUndo()) {
        m_undoable.clear();
        m_countdown->stop();
        m_pending->hide();
        m_undo->hide();
        return;
    }
    const int seconds = static_cast<int>(std::ceil(m_clock.now().msecsTo(m_holdUntil) / 1000.0));
    m_pending->setText(m_undoable.size() > 1 ? tr("Sending both in %1 s").arg(seconds)
                                             : tr("Sending in %1 s").arg(seconds));
    m_pending->show();
    m_undo->show();
}

void OutboxStatus::handleOutbox(const QList<Core::OutgoingReply> &unsent)
{
    int waiting = 0;
    int failed = 0;
    QStringList problems;
    m_firstFailed.clear();
    for (const Core::OutgoingReply &reply : unsent) {
        if (m_undoable.contains(reply.clientId))
            continue; // shown with its Undo
        if (reply.state == u"failed") {
            ++failed;
            if (m_firstFailed.isEmpty())
                m_firstFailed = reply.clientId;
            problems.append(reply.lastError);
        } else {
            ++waiting;
            if (!reply.lastError.isEmpty())
                problems.append(reply.lastError);
        }
    }
    if (waiting == 0 && failed == 0)
        m_queue->setText(tr("Outbox empty"));
    else if (failed == 0)
        m_queue->setText(tr("%n reply(s) waiting to send", nullptr, waiting));
    else
        m_queue->setText(tr("%n reply(s) failed", nullptr, failed) +
                         (waiting > 0 ? tr(" · %n waiting", nullptr, waiting) : QString()));
    m_queue->setToolTip(problems.join(QLatin1Char('\n')));
    QPalette queuePalette = m_queue->palette();
    queuePalette.setColor(QPalette::WindowText, failed > 0 ? slaColor(SlaState::Breached)
                                                           : palette().color(QPalette::WindowText));
    m_queue->setPalette(queuePalette);
    m_retry->setVisible(failed > 0);
}

void OutboxStatus::handleChannels(const QList<Core::ChannelSummary> &channels)
{
    QStringList troubled;
    int live = 0;
    for (const Core::ChannelSummary &channel : channels) {
        if (!channel.polled)
            continue;
        ++live;
        if (channel.health != u"ok")
            troubled.append(channel.name);
    }
    if (live == 0)
        m_channels->setText(tr("No live channels"));
    else if (troubled.isEmpty())
        m_channels->setText(tr("%n channel(s) OK", nullptr, live));
    else
        m_channels->setText(tr("Needs attention: %1").arg(troubled.join(u", ")));
}

} // namespace CareDesk::Gui
