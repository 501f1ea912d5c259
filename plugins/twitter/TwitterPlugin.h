// The X (Twitter) channel: API v2 mentions, DMs and replies, mapped to inbound items.
// May use the SDK only.
#pragma once

#include <sdk/ChannelPlugin.h>

#include <QObject>

namespace CareDesk::Channels::Twitter {

// One X account through the X API v2: its mentions, posts matching the brand's keywords and
// its direct messages in; public replies and direct messages out.
class TwitterPlugin final : public QObject, public Sdk::ChannelPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CAREDESK_CHANNEL_PLUGIN_IID FILE "twitter.json")
    Q_INTERFACES(CareDesk::Sdk::ChannelPlugin)

public:
    std::unique_ptr<Sdk::ChannelConnector> createConnector(Sdk::ChannelHost &host) override;
};

} // namespace CareDesk::Channels::Twitter
