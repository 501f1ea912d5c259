#include "TeamMirror.h"

#include <protocol/MessageWire.h>
#include <protocol/WireTime.h>

#include "Clock.h"
#include "model/CrmRecord.h"
#include "storage/WorkspaceStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace CareDesk::Sync {

using Core::Error;
using Core::Result;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Sync::TeamMirror)
};

Error sqlError(const QSqlQuery &query)
{
    return Error{Tr::tr("The team's conversations could not be saved in this workspace."),
                 query.lastError().text() + QStringLiteral(" [") + query.lastQuery() +
                     QLatin1Char(']')};
}

Result<QSqlQuery> run(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return sqlError(query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query);
    return query;
}

// Never a null string: that would bind as SQL NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

TeamMirror::TeamMirror(QSqlDatabase db, const Core::Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{}

Result<qint64> TeamMirror::revision(const QString &server)
{
    auto found = run(m_db, QStringLiteral("SELECT rev FROM team_sync WHERE server = ?"), {server});
    if (!found)
        return found.error();
    return found.value().next() ? found.value().value(0).toLongLong() : 0;
}

Result<void> TeamMirror::remember(const QString &server, const QString &login)
{
    auto stored = run(m_db,
                      QStringLiteral("INSERT INTO team_sync(server, login) VALUES(?, ?)"
                                     " ON CONFLICT(server) DO UPDATE SET login = excluded.login"),
                      {server, login});
    if (!stored)
        return stored.error();
    return {};
}

Result<qint64> TeamMirror::link(const QString &entity, const QString &serverId)
{
    auto found = run(
        m_db, QStringLiteral("SELECT local_id FROM team_links WHERE entity = ? AND server_id = ?"),
        {entity, serverId});
    if (!found)
        return found.error();
    return found.value().next() ? found.value().value(0).toLongLong() : 0;
}

Result<void> TeamMirror::setLink(const QString &entity, const QString &serverId, qint64 localId)
{
    auto stored =
        run(m_db,
            QStringLiteral(
                "INSERT OR REPLACE INTO team_links(entity, server_id, local_id) VALUES(?, ?, ?)"),
            {entity, serverId, localId});
    if (!stored)
        return stored.error();
    return {};
}

Result<int> TeamMirror::apply(const QString &server, const QList<Protocol::ChangeRecord> &changes)
{
    auto current = revision(server);
    if (!current)
        return current.error();
    if (!m_db.transaction())
        return Error{Tr::tr("The team's conversations could not be saved in this workspace."),
                     m_db.lastError().text()};
    int applied = 0;
    qint64 rev = current.value();
    for (const Protocol::ChangeRecord &change : changes) {
        if (change.rev <= rev)
            continue; // already here: a catch-up that overlaps what came live
        Result<void> done;
        if (change.entity == u"conversation")
            done = applyConversation(change);
        else if (change.entity == u"message")
            done = applyMessage(change);
        // Other entities (agents, notes, replies, teams) are read from the server when shown.
        if (!done) {
            m_db.rollback();
            return done.error();
        }
        rev = change.rev;
        ++applied;
    }
    if (auto stored = run(m_db, QStringLiteral("UPDATE team_sync SET rev = ? WHERE server = ?"),
                          {rev, server});
        !stored) {
        m_db.rollback();
        return stored.error();
    }
    if (!m_db.commit()) {
        const QString detail = m_db.lastError().text();
        m_db.rollback();
        return Error{Tr::tr("The team's conversations could not be saved in this workspace."),
                     detail};
    }
    return applied;
}

Result<void> TeamMirror::applyConversation(const Protocol::ChangeRecord &change)
{
    const auto data = Protocol::ConversationWire::fromJson(change.data);
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    auto local = link(QStringLiteral("conversation"), change.id);
    if (!local)
        return local.error();
    const QVariantList fields{
        notNull(data.status),
        notNull(data.language),
        data.priority,
        data.slaDueMs,
        notNull(data.assigneeName),
        notNull(data.category),
        data.actionable ? 1 : 0,
        change.rev,
        std::max(now, data.lastActivityAtMs),
        QString::fromUtf8(QJsonDocument(data.priorityReasons).toJson(QJsonDocument::Compact))};
    if (local.value() > 0) {
        if (auto recorded = recordRemoteChanges(local.value(), data, now); !recorded)
            return recorded;
        auto updated =
            run(m_db,
                QStringLiteral(
                    "UPDATE conversations SET status = ?, language = ?, priority = ?, sla_due = ?,"
                    " assignee = ?, category = ?, actionable = ?, team_rev = ?, updated_at = ?,"
                    " priority_reasons = ? WHERE id = ?"),
                fields + QVariantList{local.value()});
        if (!updated)
            return updated.error();
        if (auto crm = applyCustomerCrm(local.value(), data); !crm)
            return crm;
        if (auto survey = applySurvey(local.value(), data); !survey)
            return survey;
        return applyEscalation(local.value(), data);
    }
    // First sight: the channel, the customer and the conversation, as the server names them.
    Storage::WorkspaceStore store(m_db);
    auto channel = store.ensureChannel(QStringLiteral(""), notNull(data.channel),
                                       notNull(data.platform), QStringLiteral("{}"), m_clock.now());
    if (!channel)
        return channel.error();
    auto customerId = customerOf(data, now);
    if (!customerId)
        return customerId.error();
    auto inserted =
        run(m_db,
            QStringLiteral(
                "INSERT INTO conversations(status, language, priority, sla_due, assignee, category,"
                " actionable, team_rev, updated_at, priority_reasons, channel_id, customer_id,"
                " thread_key, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "RETURNING id"),
            fields + QVariantList{channel.value(), customerId.value(),
                                  QString(QStringLiteral("team:") + change.id), data.createdAtMs});
    if (!inserted || !inserted.value().next())
        return inserted ? sqlError(inserted.value()) : inserted.error();
    const qint64 conversationId = inserted.value().value(0).toLongLong();
    if (auto linked = setLink(QStringLiteral("conversation"), change.id, conversationId); !linked)
        return linked;
    if (auto crm = applyCustomerCrm(conversationId, data); !crm)
        return crm;
    if (auto survey = applySurvey(conversationId, data); !survey)
        return survey;
    return applyEscalation(conversationId, data);
}

// The satisfaction survey the server asked after a resolve, and the answer: for the leads'
// Detractors view, the conversation's header and the dashboard on this desk.
Result<void> TeamMirror::applySurvey(qint64 conversationId, const Protocol::ConversationWire &data)
{
    const QJsonObject &survey = data.survey;
    if (survey.isEmpty())
        return {};
    const auto time = [&](const char *key) {
        const QJsonValue value = survey.value(QLatin1String(key));
        return value.isUndefined() ? QVariant() : QVariant(Protocol::timeFromJson(value));
    };
    const QString kind = survey.value(QLatin1String("kind")).toString();
    auto stored = run(
        m_db,
        QStringLiteral("INSERT OR REPLACE INTO surveys(conversation_id, kind, agent, category,"
                       " client_id, queued_at, answered_at, score, comment, follow_up, delivery)"
                       " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        QVariantList{
            conversationId, kind == u"nps" ? kind : QStringLiteral("csat"),
            notNull(survey.value(QLatin1String("agent")).toString()), notNull(data.category),
            QStringLiteral("team:%1").arg(data.id), time("askedAt").toLongLong(),
            time("answeredAt"),
            survey.contains(QLatin1String("score")) ? QVariant(survey.value(u"score").toInt())
                                                    : QVariant(),
            notNull(survey.value(QLatin1String("comment")).toString()),
            survey.value(QLatin1String("followUp")).toString() == u"open" ? QStringLiteral("open")
                                                                          : QStringLiteral(""),
            notNull(survey.value(QLatin1String("delivery")).toString())});
    return stored ? Result<void>() : Result<void>(stored.error());
}

// The conversation's latest escalation as the server keeps it: for the leads' Escalations view,
// the inbox's mark and the conversation's header on this desk.
Result<void> TeamMirror::applyEscalation(qint64 conversationId,
                                         const Protocol::ConversationWire &data)
{
    auto cleared = run(m_db, QStringLiteral("DELETE FROM escalations WHERE conversation_id = ?"),
                       {conversationId});
    if (!cleared)
        return cleared.error();
    const QJsonObject &escalation = data.escalation;
    if (escalation.isEmpty())
        return {};
    const QJsonValue takenAt = escalation.value(QLatin1String("takenAt"));
    auto stored =
        run(m_db,
            QStringLiteral("INSERT INTO escalations(conversation_id, target, reason, note, by, at,"
                           " taken_by, taken_at, rule, rule_detail, flag_only)"
                           " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {conversationId, notNull(escalation.value(QLatin1String("target")).toString()),
             notNull(escalation.value(QLatin1String("reason")).toString()),
             notNull(escalation.value(QLatin1String("note")).toString()),
             notNull(escalation.value(QLatin1String("by")).toString()),
             Protocol::timeFromJson(escalation.value(QLatin1String("at"))),
             notNull(escalation.value(QLatin1String("takenBy")).toString()),
             takenAt.isUndefined() ? QVariant() : QVariant(Protocol::timeFromJson(takenAt)),
             notNull(escalation.value(QLatin1String("rule")).toString()),
             notNull(escalation.value(QLatin1String("ruleDetail")).toString()),
             escalation.value(QLatin1String("flagOnly")).toBool() ? 1 : 0});
    return stored ? Result<void>() : Result<void>(stored.error());
}

// Who the customer is in the team's CRM, as the server matched them: this desk asks no CRM
// about the team's customers. A link the server no longer sends was taken away there.
Result<void> TeamMirror::applyCustomerCrm(qint64 conversationId,
                                          const Protocol::ConversationWire &data)
{
    auto customer = run(m_db, QStringLiteral("SELECT customer_id FROM conversations WHERE id = ?"),
                        {conversationId});
    if (!customer)
        return customer.error();
    if (!customer.value().next())
        return {};
    const qint64 customerId = customer.value().value(0).toLongLong();
    if (data.customerCrm.isEmpty()) {
        auto removed =
            run(m_db, QStringLiteral("DELETE FROM customer_crm_links WHERE customer_id = ?"),
                {customerId});
        return removed ? Result<void>() : Result<void>(removed.error());
    }
    const Core::CrmRecord record = Core::CrmRecord::fromJson(data.customerCrm);
    static const QStringList matchedBy{QStringLiteral("handle"), QStringLiteral("email"),
                                       QStringLiteral("phone"), QStringLiteral("agent")};
    const QString how = data.customerCrm.value(QLatin1String("matchedBy")).toString();
    const qint64 linkedAt = data.customerCrm.value(QLatin1String("linkedAt")).toInteger();
    auto stored = run(
        m_db,
        QStringLiteral("INSERT OR REPLACE INTO customer_crm_links(customer_id, source, record_id,"
                       " record, tier, matched_by, linked_by, linked_at, fetched_at)"
                       " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {customerId, notNull(record.source), notNull(record.id),
         QString::fromUtf8(QJsonDocument(data.customerCrm).toJson(QJsonDocument::Compact)),
         notNull(record.tier), matchedBy.contains(how) ? how : QStringLiteral("agent"),
         notNull(data.customerCrm.value(QLatin1String("linkedBy")).toString()), linkedAt,
         m_clock.now().toMSecsSinceEpoch()});
    return stored ? Result<void>() : Result<void>(stored.error());
}

// Claims, transfers and status changes made on other desks go on this desk's record of the
// conversation, so a lead's transcript shows them too.
Result<void> TeamMirror::recordRemoteChanges(qint64 localId, const Protocol::ConversationWire &data,
                                             qint64 now)
{
    auto before = run(
        m_db, QStringLiteral("SELECT assignee, status FROM conversations WHERE id = ?"), {localId});
    if (!before)
        return before.error();
    if (!before.value().next())
        return {};
    const QString wasAssignee = before.value().value(0).toString();
    const QString wasStatus = before.value().value(1).toString();
    const QString status = notNull(data.status);
    const QString &assignee = data.assigneeName;
    const qint64 since = data.assigneeId == 0 ? now : data.assignedSinceMs;
    const auto record = [&](const QString &action, const QString &from, const QString &to,
                            qint64 at) {
        return run(
            m_db,
            QStringLiteral("INSERT INTO audit_events(at, actor, entity, entity_id, action, detail)"
                           " VALUES(?, '', 'conversation', ?, ?, ?)"),
            {at == 0 ? now : at, localId, action,
             QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("from"), from},
                                                         {QStringLiteral("to"), to}})
                                   .toJson(QJsonDocument::Compact))});
    };
    if (wasAssignee != (assignee.isNull() ? QString() : assignee))
        if (auto recorded = record(QStringLiteral("assign"), wasAssignee, assignee, since);
            !recorded)
            return recorded.error();
    if (!status.isEmpty() && wasStatus != status)
        if (auto recorded = record(QStringLiteral("status"), wasStatus, status, now); !recorded)
            return recorded.error();
    return {};
}

