// The SDK: the versioned interface channel plugins are built against, headers only.
// May use Qt Core only: a plugin sees nothing of CareDesk but this.
#pragma once

// The interface between CareDesk and a channel connector (X, Facebook, the sandbox, or a third
// party's). A plugin sees only what is declared here; everything else (HTTP, credentials,
// storage) reaches it through ChannelHost. Bump CAREDESK_CHANNEL_SDK_VERSION on any change that
// breaks binary compatibility; the host refuses plugins whose metadata asks for a newer one.

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QtPlugin>

#include <memory>
#include <optional>

#define CAREDESK_CHANNEL_SDK_VERSION 6
#define CAREDESK_CHANNEL_PLUGIN_IID "org.caredesk.ChannelPlugin/6"

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
    QString platformId; // unique per channel
    ItemKind kind = ItemKind::Mention;
    QString threadId;    // platform thread: tweet conversation_id, post id, DM thread
    QString inReplyToId; // platform id of the message this answers, if any
    Author author;
    QString text;
    QString languageHint; // platform language tag (tweet `lang`); empty if none
    QDateTime createdAt;
    bool isRepost = false; // retweets and shares: noise, never work
    // Written by the channel's own account (a reply sent from the platform's app, or history
    // from an archive): it answers `inReplyToId` instead of asking for work.
    bool fromChannel = false;

    bool isPublic() const { return kind != ItemKind::DirectMessage; }
};

// Why a call to the platform did not work, sorted by what the host should do next.
enum class FailureKind {
    None,
    Transient,            // network trouble or a server error: try again later, backing off
    RateLimited,          // the platform asked to wait: not before `retryAfter`
    AuthorizationExpired, // the token is expired or revoked: someone must authorise again
    Rejected,             // the platform refused this request for good (too long, duplicate, ...)
    Misconfigured,        // the channel's settings or credential are missing or wrong
};

struct Failure
{
    FailureKind kind = FailureKind::None;
    QString message;      // a sentence a care agent can read
    QDateTime retryAfter; // RateLimited (and Transient, when the platform said): not before then

    bool ok() const { return kind == FailureKind::None; }
};

// What the platform said of the caller's quota on its last answer; -1 when it did not say.
struct Quota
{
    qint64 remaining = -1;
    qint64 limit = -1;
    QDateTime resetsAt;
};

// What one fetch returned. `cursor` is opaque to the host: it is stored with the channel and
// handed back on the next fetch (since_id, paging cursor, scenario position). One form every
// connector understands: {"sinceId":"<platform id>"} asks for what came after that item. On
// failure, the items fetched before it are still returned with the cursor that covers them.
struct FetchResult
{
    QList<InboundItem> items;
    QString cursor;
    Failure failure;
    Quota quota;
};

// What an outbound message does on the platform. Connectors say which they can do in their
// capabilities: "posts" for Post, "shares" (a list) for Repost, Quote and Like.
enum class OutboundAction {
    Reply,  // a reply or direct message: `kind` and the ids below say which
    Post,   // a new public post of the account's own, answering nothing (a shift change)
    Repost, // shares the message `inReplyToId` as it is (an X repost); no text
    Quote,  // shares the message `inReplyToId` with `text` above it (an X quote post)
    Like,   // likes the message `inReplyToId` (a Facebook comment or post); no text
};

// A message from an agent. `clientId` is made by CareDesk before anything is sent; connectors
// use it to find out, after an uncertain outcome, whether it was posted.
struct OutboundMessage
{
    QString clientId;
    OutboundAction action = OutboundAction::Reply;
    ItemKind kind = ItemKind::Mention; // Mention/Comment: public; DirectMessage: private
    QString inReplyToId;             // the platform message this answers, or that a share is about
    QString recipientId;             // DMs: the person's platform user id
    QString privateReplyToCommentId; // a private reply to a public comment (Facebook)
    QDateTime customerLastWroteAt;   // DMs: when the person last wrote, for messaging windows
    QString text;
};

