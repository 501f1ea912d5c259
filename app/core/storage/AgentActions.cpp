#include "AgentActions.h"

#include "WorkspaceStore.h"
#include "triage/ClassifierFeatures.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace CareDesk::Storage {

using Core::Error;
using Core::Result;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Storage::AgentActions)
};

// QtSql binds a null QString as NULL; every text column here is NOT NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

Error saveError(const QSqlQuery &query)
{
    return Error{Tr::tr("The change could not be saved."), query.lastError().text()};
}

Error readError(const QSqlQuery &query)
{
    return Error{Tr::tr("The workspace could not be read."), query.lastError().text()};
}

Error missing(const QString &what, qint64 id)
{
    return Error{Tr::tr("This conversation or message no longer exists."),
                 QStringLiteral("%1 %2 not found").arg(what).arg(id)};
}

} // namespace

AgentActions::AgentActions(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<void> AgentActions::inTransaction(const std::function<Result<void>()> &change)
{
    if (!m_db.transaction())
        return Error{Tr::tr("The change could not be saved."), m_db.lastError().text()};
    if (auto changed = change(); !changed) {
        m_db.rollback();
        return changed;
    }
    if (!m_db.commit()) {
        const QString detail = m_db.lastError().text();
        m_db.rollback();
        return Error{Tr::tr("The change could not be saved."), detail};
    }
    return {};
}

Result<void> AgentActions::audit(const QString &entity, qint64 entityId, const QString &action,
                                 const QString &actor, const QJsonObject &detail,
                                 const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO audit_events(at, actor, entity, entity_id, action, detail)"
                       " VALUES(?, ?, ?, ?, ?, ?)"));
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(notNull(actor));
    query.addBindValue(notNull(entity));
    query.addBindValue(entityId);
    query.addBindValue(notNull(action));
    query.addBindValue(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return saveError(query);
    return {};
}

Result<QString> AgentActions::conversationField(const QString &column, qint64 conversationId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + column +
                  QStringLiteral(" FROM conversations WHERE id = ?"));
    query.addBindValue(conversationId);
    if (!query.exec())
        return readError(query);
    if (!query.next())
        return missing(QStringLiteral("conversation"), conversationId);
    return query.value(0).toString();
}

Result<qint64> AgentActions::addNote(qint64 conversationId, const QString &author,
                                     const QString &text, const QDateTime &now)
{
    qint64 noteId = 0;
    auto saved = inTransaction([&]() -> Result<void> {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("INSERT INTO notes(conversation_id, author, text, created_at)"
                                     " SELECT id, ?, ?, ? FROM conversations WHERE id = ?"));
        query.addBindValue(notNull(author));
        query.addBindValue(notNull(text));
        query.addBindValue(now.toMSecsSinceEpoch());
        query.addBindValue(conversationId);
        if (!query.exec())
            return saveError(query);
        if (query.numRowsAffected() != 1)
            return missing(QStringLiteral("conversation"), conversationId);
        noteId = query.lastInsertId().toLongLong();
        return audit(QStringLiteral("conversation"), conversationId, QStringLiteral("note"), author,
                     {{QStringLiteral("note"), noteId}}, now);
    });
    if (!saved)
        return saved.error();
    return noteId;
}

Result<QList<Note>> AgentActions::notes(qint64 conversationId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, author, text, created_at FROM notes"
                                 " WHERE conversation_id = ? ORDER BY created_at, id"));
    query.addBindValue(conversationId);
    if (!query.exec())
        return readError(query);
    QList<Note> notes;
    while (query.next()) {
        notes.append({query.value(0).toLongLong(), query.value(1).toString(),
                      query.value(2).toString(),
                      QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC)});
    }
    return notes;
}

