#include "ReviewDesk.h"

#include "Clock.h"
#include "ReportReader.h"
#include "TeamSession.h"
#include "WorkspaceContext.h"
#include "review/ReviewStore.h"
#include "sync/TeamMirror.h"
#include "sync/TeamSync.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace CareDesk::Workspace {

using Core::Error;
using Core::Result;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Workspace::WorkspaceService)
};

} // namespace

ReviewDesk::ReviewDesk(WorkspaceContext &context, TeamSession &team, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_team(team)
    , m_reader(new ReportReader)
{
    m_readerThread.setObjectName(QStringLiteral("reports"));
    m_reader->moveToThread(&m_readerThread);
    connect(&m_readerThread, &QThread::finished, m_reader, &QObject::deleteLater);
    connect(m_reader, &ReportReader::failed, this, &ReviewDesk::failed);
}

ReviewDesk::~ReviewDesk()
{
    if (m_readerThread.isRunning()) {
        m_readerThread.quit();
        m_readerThread.wait();
    } else {
        delete m_reader;
    }
}

void ReviewDesk::loadTranscripts(const Review::TranscriptFilter &filter)
{
    if (!m_context.isOpen())
        return;
    Review::ReviewStore store(m_context.connection());
    auto rows = store.transcripts(filter, m_context.clock.now());
    if (!rows) {
        Q_EMIT failed(rows.error());
        return;
    }
    Q_EMIT transcriptsLoaded(rows.value());
    if (!rows.value().isEmpty())
        return;
    auto span = store.historySpan();
    if (!span) {
        Q_EMIT failed(span.error());
        return;
    }
    Q_EMIT historySpanLoaded(span.value());
}

void ReviewDesk::loadReviewSheet(qint64 conversationId, const QString &reviewer)
{
    if (!m_context.isOpen())
        return;
    auto sheet = Review::ReviewStore(m_context.connection())
                     .sheet(conversationId, reviewer, m_context.clock.now());
    if (!sheet) {
        Q_EMIT failed(sheet.error());
        return;
    }
    Q_EMIT reviewSheetLoaded(sheet.value());
}

void ReviewDesk::saveReview(const Review::QaReview &review)
{
    if (!m_context.isOpen())
        return;
    if (auto saved =
            Review::ReviewStore(m_context.connection()).saveReview(review, m_context.clock.now());
        !saved) {
        Q_EMIT refused(saved.error());
        return;
    }
    // A team conversation's review goes to the server too, where the agent reads it.
    if (const qint64 serverId = m_team.serverConversation(review.conversationId))
        submitToTeam(serverId, review);
    Q_EMIT reviewSaved(review.conversationId, review.percent());
}

void ReviewDesk::submitToTeam(qint64 serverConversationId, const Review::QaReview &review)
{
    Sync::TeamMirror &mirror = m_team.sync().mirror();
    QJsonArray scores, comments;
    for (const Review::CriterionScore &score : review.scores)
        scores.append(QJsonObject{
            {QStringLiteral("title"), score.title},
            {QStringLiteral("weight"), score.weight},
            {QStringLiteral("score"), score.score ? QJsonValue(*score.score) : QJsonValue()}});
    for (const Review::ReviewComment &comment : review.comments) {
        QJsonObject json{{QStringLiteral("text"), comment.text}};
        if (auto onServer = mirror.serverMessage(comment.messageId);
            onServer && onServer.value() != 0)
            json.insert(QStringLiteral("messageId"), onServer.value());
        comments.append(json);
    }
    m_team.sync().submitReview({{QStringLiteral("conversationId"), serverConversationId},
                                {QStringLiteral("summary"), review.summary},
                                {QStringLiteral("scores"), scores},
                                {QStringLiteral("comments"), comments}});
}

void ReviewDesk::saveCriteria(const QList<Review::Criterion> &criteria)
{
    if (!m_context.isOpen())
        return;
    if (auto saved = Review::ReviewStore(m_context.connection()).saveCriteria(criteria); !saved)
        Q_EMIT refused(saved.error());
}

void ReviewDesk::loadDashboard(const Review::DashboardPeriod &period)
{
    if (!m_context.isOpen())
        return;
    if (!m_readerThread.isRunning())
        m_readerThread.start();
    QMetaObject::invokeMethod(
        m_reader,
        [reader = m_reader, file = m_context.db->filePath(), period, now = m_context.clock.now()] {
            reader->computeDashboard(file, period, now);
        },
        Qt::QueuedConnection);
}

void ReviewDesk::buildReport(const QList<qint64> &conversationIds, const QString &reviewer,
                             const QString &title)
{
    if (!m_context.isOpen())
        return;
    auto report = Review::ReviewStore(m_context.connection())
                      .report(conversationIds, reviewer, title, m_context.clock.now());
    if (!report) {
        Q_EMIT failed(report.error());
        return;
    }
    Q_EMIT reportReady(report.value());
}

Review::QaReview ReviewDesk::reviewFromServer(const QJsonObject &json)
{
    Sync::TeamMirror &mirror = m_team.sync().mirror();
    Review::QaReview review;
    review.id = json.value(u"id").toInteger();
    auto local = mirror.localConversation(json.value(u"conversationId").toInteger());
    review.conversationId = local ? local.value() : 0;
    review.agent = json.value(u"agentName").toString();
    review.reviewer = json.value(u"reviewerName").toString();
    review.summary = json.value(u"summary").toString();
    review.createdAt =
        QDateTime::fromString(json.value(u"createdAt").toString(), Qt::ISODateWithMs);
    review.updatedAt =
        QDateTime::fromString(json.value(u"updatedAt").toString(), Qt::ISODateWithMs);
    const QJsonArray scores = json.value(u"scores").toArray();
    for (const QJsonValue &value : scores) {
        const QJsonObject score = value.toObject();
        review.scores.append({0, score.value(u"title").toString(), score.value(u"weight").toInt(1),
                              score.value(u"score").isNull()
                                  ? std::nullopt
                                  : std::optional<int>(score.value(u"score").toInt())});
    }
    const QJsonArray comments = json.value(u"comments").toArray();
    for (const QJsonValue &value : comments) {
        const QJsonObject comment = value.toObject();
        auto message = mirror.localMessage(comment.value(u"messageId").toInteger());
        review.comments.append({message ? message.value() : 0, comment.value(u"text").toString()});
    }
    return review;
}

void ReviewDesk::loadOwnReviews(const QString &agent)
{
    if (!m_context.isOpen() || agent.isEmpty())
        return;
    auto reviews = Review::ReviewStore(m_context.connection()).reviews(agent, {}, {});
    if (!reviews) {
        Q_EMIT failed(reviews.error());
        return;
    }
    if (!m_team.isSignedIn()) {
        Q_EMIT ownReviewsLoaded(reviews.value());
        return;
    }
    // In a team, the leads' reviews are on the server: this desk's own come first.
    m_team.sync().fetchOwnReviews([this, local = reviews.value()](Result<QJsonArray> fromServer) {
        QList<Review::QaReview> all = local;
        if (!fromServer) {
            Q_EMIT failed(Error{Tr::tr("The team's reviews of your work could not be fetched."),
                                fromServer.error().userMessage});
        } else {
            const QJsonArray values = fromServer.value();
            for (const QJsonValue &value : values)
                all.append(reviewFromServer(value.toObject()));
        }
        Q_EMIT ownReviewsLoaded(all);
    });
}

} // namespace CareDesk::Workspace
