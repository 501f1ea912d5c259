// The HubSpot and Salesforce connectors against local stand-ins that answer with the published
// shapes (tests/fixtures/hubspot, tests/fixtures/salesforce): searches, paging, enrichment,
// logging back, and the errors each CRM gives.

#include "Clock.h"
#include "channels/ChannelCatalog.h"
#include "channels/ChannelConfig.h"
#include "channels/OAuthPkce.h"
#include "net/HttpTransport.h"
#include "support/CatchQt.h"
#include "support/FakeClock.h"
#include "support/FakePlatformServer.h"
#include "support/TestSupport.h"

#include <sdk/CrmPlugin.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtPlugin>

Q_IMPORT_PLUGIN(HubSpotPlugin)
Q_IMPORT_PLUGIN(SalesforcePlugin)

using namespace CareDesk;
using Testing::FakePlatformServer;

namespace {

FakePlatformServer::Response sample(const QString &name)
{
    return FakePlatformServer::sample(name);
}

QJsonObject bodyOf(const FakePlatformServer::Request &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

// A connector of `plugin` talking to `baseUrl`, with `settings` besides.
struct Connected
{
    Connected(const QString &plugin, const QString &baseUrl, QJsonObject settings = {},
              const QString &secret = QStringLiteral("pat-eu1-token"))
    {
        catalog.addLinkedPlugins();
        settings.insert(QStringLiteral("apiBaseUrl"), baseUrl);
        QJsonObject oauthDefaults;
        for (const Channels::PluginSpec &spec : catalog.plugins()) {
            if (spec.id == plugin)
                oauthDefaults = spec.oauth2;
        }
        host = std::make_unique<Channels::ConnectorHost>(
            clock, transport, QStringLiteral("crm"), settings, secret,
            Channels::oauthClientFor(settings, oauthDefaults),
            [this](const QString &renewed) { renewedSecret = renewed; });
        Sdk::CrmPlugin *crm = catalog.crmPlugin(plugin);
        REQUIRE(crm);
        connector = crm->createConnector(*host);
    }

    Sdk::CrmLookupResult find(Sdk::CrmQuery::Kind kind, const QString &value,
                              const QString &national = {})
    {
        Sdk::CrmQuery query;
        query.kind = kind;
        query.value = value;
        query.nationalNumber = national;
        return connector->find(query);
    }

    Testing::FakeClock clock{
        QDateTime::fromString(QStringLiteral("2026-11-22T11:00:00Z"), Qt::ISODate)};
    Net::HttpTransport transport;
    Channels::ChannelCatalog catalog;
    std::unique_ptr<Channels::ConnectorHost> host;
    std::unique_ptr<Sdk::CrmConnector> connector;
    QString renewedSecret;
};

FakePlatformServer::Response typicalHubSpot(const FakePlatformServer::Request &request)
{
    if (request.headers.value("authorization") != "Bearer pat-eu1-token")
        return sample(QStringLiteral("hubspot/error.401.json"));
    const QString path = request.path;
    if (path == u"/crm/v3/objects/contacts/search") {
        const QJsonObject body = bodyOf(request);
        if (body.contains(QLatin1String("query")))
            return sample(body.contains(QLatin1String("after"))
                              ? QStringLiteral("hubspot/contacts-search.page2.json")
                              : QStringLiteral("hubspot/contacts-search.page1.json"));
        const QString first = body[QLatin1String("filterGroups")][0][QLatin1String("filters")][0]
                                  [QLatin1String("propertyName")]
                                      .toString();
        if (first == u"email")
            return sample(QStringLiteral("hubspot/contacts-search.email.json"));
        if (first.startsWith(u"hs_searchable_calculated"))
            return sample(QStringLiteral("hubspot/contacts-search.phone.json"));
        return sample(QStringLiteral("hubspot/contacts-search.empty.json"));
    }
    if (path == u"/account-info/v3/details")
        return sample(QStringLiteral("hubspot/account-info.json"));
    if (path == u"/crm/v3/owners/71234567")
        return sample(QStringLiteral("hubspot/owner.json"));
    if (path == u"/crm/v4/objects/contacts/51234567801/associations/tickets")
        return sample(QStringLiteral("hubspot/contact-tickets-associations.json"));
    if (path == u"/crm/v3/pipelines/tickets")
        return sample(QStringLiteral("hubspot/pipelines-tickets.json"));
    if (path == u"/crm/v3/objects/tickets/batch/read")
        return sample(QStringLiteral("hubspot/tickets-batch-read.json"));
    return FakePlatformServer::json(404, R"({"status":"error","message":"Not found"})");
}

int countOf(const QList<FakePlatformServer::Request> &requests, const QString &path)
{
    return int(std::count_if(requests.cbegin(), requests.cend(),
                             [&](const auto &request) { return request.path == path; }));
}

} // namespace

TEST_CASE("HubSpot: a contact found by e-mail comes with owner, stage, value, open tickets and a "
          "link")
{
    FakePlatformServer hubspot(typicalHubSpot);
    Connected crm(QStringLiteral("hubspot"), hubspot.baseUrl());
    const auto found = crm.find(Sdk::CrmQuery::Kind::Email, QStringLiteral("ana.gil@example.org"));
    INFO(found.failure.message.toStdString());
    REQUIRE(found.failure.ok());
    REQUIRE(found.contacts.size() == 1);
    const Sdk::CrmContact &ana = found.contacts.first();
    CHECK(ana.id == QStringLiteral("51234567801"));
    CHECK(ana.name == QStringLiteral("Ana Gil"));
    CHECK(ana.company == QStringLiteral("Acme Retail"));
    CHECK(ana.tier == QStringLiteral("customer"));
    CHECK(ana.value == 1250.0);
    CHECK(ana.owner == QStringLiteral("Marta Ruiz"));
    CHECK(ana.handles == QStringList{QStringLiteral("ana_g")});
    CHECK(ana.url ==
          QStringLiteral("https://app-eu1.hubspot.com/contacts/24681357/record/0-1/51234567801"));
    // Two of the three tickets are in open stages; the closed one is left out.
    REQUIRE(ana.openCases.size() == 2);
    CHECK(ana.openCases.first().subject == QStringLiteral("Pedido 48213 llegó roto"));
    CHECK(ana.openCases.first().status == QStringLiteral("New"));
    CHECK(ana.openCases.last().status == QStringLiteral("Waiting on us"));
    CHECK(found.quota.remaining == 247290);

    const QJsonObject search = bodyOf(hubspot.requests().first());
    const QJsonObject filter =
        search[QLatin1String("filterGroups")][0][QLatin1String("filters")][0].toObject();
    CHECK(filter.value(QLatin1String("operator")).toString() == QStringLiteral("EQ"));
    CHECK(filter.value(QLatin1String("value")).toString() == QStringLiteral("ana.gil@example.org"));
    CHECK(search[QLatin1String("properties")].toArray().contains(QStringLiteral("twitterhandle")));

    // The account and the stages are asked once; the second lookup costs only its own calls.
    (void)crm.find(Sdk::CrmQuery::Kind::Email, QStringLiteral("ana.gil@example.org"));
    CHECK(countOf(hubspot.requests(), QStringLiteral("/account-info/v3/details")) == 1);
    CHECK(countOf(hubspot.requests(), QStringLiteral("/crm/v3/pipelines/tickets")) == 1);
    CHECK(countOf(hubspot.requests(), QStringLiteral("/crm/v3/owners/71234567")) == 1);
}

TEST_CASE("HubSpot: a phone number is searched without its country code, a handle by its "
          "property, and free text page by page")
{
    FakePlatformServer hubspot(typicalHubSpot);
    Connected crm(QStringLiteral("hubspot"), hubspot.baseUrl(),
                  {{QStringLiteral("handleProperty"), QStringLiteral("caredesk_handle")}});
    const auto byPhone = crm.find(Sdk::CrmQuery::Kind::Phone, QStringLiteral("+34612345678"),
                                  QStringLiteral("612345678"));
    REQUIRE(byPhone.failure.ok());
    REQUIRE(byPhone.contacts.size() == 1);
    const QJsonObject phoneSearch = bodyOf(hubspot.requests().first());
    CHECK(phoneSearch[QLatin1String("filterGroups")][0][QLatin1String("filters")][0]
                     [QLatin1String("value")]
                         .toString() == QStringLiteral("612345678"));
    // Another country's number with the same national digits is not her.
    CHECK(crm.find(Sdk::CrmQuery::Kind::Phone, QStringLiteral("+33612345678"),
                   QStringLiteral("612345678"))
              .contacts.isEmpty());

    const auto byHandle = crm.find(Sdk::CrmQuery::Kind::Handle, QStringLiteral("ana_g"));
    REQUIRE(byHandle.failure.ok());
    bool searchedTheProperty = false;
    for (const auto &request : hubspot.requests()) {
        const QJsonObject body = bodyOf(request);
        if (body[QLatin1String("filterGroups")][0][QLatin1String("filters")][0]
                [QLatin1String("propertyName")]
                    .toString() == u"caredesk_handle")
            searchedTheProperty = true;
    }
    CHECK(searchedTheProperty);

    const auto typed = crm.find(Sdk::CrmQuery::Kind::Text, QStringLiteral("gil"));
    REQUIRE(typed.failure.ok());
    CHECK(typed.contacts.size() == 3); // two on the first page, one after "after": "2"
    const auto lastSearch = hubspot.requests().last();
    CHECK(bodyOf(lastSearch).value(QLatin1String("after")).toString() == QStringLiteral("2"));
}

TEST_CASE("HubSpot: a refused token, its rate limits and a server error are told apart")
{
    QByteArray answer = "401";
    FakePlatformServer hubspot([&](const FakePlatformServer::Request &) {
        if (answer == "401")
            return sample(QStringLiteral("hubspot/error.401.json"));
        if (answer == "429")
            return sample(QStringLiteral("hubspot/error.429.json"));
        if (answer == "429-daily")
            return sample(QStringLiteral("hubspot/error.429.daily.json"));
        if (answer == "search-429")
            return sample(QStringLiteral("hubspot/contacts-search.429.json"));
        if (answer == "403")
            return sample(QStringLiteral("hubspot/error.403.scopes.json"));
        return sample(QStringLiteral("hubspot/error.500.json"));
    });
    Connected crm(QStringLiteral("hubspot"), hubspot.baseUrl());
    const auto kindFor = [&](const char *which) {
        answer = which;
        return crm.find(Sdk::CrmQuery::Kind::Email, QStringLiteral("ana.gil@example.org")).failure;
    };
    CHECK(kindFor("401").kind == Sdk::FailureKind::AuthorizationExpired);
    CHECK(kindFor("403").kind == Sdk::FailureKind::Misconfigured);
    const Sdk::Failure burst = kindFor("429");
    CHECK(burst.kind == Sdk::FailureKind::RateLimited);
    // The ten-second window, from X-HubSpot-RateLimit-Interval-Milliseconds.
    CHECK(burst.retryAfter == crm.clock.now().addMSecs(10000));
    const Sdk::Failure search = kindFor("search-429");
    CHECK(search.kind == Sdk::FailureKind::RateLimited);
    CHECK(search.retryAfter == crm.clock.now().addSecs(1));
    const Sdk::Failure daily = kindFor("429-daily");
    CHECK(daily.kind == Sdk::FailureKind::RateLimited);
    CHECK(daily.retryAfter ==
          QDateTime::fromString(QStringLiteral("2026-11-23T00:00:00Z"), Qt::ISODate));
    CHECK(kindFor("500").kind == Sdk::FailureKind::Transient);
}

TEST_CASE("HubSpot: a conversation is logged as an escaped note on the contact, and found again "
          "after an answer that never came")
{
    QList<QString> bodies;
    bool dropCreate = false;
    FakePlatformServer hubspot([&](const FakePlatformServer::Request &request) {
        if (request.path == u"/crm/v3/objects/notes") {
            bodies.append(
                bodyOf(request)[QLatin1String("properties")][QLatin1String("hs_note_body")]
                    .toString());
            if (dropCreate) {
                FakePlatformServer::Response dropped;
                dropped.dropConnection = true;
                return dropped;
            }
            return sample(QStringLiteral("hubspot/note-created.json"));
        }
        if (request.path == u"/crm/v4/objects/contacts/51234567801/associations/notes")
            return sample(QStringLiteral("hubspot/contact-notes-associations.json"));
        if (request.path == u"/crm/v3/objects/notes/batch/read") {
            const QJsonObject note{
                {QStringLiteral("id"), QStringLiteral("60123456789")},
                {QStringLiteral("properties"),
                 QJsonObject{{QStringLiteral("hs_note_body"), bodies.value(0)}}}};
            return FakePlatformServer::json(
                200,
                QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("COMPLETE")},
                                          {QStringLiteral("results"), QJsonArray{note}}})
                    .toJson());
        }
        return FakePlatformServer::json(404, "{}");
    });
    Connected crm(QStringLiteral("hubspot"), hubspot.baseUrl());
    Sdk::CrmLogEntry entry;
    entry.clientId = QStringLiteral("7f3a9c2e");
    entry.contactId = QStringLiteral("51234567801");
    entry.subject = QStringLiteral("X conversation with @ana_g, resolved");
    entry.body = QStringLiteral("@ana_g: <b>my order</b> & the box\nAcme: Sorry, Ana");
    entry.occurredAt = crm.clock.now();
    const Sdk::CrmLogResult logged = crm.connector->logConversation(entry);
    REQUIRE(logged.failure.ok());
    CHECK(logged.recordId == QStringLiteral("60123456789"));
    const QJsonObject sent = bodyOf(hubspot.requests().first());
    const QJsonObject type =
        sent[QLatin1String("associations")][0][QLatin1String("types")][0].toObject();
    CHECK(type.value(QLatin1String("associationTypeId")).toInt() == 202);
    CHECK(sent[QLatin1String("associations")][0][QLatin1String("to")][QLatin1String("id")]
              .toString() == entry.contactId);
    // Customer text stays text in HubSpot's HTML view.
    CHECK(bodies.first().contains(QStringLiteral("&lt;b&gt;my order&lt;/b&gt; &amp; the box<br>")));
    CHECK(bodies.first().contains(QStringLiteral("caredesk7f3a9c2e")));

    dropCreate = true;
    const Sdk::CrmLogResult lost = crm.connector->logConversation(entry);
    CHECK(lost.uncertain);
    Sdk::Failure failure;
    const auto there = crm.connector->findLogged(entry, failure);
    REQUIRE(failure.ok());
    REQUIRE(there.has_value());
    CHECK(*there == QStringLiteral("60123456789"));
    entry.clientId = QStringLiteral("another");
    CHECK_FALSE(crm.connector->findLogged(entry, failure).has_value());
}

