#pragma once

#include "Result.h"
#include "model/Inbox.h"
#include "surveys/SurveyAnswer.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace CareDesk::Storage {

// What deciding on a survey needs to know about a resolved conversation.
struct SurveyCandidate
{
    qint64 conversationId = 0;
    QString pluginId; // its channel's connector: "sandbox" is a practice inbox
    QString platform;
    QString channelSettings; // the channel's settings (JSON)
    QString language;
    QString category;
    QString customerName;
    bool surveyed = false;       // this conversation was surveyed already
    QDateTime customerLastAsked; // the customer's latest survey; invalid: never
};

// A survey the outbox sent whose answer has not come yet.
struct WaitingSurvey
{
    qint64 id = 0;
    qint64 conversationId = 0;
    Surveys::SurveyKind kind = Surveys::SurveyKind::Csat;
    QDateTime askedAt; // when the outbox sent it
};

// The customer's first private message after a survey.
struct SurveyReply
{
    qint64 messageId = 0;
    qint64 conversationId = 0;
    QString text;
};

// The surveys of a workspace (table surveys): who was asked, and what they answered. SQL only;
// the rules are the survey desk's.
class SurveyStore final
{
public:
    explicit SurveyStore(QSqlDatabase db);

    Core::Result<SurveyCandidate> candidate(qint64 conversationId);
    // Records the question queued in the outbox as `clientId`; false when the conversation
    // has a survey already.
    Core::Result<bool> recordQueued(qint64 conversationId, Surveys::SurveyKind kind,
                                    const QString &agent, const QString &category,
                                    const QString &clientId, const QDateTime &now);
    // Surveys sent since `since` and not answered yet.
    Core::Result<QList<WaitingSurvey>> waiting(const QDateTime &since);
    Core::Result<std::optional<SurveyReply>> firstReplyTo(const WaitingSurvey &survey);
    // The reply read: with a score it is the answer (the message needs no reply, and the
    // conversation goes back to resolved unless it holds other open messages, or to a
    // follow-up for a detractor); without one it closes the survey unanswered.
    Core::Result<void> recordReply(const WaitingSurvey &survey, const SurveyReply &reply,
                                   const std::optional<Surveys::SurveyAnswer> &answer,
                                   bool detractor, const QDateTime &now);
    // The conversation is resolved again: whoever did it followed the detractor up.
    Core::Result<bool> closeFollowUp(qint64 conversationId, const QString &agent);
    // The conversation's survey, for the conversation view; nullopt: none was sent.
    Core::Result<std::optional<Core::SurveyRecord>> surveyOf(qint64 conversationId);

private:
    QSqlDatabase m_db;
};

} // namespace CareDesk::Storage
