#include "HubSpotApi.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace CareDesk::Crm::HubSpot {

namespace {

QJsonObject filter(const QString &property, const QString &op, const QString &value)
{
    return {{QStringLiteral("propertyName"), property},
            {QStringLiteral("operator"), op},
            {QStringLiteral("value"), value}};
}

// Groups are ORed; each here holds one filter.
QJsonArray anyOf(const QList<QJsonObject> &filters)
{
    QJsonArray groups;
    for (const QJsonObject &one : filters)
        groups.append(QJsonObject{{QStringLiteral("filters"), QJsonArray{one}}});
    return groups;
}

QString text(const QJsonObject &properties, const QString &name)
{
    return properties.value(name).toString().trimmed();
}

} // namespace

QStringList contactProperties(const QString &handleProperty, const QString &tierProperty,
                              const QString &valueProperty)
{
    QStringList properties{QStringLiteral("firstname"),
                           QStringLiteral("lastname"),
                           QStringLiteral("email"),
                           QStringLiteral("hs_additional_emails"),
                           QStringLiteral("phone"),
                           QStringLiteral("mobilephone"),
                           QStringLiteral("hs_calculated_phone_number"),
                           QStringLiteral("company"),
                           QStringLiteral("hubspot_owner_id"),
                           tierProperty,
                           valueProperty,
                           handleProperty};
    properties.removeDuplicates();
    properties.removeAll(QString());
    return properties;
}

QJsonObject searchBody(const Sdk::CrmQuery &query, const QStringList &properties,
                       const QString &handleProperty, const QString &after)
{
    QJsonObject body{{QStringLiteral("properties"), QJsonArray::fromStringList(properties)},
                     {QStringLiteral("limit"), 10}};
    if (!after.isEmpty())
        body.insert(QStringLiteral("after"), after);
    switch (query.kind) {
    case Sdk::CrmQuery::Kind::Email:
        body.insert(QStringLiteral("filterGroups"),
                    anyOf({filter(QStringLiteral("email"), QStringLiteral("EQ"), query.value),
                           filter(QStringLiteral("hs_additional_emails"),
                                  QStringLiteral("CONTAINS_TOKEN"), query.value)}));
        break;
    case Sdk::CrmQuery::Kind::Phone: {
        // HubSpot compares numbers by their calculated form without the country code; numbers
        // already kept in E.164 match as written.
        QList<QJsonObject> filters;
        if (!query.nationalNumber.isEmpty()) {
            filters.append(filter(QStringLiteral("hs_searchable_calculated_phone_number"),
                                  QStringLiteral("EQ"), query.nationalNumber));
            filters.append(filter(QStringLiteral("hs_searchable_calculated_mobile_number"),
                                  QStringLiteral("EQ"), query.nationalNumber));
        }
        filters.append(filter(QStringLiteral("phone"), QStringLiteral("EQ"), query.value));
        filters.append(filter(QStringLiteral("mobilephone"), QStringLiteral("EQ"), query.value));
        body.insert(QStringLiteral("filterGroups"), anyOf(filters));
        break;
    }
    case Sdk::CrmQuery::Kind::Handle:
        body.insert(QStringLiteral("filterGroups"),
                    anyOf({filter(handleProperty, QStringLiteral("EQ"), query.value)}));
        break;
    case Sdk::CrmQuery::Kind::Text:
        body.insert(QStringLiteral("query"), query.value.left(200));
        break;
    case Sdk::CrmQuery::Kind::Id:
        break;
    }
    return body;
}

Sdk::CrmContact contactFrom(const QJsonObject &result, const QString &handleProperty,
                            const QString &tierProperty, const QString &valueProperty)
{
    const QJsonObject properties = result.value(QLatin1String("properties")).toObject();
    Sdk::CrmContact contact;
    contact.id = result.value(QLatin1String("id")).toString();
    contact.name = QString(text(properties, QStringLiteral("firstname")) + u' ' +
                           text(properties, QStringLiteral("lastname")))
                       .trimmed();
    contact.company = text(properties, QStringLiteral("company"));
    const QString email = text(properties, QStringLiteral("email"));
    if (!email.isEmpty())
        contact.emails.append(email);
    // hs_additional_emails holds the others, separated by ";".
    const QStringList more =
        text(properties, QStringLiteral("hs_additional_emails")).split(u';', Qt::SkipEmptyParts);
    for (const QString &other : more)
        contact.emails.append(other.trimmed());
    for (const char *name : {"phone", "mobilephone"}) {
        const QString number = text(properties, QString::fromLatin1(name));
        if (!number.isEmpty() && !contact.phones.contains(number))
            contact.phones.append(number);
    }
    const QString handle = text(properties, handleProperty);
    if (!handle.isEmpty())
        contact.handles.append(handle);
    contact.tier = text(properties, tierProperty);
    contact.value = text(properties, valueProperty).toDouble();
    contact.owner = text(properties, QStringLiteral("hubspot_owner_id")); // an id until named
    if (contact.name.isEmpty())
        contact.name = email;
    return contact;
}

