// The Salesforce CRM connector: contacts, their account, owner and open Cases, and Tasks logged
// back. May use the SDK only.
#pragma once

#include <sdk/CrmPlugin.h>

#include <QObject>

namespace CareDesk::Crm::Salesforce {

// A Salesforce org through its REST API, signed in through the browser (OAuth 2.0 with PKCE).
// Settings: "apiBaseUrl" (the org's address, https://<domain>.my.salesforce.com), "apiVersion"
// ("v60.0"), "handleField" (the Contact field holding the customer's handle, e.g.
// "Twitter_Handle__c"; without one, handles find nobody), "tierField" and "valueField" (e.g.
// "Account.Type", "Lifetime_Value__c").
class SalesforcePlugin final : public QObject, public Sdk::CrmPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CAREDESK_CRM_PLUGIN_IID FILE "salesforce.json")
    Q_INTERFACES(CareDesk::Sdk::CrmPlugin)

public:
    std::unique_ptr<Sdk::CrmConnector> createConnector(Sdk::ChannelHost &host) override;
};

} // namespace CareDesk::Crm::Salesforce
