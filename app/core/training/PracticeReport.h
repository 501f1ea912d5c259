#pragma once

#include "Result.h"
#include "model/Inbox.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CareDesk::Training {

// How one practice conversation went.
struct ConversationScore
{
    qint64 conversationId = 0;
    QString customer;
    QString language; // the conversation's, "und" when unknown
    Core::ConversationStatus status = Core::ConversationStatus::New;
    int inbound = 0;
    int open = 0; // inbound messages nobody addressed
    std::optional<qint64>
        firstResponseSecs; // from the customer's first message; none: never answered
    int replies = 0;
    int publicReplies = 0;
    int privateReplies = 0;
    int privateMessagesAnsweredInPublic = 0;
    int piiLeaks = 0;        // public replies showing personal data
    int languageChecked = 0; // replies whose language and the conversation's are both known
    int languageMatched = 0;
};

struct OpenMessage
{
    qint64 conversationId = 0;
    qint64 messageId = 0;
    QString customer;
    QDateTime at;
    QString text;
};

struct PiiLeak
{
    qint64 conversationId = 0;
    qint64 messageId = 0;
    QDateTime at;
    QStringList kinds; // "email", "phone", ...
};

struct LanguageMismatch
{
    qint64 conversationId = 0;
    qint64 messageId = 0;
    QString expected;
    QString detected;
};

struct CannedUseScore
{
    QString title;
    qint64 conversationId = 0;
    double editRatio = 0; // 0: sent as inserted; 1: rewritten
};

struct ExpectationScore
{
    QString id;
    QString afterEventId;
    QString expect; // as in the scenario: dm, public-reply, any-reply, resolved
    QString text;   // the trainer's words
    bool met = false;
    QString detail; // what happened, in words
};

// A trainee's practice run, read from their practice workspace: response times, messages left
// open, public or private, personal data shown in public, replies in the customer's language,
// canned responses sent as they were or adapted, and the scenario's own expectations.
struct PracticeReport
{
    QString trainee;
    QString workspace;
    QString scenarioId;
    QString scenarioTitle;
    QList<ConversationScore> conversations;

    int inboundMessages = 0;
    int addressedMessages = 0;
    QList<OpenMessage> openMessages;

    int answeredConversations = 0;
    int unansweredConversations = 0;
    std::optional<qint64> medianFirstResponseSecs;
    std::optional<qint64> worstFirstResponseSecs;

    int replies = 0;
    int publicReplies = 0;
    int privateReplies = 0;
    int privateMessagesAnsweredInPublic = 0;
    QList<PiiLeak> piiLeaks;

    int languageChecked = 0;
    int languageMatched = 0;
    QList<LanguageMismatch> languageMismatches;

    bool cannedRecorded = false; // false: this workspace keeps no record of canned responses
    QList<CannedUseScore> cannedUses;

    QList<ExpectationScore> expectations;

    int cannedUnchanged() const;
    int expectationsMet() const;

    QJsonObject toJson() const;
    // The figures a trainer compares trainees by: one row of the class comparison.
    QJsonObject headline() const;

    // The report of the practice workspace in `directory` (a class's trainees are in
    // PracticeClass::load(...).trainees).
    static Core::Result<PracticeReport> forWorkspace(const QString &directory);
};

} // namespace CareDesk::Training