// The local customer behind a conversation's customer as the server names them, made on first
// sight with an identity keyed by their handle (else their name).
Result<qint64> TeamMirror::customerOf(const Protocol::ConversationWire &data, qint64 now)
{
    const QString platform = notNull(data.platform);
    const QString handle = notNull(data.customerHandle);
    const QString name = notNull(data.customerName);
    const QString identityKey = QStringLiteral("team:") + (handle.isEmpty() ? name : handle);
    auto identity = run(
        m_db,
        QStringLiteral(
            "SELECT id, customer_id FROM identities WHERE platform = ? AND platform_user_id = ?"),
        {platform, identityKey});
    if (!identity)
        return identity.error();
    if (identity.value().next())
        return identity.value().value(1).toLongLong();
    auto created = run(
        m_db,
        QStringLiteral("INSERT INTO customers(display_name, created_at) VALUES(?, ?) RETURNING id"),
        {name, now});
    if (!created || !created.value().next())
        return created ? sqlError(created.value()) : created.error();
    const qint64 customerId = created.value().value(0).toLongLong();
    auto identityCreated =
        run(m_db,
            QStringLiteral("INSERT INTO identities(customer_id, platform, platform_user_id, handle,"
                           " display_name, followers) VALUES(?, ?, ?, ?, ?, ?)"),
            {customerId, platform, identityKey, handle, name, data.customerFollowers});
    if (!identityCreated)
        return identityCreated.error();
    return customerId;
}

