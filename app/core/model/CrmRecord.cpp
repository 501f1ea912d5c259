#include "CrmRecord.h"

#include <QJsonArray>

namespace CareDesk::Core {

QJsonObject CrmRecord::toJson() const
{
    QJsonArray cases;
    for (const OpenCase &open : openCases)
        cases.append(QJsonObject{{QStringLiteral("id"), open.id},
                                 {QStringLiteral("subject"), open.subject},
                                 {QStringLiteral("status"), open.status}});
    return {{QStringLiteral("source"), source},
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("company"), company},
            {QStringLiteral("emails"), QJsonArray::fromStringList(emails)},
            {QStringLiteral("phones"), QJsonArray::fromStringList(phones)},
            {QStringLiteral("handles"), QJsonArray::fromStringList(handles)},
            {QStringLiteral("tier"), tier},
            {QStringLiteral("value"), value},
            {QStringLiteral("owner"), owner},
            {QStringLiteral("url"), url},
            {QStringLiteral("notes"), notes},
            {QStringLiteral("openCases"), cases}};
}

CrmRecord CrmRecord::fromJson(const QJsonObject &json)
{
    const auto strings = [&](const char *key) {
        QStringList list;
        const QJsonArray array = json.value(QLatin1String(key)).toArray();
        for (const QJsonValue &item : array)
            list.append(item.toString());
        return list;
    };
    CrmRecord record;
    record.source = json.value(u"source").toString();
    record.id = json.value(u"id").toString();
    record.name = json.value(u"name").toString();
    record.company = json.value(u"company").toString();
    record.emails = strings("emails");
    record.phones = strings("phones");
    record.handles = strings("handles");
    record.tier = json.value(u"tier").toString();
    record.value = json.value(u"value").toDouble();
    record.owner = json.value(u"owner").toString();
    record.url = json.value(u"url").toString();
    record.notes = json.value(u"notes").toString();
    const QJsonArray cases = json.value(u"openCases").toArray();
    for (const QJsonValue &open : cases)
        record.openCases.append({open[QLatin1String("id")].toString(),
                                 open[QLatin1String("subject")].toString(),
                                 open[QLatin1String("status")].toString()});
    return record;
}

} // namespace CareDesk::Core
