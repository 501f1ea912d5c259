#pragma once

#include "Result.h"

#include <sdk/ChannelPlugin.h>

#include <QJsonObject>

namespace CareDesk::Ingest {

// An inbound item with the channel it arrived on: the one JSON shape that plugins' test
// fixtures, caredesk-cli and the server's ingest endpoint share.
//
// {"platform":"twitter","channel":"AcmeHelp","id":"1850000000000000001","inReplyTo":"...",
//  "threadId":"...","visibility":"public","kind":"mention",
//  "author":{"id":"42","handle":"jane","name":"Jane","followers":120,"verified":false,"locale":"en_US"},
//  "createdAt":"2026-11-22T10:00:00Z","text":"...","lang":"en","repost":false,"direction":"inbound"}
//
// "direction":"outbound" marks what the channel's own account wrote (history, or a reply sent
// outside CareDesk): it answers `inReplyTo` and needs no author.
// Only what a step needs is required (triage needs `text`); unknown fields are ignored.
struct InboundEnvelope
{
    QString platform;
    QString channel;
    Sdk::InboundItem item;
};

enum class Requirement { TextOnly, Complete };

// One JSON object in UTF-8. A wrong type for a known field, or a missing required one, is an
// error naming the field; what is not a JSON object in UTF-8 is an error without one.
Core::Result<InboundEnvelope> inboundFromJson(QByteArrayView utf8, Requirement requirement);
// The same for an object already parsed (it is written out and read again: slower).
Core::Result<InboundEnvelope> inboundFromJson(const QJsonObject &json, Requirement requirement);
QJsonObject inboundToJson(const InboundEnvelope &envelope);

} // namespace CareDesk::Ingest
