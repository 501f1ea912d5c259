#include "PracticeReport.h"

#include "scenario/Scenario.h"
#include "storage/Database.h"
#include "storage/WorkspaceStore.h"
#include "training/PracticeWorkspace.h"
#include "triage/LanguageDetector.h"
#include "triage/PiiScanner.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace CareDesk::Training {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Training::PracticeReport)
};

constexpr int PAGE = 500;
constexpr qsizetype EXCERPT_CHARS = 120;

QJsonValue secsOrNull(const std::optional<qint64> &secs)
{
    return secs ? QJsonValue(*secs) : QJsonValue(QJsonValue::Null);
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString excerpt(const QString &text)
{
    const QString line = text.trimmed().section(QLatin1Char('\n'), 0, 0);
    return line.size() > EXCERPT_CHARS ? line.left(EXCERPT_CHARS - 1) + QChar(0x2026) : line;
}

bool saysOneOf(const QString &text, const QStringList &words)
{
    return words.isEmpty() || std::any_of(words.cbegin(), words.cend(), [&](const QString &word) {
               return text.contains(word, Qt::CaseInsensitive);
           });
}

// Whether the trainee did what the trainer expected about the customer's message `after`.
ExpectationScore judge(const Expectation &expectation, const Core::ConversationDetail *conversation,
                       const Core::MessageRecord *after)
{
    ExpectationScore score{expectation.id,
                           expectation.afterEventId,
                           toString(expectation.outcome),
                           expectation.text,
                           false,
                           {}};
    if (!conversation || !after) {
        score.detail = Tr::tr("The customer's message never came in this run.");
        return score;
    }
    if (expectation.outcome == Expectation::Outcome::Resolved) {
        if (conversation->status != Core::ConversationStatus::Resolved) {
            score.detail = Tr::tr("The conversation was not resolved.");
            return score;
        }
        const qint64 secs = after->createdAt.secsTo(conversation->resolvedAt);
        score.met = expectation.withinSecs <= 0 || secs <= expectation.withinSecs;
        score.detail = score.met
                           ? Tr::tr("Resolved %1 s after the customer's message.").arg(secs)
                           : Tr::tr("Resolved %1 s after the customer's message, later than %2 s.")
                                 .arg(secs)
                                 .arg(expectation.withinSecs);
        return score;
    }
    QList<const Core::MessageRecord *> replies;
    for (const Core::MessageRecord &message : conversation->messages) {
        if (message.direction == Core::Direction::Outbound && message.createdAt >= after->createdAt)
            replies.append(&message);
    }
    if (replies.isEmpty()) {
        score.detail = Tr::tr("No reply after the customer's message.");
        return score;
    }
    const auto keep = [&](const std::function<bool(const Core::MessageRecord *)> &fits) {
        replies.erase(
            std::remove_if(replies.begin(), replies.end(),
                           [&](const Core::MessageRecord *reply) { return !fits(reply); }),
            replies.end());
        return !replies.isEmpty();
    };
    if (expectation.outcome != Expectation::Outcome::AnyReply &&
        !keep([&](const Core::MessageRecord *reply) {
            return (reply->visibility == Core::Visibility::Private) ==
                   (expectation.outcome == Expectation::Outcome::DirectMessage);
        })) {
        score.detail = expectation.outcome == Expectation::Outcome::DirectMessage
                           ? Tr::tr("No private reply.")
                           : Tr::tr("No public reply.");
        return score;
    }
    const qint64 firstSecs = after->createdAt.secsTo(replies.first()->createdAt);
    if (expectation.withinSecs > 0 && !keep([&](const Core::MessageRecord *reply) {
            return after->createdAt.secsTo(reply->createdAt) <= expectation.withinSecs;
        })) {
        score.detail = Tr::tr("No such reply within %1 s; the first came after %2 s.")
                           .arg(expectation.withinSecs)
                           .arg(firstSecs);
        return score;
    }
    if (!keep([&](const Core::MessageRecord *reply) {
            return saysOneOf(reply->text, expectation.keywords);
        })) {
        score.detail = Tr::tr("No such reply says any of: %1.")
                           .arg(expectation.keywords.join(QStringLiteral(", ")));
        return score;
    }
    score.met = true;
    score.detail = Tr::tr("Answered %1 s after the customer's message.")
                       .arg(after->createdAt.secsTo(replies.first()->createdAt));
    return score;
}

// Reads the canned responses the trainee sent; false when the workspace keeps no such record
// (made by a CareDesk from before canned responses were recorded).
Core::Result<bool> readCannedUses(QSqlDatabase db, QList<CannedUseScore> &uses)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'canned_uses'")) ||
        !query.next())
        return Core::Error{Tr::tr("The practice workspace could not be read."),
                           query.lastError().text()};
    if (query.value(0).toInt() == 0)
        return false;
    if (!query.exec(QStringLiteral("SELECT title, COALESCE(conversation_id, 0), edit_ratio FROM "
                                   "canned_uses ORDER BY at, id")))
        return Core::Error{Tr::tr("The practice workspace could not be read."),
                           query.lastError().text()};
    while (query.next())
        uses.append(
            {query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toDouble()});
    return true;
}

