#include "ChannelSettings.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace CareDesk::Storage {

namespace {

// The workspace's own words for a failed read or write (WorkspaceStore's).
Core::Error failure(const QSqlQuery &query, const char *message)
{
    return Core::Error{QCoreApplication::translate("CareDesk::Storage::WorkspaceStore", message),
                       query.lastError().text()};
}

} // namespace

ChannelSettings::ChannelSettings(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString ChannelSettings::regionOf(const QString &settingsJson)
{
    return QJsonDocument::fromJson(settingsJson.toUtf8())
        .object()
        .value(QLatin1String("region"))
        .toString();
}

QString ChannelSettings::signOffOf(const QString &settingsJson)
{
    return QJsonDocument::fromJson(settingsJson.toUtf8())
        .object()
        .value(QLatin1String("signOff"))
        .toString();
}

Core::Result<void> ChannelSettings::setRegion(qint64 channelId, const QString &region)
{
    return setSetting(channelId, QStringLiteral("region"), region.toUpper());
}

Core::Result<void> ChannelSettings::setSignOff(qint64 channelId, const QString &style)
{
    return setSetting(channelId, QStringLiteral("signOff"), style == u"none" ? QString() : style);
}

Core::Result<void> ChannelSettings::setSetting(qint64 channelId, const QString &key,
                                               const QString &value)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT settings FROM channels WHERE id = ?"));
    query.addBindValue(channelId);
    if (!query.exec() || !query.next())
        return failure(query, QT_TRANSLATE_NOOP("CareDesk::Storage::WorkspaceStore",
                                                "The workspace could not be read."));
    QJsonObject settings = QJsonDocument::fromJson(query.value(0).toByteArray()).object();
    if (value.isEmpty())
        settings.remove(key);
    else
        settings.insert(key, value);
    query.prepare(QStringLiteral("UPDATE channels SET settings = ? WHERE id = ?"));
    query.addBindValue(QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)));
    query.addBindValue(channelId);
    if (!query.exec())
        return failure(query, QT_TRANSLATE_NOOP("CareDesk::Storage::WorkspaceStore",
                                                "The workspace could not be saved."));
    return {};
}

} // namespace CareDesk::Storage
