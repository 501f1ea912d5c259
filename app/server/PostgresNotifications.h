#pragma once

#include <QString>

namespace CareDesk::Server {

class EventHub;
class ServerDatabase;

// Several server instances on one PostgreSQL: LISTEN/NOTIFY tells each instance that another
// committed changes (they are then read from the feed like its own) and relays who is viewing
// or typing, which is never stored. On SQLite there is one instance and nothing to tell.
class PostgresNotifications final
{
public:
    PostgresNotifications(ServerDatabase &database, EventHub &events);

    // Listens for the other instances; says so in the log when it cannot.
    void listen();
    // Tells the other instances that this one committed changes.
    void announceChanges();

private:
    void shareActivity(const QString &payload);

    ServerDatabase &m_database;
    EventHub &m_events;
};

} // namespace CareDesk::Server
