#include "Drafts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace CareDesk::Storage {

using Core::Error;
using Core::Result;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Storage::Drafts)
};

QJsonArray cannedToJson(const QList<Core::CannedUse> &uses)
{
    QJsonArray array;
    for (const Core::CannedUse &use : uses)
        array.append(QJsonObject{{QStringLiteral("id"), use.responseId},
                                 {QStringLiteral("title"), use.title},
                                 {QStringLiteral("text"), use.insertedText}});
    return array;
}

} // namespace

Drafts::Drafts(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<void> Drafts::save(qint64 conversationId, const Core::Draft &draft, const QDateTime &now)
{
    QSqlQuery query(m_db);
    if (draft.text.isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM drafts WHERE conversation_id = ?"));
        query.addBindValue(conversationId);
    } else {
        query.prepare(QStringLiteral(
            "INSERT INTO drafts(conversation_id, visibility, text, canned_texts, updated_at) "
            "VALUES(?, ?, ?, ?, ?)"
            " ON CONFLICT(conversation_id) DO UPDATE SET visibility = excluded.visibility, text = "
            "excluded.text,"
            " canned_texts = excluded.canned_texts, updated_at = excluded.updated_at"));
        query.addBindValue(conversationId);
        query.addBindValue(draft.visibility == Core::Visibility::Private
                               ? QStringLiteral("private")
                               : QStringLiteral("public"));
        query.addBindValue(draft.text);
        query.addBindValue(QString::fromUtf8(
            QJsonDocument(cannedToJson(draft.canned)).toJson(QJsonDocument::Compact)));
        query.addBindValue(now.toMSecsSinceEpoch());
    }
    if (!query.exec())
        return Error{Tr::tr("The draft could not be saved."), query.lastError().text()};
    return {};
}

Result<Core::Draft> Drafts::load(qint64 conversationId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT visibility, text, canned_texts FROM drafts WHERE conversation_id = ?"));
    query.addBindValue(conversationId);
    if (!query.exec())
        return Error{Tr::tr("The draft could not be read."), query.lastError().text()};
    Core::Draft draft;
    if (query.next()) {
        draft.visibility = query.value(0).toString() == u"private" ? Core::Visibility::Private
                                                                   : Core::Visibility::Public;
        draft.text = query.value(1).toString();
        const QJsonArray cannedUses =
            QJsonDocument::fromJson(query.value(2).toString().toUtf8()).array();
        for (const QJsonValue &canned : cannedUses)
            draft.canned.append(canned.isString() ? Core::CannedUse{0, QString(), canned.toString()}
                                                  : Core::CannedUse{canned[u"id"].toInteger(),
                                                                    canned[u"title"].toString(),
                                                                    canned[u"text"].toString()});
    }
    return draft;
}

} // namespace CareDesk::Storage
