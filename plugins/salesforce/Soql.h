// Salesforce's query languages written safely, and its answers read. May use the SDK only.
#pragma once

#include <sdk/CrmPlugin.h>

#include <QJsonObject>
#include <QString>

namespace CareDesk::Crm::Salesforce {

// A value inside a SOQL string literal: backslash, quotes and control characters escaped.
QString soqlLiteral(const QString &value);
// A value inside a SOSL FIND {...}: its reserved characters escaped, and the operator words
// AND, OR and NOT quoted so they are searched as words.
QString soslTerm(const QString &value);

// The fields a contact is read with: standard ones and the org's own (`handleField`, ...).
QString contactFields(const QString &handleField, const QString &tierField,
                      const QString &valueField);

// A Contact record (or a SOSL search record) as the SDK's contact, without its cases or URL.
Sdk::CrmContact contactFrom(const QJsonObject &record, const QString &handleField,
                            const QString &tierField, const QString &valueField);
// Whether one of the contact's numbers is `e164`, compared by its last nine digits at least.
bool hasPhone(const QJsonObject &record, const QString &e164);

// "api-usage=25/15000": what was used of the org's daily allowance.
Sdk::Quota quotaOf(const Sdk::HttpResponse &response);
// A request that did not work, in words for a care team, sorted by what to do next. Salesforce
// answers errors as [{"message","errorCode"}]; an exhausted allowance is 403
// REQUEST_LIMIT_EXCEEDED, never 429.
Sdk::Failure failureOf(const Sdk::HttpResponse &response, const QDateTime &now);

// "[cd1f2e...]" for a Task's subject: found again by findLogged().
QString markerOf(const QString &clientId);

} // namespace CareDesk::Crm::Salesforce