Core::Result<Scenario> readScenario(const QString &path)
{
    QFile scenarioFile(path);
    if (!scenarioFile.open(QIODevice::ReadOnly))
        return Core::Error{
            Tr::tr("The practice scenario %1 could not be read.").arg(scenarioFile.fileName()),
            scenarioFile.errorString()};
    QStringList problems;
    auto scenario = Scenario::parse(scenarioFile.readAll(), problems);
    if (!scenario)
        return Core::Error{
            Tr::tr("The practice scenario %1 has problems.").arg(scenarioFile.fileName()),
            problems.join(QStringLiteral("; "))};
    return std::move(*scenario);
}

Core::Result<QList<Core::ConversationDetail>> allConversations(const QSqlDatabase &db)
{
    Storage::WorkspaceStore store(db);
    QList<Core::ConversationDetail> conversations;
    for (qint64 after = 0;;) {
        auto ids = store.conversationIdsAfter(after, PAGE);
        if (!ids)
            return ids.error();
        if (ids.value().isEmpty())
            break;
        for (const qint64 id : ids.value()) {
            auto detail = store.conversation(id);
            if (!detail)
                return detail.error();
            conversations.append(std::move(detail).value());
        }
        after = ids.value().constLast();
    }
    return conversations;
}

// The checks run on every reply the trainee sent.
struct ReplyChecks
{
    Triage::PiiScanner pii;
    Triage::LanguageDetector detector;
};

// The customer's messages by their platform id, with their conversation.
using InboundByPlatformId =
    QHash<QString, std::pair<const Core::ConversationDetail *, const Core::MessageRecord *>>;

// A public reply showing personal data, and a reply not in the conversation's language, are
// listed in the report too.
void scoreReply(const Core::ConversationDetail &conversation, const Core::MessageRecord &message,
                bool privateWaiting, const QString &region, const ReplyChecks &checks,
                ConversationScore &score, PracticeReport &report)
{
    if (message.visibility == Core::Visibility::Private) {
        ++score.privateReplies;
    } else {
        ++score.publicReplies;
        if (privateWaiting)
            ++score.privateMessagesAnsweredInPublic;
        QStringList kinds;
        for (const Triage::PiiFinding &finding : checks.pii.scan(message.text, region)) {
            if (!kinds.contains(finding.kind))
                kinds.append(finding.kind);
        }
        if (!kinds.isEmpty()) {
            ++score.piiLeaks;
            report.piiLeaks.append(
                {conversation.conversationId, message.id, message.createdAt, kinds});
        }
    }
    // Only a language the reply makes clear counts: a guess from a few words proves nothing.
    const Triage::LanguageResult reply = checks.detector.detect(message.text, QString(), QString());
    const QString detected = reply.code;
    if (score.language != u"und" && reply.reliable) {
        ++score.languageChecked;
        if (detected == score.language)
            ++score.languageMatched;
        else
            report.languageMismatches.append(
                {conversation.conversationId, message.id, score.language, detected});
    }
}

