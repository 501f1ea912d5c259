#include "Inbox.h"

namespace CareDesk::Core {

QString toString(ConversationStatus status)
{
    switch (status) {
    case ConversationStatus::New:
        return QStringLiteral("new");
    case ConversationStatus::Open:
        return QStringLiteral("open");
    case ConversationStatus::Pending:
        return QStringLiteral("pending");
    case ConversationStatus::Resolved:
        return QStringLiteral("resolved");
    }
    return QStringLiteral("new");
}

ConversationStatus conversationStatusFromString(const QString &text)
{
    if (text == u"open")
        return ConversationStatus::Open;
    if (text == u"pending")
        return ConversationStatus::Pending;
    if (text == u"resolved")
        return ConversationStatus::Resolved;
    return ConversationStatus::New;
}

QString toString(Addressed addressed)
{
    switch (addressed) {
    case Addressed::Open:
        return QStringLiteral("open");
    case Addressed::Replied:
        return QStringLiteral("replied");
    case Addressed::Acknowledged:
        return QStringLiteral("acknowledged");
    case Addressed::Dismissed:
        return QStringLiteral("dismissed");
    }
    return QStringLiteral("open");
}

Addressed addressedFromString(const QString &text)
{
    if (text == u"replied")
        return Addressed::Replied;
    if (text == u"acknowledged")
        return Addressed::Acknowledged;
    if (text == u"dismissed")
        return Addressed::Dismissed;
    return Addressed::Open;
}

} // namespace CareDesk::Core
