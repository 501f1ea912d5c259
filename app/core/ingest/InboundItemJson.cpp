#include "InboundItemJson.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <simdjson.h>

#include <cmath>
#include <limits>
#include <optional>

namespace CareDesk::Ingest {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Ingest::InboundItemJson)
};

auto fieldError(const QString &field, const QString &expected) -> Core::Error
{
    return {QCoreApplication::translate("CareDesk::Ingest::InboundItemJson",
                                        "The field \"%1\" must be %2.")
                .arg(field, expected),
            field};
}

// The decoded line and its fields, read through simdjson: the JSON of a backlog is read faster
// than its texts are analysed. Everything here sees only what one line holds.
using Element = simdjson::dom::element;
using Object = simdjson::dom::object;

// A field that is absent and one that is null mean the same: not given.
std::optional<Element> field(const Object &object, std::string_view key)
{
    Element value;
    if (object.at_key(key).get(value) != simdjson::SUCCESS || value.is_null())
        return std::nullopt;
    return value;
}

QString toQString(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

// Ids arrive as strings (X) or, from hand-written files, as whole numbers; both are accepted.
bool readId(const Object &object, std::string_view key, QString &out)
{
    const std::optional<Element> value = field(object, key);
    if (!value)
        return true;
    std::string_view text;
    int64_t signedNumber = 0;
    uint64_t number = 0;
    double real = 0;
    if (value->get(text) == simdjson::SUCCESS)
        out = toQString(text);
    else if (value->get(signedNumber) == simdjson::SUCCESS)
        out = QString::number(signedNumber);
    else if (value->get(number) == simdjson::SUCCESS)
        out = QString::number(number);
    else if (value->get(real) == simdjson::SUCCESS && real == std::trunc(real) &&
             std::abs(real) < 9.0e15)
        out = QString::number(static_cast<qint64>(real));
    else
        return false;
    return true;
}

bool readString(const Object &object, std::string_view key, QString &out)
{
    const std::optional<Element> value = field(object, key);
    if (!value)
        return true;
    std::string_view text;
    if (value->get(text) != simdjson::SUCCESS)
        return false;
    out = toQString(text);
    return true;
}

bool readBool(const Object &object, std::string_view key, bool &out)
{
    const std::optional<Element> value = field(object, key);
    return !value || value->get(out) == simdjson::SUCCESS;
}

// A count such as followers: a number of 0 or more, its whole part kept.
bool readCount(const Object &object, std::string_view key, qint64 &out)
{
    const std::optional<Element> value = field(object, key);
    if (!value)
        return true;
    int64_t signedNumber = 0;
    uint64_t number = 0;
    double real = 0;
    if (value->get(signedNumber) == simdjson::SUCCESS && signedNumber >= 0)
        out = signedNumber;
    else if (value->get(number) == simdjson::SUCCESS)
        out = static_cast<qint64>(std::min<uint64_t>(number, std::numeric_limits<qint64>::max()));
    else if (value->get(real) == simdjson::SUCCESS && real >= 0)
        out = real < 9.0e18 ? static_cast<qint64>(real) : std::numeric_limits<qint64>::max();
    else
        return false;
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
    case Sdk::ItemKind::Mention:
        return QStringLiteral("mention");
    case Sdk::ItemKind::Comment:
        return QStringLiteral("comment");
    case Sdk::ItemKind::DirectMessage:
        return QStringLiteral("dm");
    }
    return QStringLiteral("mention");
}

} // namespace

