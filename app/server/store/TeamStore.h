// store/: the team's shared state in the server database, one class per concern.
// May use ServerDatabase, AssignmentRules, Passwords, core's model and triage, protocol; no HTTP.
#pragma once

#include "AccountStore.h"
#include "Assignments.h"
#include "ChangeFeed.h"
#include "ConversationReads.h"
#include "ConversationWrites.h"
#include "Dispatcher.h"
#include "EscalationRecords.h"
#include "LoginRecords.h"
#include "Publisher.h"
#include "ReplyDelivery.h"
#include "SessionStore.h"
#include "ShiftRecords.h"
#include "SurveyRecords.h"
#include "TeamReviews.h"
#include "TeamSettings.h"

namespace CareDesk::Server {

class ServerDatabase;

// Owns the parts of the team's shared state over one server database and hands them out. Each
// write runs in one transaction that also appends its change records to the feed.
class TeamStore final
{
public:
    explicit TeamStore(ServerDatabase &database);
    TeamStore(const TeamStore &) = delete;
    TeamStore &operator=(const TeamStore &) = delete;

    AccountStore &accounts() { return m_accounts; }
    SessionStore &sessions() { return m_sessions; }
    LoginRecords &logins() { return m_logins; }
    TeamSettings &teams() { return m_teams; }
    ConversationReads &conversations() { return m_conversations; }
    ConversationWrites &writes() { return m_writes; }
    ChangeFeed &feed() { return m_feed; }
    Dispatcher &dispatcher() { return m_dispatcher; }
    TeamReviews &reviews() { return m_reviews; }
    Publisher &publisher() { return m_publisher; }
    ReplyDelivery &replies() { return m_replies; }
    SurveyRecords &surveys() { return m_surveys; }
    ShiftRecords &shifts() { return m_shifts; }
    EscalationRecords &escalations() { return m_escalations; }

private:
    // In the order they depend on each other.
    ConversationReads m_conversations;
    ChangeFeed m_feed;
    TeamSettings m_teams;
    Assignments m_assignments;
    AccountStore m_accounts;
    SessionStore m_sessions;
    LoginRecords m_logins;
    ConversationWrites m_writes;
    Dispatcher m_dispatcher;
    TeamReviews m_reviews;
    Publisher m_publisher;
    ReplyDelivery m_replies;
    SurveyRecords m_surveys;
    ShiftRecords m_shifts;
    EscalationRecords m_escalations;
};

} // namespace CareDesk::Server
