#include "InboundItemJson.h"

#include <QCoreApplication>

namespace CareDesk::Ingest {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Ingest::InboundItemJson)
};

auto fieldError(const QString &field, const QString &expected) -> Core::Error
{
    return {QCoreApplication::translate("CareDesk::Ingest::InboundItemJson", "The field \"%1\" must be %2.").arg(field, expected), field};
}

// Ids arrive as strings (X) or, from hand-written files, as numbers; both are accepted.
bool readId(const QJsonObject &json, const QString &key, QString &out)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (value.isString()) {
        out = value.toString();
        return true;
    }
    if (value.isDouble()) {
        out = QString::number(value.toInteger());
        return true;
    }
    return false;
}

bool readString(const QJsonObject &json, const QString &key, QString &out)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return false;
    out = value.toString();
    return true;
}

std::optional<Sdk::ItemKind> kindFrom(const QString &kind, const QString &visibility)
{
    if (kind == u"mention")
        return Sdk::ItemKind::Mention;
    if (kind == u"comment")
        return Sdk::ItemKind::Comment;
    if (kind == u"dm" || kind == u"message")
        return Sdk::ItemKind::DirectMessage;
    if (!kind.isEmpty())
        return std::nullopt;
    return visibility == u"private" ? Sdk::ItemKind::DirectMessage : Sdk::ItemKind::Mention;
}

QString kindName(Sdk::ItemKind kind)
{
    switch (kind) {
    case Sdk::ItemKind::Mention: return QStringLiteral("mention");
    case Sdk::ItemKind::Comment: return QStringLiteral("comment");
    case Sdk::ItemKind::DirectMessage: return QStringLiteral("dm");
    }
    return QStringLiteral("mention");
}

} // namespace

Core::Result<InboundEnvelope> inboundFromJson(const QJsonObject &json, Requirement requirement)
{
    InboundEnvelope envelope;
    Sdk::InboundItem &item = envelope.item;
    if (!readString(json, QStringLiteral("platform"), envelope.platform))
        return fieldError(QStringLiteral("platform"), Tr::tr("a string"));
    if (!readString(json, QStringLiteral("channel"), envelope.channel))
        return fieldError(QStringLiteral("channel"), Tr::tr("a string"));
    if (!readId(json, QStringLiteral("id"), item.platformId))
        return fieldError(QStringLiteral("id"), Tr::tr("a string"));
    if (!readId(json, QStringLiteral("inReplyTo"), item.inReplyToId))
        return fieldError(QStringLiteral("inReplyTo"), Tr::tr("a string"));
    if (!readId(json, QStringLiteral("threadId"), item.threadId))
        return fieldError(QStringLiteral("threadId"), Tr::tr("a string"));
    if (!readString(json, QStringLiteral("lang"), item.languageHint))
        return fieldError(QStringLiteral("lang"), Tr::tr("a string"));

    const QJsonValue text = json.value(QLatin1String("text"));
    if (!text.isString())
        return fieldError(QStringLiteral("text"), Tr::tr("a string"));
    item.text = text.toString();

    QString visibility;
    QString kind;
    if (!readString(json, QStringLiteral("visibility"), visibility)
        || (!visibility.isEmpty() && visibility != u"public" && visibility != u"private"))
        return fieldError(QStringLiteral("visibility"), Tr::tr("\"public\" or \"private\""));
    if (!readString(json, QStringLiteral("kind"), kind))
        return fieldError(QStringLiteral("kind"), Tr::tr("\"mention\", \"comment\" or \"dm\""));
    const auto itemKind = kindFrom(kind, visibility);
    if (!itemKind)
        return fieldError(QStringLiteral("kind"), Tr::tr("\"mention\", \"comment\" or \"dm\""));
    item.kind = *itemKind;

    const QJsonValue repost = json.value(QLatin1String("repost"));
    if (!repost.isUndefined() && !repost.isBool())
        return fieldError(QStringLiteral("repost"), Tr::tr("true or false"));
    item.isRepost = repost.toBool(false);

    QString direction;
    if (!readString(json, QStringLiteral("direction"), direction)
        || (!direction.isEmpty() && direction != u"inbound" && direction != u"outbound"))
        return fieldError(QStringLiteral("direction"), Tr::tr("\"inbound\" or \"outbound\""));
    item.fromChannel = direction == u"outbound";

    const QJsonValue createdAt = json.value(QLatin1String("createdAt"));
    if (!createdAt.isUndefined() && !createdAt.isNull()) {
        item.createdAt = QDateTime::fromString(createdAt.toString(), Qt::ISODateWithMs);
        if (!item.createdAt.isValid())
            return fieldError(QStringLiteral("createdAt"), Tr::tr("a time such as 2026-11-22T10:00:00Z"));
        item.createdAt = item.createdAt.toUTC();
    }

    const QJsonValue authorValue = json.value(QLatin1String("author"));
    if (!authorValue.isUndefined() && !authorValue.isObject())
        return fieldError(QStringLiteral("author"), Tr::tr("an object"));
    const QJsonObject author = authorValue.toObject();
    if (!readId(author, QStringLiteral("id"), item.author.platformUserId))
        return fieldError(QStringLiteral("author.id"), Tr::tr("a string"));
    if (!readString(author, QStringLiteral("handle"), item.author.handle))
        return fieldError(QStringLiteral("author.handle"), Tr::tr("a string"));
    if (!readString(author, QStringLiteral("name"), item.author.displayName))
        return fieldError(QStringLiteral("author.name"), Tr::tr("a string"));
    if (!readString(author, QStringLiteral("locale"), item.author.locale))
        return fieldError(QStringLiteral("author.locale"), Tr::tr("a string"));
    const QJsonValue followers = author.value(QLatin1String("followers"));
    if (!followers.isUndefined() && !(followers.isDouble() && followers.toDouble() >= 0))
        return fieldError(QStringLiteral("author.followers"), Tr::tr("a number of 0 or more"));
    item.author.followers = followers.toInteger(0);
    const QJsonValue verified = author.value(QLatin1String("verified"));
    if (!verified.isUndefined() && !verified.isBool())
        return fieldError(QStringLiteral("author.verified"), Tr::tr("true or false"));
    item.author.verified = verified.toBool(false);

    if (requirement == Requirement::Complete) {
        for (const auto &[field, value] : {std::pair{QStringLiteral("platform"), envelope.platform},
                                           std::pair{QStringLiteral("channel"), envelope.channel},
                                           std::pair{QStringLiteral("id"), item.platformId},
                                           std::pair{QStringLiteral("author.id"), item.author.platformUserId}}) {
            if (value.isEmpty() && !(item.fromChannel && field == u"author.id"))
                return Core::Error{Tr::tr("The field \"%1\" is required.").arg(field), field};
        }
    }
    return envelope;
}

