#include "SalesforcePlugin.h"

#include "Soql.h"

#include <sdk/HttpRequests.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace CareDesk::Crm::Salesforce {

namespace {

using Sdk::Failure;
using Sdk::FailureKind;

constexpr int MAX_CONTACTS = 30;
// Found this many or fewer by a key: each gets its open Cases (one query more). A free-text
// search is a list to choose from.
constexpr int ENRICH_AT_MOST = 3;

class SalesforceConnector final : public Sdk::CrmConnector
{
public:
    explicit SalesforceConnector(Sdk::ChannelHost &host)
        : m_host(host)
        , m_base(Sdk::apiBaseUrl(host, QString()))
        , m_version(Sdk::settingOr(host, QStringLiteral("apiVersion"), QStringLiteral("v60.0")))
        , m_handleField(host.setting(QStringLiteral("handleField")))
        , m_tierField(host.setting(QStringLiteral("tierField")))
        , m_valueField(host.setting(QStringLiteral("valueField")))
    {}

    Sdk::CrmLookupResult find(const Sdk::CrmQuery &query) override;
    Sdk::CrmLogResult logConversation(const Sdk::CrmLogEntry &entry) override;
    std::optional<QString> findLogged(const Sdk::CrmLogEntry &entry, Failure &failure) override;
    Sdk::CheckResult check() override;

private:
    QString dataPath() const { return QStringLiteral("/services/data/") + m_version; }
    // One request to a path of the org; a JSON answer, or why not.
    std::optional<QJsonDocument> call(const QByteArray &method, const QString &pathAndQuery,
                                      const QJsonObject &body, Failure &failure,
                                      Sdk::Quota *quota = nullptr, bool *uncertain = nullptr);
    // Every record of a SOQL query, following nextRecordsUrl, up to `limit`.
    QList<QJsonObject> query(const QString &soql, int limit, Failure &failure, Sdk::Quota &quota);
    QList<QJsonObject> search(const QString &sosl, Failure &failure, Sdk::Quota &quota);
    QList<QJsonObject> contactsFor(const Sdk::CrmQuery &query, Failure &failure, Sdk::Quota &quota);

