#include "ConversationsApi.h"

#include "ApiErrors.h"
#include "Clock.h"
#include "Logging.h"
#include "RequestNumbers.h"
#include "server/ChangeFanout.h"
#include "server/IngestRelay.h"
#include "server/ServerChannels.h"
#include "server/ServerIngest.h"
#include "server/TeamSurveys.h"
#include "server/http/JsonBody.h"
#include "server/store/TeamStore.h"

#include <QCoreApplication>

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

// The filter a list's query asks for, or the 422 that says what is wrong with it.
std::variant<ConversationFilter, HttpResponse> filterOf(const QUrlQuery &query)
{
    ConversationFilter filter;
    if (query.hasQueryItem(QStringLiteral("status")))
        filter.statuses = query.queryItemValue(QStringLiteral("status"))
                              .split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &status : filter.statuses)
        if (!QStringList{QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("pending"),
                         QStringLiteral("resolved")}
                 .contains(status))
            return invalid(Tr::tr("Unknown status \"%1\".").arg(status));
    const QString assignee = query.queryItemValue(QStringLiteral("assignee"));
    if (assignee == u"me") {
        filter.assignee = ConversationFilter::Assignee::Me;
    } else if (assignee == u"none") {
        filter.assignee = ConversationFilter::Assignee::Unassigned;
    } else if (!assignee.isEmpty()) {
        const auto id = RequestNumbers::fromText(assignee, QStringLiteral("assignee"), 1);
        if (std::holds_alternative<HttpResponse>(id))
            return HttpResponse::error(400, QStringLiteral("bad_request"),
                                       Tr::tr("assignee must be me, none or an agent id."));
        filter.assigneeId = std::get<qint64>(id);
        filter.assignee = ConversationFilter::Assignee::Agent;
    }
    filter.language = query.queryItemValue(QStringLiteral("language"));
    filter.category = query.queryItemValue(QStringLiteral("category"));
    filter.channel = query.queryItemValue(QStringLiteral("channel"), QUrl::FullyDecoded);
    return filter;
}

} // namespace

ConversationsApi::ConversationsApi(TeamStore &store, ServerIngest &ingest, IngestRelay &relay,
                                   ServerChannels &channels, TeamSurveys &surveys,
                                   ChangeFanout &fanout, const Core::Clock &clock)
    : m_store(store)
    , m_ingest(ingest)
    , m_relay(relay)
    , m_channels(channels)
    , m_surveys(surveys)
    , m_fanout(fanout)
    , m_clock(clock)
{}

qint64 ConversationsApi::nowMs() const
{
    return m_clock.now().toMSecsSinceEpoch();
}

HttpResponse ConversationsApi::list(const ApiCall &call)
{
    const QUrlQuery &query = call.request.query;
    auto filter = filterOf(query);
    if (auto *response = std::get_if<HttpResponse>(&filter))
        return *response;
    qint64 limit = 50;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        const auto asked = RequestNumbers::fromText(query.queryItemValue(QStringLiteral("limit")),
                                                    QStringLiteral("limit"), 1, 500);
        if (auto *response = std::get_if<HttpResponse>(&asked))
            return *response;
        limit = std::get<qint64>(asked);
    }
    std::optional<ConversationCursor> after;
    if (query.hasQueryItem(QStringLiteral("cursor"))) {
        after = ConversationCursor::decode(query.queryItemValue(QStringLiteral("cursor")));
        if (!after)
            return invalid(Tr::tr("The cursor is not one this server gave out."));
    }
    // The revision the page reflects, read first: a client that follows the change feed from
    // here misses nothing that happened while the page was read.
    auto rev = m_store.feed().latestRev();
    if (!rev)
        return HttpResponse::unavailable(rev.error());
    auto page = m_store.conversations().page(call.caller, std::get<ConversationFilter>(filter),
                                             after, static_cast<int>(limit));
    if (!page)
        return HttpResponse::unavailable(page.error());
    QJsonObject body{{QStringLiteral("conversations"), page.value().conversations},
                     {QStringLiteral("rev"), rev.value()}};
    body.insert(QStringLiteral("next"),
                page.value().next ? QJsonValue(page.value().next->encode()) : QJsonValue::Null);
    return HttpResponse::json(200, body);
}

HttpResponse ConversationsApi::detail(const ApiCall &call)
{
    auto detail =
        m_store.conversations().detail(call.caller, call.id(QStringLiteral("conversation")));
    if (!detail)
        return HttpResponse::unavailable(detail.error());
    if (!detail.value())
        return HttpResponse::error(404, QStringLiteral("not_found"),
                                   Tr::tr("There is no such conversation."));
    return HttpResponse::json(200, *detail.value());
}