Result<void> TeamMirror::applyMessage(const Protocol::ChangeRecord &change)
{
    const auto data = Protocol::MessageWire::fromJson(change.data);
    auto existing = link(QStringLiteral("message"), change.id);
    if (!existing)
        return existing.error();
    if (existing.value() > 0) {
        auto updated = run(m_db, QStringLiteral("UPDATE messages SET addressed = ? WHERE id = ?"),
                           {notNull(data.addressed), existing.value()});
        if (!updated)
            return updated.error();
        return {};
    }
    auto conversation = link(QStringLiteral("conversation"), QString::number(data.conversationId));
    if (!conversation)
        return conversation.error();
    if (conversation.value() == 0)
        return {}; // a conversation this desktop does not mirror
    auto owner = run(m_db,
                     QStringLiteral("SELECT c.channel_id, (SELECT i.id FROM identities i WHERE "
                                    "i.customer_id = c.customer_id LIMIT 1),"
                                    " cu.display_name FROM conversations c JOIN customers cu ON "
                                    "cu.id = c.customer_id WHERE c.id = ?"),
                     {conversation.value()});
    if (!owner || !owner.value().next())
        return owner ? sqlError(owner.value()) : owner.error();
    const bool inbound = data.direction == u"inbound";
    // Replies not yet posted have no platform id: a placeholder keeps the channel's ids unique.
    QString platformId = notNull(data.platformId);
    if (platformId.isEmpty())
        platformId = QStringLiteral("team-message:") + change.id;
    const QString messageText = notNull(data.text);
    auto inserted = run(
        m_db,
        QStringLiteral(
            "INSERT INTO messages(conversation_id, channel_id, platform_id, direction, visibility,"
            " identity_id, text, language, created_at, addressed, sent_by)"
            " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(channel_id, platform_id) DO NOTHING RETURNING id"),
        {conversation.value(), owner.value().value(0), platformId,
         inbound ? QStringLiteral("in") : QStringLiteral("out"), notNull(data.visibility),
         inbound ? owner.value().value(1) : QVariant(QMetaType::fromType<qint64>()), messageText,
         notNull(data.language), data.createdAtMs, notNull(data.addressed),
         // A teammate's reply: the server names the agent who wrote it.
         !inbound && data.agentId != 0 ? notNull(data.authorName) : QString(QLatin1String(""))});
    if (!inserted)
        return inserted.error();
    if (!inserted.value().next())
        return {};
    const qint64 messageId = inserted.value().value(0).toLongLong();
    if (!inbound && !data.translatedFrom.isEmpty()) {
        if (auto kept = keepTranslatedReply(conversation.value(), change.id, data); !kept)
            return kept.error();
    }
    if (auto indexed = Storage::WorkspaceStore(m_db).indexForSearch(
            messageId, messageText, owner.value().value(2).toString());
        !indexed)
        return indexed.error();
    return setLink(QStringLiteral("message"), change.id, messageId);
}