    Sdk::ChannelHost &m_host;
    const QString m_base;
    const QString m_version;
    const QString m_handleField;
    const QString m_tierField;
    const QString m_valueField;
};

std::optional<QJsonDocument> SalesforceConnector::call(const QByteArray &method,
                                                       const QString &pathAndQuery,
                                                       const QJsonObject &body, Failure &failure,
                                                       Sdk::Quota *quota, bool *uncertain)
{
    if (m_base.isEmpty()) {
        failure = {FailureKind::Misconfigured,
                   QStringLiteral("Salesforce needs the org's address in \"apiBaseUrl\" "
                                  "(https://<domain>.my.salesforce.com)."),
                   {}};
        return std::nullopt;
    }
    const QString token = m_host.credential();
    if (token.isEmpty()) {
        failure = {FailureKind::Misconfigured,
                   QStringLiteral("Salesforce is not connected yet: run caredesk-cli crm connect."),
                   {}};
        return std::nullopt;
    }
    Sdk::HttpRequest request =
        Sdk::jsonRequest(m_host, method, m_base, {}, "Bearer " + token.toUtf8(), body);
    // The path carries its own query, encoded by the caller.
    request.url = QUrl(m_base + pathAndQuery, QUrl::StrictMode);
    const Sdk::HttpResponse response = m_host.http(request);
    if (quota) {
        const Sdk::Quota reported = quotaOf(response);
        if (reported.limit >= 0)
            *quota = reported;
    }
    return Sdk::jsonAnswer(
        response,
        [this](const Sdk::HttpResponse &refused) { return failureOf(refused, m_host.now()); },
        QStringLiteral("Salesforce"), failure, uncertain);
}

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QList<QJsonObject> SalesforceConnector::query(const QString &soql, int limit, Failure &failure,
                                              Sdk::Quota &quota)
{
    QList<QJsonObject> records;
    QString next = dataPath() + QStringLiteral("/query?q=") + encoded(soql);
    while (!next.isEmpty() && records.size() < limit) {
        const auto page = call("GET", next, {}, failure, &quota);
        if (!page)
            return records;
        const QJsonArray found = page->object().value(QLatin1String("records")).toArray();
        for (const QJsonValue &record : found)
            records.append(record.toObject());
        next = page->object().value(QLatin1String("done")).toBool(true)
                   ? QString()
                   : page->object().value(QLatin1String("nextRecordsUrl")).toString();
    }
    return records;
}

QList<QJsonObject> SalesforceConnector::search(const QString &sosl, Failure &failure,
                                               Sdk::Quota &quota)
{
    QList<QJsonObject> records;
    const auto answer = call("GET", dataPath() + QStringLiteral("/search/?q=") + encoded(sosl), {},
                             failure, &quota);
    if (!answer)
        return records;
    // Since v37 {"searchRecords":[...]}; before, the list alone.
    const QJsonArray found = answer->isArray()
                                 ? answer->array()
                                 : answer->object().value(QLatin1String("searchRecords")).toArray();
    for (const QJsonValue &record : found)
        records.append(record.toObject());
    return records;
}

QList<QJsonObject> SalesforceConnector::contactsFor(const Sdk::CrmQuery &query, Failure &failure,
                                                    Sdk::Quota &quota)
{
    const QString fields = contactFields(m_handleField, m_tierField, m_valueField);
    const QString select = QStringLiteral("SELECT %1 FROM Contact WHERE ").arg(fields);
    const QString order =
        QStringLiteral(" ORDER BY LastModifiedDate DESC LIMIT %1").arg(MAX_CONTACTS);
    const QString value = soqlLiteral(query.value);
    switch (query.kind) {
    case Sdk::CrmQuery::Kind::Email:
        return this->query(select + QStringLiteral("Email = '%1'").arg(value) + order, MAX_CONTACTS,
                           failure, quota);
    case Sdk::CrmQuery::Kind::Handle:
        if (m_handleField.isEmpty())
            return {};
        return this->query(select + QStringLiteral("%1 = '%2'").arg(m_handleField, value) + order,
                           MAX_CONTACTS, failure, quota);
    case Sdk::CrmQuery::Kind::Id:
        return this->query(select + QStringLiteral("Id = '%1'").arg(value), 1, failure, quota);
    case Sdk::CrmQuery::Kind::Phone: {
        // Phone fields hold numbers however people typed them; SOSL compares them by digits.
        QString digits = query.value;
        digits.remove(u'+');
        QString terms = soslTerm(digits);
        if (!query.nationalNumber.isEmpty())
            terms = soslTerm(query.nationalNumber) + QStringLiteral(" OR ") + terms;
        QList<QJsonObject> found =
            search(QStringLiteral("FIND {%1} IN PHONE FIELDS RETURNING Contact(%2) LIMIT %3")
                       .arg(terms, fields)
                       .arg(MAX_CONTACTS),
                   failure, quota);
        found.removeIf([&](const QJsonObject &record) { return !hasPhone(record, query.value); });
        return found;
    }
    case Sdk::CrmQuery::Kind::Text:
        return search(QStringLiteral("FIND {%1} IN ALL FIELDS RETURNING Contact(%2) LIMIT %3")
                          .arg(soslTerm(query.value.left(200)), fields)
                          .arg(MAX_CONTACTS),
                      failure, quota);
    }
    return {};
}

Sdk::CrmLookupResult SalesforceConnector::find(const Sdk::CrmQuery &query)
{
    Sdk::CrmLookupResult result;
    if (query.value.trimmed().isEmpty())
        return result;
    const QList<QJsonObject> found = contactsFor(query, result.failure, result.quota);
    if (!result.failure.ok())
        return result;
    for (const QJsonObject &record : found) {
        if (record.value(QLatin1String("Id")).toString().isEmpty())
            continue; // nothing to link to
        Sdk::CrmContact contact = contactFrom(record, m_handleField, m_tierField, m_valueField);
        contact.url = m_base + QStringLiteral("/lightning/r/Contact/%1/view").arg(contact.id);
        if (found.size() <= ENRICH_AT_MOST && query.kind != Sdk::CrmQuery::Kind::Text) {
            // Open or closed is the org's to say (IsClosed), whatever it names its statuses.
            const QList<QJsonObject> cases =
                this->query(QStringLiteral("SELECT Id, CaseNumber, Subject, Status FROM Case "
                                           "WHERE ContactId = '%1' AND IsClosed = false "
                                           "ORDER BY LastModifiedDate DESC LIMIT 20")
                                .arg(soqlLiteral(contact.id)),
                            20, result.failure, result.quota);
            if (!result.failure.ok())
                return result;
            for (const QJsonObject &open : cases)
                contact.openCases.append({open.value(QLatin1String("CaseNumber")).toString(),
                                          open.value(QLatin1String("Subject")).toString(),
                                          open.value(QLatin1String("Status")).toString()});
        }
        result.contacts.append(contact);
    }
    return result;
}

Sdk::CrmLogResult SalesforceConnector::logConversation(const Sdk::CrmLogEntry &entry)
{
    Sdk::CrmLogResult result;
    const QString marker = markerOf(entry.clientId);
    const QJsonObject task{
        {QStringLiteral("WhoId"), entry.contactId},
        {QStringLiteral("Subject"),
         QString(entry.subject.left(255 - marker.size() - 1) + u' ' + marker)},
        {QStringLiteral("Description"), entry.body.left(32000)},
        {QStringLiteral("Status"),
         Sdk::settingOr(m_host, QStringLiteral("taskStatus"), QStringLiteral("Completed"))},
        {QStringLiteral("ActivityDate"), entry.occurredAt.toUTC().date().toString(Qt::ISODate)},
        {QStringLiteral("TaskSubtype"), QStringLiteral("Task")}};
    const auto created = call("POST", dataPath() + QStringLiteral("/sobjects/Task"), task,
                              result.failure, nullptr, &result.uncertain);
    if (created)
        result.recordId = created->object().value(QLatin1String("id")).toString();
    return result;
}

std::optional<QString> SalesforceConnector::findLogged(const Sdk::CrmLogEntry &entry,
                                                       Failure &failure)
{
    // SOQL, not search: a Task just made is in the database before it is in the index.
    Sdk::Quota quota;
    const QList<QJsonObject> found =
        query(QStringLiteral("SELECT Id, Subject FROM Task WHERE WhoId = '%1' AND Subject LIKE "
                             "'%%2%' ORDER BY CreatedDate DESC LIMIT 1")
                  .arg(soqlLiteral(entry.contactId), soqlLiteral(markerOf(entry.clientId))),
              1, failure, quota);
    if (!failure.ok() || found.isEmpty())
        return std::nullopt;
    return found.first().value(QLatin1String("Id")).toString();
}

Sdk::CheckResult SalesforceConnector::check()
{
    Sdk::CheckResult result;
    const auto limits =
        call("GET", dataPath() + QStringLiteral("/limits"), {}, result.failure, &result.quota);
    if (limits)
        result.account = QStringLiteral("Salesforce org at %1").arg(m_base);
    return result;
}

} // namespace

std::unique_ptr<Sdk::CrmConnector> SalesforcePlugin::createConnector(Sdk::ChannelHost &host)
{
    return std::make_unique<SalesforceConnector>(host);
}

} // namespace CareDesk::Crm::Salesforce
