#include "TeamAdminApi.h"

#include "Clock.h"
#include "RequestNumbers.h"
#include "server/ChangeFanout.h"
#include "server/Passwords.h"
#include "server/http/JsonBody.h"
#include "server/store/TeamStore.h"
#include "translation/ProviderConfig.h"
#include "triage/SlaPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace CareDesk::Server {

namespace {

// The catalogs know these messages under the context of the server as one class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Server::TeamServer)
};

// Open conversations one agent may hold at most.
constexpr qint64 MAX_CAPACITY = 1000;
// The team dictionary's size, and how much one request may change.
constexpr qsizetype MAX_TEAM_WORDS = 5000;
constexpr qsizetype MAX_TEAM_WORDS_A_CHANGE = 500;

HttpResponse invalid(const QString &message, const QJsonObject &detail = {})
{
    return HttpResponse::error(422, QStringLiteral("invalid"), message, detail);
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray items = value.toArray();
    for (const QJsonValue &item : items)
        if (item.isString() && !item.toString().isEmpty())
            list << item.toString();
    return list;
}

// What PATCH /v1/agents/{id} changes in `agent`, or the 4xx that says why not.
std::optional<HttpResponse> applyChanges(const QJsonObject &body, const Agent &caller, Agent &agent)
{
    if (body.contains(QLatin1String("role"))) {
        if (caller.role != Role::Admin)
            return HttpResponse::error(403, QStringLiteral("forbidden"),
                                       Tr::tr("Only an admin can change roles."));
        const auto role = roleFromString(body.value(QLatin1String("role")).toString());
        if (!role || *role == Role::Integration)
            return invalid(Tr::tr("role must be agent, lead, trainer or admin."));
        agent.role = *role;
    }
    if (body.contains(QLatin1String("languages")))
        agent.languages = stringList(body.value(QLatin1String("languages")));
    if (body.contains(QLatin1String("categories")))
        agent.categories = stringList(body.value(QLatin1String("categories")));
    if (body.contains(QLatin1String("capacity"))) {
        const auto capacity = RequestNumbers::fromJson(body.value(QLatin1String("capacity")),
                                                       QStringLiteral("capacity"), 0, MAX_CAPACITY);
        if (auto *response = std::get_if<HttpResponse>(&capacity))
            return *response;
        agent.capacity = static_cast<int>(std::get<qint64>(capacity));
    }
    return std::nullopt;
}

} // namespace

TeamAdminApi::TeamAdminApi(TeamStore &store, ChangeFanout &fanout, const Core::Clock &clock)
    : m_store(store)
    , m_fanout(fanout)
    , m_clock(clock)
{}

qint64 TeamAdminApi::nowMs() const
{
    return m_clock.now().toMSecsSinceEpoch();
}

HttpResponse TeamAdminApi::agents(const ApiCall &call)
{
    auto team = m_store.accounts().teamAgents(call.caller.teamId);
    if (!team)
        return HttpResponse::unavailable(team.error());
    QJsonArray list;
    for (const Agent &member : team.value()) {
        auto open = m_store.conversations().openCount(member.id);
        if (!open)
            return HttpResponse::unavailable(open.error());
        QJsonObject entry = member.toJson();
        entry.insert(QStringLiteral("open"), open.value());
        list.append(entry);
    }
    return HttpResponse::json(200, {{QStringLiteral("agents"), list}});
}

HttpResponse TeamAdminApi::addAgent(const ApiCall &call)
{
    auto parsed =
        JsonBody::parse(call.request, {{QStringLiteral("login"), QJsonValue::String},
                                       {QStringLiteral("password"), QJsonValue::String},
                                       {QStringLiteral("name"), QJsonValue::String, false},
                                       {QStringLiteral("role"), QJsonValue::String},
                                       {QStringLiteral("team"), QJsonValue::String, false},
                                       {QStringLiteral("languages"), QJsonValue::Array, false},
                                       {QStringLiteral("categories"), QJsonValue::Array, false},
                                       {QStringLiteral("capacity"), QJsonValue::Double, false}});
    if (auto *response = std::get_if<HttpResponse>(&parsed))
        return *response;
    const QJsonObject body = std::get<QJsonObject>(parsed);
    NewAgent added;
    added.login = body.value(QLatin1String("login")).toString().trimmed();
    added.displayName = body.value(QLatin1String("name")).toString();
    const auto role = roleFromString(body.value(QLatin1String("role")).toString());
    if (!role || *role == Role::Integration)
        return invalid(Tr::tr("role must be agent, lead, trainer or admin."));
    added.role = *role;
    added.team = body.value(QLatin1String("team")).toString();
    added.languages = stringList(body.value(QLatin1String("languages")));
    added.categories = stringList(body.value(QLatin1String("categories")));
    if (body.contains(QLatin1String("capacity"))) {
        const auto capacity = RequestNumbers::fromJson(body.value(QLatin1String("capacity")),
                                                       QStringLiteral("capacity"), 0, MAX_CAPACITY);
        if (auto *response = std::get_if<HttpResponse>(&capacity))
            return *response;
        added.capacity = static_cast<int>(std::get<qint64>(capacity));
    }
    const QByteArray password = body.value(QLatin1String("password")).toString().toUtf8();
    if (added.login.isEmpty() || password.size() < 8)
        return invalid(Tr::tr("A login and a password of at least 8 characters are needed."));
    const auto hash = Passwords::hash(password);
    if (!hash)
        return HttpResponse::error(503, QStringLiteral("unavailable"),
                                   Tr::tr("The password could not be hashed."));
    auto stored = m_store.accounts().addAgent(added, *hash, nowMs());
    if (!stored)
        return HttpResponse::error(409, QStringLiteral("conflict"), stored.error().userMessage);
    m_fanout.changed(stored.value().teamId);
    return HttpResponse::json(201, stored.value().toJson());
}

