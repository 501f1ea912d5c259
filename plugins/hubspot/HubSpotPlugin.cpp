#include "HubSpotPlugin.h"

#include "HubSpotApi.h"

#include <sdk/HttpRequests.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace CareDesk::Crm::HubSpot {

namespace {

using Sdk::Failure;
using Sdk::FailureKind;

// Contacts a search reads at most, over its pages.
constexpr int MAX_CONTACTS = 30;
// Found this many or fewer by a key: each gets its owner's name and open tickets (three
// requests more). A free-text search is a list to choose from and is not enriched.
constexpr int ENRICH_AT_MOST = 3;

class HubSpotConnector final : public Sdk::CrmConnector
{
public:
    explicit HubSpotConnector(Sdk::ChannelHost &host)
        : m_host(host)
        , m_base(Sdk::apiBaseUrl(host, QStringLiteral("https://api.hubapi.com")))
        , m_handleProperty(Sdk::settingOr(host, QStringLiteral("handleProperty"),
                                          QStringLiteral("twitterhandle")))
        , m_tierProperty(Sdk::settingOr(host, QStringLiteral("tierProperty"),
                                        QStringLiteral("lifecyclestage")))
        , m_valueProperty(Sdk::settingOr(host, QStringLiteral("valueProperty"),
                                         QStringLiteral("total_revenue")))
    {}

    Sdk::CrmLookupResult find(const Sdk::CrmQuery &query) override;
    Sdk::CrmLogResult logConversation(const Sdk::CrmLogEntry &entry) override;
    std::optional<QString> findLogged(const Sdk::CrmLogEntry &entry, Failure &failure) override;
    Sdk::CheckResult check() override;

private:
    // One request; a JSON object answer, or why not (and the quota it reported).
    std::optional<QJsonObject> call(const QByteArray &method, const QString &path,
                                    const QJsonObject &body, Failure &failure,
                                    Sdk::Quota *quota = nullptr, bool *uncertain = nullptr);
    QList<QJsonObject> search(const Sdk::CrmQuery &query, Failure &failure, Sdk::Quota &quota);
    void enrich(Sdk::CrmContact &contact, Failure &failure);
    bool knowAccount(Failure &failure);
    bool knowStages(Failure &failure);

    Sdk::ChannelHost &m_host;
    const QString m_base;
    const QString m_handleProperty;
    const QString m_tierProperty;
    const QString m_valueProperty;
    QString m_uiDomain; // from the account's details, for links to records
    qint64 m_portalId = 0;
    QHash<QString, TicketStage> m_stages;
    QHash<QString, QString> m_owners; // owner id -> name
};

std::optional<QJsonObject> HubSpotConnector::call(const QByteArray &method, const QString &path,
                                                  const QJsonObject &body, Failure &failure,
                                                  Sdk::Quota *quota, bool *uncertain)
{
    const QString token = m_host.credential();
    if (token.isEmpty()) {
        failure = {FailureKind::Misconfigured,
                   QStringLiteral("HubSpot needs a private-app token in the keychain."),
                   {}};
        return std::nullopt;
    }
    const Sdk::HttpRequest request =
        Sdk::jsonRequest(m_host, method, m_base + path, {}, "Bearer " + token.toUtf8(), body);
    const Sdk::HttpResponse response = m_host.http(request);
    if (quota) {
        const Sdk::Quota reported = quotaOf(response);
        if (reported.limit >= 0)
            *quota = reported;
    }
    const auto document = Sdk::jsonAnswer(
        response,
        [this](const Sdk::HttpResponse &refused) { return failureOf(refused, m_host.now()); },
        QStringLiteral("HubSpot"), failure, uncertain);
    if (!document)
        return std::nullopt;
    // Every HubSpot answer this asks for is an object.
    if (!document->isObject()) {
        failure = {FailureKind::Transient,
                   QStringLiteral("HubSpot answered with something that is not a JSON object."),
                   {}};
        return std::nullopt;
    }
    return document->object();
}

QList<QJsonObject> HubSpotConnector::search(const Sdk::CrmQuery &query, Failure &failure,
                                            Sdk::Quota &quota)
{
    const QStringList properties =
        contactProperties(m_handleProperty, m_tierProperty, m_valueProperty);
    QList<QJsonObject> results;
    if (query.kind == Sdk::CrmQuery::Kind::Id) {
        const auto contact =
            call("GET",
                 QStringLiteral("/crm/v3/objects/contacts/%1?properties=%2")
                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(query.value)),
                          properties.join(u',')),
                 {}, failure, &quota);
        if (contact && !contact->value(QLatin1String("id")).toString().isEmpty())
            results.append(*contact);
        else if (failure.message.contains(QLatin1String("HTTP 404")))
            failure = {}; // gone from the CRM: nobody found
        return results;
    }
    QString after;
    do {
        const auto page =
            call("POST", QStringLiteral("/crm/v3/objects/contacts/search"),
                 searchBody(query, properties, m_handleProperty, after), failure, &quota);
        if (!page)
            return results;
        const QJsonArray found = page->value(QLatin1String("results")).toArray();
        for (const QJsonValue &result : found) {
            // A result without an id cannot be linked to.
            if (result[QLatin1String("id")].toString().isEmpty())
                continue;
            if (query.kind != Sdk::CrmQuery::Kind::Phone ||
                samePhone(result.toObject(), query.value))
                results.append(result.toObject());
        }
        after = (*page)[QLatin1String("paging")][QLatin1String("next")][QLatin1String("after")]
                    .toString();
    } while (!after.isEmpty() && results.size() < MAX_CONTACTS);
    return results;
}