// One conversation's score; its open messages go into the report, its customer messages into
// `byPlatformId`.
ConversationScore scoreConversation(const Core::ConversationDetail &conversation,
                                    const ReplyChecks &checks, PracticeReport &report,
                                    InboundByPlatformId &byPlatformId)
{
    ConversationScore score;
    score.conversationId = conversation.conversationId;
    score.customer = conversation.customer.displayName;
    score.language =
        conversation.language.isEmpty() ? QStringLiteral("und") : conversation.language;
    score.status = conversation.status;
    const QString region = Triage::PiiScanner::regionFromLocale(conversation.customer.locale);
    QDateTime firstInbound;
    bool privateWaiting = false; // the customer's latest unanswered message was private
    for (const Core::MessageRecord &message : conversation.messages) {
        if (message.direction == Core::Direction::Inbound) {
            byPlatformId.insert(message.platformId, {&conversation, &message});
            ++score.inbound;
            if (!firstInbound.isValid() || message.createdAt < firstInbound)
                firstInbound = message.createdAt;
            if (message.addressed == Core::Addressed::Open) {
                ++score.open;
                report.openMessages.append({conversation.conversationId, message.id, score.customer,
                                            message.createdAt, excerpt(message.text)});
            }
            privateWaiting = message.visibility == Core::Visibility::Private;
            continue;
        }
        ++score.replies;
        if (!score.firstResponseSecs && firstInbound.isValid() && message.createdAt >= firstInbound)
            score.firstResponseSecs = firstInbound.secsTo(message.createdAt);
        scoreReply(conversation, message, privateWaiting, region, checks, score, report);
        privateWaiting = false;
    }
    return score;
}

void addToTotals(const ConversationScore &score, PracticeReport &report)
{
    report.inboundMessages += score.inbound;
    report.addressedMessages += score.inbound - score.open;
    report.replies += score.replies;
    report.publicReplies += score.publicReplies;
    report.privateReplies += score.privateReplies;
    report.privateMessagesAnsweredInPublic += score.privateMessagesAnsweredInPublic;
    report.languageChecked += score.languageChecked;
    report.languageMatched += score.languageMatched;
}

void setResponseTimes(QList<qint64> firstResponses, PracticeReport &report)
{
    report.answeredConversations = static_cast<int>(firstResponses.size());
    if (firstResponses.isEmpty())
        return;
    std::sort(firstResponses.begin(), firstResponses.end());
    const qsizetype middle = firstResponses.size() / 2;
    report.medianFirstResponseSecs =
        firstResponses.size() % 2 == 1
            ? firstResponses.at(middle)
            : (firstResponses.at(middle - 1) + firstResponses.at(middle)) / 2;
    report.worstFirstResponseSecs = firstResponses.constLast();
}

QJsonArray openMessagesJson(const QList<OpenMessage> &openMessages)
{
    QJsonArray open;
    for (const OpenMessage &message : openMessages)
        open.append(QJsonObject{{QStringLiteral("conversationId"), message.conversationId},
                                {QStringLiteral("messageId"), message.messageId},
                                {QStringLiteral("customer"), message.customer},
                                {QStringLiteral("at"), isoTime(message.at)},
                                {QStringLiteral("text"), message.text}});
    return open;
}

QJsonArray piiLeaksJson(const QList<PiiLeak> &piiLeaks)
{
    QJsonArray leaks;
    for (const PiiLeak &leak : piiLeaks)
        leaks.append(
            QJsonObject{{QStringLiteral("conversationId"), leak.conversationId},
                        {QStringLiteral("messageId"), leak.messageId},
                        {QStringLiteral("at"), isoTime(leak.at)},
                        {QStringLiteral("kinds"), QJsonArray::fromStringList(leak.kinds)}});
    return leaks;
}

QJsonArray mismatchesJson(const QList<LanguageMismatch> &languageMismatches)
{
    QJsonArray mismatches;
    for (const LanguageMismatch &mismatch : languageMismatches)
        mismatches.append(QJsonObject{{QStringLiteral("conversationId"), mismatch.conversationId},
                                      {QStringLiteral("messageId"), mismatch.messageId},
                                      {QStringLiteral("expected"), mismatch.expected},
                                      {QStringLiteral("detected"), mismatch.detected}});
    return mismatches;
}

QJsonArray expectationsJson(const QList<ExpectationScore> &expectations)
{
    QJsonArray expectationArray;
    for (const ExpectationScore &score : expectations)
        expectationArray.append(QJsonObject{{QStringLiteral("id"), score.id},
                                            {QStringLiteral("after"), score.afterEventId},
                                            {QStringLiteral("expect"), score.expect},
                                            {QStringLiteral("text"), score.text},
                                            {QStringLiteral("met"), score.met},
                                            {QStringLiteral("detail"), score.detail}});
    return expectationArray;
}