HttpResponse TeamAdminApi::updateAgent(const ApiCall &call)
{
    auto parsed =
        JsonBody::parse(call.request, {{QStringLiteral("role"), QJsonValue::String, false},
                                       {QStringLiteral("languages"), QJsonValue::Array, false},
                                       {QStringLiteral("categories"), QJsonValue::Array, false},
                                       {QStringLiteral("capacity"), QJsonValue::Double, false}});
    if (auto *response = std::get_if<HttpResponse>(&parsed))
        return *response;
    auto target = m_store.accounts().agent(call.id(QStringLiteral("agent")));
    if (!target)
        return HttpResponse::unavailable(target.error());
    if (!target.value() || !call.caller.sees(target.value()->teamId))
        return HttpResponse::error(404, QStringLiteral("not_found"),
                                   Tr::tr("There is no such agent."));
    Agent updated = *target.value();
    if (auto refused = applyChanges(std::get<QJsonObject>(parsed), call.caller, updated))
        return *refused;
    if (auto stored = m_store.accounts().updateAgent(updated, nowMs()); !stored)
        return HttpResponse::unavailable(stored.error());
    m_fanout.changed(updated.teamId);
    if (updated.role != target.value()->role || updated.teamId != target.value()->teamId)
        m_fanout.accessChanged();
    return HttpResponse::json(200, updated.toJson());
}

HttpResponse TeamAdminApi::routing(const ApiCall &call)
{
    auto settings = m_store.teams().routing(call.caller.teamId);
    return settings ? HttpResponse::json(200, settings.value())
                    : HttpResponse::unavailable(settings.error());
}

HttpResponse TeamAdminApi::setRouting(const ApiCall &call)
{
    auto parsed = JsonBody::parse(call.request,
                                  {{QStringLiteral("policy"), QJsonValue::String, false},
                                   {QStringLiteral("offlineGraceSecs"), QJsonValue::Double, false},
                                   {QStringLiteral("sla"), QJsonValue::Object, false},
                                   {QStringLiteral("survey"), QJsonValue::Object, false}});
    if (auto *response = std::get_if<HttpResponse>(&parsed))
        return *response;
    const QJsonObject body = std::get<QJsonObject>(parsed);
    std::optional<Surveys::SurveySettings> survey;
    if (body.contains(QLatin1String("survey"))) {
        const QJsonObject given = body.value(QLatin1String("survey")).toObject();
        // Only what the team server keeps: the kind and the quiet days.
        for (auto it = given.begin(); it != given.end(); ++it)
            if (it.key() != u"kind" && it.key() != u"quietDays")
                return invalid(Tr::tr("survey takes only \"kind\" and \"quietDays\"."));
        auto checked = Surveys::SurveySettings::fromObject(given);
        if (!checked)
            return invalid(checked.error().userMessage);
        survey = checked.value();
    }
    std::optional<AssignmentRules::Policy> policy;
    if (body.contains(QLatin1String("policy"))) {
        policy = AssignmentRules::policyFromString(body.value(QLatin1String("policy")).toString());
        if (!policy)
            return invalid(Tr::tr("policy must be manual, round-robin or least-loaded."));
    }
    std::optional<int> grace;
    if (body.contains(QLatin1String("offlineGraceSecs"))) {
        const auto secs =
            RequestNumbers::fromJson(body.value(QLatin1String("offlineGraceSecs")),
                                     QStringLiteral("offlineGraceSecs"), 0, 24 * 3600);
        if (auto *response = std::get_if<HttpResponse>(&secs))
            return *response;
        grace = static_cast<int>(std::get<qint64>(secs));
    }
    std::optional<QByteArray> sla;
    if (body.contains(QLatin1String("sla"))) {
        const QByteArray json = QJsonDocument(body.value(QLatin1String("sla")).toObject())
                                    .toJson(QJsonDocument::Compact);
        auto checked = Triage::SlaPolicy::fromJson(json);
        if (!checked)
            return invalid(checked.error().userMessage,
                           {{QStringLiteral("problems"), checked.error().detail}});
        sla = checked.value().toJson();
    }
    auto settings =
        m_store.teams().setRouting(call.caller.teamId, policy, grace, nowMs(), sla, survey);
    if (!settings)
        return HttpResponse::unavailable(settings.error());
    m_fanout.changed(call.caller.teamId);
    return HttpResponse::json(200, settings.value());
}

