#include "TranslationStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace CareDesk::Storage {

using Core::Error;
using Core::Result;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Storage::TranslationStore)
};

QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

Error saveError(const QSqlQuery &query)
{
    return Error{Tr::tr("The translation could not be saved."), query.lastError().text()};
}

Error readError(const QSqlQuery &query)
{
    return Error{Tr::tr("The workspace could not be read."), query.lastError().text()};
}

QString viaText(const QStringList &via)
{
    return via.join(u',');
}

QStringList viaList(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(u',');
}

} // namespace

TranslationStore::TranslationStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<void> TranslationStore::reindex(qint64 messageId,
                                       const std::function<Result<void>()> &change)
{
    // The index keeps no copy of its texts: an entry is removed with the values it was made
    // from, so the old text and translations are read before the change and the new after.
    QSqlQuery query(m_db);
    const auto current = [&]() -> Result<std::pair<QString, QString>> {
        query.prepare(
            QStringLiteral("SELECT text, customer FROM message_search_source WHERE id = ?"));
        query.addBindValue(messageId);
        if (!query.exec())
            return readError(query);
        if (!query.next())
            return Error{Tr::tr("This message no longer exists."), QString::number(messageId)};
        return std::pair{query.value(0).toString(), query.value(1).toString()};
    };
    const auto index = [&](const char *command, const std::pair<QString, QString> &row) {
        query.prepare(QStringLiteral("INSERT INTO message_search(message_search, rowid, text, "
                                     "customer) VALUES(%1, ?, ?, ?)")
                          .arg(QLatin1String(command)));
        query.addBindValue(messageId);
        query.addBindValue(row.first);
        query.addBindValue(row.second);
        return query.exec();
    };
    if (!m_db.transaction())
        return Error{Tr::tr("The translation could not be saved."), m_db.lastError().text()};
    auto before = current();
    Result<void> done = before ? change() : Result<void>(before.error());
    if (done && !index("'delete'", before.value()))
        done = saveError(query);
    if (done) {
        auto after = current();
        if (!after)
            done = after.error();
        else if (!index("NULL", after.value()))
            done = saveError(query);
    }
    if (!done || !m_db.commit()) {
        m_db.rollback();
        return done ? Result<void>(Error{Tr::tr("The translation could not be saved."),
                                         m_db.lastError().text()})
                    : done;
    }
    return {};
}

Result<void> TranslationStore::save(qint64 messageId, const Core::MessageTranslation &translation,
                                    const QDateTime &now)
{
    return reindex(messageId, [&]() -> Result<void> {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO message_translations(message_id, language, text, "
            "source_language, provider, via, created_at) VALUES(?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(messageId);
        query.addBindValue(notNull(translation.language));
        query.addBindValue(notNull(translation.text));
        query.addBindValue(notNull(translation.sourceLanguage));
        query.addBindValue(notNull(translation.provider));
        query.addBindValue(viaText(translation.via));
        query.addBindValue(now.toMSecsSinceEpoch());
        if (!query.exec())
            return saveError(query);
        return {};
    });
}

Result<QHash<qint64, Core::MessageTranslation>>
TranslationStore::forConversation(qint64 conversationId, const QString &language)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT t.message_id, t.text, t.source_language, t.provider, t.via"
                       " FROM message_translations t JOIN messages m ON m.id = t.message_id"
                       " WHERE m.conversation_id = ? AND t.language = ?"));
    query.addBindValue(conversationId);
    query.addBindValue(notNull(language));
    if (!query.exec())
        return readError(query);
    QHash<qint64, Core::MessageTranslation> translations;
    while (query.next()) {
        Core::MessageTranslation translation;
        translation.state = Core::MessageTranslation::State::Done;
        translation.text = query.value(1).toString();
        translation.language = language;
        translation.sourceLanguage = query.value(2).toString();
        translation.provider = query.value(3).toString();
        translation.via = viaList(query.value(4).toString());
        translations.insert(query.value(0).toLongLong(), translation);
    }
    return translations;
}

Result<void> TranslationStore::recordReply(const QString &clientId, qint64 conversationId,
                                           const QString &sentText,
                                           const Core::MessageTranslation &wrote,
                                           const QString &author, const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO reply_translations(client_id, conversation_id, sent_text, "
        "language, source_text, source_language, provider, via, author, created_at)"
        " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(notNull(clientId));
    query.addBindValue(conversationId);
    query.addBindValue(notNull(sentText));
    query.addBindValue(notNull(wrote.sourceLanguage));
    query.addBindValue(notNull(wrote.text));
    query.addBindValue(notNull(wrote.language));
    query.addBindValue(notNull(wrote.provider));
    query.addBindValue(viaText(wrote.via));
    query.addBindValue(notNull(author));
    query.addBindValue(now.toMSecsSinceEpoch());
    if (!query.exec())
        return saveError(query);
    return {};
}

Result<void> TranslationStore::forgetReply(const QString &clientId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM reply_translations WHERE client_id = ?"));
    query.addBindValue(notNull(clientId));
    if (!query.exec())
        return saveError(query);
    return {};
}

Result<QHash<QString, Core::MessageTranslation>> TranslationStore::repliesIn(qint64 conversationId)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT sent_text, source_text, source_language, language, "
                                 "provider, via FROM reply_translations WHERE conversation_id = ?"
                                 " ORDER BY created_at"));
    query.addBindValue(conversationId);
    if (!query.exec())
        return readError(query);
    QHash<QString, Core::MessageTranslation> replies;
    while (query.next()) {
        Core::MessageTranslation wrote;
        wrote.state = Core::MessageTranslation::State::Done;
        wrote.agentWrote = true;
        wrote.text = query.value(1).toString();
        wrote.language = query.value(2).toString();
        wrote.sourceLanguage = query.value(3).toString();
        wrote.provider = query.value(4).toString();
        wrote.via = viaList(query.value(5).toString());
        replies.insert(query.value(0).toString(), wrote);
    }
    return replies;
}

Result<void> TranslationStore::attachSentTranslations(Core::ConversationDetail &detail)
{
    auto replies = repliesIn(detail.conversationId);
    if (!replies)
        return replies.error();
    for (Core::MessageRecord &message : detail.messages) {
        if (message.direction == Core::Direction::Outbound &&
            replies.value().contains(message.text))
            message.translation = replies.value().value(message.text);
    }
    return {};
}

Result<void> TranslationStore::audit(const QString &entity, qint64 entityId, const QString &actor,
                                     const TranslationRequest &request, const QDateTime &now)
{
    const QJsonObject detail{{QStringLiteral("provider"), request.provider},
                             {QStringLiteral("onDevice"), request.staysOnDevice},
                             {QStringLiteral("from"), request.from},
                             {QStringLiteral("to"), request.to},
                             {QStringLiteral("characters"), request.characters},
                             {QStringLiteral("personalDataHidden"), request.personalDataHidden},
                             {QStringLiteral("purpose"), request.purpose},
                             {QStringLiteral("succeeded"), request.succeeded}};
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO audit_events(at, actor, entity, entity_id, action, detail)"
                       " VALUES(?, ?, ?, ?, 'translate', ?)"));
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(notNull(actor));
    query.addBindValue(notNull(entity));
    query.addBindValue(entityId);
    query.addBindValue(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return saveError(query);
    return {};
}

} // namespace CareDesk::Storage