QJsonArray conversationsJson(const QList<ConversationScore> &conversations)
{
    QJsonArray conversationArray;
    for (const ConversationScore &score : conversations)
        conversationArray.append(
            QJsonObject{{QStringLiteral("conversationId"), score.conversationId},
                        {QStringLiteral("customer"), score.customer},
                        {QStringLiteral("language"), score.language},
                        {QStringLiteral("status"), Core::toString(score.status)},
                        {QStringLiteral("inbound"), score.inbound},
                        {QStringLiteral("open"), score.open},
                        {QStringLiteral("firstResponseSecs"), secsOrNull(score.firstResponseSecs)},
                        {QStringLiteral("replies"), score.replies},
                        {QStringLiteral("publicReplies"), score.publicReplies},
                        {QStringLiteral("privateReplies"), score.privateReplies},
                        {QStringLiteral("privateMessagesAnsweredInPublic"),
                         score.privateMessagesAnsweredInPublic},
                        {QStringLiteral("piiLeaks"), score.piiLeaks},
                        {QStringLiteral("languageChecked"), score.languageChecked},
                        {QStringLiteral("languageMatched"), score.languageMatched}});
    return conversationArray;
}

QJsonObject cannedJson(const PracticeReport &report)
{
    QJsonObject canned{{QStringLiteral("recorded"), report.cannedRecorded}};
    if (!report.cannedRecorded) {
        canned.insert(QStringLiteral("note"),
                      Tr::tr("This workspace keeps no record of the canned responses sent."));
        return canned;
    }
    QJsonArray uses;
    double ratios = 0;
    for (const CannedUseScore &use : report.cannedUses) {
        uses.append(QJsonObject{{QStringLiteral("title"), use.title},
                                {QStringLiteral("conversationId"), use.conversationId},
                                {QStringLiteral("editRatio"), use.editRatio},
                                {QStringLiteral("edited"), use.editRatio > 0.0}});
        ratios += use.editRatio;
    }
    canned.insert(QStringLiteral("used"), report.cannedUses.size());
    canned.insert(QStringLiteral("unchanged"), report.cannedUnchanged());
    canned.insert(QStringLiteral("edited"), report.cannedUses.size() - report.cannedUnchanged());
    canned.insert(QStringLiteral("averageEditRatio"),
                  report.cannedUses.isEmpty()
                      ? QJsonValue(QJsonValue::Null)
                      : QJsonValue(ratios / static_cast<double>(report.cannedUses.size())));
    canned.insert(QStringLiteral("uses"), uses);
    return canned;
}

} // namespace

int PracticeReport::cannedUnchanged() const
{
    return static_cast<int>(
        std::count_if(cannedUses.cbegin(), cannedUses.cend(),
                      [](const CannedUseScore &use) { return use.editRatio <= 0.0; }));
}

int PracticeReport::expectationsMet() const
{
    return static_cast<int>(std::count_if(expectations.cbegin(), expectations.cend(),
                                          [](const ExpectationScore &score) { return score.met; }));
}

Core::Result<PracticeReport> PracticeReport::forWorkspace(const QString &directory)
{
    auto marker = PracticeWorkspace::marker(directory);
    if (!marker)
        return marker.error();
    auto scenario = readScenario(marker.value().scenarioFile);
    if (!scenario)
        return scenario.error();
    if (!QFileInfo::exists(Storage::Database::fileIn(directory)))
        return Core::Error{Tr::tr("There is no workspace in %1.").arg(directory), {}};
    auto db = Storage::Database::open(Storage::Database::fileIn(directory));
    if (!db)
        return db.error();

    PracticeReport report;
    report.trainee = marker.value().trainee;
    report.workspace = QFileInfo(directory).absoluteFilePath();
    report.scenarioId = scenario.value().id;
    report.scenarioTitle = scenario.value().title;
    auto conversations = allConversations(db.value()->connection());
    if (!conversations)
        return conversations.error();

    const ReplyChecks checks;
    QList<qint64> firstResponses;
    InboundByPlatformId byPlatformId;
    for (const Core::ConversationDetail &conversation : std::as_const(conversations.value())) {
        const ConversationScore score =
            scoreConversation(conversation, checks, report, byPlatformId);
        if (score.firstResponseSecs)
            firstResponses.append(*score.firstResponseSecs);
        else if (score.inbound > 0)
            ++report.unansweredConversations;
        addToTotals(score, report);
        report.conversations.append(score);
    }
    setResponseTimes(std::move(firstResponses), report);

    // The sandbox files each message under "<scenario id>:<event id>".
    for (const Expectation &expectation : scenario.value().expectations) {
        const auto found =
            byPlatformId.value(scenario.value().id + QLatin1Char(':') + expectation.afterEventId);
        report.expectations.append(judge(expectation, found.first, found.second));
    }

    auto recorded = readCannedUses(db.value()->connection(), report.cannedUses);
    if (!recorded)
        return recorded.error();
    report.cannedRecorded = recorded.value();
    return report;
}

