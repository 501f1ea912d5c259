#pragma once

#include "Result.h"
#include "channels/ChannelConfig.h"
#include "model/CrmRecord.h"

#include <sdk/CrmPlugin.h>

#include <QMutex>

#include <memory>

namespace CareDesk::Channels {
class ChannelCatalog;
}

namespace CareDesk::Crm {

// What a CRM answered: the records found, or why it could not be asked.
struct CrmAnswer
{
    QList<Core::CrmRecord> records;
    Sdk::Failure failure;
    Sdk::Quota quota;
};

// The team's CRM through its connector plugin, one request at a time (CRMs count requests per
// second and per day). Safe to call from any one worker thread at a time; calls block.
class CrmConnection final
{
public:
    // The connector `config` names, with its secret (an OAuth 2.0 token set is renewed with
    // the plugin's "oauth2" defaults, and `renewed` stores the new one).
    static Core::Result<std::shared_ptr<CrmConnection>>
    open(Channels::ChannelCatalog &catalog, const Channels::ChannelConfig &config,
         const QString &secret, const Core::Clock &clock, Net::HttpTransport &transport,
         Channels::ConnectorHost::CredentialRenewed renewed = {});

    // The plugin's id: how its records are kept ("hubspot", "salesforce").
    const QString &source() const { return m_source; }
    // `kind` "email", "phone", "handle" with a key as ContactKeys makes it; "text" for what an
    // agent typed; "id" for a record already known.
    CrmAnswer find(const QString &kind, const QString &key, const QString &platform = {});
    Sdk::CrmLogResult log(const Sdk::CrmLogEntry &entry);
    std::optional<QString> findLogged(const Sdk::CrmLogEntry &entry, Sdk::Failure &failure);
    Sdk::CheckResult check();

    CrmConnection(QString source, std::unique_ptr<Channels::ConnectorHost> host,
                  std::unique_ptr<Sdk::CrmConnector> connector);
    ~CrmConnection();

private:
    QString m_source;
    std::unique_ptr<Channels::ConnectorHost> m_host;
    std::unique_ptr<Sdk::CrmConnector> m_connector; // uses m_host
    QMutex m_mutex;
};

// A contact as CareDesk keeps it.
Core::CrmRecord recordOf(const Sdk::CrmContact &contact, const QString &source);

} // namespace CareDesk::Crm