namespace {

FakePlatformServer::Response typicalSalesforce(const FakePlatformServer::Request &request)
{
    if (request.headers.value("authorization") != "Bearer sf-access")
        return sample(QStringLiteral("salesforce/error.401.json"));
    const QString q = request.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
    if (request.path == u"/services/data/v60.0/query") {
        if (q.contains(QLatin1String("FROM Case")))
            return sample(QStringLiteral("salesforce/query.cases.json"));
        if (q.contains(QLatin1String("Twitter_Handle__c")) &&
            q.contains(QLatin1String("= 'ana_g'")))
            return sample(QStringLiteral("salesforce/query.contact.page1.json"));
        if (q.contains(QLatin1String("Email = 'ana.gil@example.org'")))
            return sample(QStringLiteral("salesforce/query.contact.json"));
        return sample(QStringLiteral("salesforce/query.empty.json"));
    }
    if (request.path.startsWith(u"/services/data/v60.0/query/"))
        return sample(QStringLiteral("salesforce/query.contact.page2.json"));
    if (request.path == u"/services/data/v60.0/search/")
        return sample(q.contains(QLatin1String("612345678"))
                          ? QStringLiteral("salesforce/sosl.phone.json")
                          : QStringLiteral("salesforce/sosl.empty.json"));
    return FakePlatformServer::json(404, R"([{"message":"not found","errorCode":"NOT_FOUND"}])");
}

} // namespace