Result<qint64> TeamMirror::localConversation(qint64 serverConversationId)
{
    return link(QStringLiteral("conversation"), QString::number(serverConversationId));
}

Result<qint64> TeamMirror::serverConversation(qint64 localConversationId)
{
    auto found =
        run(m_db,
            QStringLiteral(
                "SELECT server_id FROM team_links WHERE entity = 'conversation' AND local_id = ?"),
            {localConversationId});
    if (!found)
        return found.error();
    return found.value().next() ? found.value().value(0).toString().toLongLong() : 0;
}

Result<qint64> TeamMirror::serverMessage(qint64 localMessageId)
{
    auto found =
        run(m_db,
            QStringLiteral(
                "SELECT server_id FROM team_links WHERE entity = 'message' AND local_id = ?"),
            {localMessageId});
    if (!found)
        return found.error();
    return found.value().next() ? found.value().value(0).toString().toLongLong() : 0;
}

Result<qint64> TeamMirror::localMessage(qint64 serverMessageId)
{
    return link(QStringLiteral("message"), QString::number(serverMessageId));
}

Result<qint64> TeamMirror::conversationRev(qint64 serverConversationId)
{
    auto local = localConversation(serverConversationId);
    if (!local)
        return local.error();
    auto found = run(m_db, QStringLiteral("SELECT team_rev FROM conversations WHERE id = ?"),
                     {local.value()});
    if (!found)
        return found.error();
    return found.value().next() ? found.value().value(0).toLongLong() : 0;
}

