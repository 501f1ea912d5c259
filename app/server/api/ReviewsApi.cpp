#include "ReviewsApi.h"

#include "ApiErrors.h"
#include "Clock.h"
#include "RequestNumbers.h"
#include "server/http/JsonBody.h"
#include "server/store/TeamReviews.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace CareDesk::Server {

namespace {

// The catalogs know these messages under the context of the server as one class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Server::TeamServer)
};

HttpResponse invalid(const QString &message)
{
    return HttpResponse::error(422, QStringLiteral("invalid"), message);
}

// How much one score weighs in the review's total.
constexpr qint64 MIN_WEIGHT = 1;
constexpr qint64 MAX_WEIGHT = 10;

// The scores as stored: title, weight and score only, each checked.
std::variant<QJsonArray, HttpResponse> cleanScores(const QJsonArray &scores)
{
    QJsonArray clean;
    for (const QJsonValue &value : scores) {
        const QJsonObject score = value.toObject();
        const QString title = score.value(QLatin1String("title")).toString().trimmed();
        if (title.isEmpty() || title.size() > ReviewsApi::MAX_TEXT)
            return invalid(Tr::tr("Each score needs a title, a weight from 1 to 10 and a score of "
                                  "0, 1, 2 or null."));
        const auto weight = RequestNumbers::fromJson(
            score.value(QLatin1String("weight")), QStringLiteral("weight"), MIN_WEIGHT, MAX_WEIGHT);
        if (auto *response = std::get_if<HttpResponse>(&weight))
            return *response;
        QJsonValue points = score.value(QLatin1String("score"));
        if (!points.isNull()) {
            const auto given = RequestNumbers::fromJson(points, QStringLiteral("score"), 0, 2);
            if (auto *response = std::get_if<HttpResponse>(&given))
                return *response;
            points = std::get<qint64>(given);
        }
        clean.append(QJsonObject{{QStringLiteral("title"), title},
                                 {QStringLiteral("weight"), std::get<qint64>(weight)},
                                 {QStringLiteral("score"), points}});
    }
    return clean;
}

// The comments as stored: text and, when given, the message they are about.
std::variant<QJsonArray, HttpResponse> cleanComments(const QJsonArray &comments)
{
    QJsonArray clean;
    for (const QJsonValue &value : comments) {
        const QJsonObject comment = value.toObject();
        const QString text = comment.value(QLatin1String("text")).toString().trimmed();
        if (text.isEmpty() || text.size() > ReviewsApi::MAX_TEXT)
            return invalid(Tr::tr("Each comment needs a text of at most %1 characters.")
                               .arg(ReviewsApi::MAX_TEXT));
        QJsonObject entry{{QStringLiteral("text"), text}};
        if (comment.contains(QLatin1String("messageId"))) {
            const auto messageId = RequestNumbers::fromJson(
                comment.value(QLatin1String("messageId")), QStringLiteral("messageId"), 1);
            if (auto *response = std::get_if<HttpResponse>(&messageId))
                return *response;
            entry.insert(QStringLiteral("messageId"), std::get<qint64>(messageId));
        }
        clean.append(entry);
    }
    return clean;
}

} // namespace

ReviewsApi::ReviewsApi(TeamReviews &reviews, const Core::Clock &clock)
    : m_reviews(reviews)
    , m_clock(clock)
{}

HttpResponse ReviewsApi::save(const ApiCall &call)
{
    auto parsed =
        JsonBody::parse(call.request, {{QStringLiteral("conversationId"), QJsonValue::Double},
                                       {QStringLiteral("scores"), QJsonValue::Array},
                                       {QStringLiteral("summary"), QJsonValue::String, false},
                                       {QStringLiteral("comments"), QJsonValue::Array, false}});
    if (auto *response = std::get_if<HttpResponse>(&parsed))
        return *response;
    const QJsonObject body = std::get<QJsonObject>(parsed);
    const QJsonArray scores = body.value(QLatin1String("scores")).toArray();
    const QJsonArray comments = body.value(QLatin1String("comments")).toArray();
    if (scores.size() > MAX_ITEMS || comments.size() > MAX_ITEMS)
        return invalid(Tr::tr("A review has at most %1 scores and %1 comments.").arg(MAX_ITEMS));
    auto storedScores = cleanScores(scores);
    if (auto *response = std::get_if<HttpResponse>(&storedScores))
        return *response;
    auto storedComments = cleanComments(comments);
    if (auto *response = std::get_if<HttpResponse>(&storedComments))
        return *response;
    const QString summary = body.value(QLatin1String("summary")).toString();
    if (summary.size() > MAX_TEXT)
        return invalid(Tr::tr("The summary has at most %1 characters.").arg(MAX_TEXT));
    const auto conversationId = RequestNumbers::fromJson(
        body.value(QLatin1String("conversationId")), QStringLiteral("conversationId"), 1);
    if (auto *response = std::get_if<HttpResponse>(&conversationId))
        return *response;
    auto saved =
        m_reviews.save(call.caller, std::get<qint64>(conversationId),
                       {{QStringLiteral("summary"), summary},
                        {QStringLiteral("scores"), std::get<QJsonArray>(storedScores)},
                        {QStringLiteral("comments"), std::get<QJsonArray>(storedComments)}},
                       m_clock.now().toMSecsSinceEpoch());
    if (!saved)
        return HttpResponse::unavailable(saved.error());
    if (saved.value().refusal)
        return ApiErrors::refused(*saved.value().refusal);
    return HttpResponse::json(201, *saved.value().value);
}

HttpResponse ReviewsApi::list(const ApiCall &call)
{
    const Agent &agent = call.caller;
    const QString asked = call.request.query.queryItemValue(QStringLiteral("agent"));
    qint64 agentId = 0;
    if (!asked.isEmpty() && asked != u"me") {
        const auto id = RequestNumbers::fromText(asked, QStringLiteral("agent"), 1);
        if (std::holds_alternative<HttpResponse>(id))
            return HttpResponse::error(400, QStringLiteral("bad_request"),
                                       Tr::tr("agent must be me or an agent id."));
        agentId = std::get<qint64>(id);
    }
    if (asked == u"me")
        agentId = agent.id;
    if (agent.role == Role::Agent) {
        // An agent reads the reviews of their own work, nobody else's.
        if (agentId != 0 && agentId != agent.id)
            return ApiErrors::forbidden();
        agentId = agent.id;
    } else if (!agent.supervises()) {
        return ApiErrors::forbidden();
    }
    auto reviews = m_reviews.list(agent, agentId);
    if (!reviews)
        return HttpResponse::unavailable(reviews.error());
    return HttpResponse::json(200, {{QStringLiteral("reviews"), reviews.value()}});
}

} // namespace CareDesk::Server
