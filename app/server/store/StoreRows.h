#pragma once

#include "Agent.h"
#include "model/Inbox.h"

#include <protocol/ChangeRecord.h>

#include <QJsonObject>
#include <QSqlQuery>

namespace CareDesk::Server::StoreRows {

// Rows of the server database as the API shows them. Each list of columns goes with the reader
// that expects them, in that order.

// a.id ... a.last_assigned_at, over `agents a`.
extern const QString AGENT_COLUMNS;
Agent readAgent(const QSqlQuery &query, int first = 0);

// c.id ... c.previous_agent_id, over CONVERSATION_FROM.
extern const QString CONVERSATION_COLUMNS;
extern const QString CONVERSATION_FROM;
QJsonObject readConversation(const QSqlQuery &query);

// m.id ... m.agent_id, over `messages m`.
extern const QString MESSAGE_COLUMNS;
QJsonObject readMessage(const QSqlQuery &query);

// rev, entity, entity_id, op, data: the first five columns of a change row.
Protocol::ChangeRecord readChange(const QSqlQuery &query);

QString visibilityName(Core::Visibility visibility);

} // namespace CareDesk::Server::StoreRows
