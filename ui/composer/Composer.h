// Composer: where the agent writes a reply, with canned responses, hand-off and checks.
// May use: ui/common, caredesk_core's model, compose and triage types, Qt Widgets.
#pragma once

#include "compose/DraftCheck.h"
#include "model/CannedResponse.h"
#include "model/Inbox.h"

#include <QLocale>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace CareDesk::Gui {

class ReplyTranslationBar;
class SpellHighlighter;

// Where the agent writes. Whether the reply is public or private is always on screen; the
// checks (length as the platform counts it, personal data in public, language, canned text
// sent unchanged) run as the agent types; canned responses come in with their variables
// filled; the draft is kept per conversation.
class Composer final : public QWidget
{
    Q_OBJECT

public:
    explicit Composer(QWidget *parent = nullptr);

    // Shows the conversation's draft. The same conversation again (a refresh) keeps what is
    // being typed.
    void setConversation(const Core::ConversationDetail &detail);
    void clear();
    void setCannedResponses(const QList<Core::CannedResponse> &responses);
    void setAgentName(const QString &name);
    // This computer's locale, whose country phone numbers are read as after the channel's
    // (QLocale::system() unless set).
    void setSystemLocale(const QLocale &locale);
    // The team's own kinds of personal data (order numbers, member ids), checked with the
    // built-in ones.
    void setPersonalDataPatterns(const QList<Triage::PiiPattern> &patterns);
    // The team dictionary beside the workspace: its words are never underlined, and
    // "Add to team dictionary" writes to it.
    void setTeamDictionary(const QString &path);
    SpellHighlighter *spelling() const { return m_spelling; }
    // The languages the agent reads, their own first: a customer writing in another one gets
    // "Translate to ..." under the reply.
    void setAgentLanguages(const QStringList &languages);
    const QStringList &agentLanguages() const { return m_agentLanguages; }
    ReplyTranslationBar *translation() const { return m_translation; }
    // The answer to replyTranslationRequested: the translation goes into the reply.
    void showReplyTranslation(quint64 requestId, const Core::ReplyTranslation &translation);

    Core::Visibility visibility() const { return m_visibility; }
    void setVisibility(Core::Visibility visibility);
    QPlainTextEdit *editor() const { return m_editor; }
    const Compose::DraftReview &review() const { return m_review; }
    // Puts a reply that was taken back into the composer again.
    void restore(qint64 conversationId, const QString &text, Core::Visibility visibility);

    // Opens the canned response picker; `search` pre-fills it.
    void openCannedPicker(const QString &search = QString());
    // Inserts a response at the cursor in the customer's language, variables filled; asks the
    // agent for the ones only they can know. False when the agent cancelled.
    bool insertCanned(const Core::CannedResponse &response);
    void send();
    // Opens the hand-off: a public acknowledgement and the private opener, sent together.
    void openHandOff();
    // Saves the draft now (before the conversation changes or the app closes).
    void flushDraft();

    // The variables CareDesk fills itself, for this conversation and agent.
    QHash<QString, QString> knownVariables() const;

Q_SIGNALS:
    void replyRequested(qint64 conversationId, const CareDesk::Core::ReplyText &reply);
    void handOffRequested(qint64 conversationId, const CareDesk::Core::ReplyText &publicPart,
                          const CareDesk::Core::ReplyText &privatePart);
    void draftChanged(qint64 conversationId, const CareDesk::Core::Draft &draft);
    void replyTranslationRequested(quint64 requestId, qint64 conversationId, const QString &text,
                                   const QString &from, const QString &to, const QString &agent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildTargetBar(QVBoxLayout *layout);
    void buildFindings(QVBoxLayout *layout);
    void buildTranslation(QVBoxLayout *layout);
    void buildButtonBar(QVBoxLayout *layout);
    void runChecks();
    // The channel's sign-off for this agent ("^AG"), empty when its replies are not signed.
    QString signOff() const;
    QString outgoing(const QString &text, Core::Visibility visibility) const;
    void updateKnownWords();
    void showReview();
    void scheduleDraftSave();
    Compose::DraftContext context(Core::Visibility visibility) const;
    const Core::CannedResponse *cannedByShortcut(const QString &shortcut) const;
    QString cannedText(const QString &shortcut) const;

    Compose::DraftChecker m_checker;
    Compose::DraftReview m_review;
    qint64 m_conversationId = 0;
    Core::ConversationDetail m_detail;
    QString m_agentName;
    QString m_systemRegion;
    Core::Visibility m_visibility = Core::Visibility::Public;
    QList<Core::CannedUse> m_insertedCanned;
    QList<Core::CannedResponse> m_canned;
    bool m_draftDirty = false;

    QLabel *m_target = nullptr;
    QToolButton *m_publicButton = nullptr;
    QToolButton *m_privateButton = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    SpellHighlighter *m_spelling = nullptr;
    ReplyTranslationBar *m_translation = nullptr;
    QStringList m_agentLanguages{QStringLiteral("en")};
    QStringList m_teamWords; // the team dictionary's, read when it is set
    QLabel *m_counter = nullptr;
    QLabel *m_signOffLabel = nullptr;
    QLabel *m_blocking = nullptr;
    QLabel *m_warnings = nullptr;
    QPushButton *m_moveToPrivate = nullptr;
    QPushButton *m_cannedButton = nullptr;
    QPushButton *m_handOffButton = nullptr;
    QPushButton *m_sendButton = nullptr;
    QTimer *m_draftTimer = nullptr;
};

} // namespace CareDesk::Gui
