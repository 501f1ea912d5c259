// The HubSpot CRM connector: contacts, their owner and open tickets, and notes logged back.
// May use the SDK only.
#pragma once

#include <sdk/CrmPlugin.h>

#include <QObject>

namespace CareDesk::Crm::HubSpot {

// A HubSpot account through its CRM API v3, signed in with a private-app token. Settings:
// "apiBaseUrl" (https://api.hubapi.com), "handleProperty" (the contact property holding the
// customer's handle; "twitterhandle"), "tierProperty" ("lifecyclestage"), "valueProperty"
// ("total_revenue").
class HubSpotPlugin final : public QObject, public Sdk::CrmPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CAREDESK_CRM_PLUGIN_IID FILE "hubspot.json")
    Q_INTERFACES(CareDesk::Sdk::CrmPlugin)

public:
    std::unique_ptr<Sdk::CrmConnector> createConnector(Sdk::ChannelHost &host) override;
};

} // namespace CareDesk::Crm::HubSpot