Result<void> AgentActions::setStatus(qint64 conversationId, Core::ConversationStatus status,
                                     const QString &actor, const QDateTime &now)
{
    return inTransaction([&]() -> Result<void> {
        auto current = conversationField(QStringLiteral("status"), conversationId);
        if (!current)
            return current.error();
        const QString before = current.value();
        QSqlQuery query(m_db);
        const QString after = Core::toString(status);
        if (before == after)
            return {};
        query.prepare(QStringLiteral("UPDATE conversations SET status = ?,"
                                     " resolved_at = CASE WHEN ? = 'resolved' THEN ? ELSE NULL END,"
                                     " updated_at = ? WHERE id = ?"));
        query.addBindValue(after);
        query.addBindValue(after);
        query.addBindValue(now.toMSecsSinceEpoch());
        query.addBindValue(now.toMSecsSinceEpoch());
        query.addBindValue(conversationId);
        if (!query.exec())
            return saveError(query);
        return audit(QStringLiteral("conversation"), conversationId, QStringLiteral("status"),
                     actor, {{QStringLiteral("from"), before}, {QStringLiteral("to"), after}}, now);
    });
}

Result<void> AgentActions::setAddressed(qint64 messageId, Core::Addressed addressed,
                                        const QString &actor, const QDateTime &now)
{
    return inTransaction([&]() -> Result<void> {
        QSqlQuery query(m_db);
        query.prepare(
            QStringLiteral("SELECT addressed FROM messages WHERE id = ? AND direction = 'in'"));
        query.addBindValue(messageId);
        if (!query.exec())
            return readError(query);
        if (!query.next())
            return missing(QStringLiteral("inbound message"), messageId);
        const QString before = query.value(0).toString();
        const QString after = Core::toString(addressed);
        if (before == after)
            return {};
        query.prepare(QStringLiteral("UPDATE messages SET addressed = ? WHERE id = ?"));
        query.addBindValue(after);
        query.addBindValue(messageId);
        if (!query.exec())
            return saveError(query);
        return audit(QStringLiteral("message"), messageId, QStringLiteral("addressed"), actor,
                     {{QStringLiteral("from"), before}, {QStringLiteral("to"), after}}, now);
    });
}

Result<void> AgentActions::correctCategory(qint64 conversationId, const QString &category,
                                           bool actionable, const QString &actor,
                                           const QDateTime &now)
{
    return inTransaction([&]() -> Result<void> {
        auto current = conversationField(QStringLiteral("category"), conversationId);
        if (!current)
            return current.error();
        const QString before = current.value();
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral(
            "UPDATE conversations SET category = ?, actionable = ?, updated_at = ? WHERE id = ?"));
        query.addBindValue(notNull(category));
        query.addBindValue(actionable ? 1 : 0);
        query.addBindValue(now.toMSecsSinceEpoch());
        query.addBindValue(conversationId);
        if (!query.exec())
            return saveError(query);

        // What the customer wrote is the example the classifier learns from.
        query.prepare(QStringLiteral(
            "SELECT text FROM messages WHERE conversation_id = ? AND direction = 'in'"));
        query.addBindValue(conversationId);
        if (!query.exec())
            return readError(query);
        QStringList texts;
        while (query.next())
            texts.append(query.value(0).toString());
        WorkspaceStore store(m_db);
        for (const QString &text : texts) {
            if (auto trained = store.trainClassifier(category, Triage::classifierFeatures(text));
                !trained)
                return trained;
        }
        return audit(QStringLiteral("conversation"), conversationId, QStringLiteral("category"),
                     actor, {{QStringLiteral("from"), before}, {QStringLiteral("to"), category}},
                     now);
    });
}

Result<void> AgentActions::assign(qint64 conversationId, const QString &assignee,
                                  const QString &actor, const QDateTime &now)
{
    return inTransaction([&]() -> Result<void> {
        auto current = conversationField(QStringLiteral("assignee"), conversationId);
        if (!current)
            return current.error();
        const QString before = current.value();
        QSqlQuery query(m_db);
        if (before == assignee)
            return {};
        query.prepare(QStringLiteral("UPDATE conversations SET assignee = ? WHERE id = ?"));
        query.addBindValue(notNull(assignee));
        query.addBindValue(conversationId);
        if (!query.exec())
            return saveError(query);
        return audit(QStringLiteral("conversation"), conversationId, QStringLiteral("assign"),
                     actor, {{QStringLiteral("from"), before}, {QStringLiteral("to"), assignee}},
                     now);
    });
}