TEST_CASE("Salesforce: contacts by e-mail, handle field and phone, with open Cases, paging and "
          "a link")
{
    FakePlatformServer salesforce(typicalSalesforce);
    Connected crm(QStringLiteral("salesforce"), salesforce.baseUrl(),
                  {{QStringLiteral("handleField"), QStringLiteral("Twitter_Handle__c")}},
                  QStringLiteral("sf-access"));
    const auto byEmail =
        crm.find(Sdk::CrmQuery::Kind::Email, QStringLiteral("ana.gil@example.org"));
    INFO(byEmail.failure.message.toStdString());
    REQUIRE(byEmail.failure.ok());
    REQUIRE(byEmail.contacts.size() == 1);
    const Sdk::CrmContact &ana = byEmail.contacts.first();
    CHECK(ana.name == QStringLiteral("Ana Gil"));
    CHECK(ana.company == QStringLiteral("Acme Retail"));
    CHECK(ana.owner == QStringLiteral("Marta Ruiz"));
    CHECK(ana.url ==
          salesforce.baseUrl() + QStringLiteral("/lightning/r/Contact/003Hn00001AbCdEIAZ/view"));
    REQUIRE(ana.openCases.size() == 2);
    CHECK(ana.openCases.first().id == QStringLiteral("00001042"));
    CHECK(byEmail.quota.limit == 15000);
    CHECK(byEmail.quota.remaining > 14900); // from Sforce-Limit-Info: api-usage=<used>/15000

    const auto byHandle = crm.find(Sdk::CrmQuery::Kind::Handle, QStringLiteral("ana_g"));
    REQUIRE(byHandle.failure.ok());
    CHECK(byHandle.contacts.size() == 3); // two pages, the second through nextRecordsUrl

    const auto byPhone = crm.find(Sdk::CrmQuery::Kind::Phone, QStringLiteral("+34612345678"),
                                  QStringLiteral("612345678"));
    REQUIRE(byPhone.failure.ok());
    REQUIRE(byPhone.contacts.size() == 1);
    bool usedSosl = false;
    for (const auto &request : salesforce.requests()) {
        const QString q = request.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
        if (q.startsWith(u"FIND {612345678 OR 34612345678} IN PHONE FIELDS"))
            usedSosl = true;
    }
    CHECK(usedSosl);
}

