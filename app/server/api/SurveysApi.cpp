#include "SurveysApi.h"

#include "server/TeamSurveys.h"

#include <QCoreApplication>
#include <QDateTime>

#include <limits>

namespace CareDesk::Server {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Server::TeamServer)
};

HttpResponse invalid(const QString &message)
{
    return HttpResponse::error(400, QStringLiteral("bad_request"), message);
}

// An ISO 8601 time with its offset ("2026-12-01T00:00:00Z"); absent: `fallback`.
std::optional<qint64> timeParameter(const ApiCall &call, const QString &name, qint64 fallback)
{
    const QString text = call.request.query.queryItemValue(name, QUrl::FullyDecoded);
    if (text.isEmpty())
        return fallback;
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid() || at.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return at.toMSecsSinceEpoch();
}

} // namespace

SurveysApi::SurveysApi(TeamSurveys &surveys)
    : m_surveys(surveys)
{}

HttpResponse SurveysApi::summary(const ApiCall &call)
{
    const auto since =
        timeParameter(call, QStringLiteral("since"), std::numeric_limits<qint64>::min());
    const auto until =
        timeParameter(call, QStringLiteral("until"), std::numeric_limits<qint64>::max());
    if (!since || !until)
        return invalid(Tr::tr("since and until must be ISO 8601 times with a zone, such as "
                              "2026-12-01T00:00:00Z."));
    const QString by = call.request.query.queryItemValue(QStringLiteral("by"));
    if (!by.isEmpty() && by != u"agent" && by != u"channel")
        return invalid(Tr::tr("by must be agent or channel."));
    auto summary = m_surveys.summary(call.caller.teamId, *since, *until,
                                     by.isEmpty() ? QStringLiteral("agent") : by);
    if (!summary)
        return HttpResponse::unavailable(summary.error());
    return HttpResponse::json(200, summary.value());
}

} // namespace CareDesk::Server
