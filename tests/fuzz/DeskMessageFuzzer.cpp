// What the team server's live feed receives: a desk's hello, viewing, typing and ping, and the
// activities other server instances share with it (protocol/LiveFeed.h).
#include "FuzzSupport.h"

#include <protocol/LiveFeed.h>

using namespace CareDesk;
using namespace CareDesk::Protocol;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A WebSocket text message is UTF-8 on the wire; Qt hands it over as a QString.
    const QString text = QString::fromUtf8(Fuzz::bytesOf(data, size));
    const DeskMessage message = DeskMessage::fromText(text);
    Fuzz::check(message.since >= 0 && message.conversationId >= 0,
                "revisions and conversation ids read from a desk are never negative");
    if (message.type == DeskMessage::Type::Hello || message.type == DeskMessage::Type::Viewing ||
        message.type == DeskMessage::Type::Typing) {
        const DeskMessage again = DeskMessage::fromText(message.toText());
        Fuzz::check(again.type == message.type && again.token == message.token &&
                        again.since == message.since &&
                        again.conversationId == message.conversationId,
                    "a desk's message reads back as it was written");
    }
    // Another server instance's activity, relayed through the database.
    const FeedMessage shared = FeedMessage::fromText(text);
    if (shared.type == FeedMessage::Type::Activity) {
        const auto again = Activity::fromJson(shared.activity.toJson());
        Fuzz::check(again && again->teamId == shared.activity.teamId &&
                        again->agentName == shared.activity.agentName,
                    "an activity reads back as it was written");
    }
    return 0;
}