TEST_CASE("Salesforce: what a customer typed cannot break out of a query")
{
    FakePlatformServer salesforce(typicalSalesforce);
    Connected crm(QStringLiteral("salesforce"), salesforce.baseUrl(), {},
                  QStringLiteral("sf-access"));
    (void)crm.find(Sdk::CrmQuery::Kind::Email, QStringLiteral("x' OR Name != '"));
    const QString q =
        salesforce.requests().first().query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
    CHECK(q.contains(QStringLiteral("Email = 'x\\' OR Name != \\''")));
    (void)crm.find(Sdk::CrmQuery::Kind::Text, QStringLiteral("Gil} OR {x* and"));
    const QString sosl =
        salesforce.requests().last().query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
    CHECK(sosl.startsWith(QStringLiteral("FIND {Gil\\} \"OR\" \\{x\\* \"and\"} IN ALL FIELDS")));
}

TEST_CASE("Salesforce: an ended session, a used-up allowance, a bad query and an outage are told "
          "apart")
{
    QString answer;
    FakePlatformServer salesforce([&](const FakePlatformServer::Request &) {
        return sample(QStringLiteral("salesforce/") + answer);
    });
    Connected crm(QStringLiteral("salesforce"), salesforce.baseUrl(), {},
                  QStringLiteral("sf-access"));
    const auto failureFor = [&](const char *fixture) {
        answer = QString::fromLatin1(fixture);
        return crm.find(Sdk::CrmQuery::Kind::Email, QStringLiteral("ana@example.org")).failure;
    };
    CHECK(failureFor("error.401.json").kind == Sdk::FailureKind::AuthorizationExpired);
    const Sdk::Failure limit = failureFor("error.403.limit.json");
    CHECK(limit.kind == Sdk::FailureKind::RateLimited);
    CHECK(limit.retryAfter > crm.clock.now());
    CHECK(failureFor("error.400.malformed.json").kind == Sdk::FailureKind::Rejected);
    CHECK(failureFor("error.400.invalidfield.json").kind == Sdk::FailureKind::Misconfigured);
    CHECK(failureFor("error.503.json").kind == Sdk::FailureKind::Transient);
}