Core::Result<InboundEnvelope> inboundFromJson(QByteArrayView utf8, Requirement requirement)
{
    // One parser per thread: it keeps its buffers from line to line.
    thread_local simdjson::dom::parser parser;
    Element document;
    Object json;
    if (parser.parse(utf8.data(), static_cast<size_t>(utf8.size())).get(document) !=
            simdjson::SUCCESS ||
        document.get(json) != simdjson::SUCCESS)
        return Core::Error{Tr::tr("not a JSON object in UTF-8"), QString()};

    InboundEnvelope envelope;
    Sdk::InboundItem &item = envelope.item;
    if (!readString(json, "platform", envelope.platform))
        return fieldError(QStringLiteral("platform"), Tr::tr("a string"));
    if (!readString(json, "channel", envelope.channel))
        return fieldError(QStringLiteral("channel"), Tr::tr("a string"));
    if (!readId(json, "id", item.platformId))
        return fieldError(QStringLiteral("id"), Tr::tr("a string"));
    if (!readId(json, "inReplyTo", item.inReplyToId))
        return fieldError(QStringLiteral("inReplyTo"), Tr::tr("a string"));
    if (!readId(json, "threadId", item.threadId))
        return fieldError(QStringLiteral("threadId"), Tr::tr("a string"));
    if (!readString(json, "lang", item.languageHint))
        return fieldError(QStringLiteral("lang"), Tr::tr("a string"));

    std::string_view text;
    if (json.at_key("text").get(text) != simdjson::SUCCESS)
        return fieldError(QStringLiteral("text"), Tr::tr("a string"));
    item.text = toQString(text);

    QString visibility;
    QString kind;
    if (!readString(json, "visibility", visibility) ||
        (!visibility.isEmpty() && visibility != u"public" && visibility != u"private"))
        return fieldError(QStringLiteral("visibility"), Tr::tr("\"public\" or \"private\""));
    if (!readString(json, "kind", kind))
        return fieldError(QStringLiteral("kind"), Tr::tr("\"mention\", \"comment\" or \"dm\""));
    const auto itemKind = kindFrom(kind, visibility);
    if (!itemKind)
        return fieldError(QStringLiteral("kind"), Tr::tr("\"mention\", \"comment\" or \"dm\""));
    item.kind = *itemKind;

    if (!readBool(json, "repost", item.isRepost))
        return fieldError(QStringLiteral("repost"), Tr::tr("true or false"));

    QString direction;
    if (!readString(json, "direction", direction) ||
        (!direction.isEmpty() && direction != u"inbound" && direction != u"outbound"))
        return fieldError(QStringLiteral("direction"), Tr::tr("\"inbound\" or \"outbound\""));
    item.fromChannel = direction == u"outbound";

    if (const std::optional<Element> createdAt = field(json, "createdAt")) {
        std::string_view time;
        if (createdAt->get(time) == simdjson::SUCCESS)
            item.createdAt = QDateTime::fromString(toQString(time), Qt::ISODateWithMs);
        if (!item.createdAt.isValid())
            return fieldError(QStringLiteral("createdAt"),
                              Tr::tr("a time such as 2026-11-22T10:00:00Z"));
        item.createdAt = item.createdAt.toUTC();
    }

    if (const std::optional<Element> authorValue = field(json, "author")) {
        Object author;
        if (authorValue->get(author) != simdjson::SUCCESS)
            return fieldError(QStringLiteral("author"), Tr::tr("an object"));
        if (!readId(author, "id", item.author.platformUserId))
            return fieldError(QStringLiteral("author.id"), Tr::tr("a string"));
        if (!readString(author, "handle", item.author.handle))
            return fieldError(QStringLiteral("author.handle"), Tr::tr("a string"));
        if (!readString(author, "name", item.author.displayName))
            return fieldError(QStringLiteral("author.name"), Tr::tr("a string"));
        if (!readString(author, "locale", item.author.locale))
            return fieldError(QStringLiteral("author.locale"), Tr::tr("a string"));
        if (!readCount(author, "followers", item.author.followers))
            return fieldError(QStringLiteral("author.followers"), Tr::tr("a number of 0 or more"));
        if (!readBool(author, "verified", item.author.verified))
            return fieldError(QStringLiteral("author.verified"), Tr::tr("true or false"));
    }

    if (requirement == Requirement::Complete) {
        for (const auto &[name, value] :
             {std::pair{QStringLiteral("platform"), envelope.platform},
              std::pair{QStringLiteral("channel"), envelope.channel},
              std::pair{QStringLiteral("id"), item.platformId},
              std::pair{QStringLiteral("author.id"), item.author.platformUserId}}) {
            if (value.isEmpty() && !(item.fromChannel && name == u"author.id"))
                return Core::Error{Tr::tr("The field \"%1\" is required.").arg(name), name};
        }
    }
    return envelope;
}

Core::Result<InboundEnvelope> inboundFromJson(const QJsonObject &json, Requirement requirement)
{
    return inboundFromJson(QJsonDocument(json).toJson(QJsonDocument::Compact), requirement);
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
                     {QStringLiteral("visibility"),
                      item.isPublic() ? QStringLiteral("public") : QStringLiteral("private")},
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
