#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

namespace CareDesk::Storage {

// What the desk itself sets on a channel, kept in the channel's settings (beside what its
// configuration file gave): the country its customers' phone numbers are from, and how its
// public replies are signed.
class ChannelSettings final
{
public:
    explicit ChannelSettings(QSqlDatabase db);

    // Kept as the "region" setting ("US"); empty removes it.
    Core::Result<void> setRegion(qint64 channelId, const QString &region);
    // A channel's "region" setting from its settings JSON; empty when it has none.
    static QString regionOf(const QString &settingsJson);
    // Kept as the "signOff" setting ("initials", "first-name"); "none" or empty removes it.
    Core::Result<void> setSignOff(qint64 channelId, const QString &style);
    static QString signOffOf(const QString &settingsJson);

private:
    Core::Result<void> setSetting(qint64 channelId, const QString &key, const QString &value);

    QSqlDatabase m_db;
};

} // namespace CareDesk::Storage
