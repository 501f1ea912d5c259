// The inbound item JSON that caredesk-cli, plugin fixtures and the team server's ingest
// endpoint read, one line at a time (ingest/InboundItemJson.h).
#include "FuzzSupport.h"

#include <ingest/InboundItemJson.h>

#include <QJsonDocument>

using namespace CareDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray line = Fuzz::bytesOf(data, size);
    const auto textOnly = Ingest::inboundFromJson(line, Ingest::Requirement::TextOnly);
    const auto envelope = Ingest::inboundFromJson(line, Ingest::Requirement::Complete);
    Fuzz::check(textOnly.ok() || !envelope.ok(), "a complete item is one with a text too");
    if (!envelope)
        return 0;
    // What was read is written out as caredesk-cli exports it, and that reads back.
    const QByteArray written =
        QJsonDocument(Ingest::inboundToJson(envelope.value())).toJson(QJsonDocument::Compact);
    const auto again = Ingest::inboundFromJson(written, Ingest::Requirement::Complete);
    Fuzz::check(again.ok(), "an item read from JSON is written out so that it reads back");
    if (again) {
        Fuzz::check(again.value().item.platformId == envelope.value().item.platformId &&
                        again.value().item.text == envelope.value().item.text &&
                        again.value().item.kind == envelope.value().item.kind,
                    "an item reads back as it was written");
    }
    return 0;
}