Sdk::CrmLookupResult HubSpotConnector::find(const Sdk::CrmQuery &query)
{
    Sdk::CrmLookupResult result;
    if (query.value.trimmed().isEmpty())
        return result;
    const QList<QJsonObject> found = search(query, result.failure, result.quota);
    if (!result.failure.ok())
        return result;
    if (!found.isEmpty() && !knowAccount(result.failure))
        return result;
    for (const QJsonObject &one : found) {
        Sdk::CrmContact contact =
            contactFrom(one, m_handleProperty, m_tierProperty, m_valueProperty);
        contact.url = QStringLiteral("https://%1/contacts/%2/record/0-1/%3")
                          .arg(m_uiDomain, QString::number(m_portalId), contact.id);
        if (found.size() <= ENRICH_AT_MOST && query.kind != Sdk::CrmQuery::Kind::Text) {
            Failure enrichment;
            enrich(contact, enrichment);
            // The contact is still the contact without their tickets; a refused token or a
            // limit, though, stops here.
            if (enrichment.kind == FailureKind::AuthorizationExpired ||
                enrichment.kind == FailureKind::RateLimited ||
                enrichment.kind == FailureKind::Misconfigured) {
                result.failure = enrichment;
                return result;
            }
            if (!enrichment.ok())
                m_host.logWarning(enrichment.message);
        } else {
            contact.owner.clear(); // an id means nothing to an agent
        }
        result.contacts.append(contact);
    }
    return result;
}

bool HubSpotConnector::knowAccount(Failure &failure)
{
    if (m_portalId != 0)
        return true;
    const auto details = call("GET", QStringLiteral("/account-info/v3/details"), {}, failure);
    if (!details)
        return false;
    m_portalId = details->value(QLatin1String("portalId")).toInteger();
    m_uiDomain =
        details->value(QLatin1String("uiDomain")).toString(QStringLiteral("app.hubspot.com"));
    return true;
}

bool HubSpotConnector::knowStages(Failure &failure)
{
    if (!m_stages.isEmpty())
        return true;
    const auto pipelines = call("GET", QStringLiteral("/crm/v3/pipelines/tickets"), {}, failure);
    if (!pipelines)
        return false;
    m_stages = ticketStages(*pipelines);
    return true;
}

