#pragma once

#include <sdk/ChannelPlugin.h>

#include <QStringList>

namespace CareDesk::Channels::Twitter {

// The X API v2 wire format, mapped to CareDesk's shapes. Pure functions: no network.

// One page of tweets (mentions timeline or recent search) or of DM events.
struct Page
{
    QList<Sdk::InboundItem> items;
    QString newestId;     // meta.newest_id (tweets); the first event's id (DMs)
    QString nextToken;    // meta.next_token; empty on the last page
    QStringList warnings; // partial errors the platform sent beside the data
    bool valid = false;   // false: the body was not what X sends
};

// `ownAccountId` marks the account's own posts as the channel's (fromChannel). Texts come as
// their authors wrote them: X's &amp;, &lt; and &gt; are undone here, once.
Page parseTweetPage(const QByteArray &body, const QString &ownAccountId);
Page parseDmEventPage(const QByteArray &body, const QString &ownAccountId);

// What went wrong, from any answer X gives: problem+json, the older {"errors":[{code,message}]},
// HTTP status alone, or no answer at all. None for a 2xx.
Sdk::Failure failureOf(const Sdk::HttpResponse &response, const QDateTime &now);
// From the x-rate-limit-* headers.
Sdk::Quota quotaOf(const Sdk::HttpResponse &response);

// Tweet and event ids are decimal strings that grow with time.
bool isOlderId(const QString &a, const QString &b);

} // namespace CareDesk::Channels::Twitter
