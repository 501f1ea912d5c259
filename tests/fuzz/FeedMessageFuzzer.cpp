// What a desk receives from its team server: the live feed's messages and the records in
// them, a change feed page (GET /v1/changes) and the API's error answers (protocol/).
#include "FuzzSupport.h"

#include <protocol/ApiError.h>
#include <protocol/ConversationWire.h>
#include <protocol/LiveFeed.h>
#include <protocol/MessageWire.h>

#include <QJsonDocument>

using namespace CareDesk;
using namespace CareDesk::Protocol;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytesOf(data, size);
    const FeedMessage message = FeedMessage::fromText(QString::fromUtf8(bytes));
    // The desk's mirror reads each change's data as the record its entity names.
    for (const ChangeRecord &change : message.changes) {
        Fuzz::check(change.rev >= 1 && !change.entity.isEmpty(),
                    "a change has a revision and an entity");
        ConversationWire::fromJson(change.data);
        MessageWire::fromJson(change.data);
    }
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    if (const auto feed = ChangeFeed::fromJson(object)) {
        for (const ChangeRecord &change : feed->changes)
            Fuzz::check(change.rev <= feed->rev, "no change is newer than its feed");
    }
    ConversationWire::fromJson(object);
    MessageWire::fromJson(object);
    ApiError::fromBody(bytes);
    return 0;
}