TEST_CASE("Salesforce: a conversation is logged as a completed Task and found again by its "
          "marker")
{
    FakePlatformServer salesforce([&](const FakePlatformServer::Request &request) {
        if (request.path == u"/services/data/v60.0/sobjects/Task")
            return sample(QStringLiteral("salesforce/task-created.json"));
        const QString q = request.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
        if (q.contains(QLatin1String("Subject LIKE '%[cd7f3a9c2e]%'")))
            return sample(QStringLiteral("salesforce/query.task.found.json"));
        return sample(QStringLiteral("salesforce/query.task.empty.json"));
    });
    Connected crm(QStringLiteral("salesforce"), salesforce.baseUrl(), {},
                  QStringLiteral("sf-access"));
    Sdk::CrmLogEntry entry;
    entry.clientId = QStringLiteral("7f3a9c2e");
    entry.contactId = QStringLiteral("003Hn00001AbCdEIAZ");
    entry.subject = QStringLiteral("X conversation with @ana_g, resolved");
    entry.body = QStringLiteral("@ana_g: my order\nAcme: Sorry, Ana");
    entry.occurredAt = crm.clock.now();
    const auto logged = crm.connector->logConversation(entry);
    REQUIRE(logged.failure.ok());
    CHECK(logged.recordId == QStringLiteral("00THn00000Tk7QrIAE"));
    const QJsonObject task = bodyOf(salesforce.requests().first());
    CHECK(task.value(QLatin1String("WhoId")).toString() == entry.contactId);
    CHECK(task.value(QLatin1String("Subject")).toString() ==
          QStringLiteral("X conversation with @ana_g, resolved [cd7f3a9c2e]"));
    CHECK(task.value(QLatin1String("Status")).toString() == QStringLiteral("Completed"));
    CHECK(task.value(QLatin1String("ActivityDate")).toString() == QStringLiteral("2026-11-22"));
    Sdk::Failure failure;
    CHECK(crm.connector->findLogged(entry, failure) == QStringLiteral("00THn00000Tk7QrIAE"));
    entry.clientId = QStringLiteral("other");
    CHECK_FALSE(crm.connector->findLogged(entry, failure).has_value());
    CHECK(failure.ok());
}