Result<TeamReply> TeamMirror::queueReply(qint64 serverConversationId, bool isPublic,
                                         const QString &replyText)
{
    if (replyText.trimmed().isEmpty())
        return Error{Tr::tr("An empty message cannot be sent."), {}};
    auto rev = conversationRev(serverConversationId);
    if (!rev)
        return rev.error();
    TeamReply reply{QUuid::createUuid().toString(QUuid::WithoutBraces),
                    serverConversationId,
                    isPublic,
                    replyText,
                    rev.value(),
                    QStringLiteral("waiting"),
                    QString()};
    auto stored = run(
        m_db,
        QStringLiteral(
            "INSERT INTO team_outbox(client_id, server_conversation_id, visibility, text, base_rev,"
            " created_at) VALUES(?, ?, ?, ?, ?, ?)"),
        {reply.clientId, serverConversationId,
         isPublic ? QStringLiteral("public") : QStringLiteral("private"), replyText, reply.baseRev,
         m_clock.now().toMSecsSinceEpoch()});
    if (!stored)
        return stored.error();
    return reply;
}

Result<QList<TeamReply>> TeamMirror::replies(const QString &state)
{
    auto found =
        run(m_db,
            QStringLiteral(
                "SELECT client_id, server_conversation_id, visibility, text, base_rev, state, error"
                " FROM team_outbox WHERE state = ? ORDER BY created_at, client_id"),
            {state});
    if (!found)
        return found.error();
    QList<TeamReply> list;
    while (found.value().next()) {
        const QSqlQuery &q = found.value();
        list.append({q.value(0).toString(), q.value(1).toLongLong(),
                     q.value(2).toString() == u"public", q.value(3).toString(),
                     q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toString()});
    }
    return list;
}

Result<Protocol::TranslatedFrom> TeamMirror::translatedFrom(const TeamReply &reply)
{
    auto found =
        run(m_db,
            QStringLiteral("SELECT rt.source_text, rt.source_language, rt.provider"
                           " FROM reply_translations rt JOIN team_links l"
                           " ON l.entity = 'conversation' AND l.local_id = rt.conversation_id"
                           " WHERE l.server_id = ? AND rt.sent_text = ?"
                           " ORDER BY rt.created_at DESC LIMIT 1"),
            {QString::number(reply.serverConversationId), reply.text});
    if (!found)
        return found.error();
    if (!found.value().next())
        return Protocol::TranslatedFrom{};
    return Protocol::TranslatedFrom{found.value().value(0).toString(),
                                    found.value().value(1).toString(),
                                    found.value().value(2).toString()};
}

Result<void> TeamMirror::keepTranslatedReply(qint64 conversationId, const QString &serverMessageId,
                                             const Protocol::MessageWire &data)
{
    auto kept =
        run(m_db,
            QStringLiteral("INSERT OR IGNORE INTO reply_translations(client_id, conversation_id,"
                           " sent_text, language, source_text, source_language, provider, author,"
                           " created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {QString(QStringLiteral("team-message:") + serverMessageId), conversationId,
             notNull(data.text), notNull(data.language), notNull(data.translatedFrom.text),
             notNull(data.translatedFrom.language), notNull(data.translatedFrom.provider),
             notNull(data.authorName), data.createdAtMs});
    if (!kept)
        return kept.error();
    return {};
}

Result<void> TeamMirror::settleReply(const QString &clientId, const QString &state,
                                     const QString &error)
{
    auto stored =
        run(m_db, QStringLiteral("UPDATE team_outbox SET state = ?, error = ? WHERE client_id = ?"),
            {state, error.isNull() ? QStringLiteral("") : error, clientId});
    if (!stored)
        return stored.error();
    return {};
}

} // namespace CareDesk::Sync