QJsonObject inboundToJson(const InboundEnvelope &envelope)
{
    const Sdk::InboundItem &item = envelope.item;
    QJsonObject author{{QStringLiteral("id"), item.author.platformUserId},
                       {QStringLiteral("handle"), item.author.handle},
                       {QStringLiteral("name"), item.author.displayName},
                       {QStringLiteral("followers"), item.author.followers},
                       {QStringLiteral("verified"), item.author.verified}};
    if (!item.author.locale.isEmpty())
        author.insert(QStringLiteral("locale"), item.author.locale);
    QJsonObject json{{QStringLiteral("platform"), envelope.platform},
                     {QStringLiteral("channel"), envelope.channel},
                     {QStringLiteral("id"), item.platformId},
                     {QStringLiteral("kind"), kindName(item.kind)},
                     {QStringLiteral("visibility"), item.isPublic() ? QStringLiteral("public") : QStringLiteral("private")},
                     {QStringLiteral("author"), author},
                     {QStringLiteral("text"), item.text}};
    if (!item.threadId.isEmpty())
        json.insert(QStringLiteral("threadId"), item.threadId);
    if (!item.inReplyToId.isEmpty())
        json.insert(QStringLiteral("inReplyTo"), item.inReplyToId);
    if (!item.languageHint.isEmpty())
        json.insert(QStringLiteral("lang"), item.languageHint);
    if (item.createdAt.isValid())
        json.insert(QStringLiteral("createdAt"), item.createdAt.toUTC().toString(Qt::ISODate));
    if (item.isRepost)
        json.insert(QStringLiteral("repost"), true);
    if (item.fromChannel)
        json.insert(QStringLiteral("direction"), QStringLiteral("outbound"));
    return json;
}

} // namespace CareDesk::Ingest