struct SendResult
{
    QString platformId; // set when the platform confirmed the post
    Failure failure;
    // The request may have reached the platform, but no answer came back (timeout, dropped
    // connection): look the message up with findSent() before sending it again.
    bool uncertain = false;
};

// What `caredesk-cli channel check` and Settings show about a channel.
struct CheckResult
{
    QString account; // the account the credential belongs to, as the platform names it
    Quota quota;
    Failure failure;
};

// One HTTP exchange. The host runs it; connectors never open sockets themselves.
struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int timeoutMs = 30000;
    // The largest body taken, counted as it arrives and after decompression; a larger answer is
    // refused with a transport error. A platform API page is far smaller; raise it only for an
    // answer known to be larger.
    qint64 maxResponseBytes = 16 * 1024 * 1024;
};

struct HttpResponse
{
    int status = 0;                               // 0: no HTTP answer at all; see transportError
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;
    QString transportError;              // empty when the server answered
    bool requestMayHaveBeenSent = false; // with a transport error: the outcome is unknown

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        for (const auto &[name, value] : headers) {
            if (name == lowerCaseName)
                return value;
        }
        return {};
    }
};

// What the host lends a connector. Implemented by the host; a connector keeps the reference.
// Connector calls run on a thread of the host's choosing, never the UI's, and may block.
class ChannelHost
{
public:
    virtual ~ChannelHost() = default;
    virtual QDateTime now() const = 0;
    // Per-channel settings (scenario file, page id, brand keywords, ...).
    virtual QString setting(const QString &key) const = 0;
    virtual void logWarning(const QString &message) const = 0;
    // The channel's secret (token), from the OS keychain or, for scripts, the environment.
    // Empty when there is none.
    virtual QString credential() const = 0;
    // Runs one request and waits for its answer.
    virtual HttpResponse http(const HttpRequest &request) = 0;
    // Whether a secret a caller presents (a webhook signature, a token) is the one expected,
    // compared in constant time. False when `expected` is empty.
    virtual bool sameSecret(const QByteArray &given, const QByteArray &expected) const = 0;
};

// One connected account on one platform.
class ChannelConnector
{
public:
    virtual ~ChannelConnector() = default;
    // Returns what arrived since `cursor` (empty on the first call).
    virtual FetchResult fetchNew(const QString &cursor) = 0;
    // Posts a reply, sends a direct message or does one of the other actions, once.
    virtual SendResult send(const OutboundMessage &message) = 0;
    // After an uncertain send: the platform id of `message` if it was posted (for a repost or a
    // like: of the message shared, once the account has shared it), nullopt if it was not; a
    // failure when the platform could not be asked.
    virtual std::optional<QString> findSent(const OutboundMessage &message, Failure &failure) = 0;
    // Whether the credential works, whose account it is and how much quota is left.
    virtual CheckResult check() = 0;
    // Hides (or shows again) a public comment, for one that exposes personal data. Only for
    // plugins whose capabilities say "hideComment".
    virtual Failure setCommentHidden(const QString &commentId, bool hidden)
    {
        Q_UNUSED(commentId);
        Q_UNUSED(hidden);
        return {FailureKind::Rejected, QStringLiteral("This channel cannot hide comments."), {}};
    }
    // What the platform pushed to the team server (a webhook delivery), once it is shown to
    // come from the platform: `signature` is the delivery's signature header, made with
    // `appSecret`. A bad signature is Rejected and nothing is read. Only for plugins whose
    // capabilities say "webhooks".
    virtual FetchResult receivePushed(const QByteArray &body, const QByteArray &signature,
                                      const QByteArray &appSecret)
    {
        Q_UNUSED(body);
        Q_UNUSED(signature);
        Q_UNUSED(appSecret);
        FetchResult result;
        result.failure = {
            FailureKind::Rejected, QStringLiteral("This channel takes no pushed deliveries."), {}};
        return result;
    }
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