HttpResponse TeamAdminApi::escalationSettings(const ApiCall &call)
{
    auto settings = m_store.escalations().settings(call.caller.teamId);
    if (!settings)
        return HttpResponse::unavailable(settings.error());
    return HttpResponse::json(200, QJsonDocument::fromJson(settings.value().toJson()).object());
}

HttpResponse TeamAdminApi::setEscalationSettings(const ApiCall &call)
{
    const QJsonDocument body = QJsonDocument::fromJson(call.request.body);
    if (!body.isObject())
        return invalid(Tr::tr("The escalation settings are a JSON object."));
    auto checked = Escalations::EscalationSettings::fromJson(call.request.body);
    if (!checked)
        return invalid(checked.error().userMessage);
    if (auto saved = m_store.escalations().setSettings(call.caller.teamId, checked.value()); !saved)
        return HttpResponse::unavailable(saved.error());
    m_fanout.changed(call.caller.teamId);
    return HttpResponse::json(200, QJsonDocument::fromJson(checked.value().toJson()).object());
}

HttpResponse TeamAdminApi::translationSettings(const ApiCall &call)
{
    auto settings = m_store.teams().translationSettings(call.caller.teamId);
    if (!settings)
        return HttpResponse::unavailable(settings.error());
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("settings"),
                          settings.value().isEmpty()
                              ? QJsonValue(QJsonValue::Null)
                              : QJsonValue(QJsonDocument::fromJson(settings.value()).object())}});
}

HttpResponse TeamAdminApi::setTranslationSettings(const ApiCall &call)
{
    auto parsed = JsonBody::parse(call.request, {{QStringLiteral("settings"), QJsonValue::Object}});
    if (auto *response = std::get_if<HttpResponse>(&parsed))
        return *response;
    // The provider file's own checks: a known provider, https only, never a key.
    auto settings = Translation::ProviderConfig::fromJson(
        QJsonDocument(std::get<QJsonObject>(parsed).value(QLatin1String("settings")).toObject())
            .toJson(QJsonDocument::Compact));
    if (!settings)
        return invalid(settings.error().userMessage);
    const QByteArray stored =
        QJsonDocument::fromJson(settings.value().toJson()).toJson(QJsonDocument::Compact);
    if (auto set = m_store.teams().setTranslationSettings(call.caller.teamId, stored); !set)
        return HttpResponse::unavailable(set.error());
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("settings"), QJsonDocument::fromJson(stored).object()}});
}

HttpResponse TeamAdminApi::teamWords(const ApiCall &call)
{
    auto words = m_store.teams().teamWords(call.caller.teamId);
    return words ? HttpResponse::json(200, QJsonObject{{QStringLiteral("words"),
                                                        QJsonArray::fromStringList(words.value())}})
                 : HttpResponse::unavailable(words.error());
}

HttpResponse TeamAdminApi::changeTeamWords(const ApiCall &call)
{
    auto parsed =
        JsonBody::parse(call.request, {{QStringLiteral("add"), QJsonValue::Array, false},
                                       {QStringLiteral("remove"), QJsonValue::Array, false}});
    if (auto *response = std::get_if<HttpResponse>(&parsed))
        return *response;
    const QJsonObject body = std::get<QJsonObject>(parsed);
    QStringList lists[2];
    const char *keys[2] = {"add", "remove"};
    for (int i = 0; i < 2; ++i) {
        const QJsonArray items = body.value(QLatin1String(keys[i])).toArray();
        if (items.size() > MAX_TEAM_WORDS_A_CHANGE)
            return invalid(
                Tr::tr("At most %1 words can be changed at once.").arg(MAX_TEAM_WORDS_A_CHANGE));
        for (const QJsonValue &item : items) {
            const QString word = item.toString().trimmed();
            // One word or name a line in the desks' files: no line breaks or other controls.
            const bool plain = std::none_of(word.begin(), word.end(), [](QChar c) {
                return c.category() == QChar::Other_Control;
            });
            if (!item.isString() || word.isEmpty() || word.size() > 64 || !plain)
                return invalid(Tr::tr("Each word must be text of 1 to 64 characters on one line."));
            lists[i].append(word);
        }
    }
    auto current = m_store.teams().teamWords(call.caller.teamId);
    if (!current)
        return HttpResponse::unavailable(current.error());
    if (current.value().size() + lists[0].size() > MAX_TEAM_WORDS)
        return invalid(Tr::tr("The team dictionary holds at most %1 words.").arg(MAX_TEAM_WORDS));
    auto words = m_store.teams().changeTeamWords(call.caller.teamId, lists[0], lists[1],
                                                 call.caller.displayName, nowMs());
    if (!words)
        return HttpResponse::unavailable(words.error());
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("words"), QJsonArray::fromStringList(words.value())}});
}

} // namespace CareDesk::Server