bool samePhone(const QJsonObject &result, const QString &e164)
{
    const QJsonObject properties = result.value(QLatin1String("properties")).toObject();
    const QString calculated = text(properties, QStringLiteral("hs_calculated_phone_number"));
    if (!calculated.isEmpty())
        return Sdk::samePhoneNumber(calculated, e164);
    for (const char *name : {"phone", "mobilephone"}) {
        if (Sdk::samePhoneNumber(text(properties, QString::fromLatin1(name)), e164))
            return true;
    }
    return false;
}

QHash<QString, TicketStage> ticketStages(const QJsonObject &pipelines)
{
    QHash<QString, TicketStage> stages;
    const QJsonArray results = pipelines.value(QLatin1String("results")).toArray();
    for (const QJsonValue &pipeline : results) {
        const QJsonArray list = pipeline[QLatin1String("stages")].toArray();
        for (const QJsonValue &stage : list) {
            const QJsonObject metadata = stage[QLatin1String("metadata")].toObject();
            stages.insert(stage[QLatin1String("id")].toString(),
                          {stage[QLatin1String("label")].toString(),
                           metadata.value(QLatin1String("ticketState")).toString() !=
                               QLatin1String("CLOSED")});
        }
    }
    return stages;
}

Sdk::Quota quotaOf(const Sdk::HttpResponse &response)
{
    Sdk::Quota quota;
    bool ok = false;
    const qint64 limit = response.header("x-hubspot-ratelimit-daily").toLongLong(&ok);
    if (ok)
        quota.limit = limit;
    const qint64 remaining = response.header("x-hubspot-ratelimit-daily-remaining").toLongLong(&ok);
    if (ok)
        quota.remaining = remaining;
    return quota;
}

Sdk::Failure failureOf(const Sdk::HttpResponse &response, const QDateTime &now)
{
    using Sdk::FailureKind;
    if (response.status == 0)
        return {FailureKind::Transient,
                QStringLiteral("HubSpot could not be reached: %1").arg(response.transportError),
                {}};
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    const QString message = body.value(QLatin1String("message")).toString().left(300);
    const QString category = body.value(QLatin1String("category")).toString();
    const int status = response.status;
    if (status == 401)
        return {FailureKind::AuthorizationExpired,
                QStringLiteral("HubSpot refused the token (%1); enter a valid private-app token.")
                    .arg(category.isEmpty() ? QStringLiteral("401") : category),
                {}};
    if (status == 403)
        return {FailureKind::Misconfigured,
                QStringLiteral("The HubSpot token lacks a permission this needs (%1): give the "
                               "private app the crm.objects.contacts and tickets scopes.")
                    .arg(category.isEmpty() ? message : category),
                {}};
    if (status == 429) {
        // The daily allowance lasts until the account's midnight; a burst limit for seconds.
        if (body.value(QLatin1String("policyName")).toString() == QLatin1String("DAILY")) {
            const QDateTime midnight(now.date().addDays(1), QTime(0, 0), Qt::UTC);
            return {FailureKind::RateLimited,
                    QStringLiteral("HubSpot's daily request allowance is used up."), midnight};
        }
        bool ok = false;
        qint64 waitMs = response.header("retry-after").toLongLong(&ok) * 1000;
        if (!ok || waitMs <= 0)
            waitMs = response.header("x-hubspot-ratelimit-interval-milliseconds").toLongLong(&ok);
        if (!ok || waitMs <= 0)
            waitMs = 1000; // search answers say nothing: HubSpot allows five a second
        return {FailureKind::RateLimited,
                QStringLiteral("HubSpot asked to slow down: %1")
                    .arg(message.isEmpty() ? QStringLiteral("too many requests") : message),
                now.addMSecs(waitMs)};
    }
    if (status == 477) {
        const qint64 seconds = response.header("retry-after").toLongLong();
        return {FailureKind::Transient,
                QStringLiteral("HubSpot is moving this account; it asked to wait."),
                now.addSecs(seconds > 0 ? seconds : 60)};
    }
    if (status >= 500 || status == 423)
        return {FailureKind::Transient,
                QStringLiteral("HubSpot had trouble answering (HTTP %1).").arg(status),
                {}};
    return {FailureKind::Rejected,
            QStringLiteral("HubSpot refused the request (HTTP %1): %2")
                .arg(QString::number(status), message.isEmpty() ? category : message),
            {}};
}

QString markerOf(const QString &clientId)
{
    // One alphanumeric token: HubSpot's search splits words at punctuation.
    QString marker = QStringLiteral("caredesk");
    for (const QChar c : clientId) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            marker.append(c.toLower());
    }
    return marker;
}

QString noteBody(const Sdk::CrmLogEntry &entry)
{
    QString html =
        QStringLiteral("<p><strong>%1</strong></p><p>").arg(entry.subject.toHtmlEscaped());
    html += entry.body.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
    // HubSpot keeps 65,536 characters; the marker must survive a long transcript.
    html.truncate(65000);
    return html + QStringLiteral("</p><p>%1</p>").arg(markerOf(entry.clientId));
}

} // namespace CareDesk::Crm::HubSpot
