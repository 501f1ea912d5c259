// What a CRM answers, and what a team's customer file holds: HubSpot's and Salesforce's answers
// to every request a lookup or a logged conversation makes (plugins/hubspot, plugins/salesforce),
// the query escaping, and customer files in CSV and JSON Lines (app/core/crm/CustomerFile.h).
#include "FuzzSupport.h"

#include "crm/CustomerFile.h"

#include <HubSpotApi.h>
#include <HubSpotPlugin.h>
#include <SalesforcePlugin.h>
#include <Soql.h>

using namespace CareDesk;

namespace {

const QDateTime NOW = QDateTime::fromSecsSinceEpoch(1793606400, Qt::UTC);

// Answers every request with the input, as a CRM gone wrong would.
class AnsweringHost final : public Sdk::ChannelHost
{
public:
    AnsweringHost(QByteArray body, int status)
        : m_body(std::move(body))
        , m_status(status)
    {}
    QDateTime now() const override { return NOW; }
    QString setting(const QString &key) const override
    {
        if (key == u"apiBaseUrl")
            return QStringLiteral("https://crm.example");
        if (key == u"handleField")
            return QStringLiteral("Twitter_Handle__c");
        return {};
    }
    void logWarning(const QString &) const override {}
    QString credential() const override { return QStringLiteral("token"); }
    Sdk::HttpResponse http(const Sdk::HttpRequest &) override
    {
        Sdk::HttpResponse response;
        response.status = m_status;
        response.body = m_body;
        response.headers = {{"x-hubspot-ratelimit-interval-milliseconds", m_body.left(12)},
                            {"sforce-limit-info", m_body.left(40)},
                            {"retry-after", m_body.left(8)}};
        return response;
    }
    bool sameSecret(const QByteArray &, const QByteArray &) const override { return false; }

private:
    QByteArray m_body;
    int m_status;
};

void exercise(Sdk::CrmConnector &connector)
{
    for (const auto kind :
         {Sdk::CrmQuery::Kind::Email, Sdk::CrmQuery::Kind::Phone, Sdk::CrmQuery::Kind::Handle,
          Sdk::CrmQuery::Kind::Text, Sdk::CrmQuery::Kind::Id}) {
        Sdk::CrmQuery query;
        query.kind = kind;
        query.value = QStringLiteral("+34612345678");
        query.nationalNumber = QStringLiteral("612345678");
        const Sdk::CrmLookupResult found = connector.find(query);
        for (const Sdk::CrmContact &contact : found.contacts)
            Fuzz::check(!contact.id.isEmpty(), "every contact found has an id to link to");
        Fuzz::check(found.failure.kind != Sdk::FailureKind::RateLimited ||
                        !found.failure.retryAfter.isValid() || found.failure.retryAfter >= NOW,
                    "a rate limit says when to try again, not before now");
    }
    Sdk::CrmLogEntry entry{QStringLiteral("7f3a9c2e"), QStringLiteral("003"),
                           QStringLiteral("subject"), QStringLiteral("body"), NOW};
    const Sdk::CrmLogResult logged = connector.logConversation(entry);
    Fuzz::check(logged.recordId.isEmpty() || logged.failure.ok(), "logged or failed, not both");
    Sdk::Failure failure;
    (void)connector.findLogged(entry, failure);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytesOf(data, size);
    const int status = size > 0 ? std::array{200, 201, 400, 401, 403, 429, 500}[data[0] % 7] : 200;
    for (Sdk::CrmPlugin *plugin :
         {static_cast<Sdk::CrmPlugin *>(new Crm::HubSpot::HubSpotPlugin),
          static_cast<Sdk::CrmPlugin *>(new Crm::Salesforce::SalesforcePlugin)}) {
        AnsweringHost host(body, status);
        exercise(*plugin->createConnector(host));
        delete dynamic_cast<QObject *>(plugin);
    }

    const QString text = Fuzz::textOf(data, size);
    const QString literal = Crm::Salesforce::soqlLiteral(text);
    QString bare = literal;
    bare.remove(QStringLiteral("\\\\")).remove(QStringLiteral("\\'"));
    Fuzz::check(!bare.contains(u'\''), "a value cannot end a SOQL string");
    QString term = Crm::Salesforce::soslTerm(text);
    term.remove(QStringLiteral("\\\\")).remove(QStringLiteral("\\}"));
    Fuzz::check(!term.contains(u'}'), "a value cannot end a SOSL search term");
    Sdk::CrmLogEntry entry{text, QStringLiteral("1"), text, text, NOW};
    Fuzz::check(Crm::HubSpot::noteBody(entry).contains(Crm::HubSpot::markerOf(text)),
                "a note carries its marker, however long the transcript");

    const Crm::CustomerFileRead read = Crm::CustomerFile::parse(body);
    for (const Core::CrmRecord &customer : read.customers)
        Fuzz::check(!customer.id.isEmpty(), "every customer read has an id");
    return 0;
}