TEST_CASE("Salesforce: a session without an expiry is renewed with the refresh token before it "
          "ends")
{
    FakePlatformServer salesforce([&](const FakePlatformServer::Request &request) {
        if (request.path == u"/services/oauth2/token")
            return sample(QStringLiteral("salesforce/token.refresh.json"));
        return sample(QStringLiteral("salesforce/query.empty.json"));
    });
    Channels::OAuthTokens tokens;
    tokens.accessToken = QStringLiteral("old-access");
    tokens.refreshToken = QStringLiteral("sf-refresh");
    tokens.expiresAt = QDateTime::fromString(QStringLiteral("2026-11-22T11:00:30Z"), Qt::ISODate);
    Connected crm(QStringLiteral("salesforce"), salesforce.baseUrl(),
                  {{QStringLiteral("oauth"),
                    QJsonObject{{QStringLiteral("clientId"), QStringLiteral("3MVG9-consumer")}}}},
                  tokens.toSecret());
    (void)crm.find(Sdk::CrmQuery::Kind::Email, QStringLiteral("ana@example.org"));
    REQUIRE(salesforce.requests().size() == 2);
    const auto &renewal = salesforce.requests().first();
    CHECK(renewal.path == QStringLiteral("/services/oauth2/token"));
    CHECK(renewal.body.contains("grant_type=refresh_token"));
    CHECK(renewal.body.contains("refresh_token=sf-refresh"));
    const auto renewed = Channels::OAuthTokens::fromSecret(crm.renewedSecret);
    REQUIRE(renewed);
    // Salesforce sends no new refresh token and no expiry: the old refresh token stays, and
    // the session is taken to last the plugin's assumed 15 minutes.
    CHECK(renewed->refreshToken == QStringLiteral("sf-refresh"));
    CHECK(renewed->expiresAt == crm.clock.now().addSecs(900));
    CHECK(salesforce.requests().last().headers.value("authorization") ==
          "Bearer " + renewed->accessToken.toUtf8());
}
