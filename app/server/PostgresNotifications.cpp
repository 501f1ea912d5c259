#include "PostgresNotifications.h"

#include "EventHub.h"
#include "Logging.h"
#include "ServerDatabase.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace CareDesk::Server {

namespace {

// The notification channels between instances: new changes to read, and who is viewing or
// typing.
const QString CHANGES_CHANNEL = QStringLiteral("caredesk_changes");
const QString ACTIVITY_CHANNEL = QStringLiteral("caredesk_activity");

} // namespace

PostgresNotifications::PostgresNotifications(ServerDatabase &database, EventHub &events)
    : m_database(database)
    , m_events(events)
{}

void PostgresNotifications::listen()
{
    if (m_database.kind() != ServerDatabase::Kind::PostgreSQL)
        return;
    QSqlDriver *driver = m_database.connection().driver();
    if (!driver->subscribeToNotification(CHANGES_CHANNEL) ||
        !driver->subscribeToNotification(ACTIVITY_CHANNEL)) {
        qCWarning(lcServer) << "live changes from other server instances are off: LISTEN failed";
        return;
    }
    QObject::connect(driver, &QSqlDriver::notification, &m_events,
                     [this](const QString &name, QSqlDriver::NotificationSource source,
                            const QVariant &payload) {
                         if (name == CHANGES_CHANNEL)
                             m_events.schedulePump();
                         else if (name == ACTIVITY_CHANNEL && source == QSqlDriver::OtherSource)
                             m_events.deliverSharedActivity(payload.toString());
                     });
    QObject::connect(&m_events, &EventHub::activityToShare, &m_events,
                     [this](const QString &payload) { shareActivity(payload); });
}

void PostgresNotifications::announceChanges()
{
    if (m_database.kind() != ServerDatabase::Kind::PostgreSQL)
        return;
    QSqlQuery notify(m_database.connection());
    notify.exec(QStringLiteral("NOTIFY ") + CHANGES_CHANNEL);
}

void PostgresNotifications::shareActivity(const QString &payload)
{
    QSqlQuery notify(m_database.connection());
    notify.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    notify.addBindValue(ACTIVITY_CHANNEL);
    notify.addBindValue(payload);
    notify.exec();
}

} // namespace CareDesk::Server