void HubSpotConnector::enrich(Sdk::CrmContact &contact, Failure &failure)
{
    const QString ownerId = contact.owner;
    contact.owner.clear();
    if (!ownerId.isEmpty()) {
        if (!m_owners.contains(ownerId)) {
            Failure ownerFailure;
            const auto owner =
                call("GET", QStringLiteral("/crm/v3/owners/%1?archived=false").arg(ownerId), {},
                     ownerFailure);
            // An owner gone from the account is no reason to fail the lookup.
            if (owner) {
                const QString name =
                    QString(owner->value(QLatin1String("firstName")).toString() + u' ' +
                            owner->value(QLatin1String("lastName")).toString())
                        .trimmed();
                m_owners.insert(ownerId, name.isEmpty()
                                             ? owner->value(QLatin1String("email")).toString()
                                             : name);
            }
        }
        contact.owner = m_owners.value(ownerId);
    }
    const auto associations = call(
        "GET", QStringLiteral("/crm/v4/objects/contacts/%1/associations/tickets").arg(contact.id),
        {}, failure);
    if (!associations)
        return;
    QJsonArray inputs;
    const QJsonArray linked = associations->value(QLatin1String("results")).toArray();
    for (const QJsonValue &ticket : linked) {
        // v4 gives the id as a number.
        inputs.append(QJsonObject{
            {QStringLiteral("id"),
             QString::number(ticket[QLatin1String("toObjectId")].toVariant().toLongLong())}});
        if (inputs.size() == 100)
            break;
    }
    if (inputs.isEmpty() || !knowStages(failure))
        return;
    const auto tickets =
        call("POST", QStringLiteral("/crm/v3/objects/tickets/batch/read"),
             {{QStringLiteral("properties"),
               QJsonArray{QStringLiteral("subject"), QStringLiteral("hs_pipeline_stage")}},
              {QStringLiteral("inputs"), inputs}},
             failure);
    if (!tickets)
        return;
    const QJsonArray read = tickets->value(QLatin1String("results")).toArray();
    for (const QJsonValue &ticket : read) {
        const QJsonObject properties = ticket[QLatin1String("properties")].toObject();
        const TicketStage stage =
            m_stages.value(properties.value(QLatin1String("hs_pipeline_stage")).toString());
        if (stage.open)
            contact.openCases.append({ticket[QLatin1String("id")].toString(),
                                      properties.value(QLatin1String("subject")).toString(),
                                      stage.label});
    }
}

Sdk::CrmLogResult HubSpotConnector::logConversation(const Sdk::CrmLogEntry &entry)
{
    Sdk::CrmLogResult result;
    const QJsonObject note{
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("hs_timestamp"), entry.occurredAt.toUTC().toString(Qt::ISODateWithMs)},
             {QStringLiteral("hs_note_body"), noteBody(entry)}}},
        {QStringLiteral("associations"),
         QJsonArray{QJsonObject{
             {QStringLiteral("to"), QJsonObject{{QStringLiteral("id"), entry.contactId}}},
             {QStringLiteral("types"),
              QJsonArray{QJsonObject{
                  {QStringLiteral("associationCategory"), QStringLiteral("HUBSPOT_DEFINED")},
                  {QStringLiteral("associationTypeId"), 202}}}}}}}};
    const auto created = call("POST", QStringLiteral("/crm/v3/objects/notes"), note, result.failure,
                              nullptr, &result.uncertain);
    if (created)
        result.recordId = created->value(QLatin1String("id")).toString();
    return result;
}

std::optional<QString> HubSpotConnector::findLogged(const Sdk::CrmLogEntry &entry, Failure &failure)
{
    // Through the contact's notes rather than search, which lags behind new records.
    const auto associations =
        call("GET",
             QStringLiteral("/crm/v4/objects/contacts/%1/associations/notes").arg(entry.contactId),
             {}, failure);
    if (!associations)
        return std::nullopt;
    QJsonArray inputs;
    const QJsonArray linked = associations->value(QLatin1String("results")).toArray();
    for (const QJsonValue &note : linked)
        inputs.append(QJsonObject{
            {QStringLiteral("id"),
             QString::number(note[QLatin1String("toObjectId")].toVariant().toLongLong())}});
    if (inputs.isEmpty())
        return std::nullopt;
    const auto notes =
        call("POST", QStringLiteral("/crm/v3/objects/notes/batch/read"),
             {{QStringLiteral("properties"), QJsonArray{QStringLiteral("hs_note_body")}},
              {QStringLiteral("inputs"), inputs}},
             failure);
    if (!notes)
        return std::nullopt;
    const QString marker = markerOf(entry.clientId);
    const QJsonArray read = notes->value(QLatin1String("results")).toArray();
    for (const QJsonValue &note : read) {
        if (note[QLatin1String("properties")][QLatin1String("hs_note_body")].toString().contains(
                marker))
            return note[QLatin1String("id")].toString();
    }
    return std::nullopt;
}

Sdk::CheckResult HubSpotConnector::check()
{
    Sdk::CheckResult result;
    m_portalId = 0;
    if (knowAccount(result.failure))
        result.account = QStringLiteral("HubSpot account %1").arg(m_portalId);
    return result;
}

} // namespace

std::unique_ptr<Sdk::CrmConnector> HubSpotPlugin::createConnector(Sdk::ChannelHost &host)
{
    return std::make_unique<HubSpotConnector>(host);
}

} // namespace CareDesk::Crm::HubSpot
