// What HubSpot's CRM API v3 answers, read: contacts, tickets, pipelines and its errors.
// May use the SDK only.
#pragma once

#include <sdk/CrmPlugin.h>

#include <QHash>
#include <QJsonObject>

namespace CareDesk::Crm::HubSpot {

// The contact properties asked for in every search, `handleProperty` included.
QStringList contactProperties(const QString &handleProperty, const QString &tierProperty,
                              const QString &valueProperty);

// The filters of a contact search for `query` (not for Text and Id, which search otherwise).
QJsonObject searchBody(const Sdk::CrmQuery &query, const QStringList &properties,
                       const QString &handleProperty, const QString &after);

// One contact of a search or read answer, without owner name, open tickets or URL.
Sdk::CrmContact contactFrom(const QJsonObject &result, const QString &handleProperty,
                            const QString &tierProperty, const QString &valueProperty);
// Whether a contact found by a number without its country code is really that number.
bool samePhone(const QJsonObject &result, const QString &e164);

// Stage id -> (label, open) from GET /crm/v3/pipelines/tickets.
struct TicketStage
{
    QString label;
    bool open = true;
};
QHash<QString, TicketStage> ticketStages(const QJsonObject &pipelines);

// What HubSpot said of the request's quota (X-HubSpot-RateLimit-Daily and -Daily-Remaining).
Sdk::Quota quotaOf(const Sdk::HttpResponse &response);
// A request that did not work, in words for a care team, sorted by what to do next.
Sdk::Failure failureOf(const Sdk::HttpResponse &response, const QDateTime &now);

// The note body for a logged conversation: HubSpot shows it as HTML, so the transcript is
// escaped; the marker lets findLogged() recognise it.
QString noteBody(const Sdk::CrmLogEntry &entry);
QString markerOf(const QString &clientId);

} // namespace CareDesk::Crm::HubSpot