HttpResponse ConversationsApi::act(const ApiCall &call)
{
    const QString action = call.path.value(QStringLiteral("action"));
    if (action == u"claim" || action == u"release")
        return claimOrRelease(call, action == u"claim");
    if (action == u"transfer")
        return transfer(call);
    if (action == u"status")
        return setStatus(call);
    if (action == u"notes")
        return addNote(call);
    if (action == u"replies")
        return reply(call);
    if (action == u"escalate")
        return escalate(call);
    return HttpResponse::error(404, QStringLiteral("not_found"),
                               Tr::tr("Conversations have no \"%1\" action.").arg(action));
}

HttpResponse ConversationsApi::answer(const Written &outcome, const Agent &agent, int status)
{
    if (!outcome)
        return HttpResponse::unavailable(outcome.error());
    if (outcome.value().refusal)
        return ApiErrors::refused(*outcome.value().refusal);
    m_fanout.changed(agent.teamId);
    return HttpResponse::json(status, *outcome.value().value);
}

HttpResponse ConversationsApi::claimOrRelease(const ApiCall &call, bool claim)
{
    const QByteArray body = call.request.body.trimmed();
    if (!body.isEmpty() && body != "{}")
        return invalid(Tr::tr("This request takes no body."));
    const qint64 id = call.id(QStringLiteral("conversation"));
    const Written outcome = claim ? m_store.writes().claim(call.caller, id, nowMs())
                                  : m_store.writes().release(call.caller, id, nowMs());
    if (claim)
        takeEscalation(outcome, id, call.caller);
    return answer(outcome, call.caller, 200);
}

HttpResponse ConversationsApi::transfer(const ApiCall &call)
{
    auto parsed = JsonBody::parse(call.request, {{QStringLiteral("agentId"), QJsonValue::Double}});
    if (auto *response = std::get_if<HttpResponse>(&parsed))
        return *response;
    const auto toAgentId =
        RequestNumbers::fromJson(std::get<QJsonObject>(parsed).value(QLatin1String("agentId")),
                                 QStringLiteral("agentId"), 1);
    if (auto *response = std::get_if<HttpResponse>(&toAgentId))
        return *response;
    const qint64 id = call.id(QStringLiteral("conversation"));
    const Written outcome =
        m_store.writes().transfer(call.caller, id, std::get<qint64>(toAgentId), nowMs());
    if (auto recipient = m_store.accounts().agent(std::get<qint64>(toAgentId));
        recipient && recipient.value())
        takeEscalation(outcome, id, *recipient.value());
    return answer(outcome, call.caller, 200);
}

void ConversationsApi::takeEscalation(const Written &outcome, qint64 conversationId,
                                      const Agent &agent)
{
    if (!outcome || !outcome.value().value)
        return;
    if (auto taken = m_store.escalations().take(conversationId, agent, nowMs()); !taken)
        qCWarning(lcServer) << "escalation not marked taken:" << taken.error().detail;
}

HttpResponse ConversationsApi::escalate(const ApiCall &call)
{
    auto parsed =
        JsonBody::parse(call.request, {{QStringLiteral("target"), QJsonValue::String, false},
                                       {QStringLiteral("reason"), QJsonValue::String},
                                       {QStringLiteral("note"), QJsonValue::String, false}});
    if (auto *response = std::get_if<HttpResponse>(&parsed))
        return *response;
    const QJsonObject body = std::get<QJsonObject>(parsed);
    EscalationRecords::HandUp handUp{
        body.value(QLatin1String("target")).toString(QStringLiteral("leads")).trimmed(),
        body.value(QLatin1String("reason")).toString().trimmed(),
        body.value(QLatin1String("note")).toString().trimmed()};
    if (handUp.target.isEmpty())
        handUp.target = QStringLiteral("leads");
    if (handUp.reason.isEmpty() || handUp.reason.size() > 200 || handUp.target.size() > 100 ||
        handUp.note.size() > 4000)
        return invalid(Tr::tr("An escalation needs a reason (up to 200 characters), a target of "
                              "up to 100 and a note of up to 4000."));
    return answer(m_store.escalations().escalate(
                      call.caller, call.id(QStringLiteral("conversation")), handUp, nowMs()),
                  call.caller, 200);
}

