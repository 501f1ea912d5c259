#pragma once

#include "model/Inbox.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace CareDesk::Core {
class Clock;
}

namespace CareDesk::Gui {

// Always on screen, in the status bar: the reply that can still be taken back (with Undo and
// its countdown), what waits or failed in the outbox (with Retry), and how the channels are.
class OutboxStatus final : public QWidget
{
    Q_OBJECT

public:
    explicit OutboxStatus(const Core::Clock &clock, QWidget *parent = nullptr);

    void handleQueued(qint64 conversationId, const QStringList &clientIds,
                      const QDateTime &holdUntil);
    void handleUndone(const QStringList &clientIds);
    void handleOutbox(const QList<Core::OutgoingReply> &unsent);
    void handleChannels(const QList<Core::ChannelSummary> &channels);
    // Undoes the latest reply still in its window; false when there is none.
    bool undoLatest();
    bool canUndo() const;

Q_SIGNALS:
    void undoRequested(const QStringList &clientIds);
    void retryRequested(const QString &clientId);
    void channelsClicked();

private:
    void tick();

    const Core::Clock &m_clock;
    QStringList m_undoable;
    QDateTime m_holdUntil;
    QString m_firstFailed;
    QLabel *m_pending = nullptr;
    QPushButton *m_undo = nullptr;
    QLabel *m_queue = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_channels = nullptr;
    QTimer *m_countdown = nullptr;
};

} // namespace CareDesk::Gui
