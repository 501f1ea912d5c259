#include "TeamPresence.h"

#include "ui/composer/Composer.h"
#include "ui/conversation/ConversationView.h"

#include "Clock.h"

#include <QPlainTextEdit>
#include <QTimer>

namespace CareDesk::Gui {

namespace {

constexpr int PRESENCE_TICK_MS = 1000;
constexpr qint64 VIEWING_REPEAT_SECS = 10;
constexpr qint64 VIEWING_EXPIRES_SECS = 25;
constexpr qint64 TYPING_REPEAT_SECS = 3;
constexpr qint64 TYPING_EXPIRES_SECS = 6;

} // namespace

TeamPresence::TeamPresence(const Core::Clock &clock, ConversationView *view, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_view(view)
{
    auto *timer = new QTimer(this);
    timer->setInterval(PRESENCE_TICK_MS);
    connect(timer, &QTimer::timeout, this, &TeamPresence::refresh);
    timer->start();
    connect(view->composer()->editor(), &QPlainTextEdit::textChanged, this,
            &TeamPresence::handleTyping);
}

void TeamPresence::handleTyping()
{
    const qint64 id = m_view->conversationId();
    const QDateTime now = m_clock.now();
    if (id == 0 || m_view->composer()->editor()->toPlainText().isEmpty())
        return;
    if (!m_typingAnnouncedAt.isValid() || m_typingAnnouncedAt.secsTo(now) >= TYPING_REPEAT_SECS) {
        m_typingAnnouncedAt = now;
        Q_EMIT activityAnnounced(id, QStringLiteral("typing"));
    }
}

void TeamPresence::handleTeammateActivity(qint64 conversationId, const QString &name,
                                          const QString &what)
{
    if (name == m_agentName)
        return; // this agent on another desk
    m_teammates[conversationId][name] = {what, m_clock.now()};
    refresh();
}

void TeamPresence::refresh()
{
    const QDateTime now = m_clock.now();
    const qint64 shown = m_view->conversationId();
    // Keeps saying that this agent is here while they are.
    if (shown != 0 && (shown != m_announcedConversation || !m_viewingAnnouncedAt.isValid() ||
                       m_viewingAnnouncedAt.secsTo(now) >= VIEWING_REPEAT_SECS)) {
        m_announcedConversation = shown;
        m_viewingAnnouncedAt = now;
        Q_EMIT activityAnnounced(shown, QStringLiteral("viewing"));
    }
    QStringList viewing;
    QStringList typing;
    for (auto conversation = m_teammates.begin(); conversation != m_teammates.end();) {
        for (auto teammate = conversation->begin(); teammate != conversation->end();) {
            const qint64 age = teammate->at.secsTo(now);
            const bool typingNow = teammate->what == u"typing" && age < TYPING_EXPIRES_SECS;
            if (age >= VIEWING_EXPIRES_SECS) {
                teammate = conversation->erase(teammate);
                continue;
            }
            if (conversation.key() == shown)
                (typingNow ? typing : viewing).append(teammate.key());
            ++teammate;
        }
        conversation =
            conversation->isEmpty() ? m_teammates.erase(conversation) : std::next(conversation);
    }
    viewing.sort();
    typing.sort();
    m_view->setPresence(viewing, typing);
}

} // namespace CareDesk::Gui