HttpResponse ConversationsApi::setStatus(const ApiCall &call)
{
    auto parsed = JsonBody::parse(call.request, {{QStringLiteral("status"), QJsonValue::String}});
    if (auto *response = std::get_if<HttpResponse>(&parsed))
        return *response;
    const QString status = std::get<QJsonObject>(parsed).value(QLatin1String("status")).toString();
    if (!QStringList{QStringLiteral("open"), QStringLiteral("pending"), QStringLiteral("resolved")}
             .contains(status))
        return invalid(Tr::tr("status must be open, pending or resolved."));
    const qint64 id = call.id(QStringLiteral("conversation"));
    const auto newStatus = Core::conversationStatusFromString(status);
    const Written outcome = m_store.writes().setStatus(call.caller, id, newStatus, nowMs());
    if (outcome && outcome.value().value) {
        // Threading follows: a conversation resolved here starts afresh on the next message.
        auto source = m_store.conversations().sourceIdOf(id);
        if (source && source.value() > 0)
            if (auto synced = m_ingest.setStatus(source.value(), newStatus); !synced)
                qCWarning(lcServer) << "threading status not updated:" << synced.error().detail;
        // The customer is asked how it went, when the team surveys.
        if (newStatus == Core::ConversationStatus::Resolved)
            m_surveys.conversationResolved(call.caller.teamId, id, call.caller.displayName);
    }
    return answer(outcome, call.caller, 200);
}

HttpResponse ConversationsApi::addNote(const ApiCall &call)
{
    auto parsed = JsonBody::parse(call.request, {{QStringLiteral("text"), QJsonValue::String}});
    if (auto *response = std::get_if<HttpResponse>(&parsed))
        return *response;
    const QString text =
        std::get<QJsonObject>(parsed).value(QLatin1String("text")).toString().trimmed();
    if (text.isEmpty())
        return invalid(Tr::tr("A note needs some text."));
    return answer(m_store.writes().addNote(call.caller, call.id(QStringLiteral("conversation")),
                                           text, nowMs()),
                  call.caller, 201);
}

HttpResponse ConversationsApi::reply(const ApiCall &call)
{
    auto parsed = JsonBody::parse(call.request,
                                  {{QStringLiteral("clientId"), QJsonValue::String},
                                   {QStringLiteral("text"), QJsonValue::String},
                                   {QStringLiteral("visibility"), QJsonValue::String},
                                   {QStringLiteral("baseRev"), QJsonValue::Double},
                                   {QStringLiteral("translatedFrom"), QJsonValue::Object, false}});
    if (auto *response = std::get_if<HttpResponse>(&parsed))
        return *response;
    const QJsonObject body = std::get<QJsonObject>(parsed);
    // A reply sent machine-translated: what the agent wrote, for whoever reviews it.
    const auto translatedFrom =
        Protocol::TranslatedFrom::fromJson(body.value(QLatin1String("translatedFrom")).toObject());
    if (translatedFrom.text.size() > 10000 || translatedFrom.language.size() > 16 ||
        translatedFrom.provider.size() > 40)
        return invalid(Tr::tr("translatedFrom holds a text of at most 10,000 characters, a "
                              "language code and a provider name."));
    const QString clientId = body.value(QLatin1String("clientId")).toString();
    const QString text = body.value(QLatin1String("text")).toString();
    const QString visibility = body.value(QLatin1String("visibility")).toString();
    if (clientId.size() < 8 || clientId.size() > 100)
        return invalid(Tr::tr("clientId must be 8 to 100 characters."));
    if (text.trimmed().isEmpty())
        return invalid(Tr::tr("A reply needs some text."));
    if (visibility != u"public" && visibility != u"private")
        return invalid(Tr::tr("visibility must be public or private."));
    const auto baseRev = RequestNumbers::fromJson(body.value(QLatin1String("baseRev")),
                                                  QStringLiteral("baseRev"), 0);
    if (auto *response = std::get_if<HttpResponse>(&baseRev))
        return *response;
    const Agent &agent = call.caller;
    const qint64 id = call.id(QStringLiteral("conversation"));
    const Written outcome = m_store.writes().addReply(
        agent, id, clientId, text,
        visibility == u"public" ? Core::Visibility::Public : Core::Visibility::Private,
        std::get<qint64>(baseRev), nowMs(), translatedFrom);
    if (!outcome || !outcome.value().value)
        return answer(outcome, agent, 201);
    if (outcome.value().value->value(QLatin1String("repeated")).toBool())
        return HttpResponse::json(200, *outcome.value().value);
    m_fanout.changed(agent.teamId);
    // Into the channel's outbox at once, and out on the next turn of the event loop.
    auto source = m_store.conversations().sourceIdOf(id);
    if (source && m_relay.queueForChannel({clientId, source.value(), visibility == u"public", text,
                                           agent.displayName, QStringLiteral("queued")}))
        m_fanout.changed(agent.teamId);
    else
        m_channels.pollSoon();
    return HttpResponse::json(201, *outcome.value().value);
}

} // namespace CareDesk::Server
