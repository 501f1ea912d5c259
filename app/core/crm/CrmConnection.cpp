#include "CrmConnection.h"

#include "ContactKeys.h"
#include "channels/ChannelCatalog.h"

#include <QCoreApplication>
#include <QMutexLocker>

namespace CareDesk::Crm {

using Core::Error;
using Core::Result;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Crm::CrmConnection)
};

Sdk::CrmQuery queryFor(const QString &kind, const QString &key, const QString &platform)
{
    Sdk::CrmQuery query;
    query.value = key;
    query.platform = platform;
    if (kind == u"email") {
        query.kind = Sdk::CrmQuery::Kind::Email;
    } else if (kind == u"phone") {
        query.kind = Sdk::CrmQuery::Kind::Phone;
        query.nationalNumber = nationalDigits(key);
    } else if (kind == u"handle") {
        query.kind = Sdk::CrmQuery::Kind::Handle;
    } else if (kind == u"id") {
        query.kind = Sdk::CrmQuery::Kind::Id;
    } else {
        query.kind = Sdk::CrmQuery::Kind::Text;
    }
    return query;
}

} // namespace

Result<std::shared_ptr<CrmConnection>>
CrmConnection::open(Channels::ChannelCatalog &catalog, const Channels::ChannelConfig &config,
                    const QString &secret, const Core::Clock &clock, Net::HttpTransport &transport,
                    Channels::ConnectorHost::CredentialRenewed renewed)
{
    Sdk::CrmPlugin *plugin = catalog.crmPlugin(config.plugin);
    if (!plugin) {
        for (const Channels::PluginSpec &spec : catalog.plugins()) {
            if (spec.id == config.plugin && !spec.error.isEmpty())
                return Error{Tr::tr("The CRM plugin \"%1\" is not usable: %2")
                                 .arg(config.plugin, spec.error),
                             {}};
        }
        return Error{
            Tr::tr("There is no CRM plugin \"%1\" (see caredesk-cli plugins).").arg(config.plugin),
            {}};
    }
    QJsonObject oauthDefaults;
    for (const Channels::PluginSpec &spec : catalog.plugins()) {
        if (spec.id == config.plugin)
            oauthDefaults = spec.oauth2;
    }
    auto host = std::make_unique<Channels::ConnectorHost>(
        clock, transport, QStringLiteral("crm:") + config.plugin, config.settings, secret,
        Channels::oauthClientFor(config.settings, oauthDefaults), std::move(renewed));
    auto connector = plugin->createConnector(*host);
    if (!connector)
        return Error{Tr::tr("The CRM plugin \"%1\" made no connector.").arg(config.plugin), {}};
    return std::make_shared<CrmConnection>(config.plugin, std::move(host), std::move(connector));
}

CrmConnection::CrmConnection(QString source, std::unique_ptr<Channels::ConnectorHost> host,
                             std::unique_ptr<Sdk::CrmConnector> connector)
    : m_source(std::move(source))
    , m_host(std::move(host))
    , m_connector(std::move(connector))
{}

CrmConnection::~CrmConnection() = default;

CrmAnswer CrmConnection::find(const QString &kind, const QString &key, const QString &platform)
{
    const QMutexLocker lock(&m_mutex);
    const Sdk::CrmLookupResult found = m_connector->find(queryFor(kind, key, platform));
    CrmAnswer answer;
    answer.failure = found.failure;
    answer.quota = found.quota;
    for (const Sdk::CrmContact &contact : found.contacts)
        answer.records.append(recordOf(contact, m_source));
    return answer;
}

Sdk::CrmLogResult CrmConnection::log(const Sdk::CrmLogEntry &entry)
{
    const QMutexLocker lock(&m_mutex);
    return m_connector->logConversation(entry);
}

std::optional<QString> CrmConnection::findLogged(const Sdk::CrmLogEntry &entry,
                                                 Sdk::Failure &failure)
{
    const QMutexLocker lock(&m_mutex);
    return m_connector->findLogged(entry, failure);
}

Sdk::CheckResult CrmConnection::check()
{
    const QMutexLocker lock(&m_mutex);
    return m_connector->check();
}

Core::CrmRecord recordOf(const Sdk::CrmContact &contact, const QString &source)
{
    Core::CrmRecord record;
    record.source = source;
    record.id = contact.id;
    record.name = contact.name;
    record.company = contact.company;
    record.emails = contact.emails;
    record.phones = contact.phones;
    record.handles = contact.handles;
    record.tier = contact.tier;
    record.value = contact.value;
    record.owner = contact.owner;
    record.url = contact.url;
    for (const Sdk::CrmCase &open : contact.openCases)
        record.openCases.append({open.id, open.subject, open.status});
    return record;
}

} // namespace CareDesk::Crm
