#include "TeamStore.h"

namespace CareDesk::Server {

TeamStore::TeamStore(ServerDatabase &database)
    : m_conversations(database)
    , m_feed(database, m_conversations)
    , m_teams(database, m_feed)
    , m_assignments(database, m_feed)
    , m_accounts(database, m_feed, m_teams, m_assignments)
    , m_sessions(database, m_teams)
    , m_logins(database)
    , m_writes(database, m_conversations, m_feed, m_assignments, m_accounts)
    , m_dispatcher(database, m_conversations, m_assignments)
    , m_reviews(database, m_conversations)
    , m_publisher(database, m_feed)
    , m_replies(database, m_feed)
    , m_surveys(database, m_feed)
    , m_shifts(database)
    , m_escalations(database, m_conversations, m_feed)
{}

} // namespace CareDesk::Server
