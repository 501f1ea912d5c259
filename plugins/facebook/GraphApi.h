#pragma once

#include <sdk/ChannelPlugin.h>

#include <QJsonObject>
#include <QStringList>

namespace CareDesk::Channels::Facebook {

// The Graph API and Messenger Platform wire format, mapped to CareDesk's shapes. Pure
// functions: no network.

// A comment node ({id, message, created_time, from{id,name}, parent{id}}) as an inbound item.
// Comment threads are two levels deep on Facebook: a reply's thread is its top-level comment.
Sdk::InboundItem commentToItem(const QJsonObject &comment, const QString &pageId);
// A Messenger message node ({id, message, created_time, from{id,name}}) in conversation `threadId`.
Sdk::InboundItem messageToItem(const QJsonObject &message, const QString &threadId,
                               const QString &pageId);

// Graph times: "2021-08-10T18:45:03+0000" in nodes, UNIX seconds in webhooks.
QDateTime graphTime(const QJsonValue &value);

// What went wrong, from {"error":{code,error_subcode,message}} (HTTP 400 for nearly all of
// them: the code decides), the status, or no answer. `usage` headers help date a retry.
Sdk::Failure failureOf(const Sdk::HttpResponse &response, const QDateTime &now);
// From X-Business-Use-Case-Usage or X-App-Usage (percentages of the allowance used).
Sdk::Quota quotaOf(const Sdk::HttpResponse &response, const QDateTime &now);

// Webhooks. The server receives them; the parsing lives with the connector.
// X-Hub-Signature-256: "sha256=<hex HMAC-SHA256 of the raw body with the app secret>", compared
// in constant time by the host.
bool verifyWebhookSignature(const Sdk::ChannelHost &host, const QByteArray &rawBody,
                            const QByteArray &signatureHeader, const QByteArray &appSecret);
struct WebhookItems
{
    QList<Sdk::InboundItem> items;
    QStringList skipped; // events that carry no message for an agent (reads, deliveries, edits)
    bool valid = false;
};
// `feed` comment additions and `messages` events of a page's webhook delivery.
WebhookItems parseWebhook(const QByteArray &body, const QString &pageId);

} // namespace CareDesk::Channels::Facebook
