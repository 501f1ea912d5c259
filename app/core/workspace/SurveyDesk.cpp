#include "SurveyDesk.h"

#include "Clock.h"
#include "Logging.h"
#include "WorkspaceContext.h"
#include "model/CannedResponse.h"
#include "outbox/Outbox.h"
#include "storage/CannedResponses.h"
#include "storage/SurveyStore.h"

#include <scenario/Scenario.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QUuid>

namespace CareDesk::Workspace {

using Core::Error;
using Surveys::SurveyKind;

namespace {

// Messenger lets a Page write within a day of the person's last message; the longer window
// is for a human agent's answer, which a survey is not.
constexpr qint64 MESSENGER_WINDOW_SECS = 24 * 60 * 60;

} // namespace

SurveyDesk::SurveyDesk(WorkspaceContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{}

void SurveyDesk::configure()
{
    auto settings = Surveys::SurveySettings::ofWorkspace(m_context.directory);
    if (!settings) {
        m_settings = {};
        Q_EMIT refused(settings.error());
        return;
    }
    m_settings = settings.value();
}

void SurveyDesk::configure(const Surveys::SurveySettings &settings)
{
    m_settings = settings;
}

SurveyKind SurveyDesk::kindFor(const Storage::SurveyCandidate &candidate,
                               const Surveys::SurveySettings &settings)
{
    if (candidate.pluginId != u"sandbox")
        return settings.kind;
    const QString path = QJsonDocument::fromJson(candidate.channelSettings.toUtf8())
                             .object()
                             .value(QLatin1String("scenario"))
                             .toString();
    const auto known = m_scenarioSurveys.constFind(path);
    if (known != m_scenarioSurveys.cend())
        return *known;
    SurveyKind kind = SurveyKind::Off;
    QFile file(path);
    QStringList problems;
    if (file.open(QIODevice::ReadOnly))
        if (const auto scenario = Training::Scenario::parse(file.readAll(), problems))
            kind = Surveys::kindFromString(scenario->survey).value_or(SurveyKind::Off);
    m_scenarioSurveys.insert(path, kind);
    return kind;
}

QString SurveyDesk::questionFor(const Surveys::SurveySettings &settings,
                                const Storage::SurveyCandidate &candidate, const QString &agent)
{
    QString question;
    Storage::CannedResponses canned(m_context.connection());
    if (auto own = canned.byShortcut(settings.questionShortcut()); own && own.value())
        question = own.value()->textFor(candidate.language);
    if (question.trimmed().isEmpty())
        question = Surveys::builtInQuestion(settings.kind, candidate.language);
    return Core::fillVariables(question, {{QStringLiteral("customer.name"), candidate.customerName},
                                          {QStringLiteral("agent.name"), agent}});
}

bool SurveyDesk::conversationResolved(qint64 conversationId, const QString &agent)
{
    return conversationResolved(conversationId, agent, m_settings);
}

bool SurveyDesk::conversationResolved(qint64 conversationId, const QString &agent,
                                      const Surveys::SurveySettings &settings)
{
    if (!m_context.isOpen())
        return false;
    Storage::SurveyStore store(m_context.connection());
    if (auto closed = store.closeFollowUp(conversationId, agent); !closed)
        Q_EMIT refused(closed.error());
    auto candidate = store.candidate(conversationId);
    if (!candidate) {
        Q_EMIT refused(candidate.error());
        return false;
    }
    Surveys::SurveySettings asked = settings;
    asked.kind = kindFor(candidate.value(), settings);
    const SurveyKind kind = asked.kind;
    if (kind == SurveyKind::Off || candidate.value().surveyed)
        return false;
    const QDateTime now = m_context.clock.now();
    const QDateTime lastAsked = candidate.value().customerLastAsked;
    if (lastAsked.isValid() &&
        lastAsked.msecsTo(now) < qint64(settings.quietDays) * 24 * 3600 * 1000)
        return false;

    Outbox::Outbox outbox(m_context.connection(), m_context.clock);
    auto entry =
        outbox.replyIn(conversationId, false, questionFor(asked, candidate.value(), agent), agent);
    if (!entry) {
        qCInfo(lcSurveys) << "conversation" << conversationId
                          << "not surveyed:" << entry.error().userMessage;
        return false;
    }
    const QDateTime lastWrote = entry.value().message.customerLastWroteAt;
    if (candidate.value().platform == u"facebook" && lastWrote.isValid() &&
        lastWrote.secsTo(now) > MESSENGER_WINDOW_SECS) {
        qCInfo(lcSurveys) << "conversation" << conversationId
                          << "not surveyed: outside Messenger's window";
        return false;
    }
    entry.value().clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);

    // The survey and its message are kept together or not at all: exactly once.
    QSqlDatabase &db = m_context.connection();
    if (!db.transaction()) {
        Q_EMIT refused(
            Error{tr("The satisfaction survey could not be queued."), db.lastError().text()});
        return false;
    }
    auto recorded = store.recordQueued(conversationId, kind, agent, candidate.value().category,
                                       entry.value().clientId, now);
    if (recorded && recorded.value()) {
        if (auto queued = outbox.enqueue(entry.value()); !queued)
            recorded = queued.error();
    }
    if (!recorded || !recorded.value() || !db.commit()) {
        db.rollback();
        if (!recorded)
            Q_EMIT refused(recorded.error());
        return false;
    }
    Q_EMIT surveyQueued(conversationId);
    return true;
}

void SurveyDesk::readAnswers()
{
    if (!m_context.isOpen())
        return;
    Storage::SurveyStore store(m_context.connection());
    const QDateTime now = m_context.clock.now();
    auto waiting = store.waiting(now.addDays(-m_settings.answerDays));
    if (!waiting) {
        Q_EMIT refused(waiting.error());
        return;
    }
    for (const Storage::WaitingSurvey &survey : waiting.value()) {
        auto reply = store.firstReplyTo(survey);
        if (!reply) {
            Q_EMIT refused(reply.error());
            return;
        }
        if (!reply.value())
            continue;
        const auto answer = Surveys::readAnswer(reply.value()->text, survey.kind);
        const bool detractor = answer && Surveys::standingOf(survey.kind, answer->score) ==
                                             Surveys::Standing::Detractor;
        if (auto recorded = store.recordReply(survey, *reply.value(), answer, detractor, now);
            !recorded) {
            Q_EMIT refused(recorded.error());
            return;
        }
        if (answer)
            Q_EMIT answered(survey.conversationId, answer->score, detractor);
    }
}

} // namespace CareDesk::Workspace