QJsonObject PracticeReport::headline() const
{
    return {{QStringLiteral("trainee"), trainee},
            {QStringLiteral("workspace"), workspace},
            {QStringLiteral("conversations"), conversations.size()},
            {QStringLiteral("answered"), answeredConversations},
            {QStringLiteral("unanswered"), unansweredConversations},
            {QStringLiteral("medianFirstResponseSecs"), secsOrNull(medianFirstResponseSecs)},
            {QStringLiteral("worstFirstResponseSecs"), secsOrNull(worstFirstResponseSecs)},
            {QStringLiteral("inbound"), inboundMessages},
            {QStringLiteral("open"), openMessages.size()},
            {QStringLiteral("piiLeaks"), piiLeaks.size()},
            {QStringLiteral("privateMessagesAnsweredInPublic"), privateMessagesAnsweredInPublic},
            {QStringLiteral("languageChecked"), languageChecked},
            {QStringLiteral("languageMatched"), languageMatched},
            {QStringLiteral("cannedUsed"),
             cannedRecorded ? QJsonValue(cannedUses.size()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("cannedUnchanged"),
             cannedRecorded ? QJsonValue(cannedUnchanged()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("expectationsMet"), expectationsMet()},
            {QStringLiteral("expectations"), expectations.size()}};
}

QJsonObject PracticeReport::toJson() const
{
    int dmExpected = 0;
    int dmMet = 0;
    for (const ExpectationScore &score : expectations) {
        if (score.expect == u"dm") {
            ++dmExpected;
            dmMet += score.met ? 1 : 0;
        }
    }
    return {{QStringLiteral("trainee"), trainee},
            {QStringLiteral("workspace"), workspace},
            {QStringLiteral("scenario"), QJsonObject{{QStringLiteral("id"), scenarioId},
                                                     {QStringLiteral("title"), scenarioTitle}}},
            {QStringLiteral("summary"), headline()},
            {QStringLiteral("responseTimes"),
             QJsonObject{
                 {QStringLiteral("answered"), answeredConversations},
                 {QStringLiteral("unanswered"), unansweredConversations},
                 {QStringLiteral("medianFirstResponseSecs"), secsOrNull(medianFirstResponseSecs)},
                 {QStringLiteral("worstFirstResponseSecs"), secsOrNull(worstFirstResponseSecs)}}},
            {QStringLiteral("messages"),
             QJsonObject{{QStringLiteral("inbound"), inboundMessages},
                         {QStringLiteral("addressed"), addressedMessages},
                         {QStringLiteral("open"), openMessagesJson(openMessages)}}},
            {QStringLiteral("channelChoice"),
             QJsonObject{{QStringLiteral("publicReplies"), publicReplies},
                         {QStringLiteral("privateReplies"), privateReplies},
                         {QStringLiteral("publicRepliesWithPersonalData"), piiLeaks.size()},
                         {QStringLiteral("privateMessagesAnsweredInPublic"),
                          privateMessagesAnsweredInPublic},
                         {QStringLiteral("dmExpectationsMet"), dmMet},
                         {QStringLiteral("dmExpectations"), dmExpected}}},
            {QStringLiteral("piiLeaks"), piiLeaksJson(piiLeaks)},
            {QStringLiteral("language"),
             QJsonObject{{QStringLiteral("checked"), languageChecked},
                         {QStringLiteral("matched"), languageMatched},
                         {QStringLiteral("mismatches"), mismatchesJson(languageMismatches)}}},
            {QStringLiteral("canned"), cannedJson(*this)},
            {QStringLiteral("expectations"), expectationsJson(expectations)},
            {QStringLiteral("conversations"), conversationsJson(conversations)}};
}

} // namespace CareDesk::Training
