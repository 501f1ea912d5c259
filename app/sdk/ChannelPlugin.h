#pragma once

// The interface between CareDesk and a channel connector (X, Facebook, the sandbox, or a third
// party's). A plugin sees only what is declared here; everything else (HTTP, credentials,
// storage) reaches it through ChannelHost. Bump CAREDESK_CHANNEL_SDK_VERSION on any change that
// breaks binary compatibility; the host refuses plugins whose metadata asks for a newer one.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QtPlugin>

#include <memory>

#define CAREDESK_CHANNEL_SDK_VERSION 1
#define CAREDESK_CHANNEL_PLUGIN_IID "org.caredesk.ChannelPlugin/1"

namespace CareDesk::Sdk {

enum class ItemKind {
    Mention,       // a public post that names the brand
    Comment,       // a public comment under one of the brand's posts
    DirectMessage, // a private message to the brand
};

// The person who wrote an inbound item, as the platform describes them.
struct Author
{
    QString platformUserId;
    QString handle;
    QString displayName;
    qint64 followers = 0;
    bool verified = false;
    QString locale; // e.g. "es_ES"; empty when the platform does not say
};

// One message from a platform, mapped to the shape the ingest pipeline understands.
struct InboundItem
{
    QString platformId;       // unique per channel
    ItemKind kind = ItemKind::Mention;
    QString threadId;         // platform thread: tweet conversation_id, post id, DM thread
    QString inReplyToId;      // platform id of the message this answers, if any
    Author author;
    QString text;
    QString languageHint;     // platform language tag (tweet `lang`); empty if none
    QDateTime createdAt;
    bool isRepost = false;    // retweets and shares: noise, never work
    // Written by the channel's own account (a reply sent from the platform's app, or history
    // from an archive): it answers `inReplyToId` instead of asking for work.
    bool fromChannel = false;

    bool isPublic() const { return kind != ItemKind::DirectMessage; }
};

// What one fetch returned. `cursor` is opaque to the host: it is stored with the channel and
// handed back on the next fetch (since_id, paging cursor, scenario position).
struct FetchResult
{
    QList<InboundItem> items;
    QString cursor;
    QString error; // empty on success; a sentence a care agent can read
};

// What the host lends a connector. Implemented by the host; a connector keeps the reference.
class ChannelHost
{
public:
    virtual ~ChannelHost() = default;
    virtual QDateTime now() const = 0;
    // Per-channel settings (scenario file, page id, brand keywords, ...).
    virtual QString setting(const QString &key) const = 0;
    virtual void logWarning(const QString &message) const = 0;
};

// One connected account on one platform.
class ChannelConnector
{
public:
    virtual ~ChannelConnector() = default;
    // Returns what arrived since `cursor` (empty on the first call).
    virtual FetchResult fetchNew(const QString &cursor) = 0;
};

// The plugin's entry point, exported with Q_PLUGIN_METADATA(IID CAREDESK_CHANNEL_PLUGIN_IID
// FILE "<id>.json"). The JSON metadata (id, name, version, compatVersion, capabilities) is read
// by the host before the library is loaded.
class ChannelPlugin
{
public:
    virtual ~ChannelPlugin() = default;
    virtual std::unique_ptr<ChannelConnector> createConnector(ChannelHost &host) = 0;
};

} // namespace CareDesk::Sdk

Q_DECLARE_INTERFACE(CareDesk::Sdk::ChannelPlugin, CAREDESK_CHANNEL_PLUGIN_IID)
