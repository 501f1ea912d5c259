// The sandbox channel: practice inboxes played from a scenario, with no network at all.
// May use the SDK and the scenario library only.
#pragma once

#include <sdk/ChannelPlugin.h>

#include <QObject>

namespace CareDesk::Channels::Sandbox {

// The practice channel: plays a scenario file as if its customers were posting live.
// It has no network access at all, so nothing a trainee does can reach a real customer.
class SandboxPlugin final : public QObject, public Sdk::ChannelPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CAREDESK_CHANNEL_PLUGIN_IID FILE "sandbox.json")
    Q_INTERFACES(CareDesk::Sdk::ChannelPlugin)

public:
    std::unique_ptr<Sdk::ChannelConnector> createConnector(Sdk::ChannelHost &host) override;
};

} // namespace CareDesk::Channels::Sandbox
