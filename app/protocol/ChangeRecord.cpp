#include "ChangeRecord.h"

#include <QJsonArray>

namespace CareDesk::Protocol {

QJsonObject ChangeRecord::toJson() const
{
    return {{QStringLiteral("rev"), rev},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("id"), id},
            {QStringLiteral("op"),
             op == Op::Upsert ? QStringLiteral("upsert") : QStringLiteral("remove")},
            {QStringLiteral("data"), data}};
}

std::optional<ChangeRecord> ChangeRecord::fromJson(const QJsonObject &json)
{
    // A revision is a whole number from 1: 1.5 or 1e300 is none (toInteger() gives 0 for them).
    const qint64 rev = json.value(QLatin1String("rev")).toInteger();
    const QJsonValue entity = json.value(QLatin1String("entity"));
    const QJsonValue id = json.value(QLatin1String("id"));
    const QString op = json.value(QLatin1String("op")).toString();
    if (rev < 1 || !entity.isString() || entity.toString().isEmpty() || !id.isString() ||
        (op != u"upsert" && op != u"remove"))
        return std::nullopt;
    ChangeRecord record;
    record.rev = rev;
    record.entity = entity.toString();
    record.id = id.toString();
    record.op = op == u"upsert" ? Op::Upsert : Op::Remove;
    record.data = json.value(QLatin1String("data")).toObject();
    return record;
}

QJsonObject ChangeFeed::toJson() const
{
    QJsonArray array;
    for (const ChangeRecord &change : changes)
        array.append(change.toJson());
    return {{QStringLiteral("rev"), rev}, {QStringLiteral("changes"), array}};
}

std::optional<ChangeFeed> ChangeFeed::fromJson(const QJsonObject &json)
{
    const QJsonValue rev = json.value(QLatin1String("rev"));
    const QJsonValue changes = json.value(QLatin1String("changes"));
    if (!rev.isDouble() || !changes.isArray())
        return std::nullopt;
    ChangeFeed feed;
    feed.rev = rev.toInteger();
    const QJsonArray values = changes.toArray();
    for (const QJsonValue &value : values) {
        auto record = ChangeRecord::fromJson(value.toObject());
        if (!record || record->rev > feed.rev)
            return std::nullopt;
        feed.changes.append(*record);
    }
    return feed;
}

} // namespace CareDesk::Protocol