Result<int> AgentActions::resolveAnsweredHistory(qint64 messagesAfterId,
                                                 const QDateTime &quietSince, const QDateTime &now)
{
    int resolved = 0;
    auto saved = inTransaction([&]() -> Result<void> {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS history_resolved("
                                       "id INTEGER PRIMARY KEY, status TEXT NOT NULL,"
                                       " at INTEGER NOT NULL)")) ||
            !query.exec(QStringLiteral("DELETE FROM temp.history_resolved")))
            return saveError(query);
        // The conversations the import touched, read from its own rows by rowid (NOT INDEXED:
        // the index SQLite would pick for DISTINCT reads every message of the workspace), and
        // the last message of each, found on the (conversation_id, created_at) index.
        query.prepare(QStringLiteral(
            "INSERT INTO temp.history_resolved(id, status, at)"
            " SELECT c.id, c.status, last.created_at"
            " FROM (SELECT DISTINCT conversation_id AS id FROM messages NOT INDEXED"
            "   WHERE id > :after) touched"
            " JOIN conversations c ON c.id = touched.id"
            " JOIN messages last ON last.id = (SELECT m.id FROM messages m"
            "   WHERE m.conversation_id = c.id ORDER BY m.created_at DESC, m.id DESC LIMIT 1)"
            " WHERE c.status != 'resolved' AND last.direction = 'out'"
            " AND last.created_at < :quietSince"));
        query.bindValue(QStringLiteral(":after"), messagesAfterId);
        query.bindValue(QStringLiteral(":quietSince"), quietSince.toMSecsSinceEpoch());
        if (!query.exec())
            return saveError(query);
        resolved = query.numRowsAffected();
        if (resolved <= 0)
            return {};
        query.prepare(QStringLiteral(
            "UPDATE conversations SET status = 'resolved', resolved_at = r.at, updated_at = :now,"
            " first_response_at = COALESCE(conversations.first_response_at,"
            "   (SELECT MIN(o.created_at) FROM messages o WHERE o.conversation_id = r.id"
            "    AND o.direction = 'out' AND o.created_at >= (SELECT MIN(i.created_at)"
            "      FROM messages i WHERE i.conversation_id = r.id AND i.direction = 'in')))"
            " FROM temp.history_resolved r WHERE conversations.id = r.id"));
        query.bindValue(QStringLiteral(":now"), now.toMSecsSinceEpoch());
        if (!query.exec())
            return saveError(query);
        // At the time of the brand's last message, so that the transcript ends with it.
        if (!query.exec(QStringLiteral(
                "INSERT INTO audit_events(at, actor, entity, entity_id, action, detail)"
                " SELECT at, '', 'conversation', id, 'status',"
                " json_object('from', status, 'to', 'resolved', 'reason', 'import')"
                " FROM temp.history_resolved ORDER BY id")) ||
            !query.exec(QStringLiteral("DELETE FROM temp.history_resolved")))
            return saveError(query);
        return {};
    });
    if (!saved)
        return saved.error();
    return std::max(resolved, 0);
}

Result<QList<AuditEvent>> AgentActions::auditTrail(const QString &entity, qint64 entityId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT at, actor, action, detail FROM audit_events"
                                 " WHERE entity = ? AND entity_id = ? ORDER BY at, id"));
    query.addBindValue(notNull(entity));
    query.addBindValue(entityId);
    if (!query.exec())
        return readError(query);
    QList<AuditEvent> events;
    while (query.next()) {
        events.append({QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC),
                       query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), entity, entityId});
    }
    return events;
}

} // namespace CareDesk::Storage
