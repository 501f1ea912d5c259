// Conversation: one conversation on screen, its time line and actions, and its customer.
// May use: ui/common, ui/composer, caredesk_core's model types, Qt Widgets.
#pragma once

#include "escalations/EscalationRules.h"
#include "model/Inbox.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;
class QUrl;

namespace CareDesk::Triage {
struct PiiPattern;
}

namespace CareDesk::Gui {

class Composer;
class SharePraiseBar;

// One conversation: who holds it and the actions on it, the timeline (public messages and
// private messages of the same case, marked as such, with internal notes in line), and the
// composer. Customer text is inserted as plain text only; nothing they write is ever parsed
// as markup.
class ConversationView final : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationView(QWidget *parent = nullptr);

    void showConversation(const Core::ConversationDetail &detail);
    void clear();
    qint64 conversationId() const { return m_conversationId; }
    const Core::ConversationDetail &detail() const { return m_detail; }
    Composer *composer() const { return m_composer; }
    // The agent on this desk, to tell "mine" from someone else's.
    void setAgentName(const QString &name);
    // The team's own kinds of personal data, for the composer's checks.
    void setPersonalDataPatterns(const QList<Triage::PiiPattern> &patterns);
    void setTeamDictionary(const QString &path);
    // Teammates looking at or typing in this conversation (team mode).
    void setPresence(const QStringList &viewing, const QStringList &typing);

    // Shows or hides the machine translations under the messages (the originals always show).
    void toggleTranslations();
    bool translationsShown() const { return m_translationsShown; }

    // The timeline as plain text, as a screen reader or a test reads it.
    QString timelineText() const;

    // The actions, also on the menu and keyboard.
    void claimOrRelease();
    void transfer();
    void resolveOrReopen();
    void addNote();
    // Escalate… with the team's reasons and targets (setEscalationSettings).
    void escalate();
    void setEscalationSettings(const Escalations::EscalationSettings &settings);
    // Every message from the customer still open becomes answered (dealt with elsewhere).
    void markAllAnswered();

Q_SIGNALS:
    void assignRequested(qint64 conversationId, const QString &assignee);
    void statusRequested(qint64 conversationId, CareDesk::Core::ConversationStatus status);
    void addressedRequested(qint64 conversationId, qint64 messageId,
                            CareDesk::Core::Addressed addressed);
    void noteRequested(qint64 conversationId, const QString &text);
    void escalationRequested(qint64 conversationId, const QString &target, const QString &reason,
                             const QString &note);
    // Share the customer's praise ("repost", "quote" with `text`, "like").
    void shareRequested(qint64 conversationId, const QString &action, const QString &text);
    // The agent asked for a failed translation again.
    void translationRetryRequested(qint64 conversationId, qint64 messageId);

private:
    void renderTimeline();
    void handleLink(const QUrl &url);
    void updateActions();
    void showSurvey();
    void showEscalation();
    QString handoffState() const;

    Core::ConversationDetail m_detail;
    QString m_agentName;
    bool m_translationsShown = true;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_priority = nullptr;
    QLabel *m_survey = nullptr;
    QLabel *m_escalation = nullptr;
    SharePraiseBar *m_sharePraise = nullptr;
    Escalations::EscalationSettings m_escalationSettings =
        Escalations::EscalationSettings::defaults();
    QLabel *m_owner = nullptr;
    QLabel *m_handoff = nullptr;
    QLabel *m_presence = nullptr;
    QPushButton *m_claimButton = nullptr;
    QPushButton *m_transferButton = nullptr;
    QPushButton *m_resolveButton = nullptr;
    QPushButton *m_noteButton = nullptr;
    QTextBrowser *m_timeline = nullptr;
    Composer *m_composer = nullptr;
    qint64 m_conversationId = 0;
};

} // namespace CareDesk::Gui
