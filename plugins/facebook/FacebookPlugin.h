// The Facebook channel: Page comments and Messenger through the Graph API and webhooks.
// May use the SDK only.
#pragma once

#include <sdk/ChannelPlugin.h>

#include <QObject>

namespace CareDesk::Channels::Facebook {

// One Facebook Page through the Graph API: comments on its posts and its Messenger
// conversations in; comment replies, private replies and Messenger answers out.
class FacebookPlugin final : public QObject, public Sdk::ChannelPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CAREDESK_CHANNEL_PLUGIN_IID FILE "facebook.json")
    Q_INTERFACES(CareDesk::Sdk::ChannelPlugin)

public:
    std::unique_ptr<Sdk::ChannelConnector> createConnector(Sdk::ChannelHost &host) override;
};

} // namespace CareDesk::Channels::Facebook
