#pragma once

#include "Result.h"
#include "model/Inbox.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>

#include <functional>

namespace CareDesk::Storage {

// One request to a translation service, for the audit trail: never the text itself.
struct TranslationRequest
{
    QString provider;
    bool staysOnDevice = true;
    QString from;
    QString to;
    int characters = 0;
    int personalDataHidden = 0; // placeholders sent instead of personal data
    QString purpose;            // "message", "reply", "back-translation", "canned"
    bool succeeded = true;
};

// The translations a workspace keeps: one per message and language, found by search with the
// message; what agents wrote before their reply was machine-translated; and an audit entry for
// every request to a service.
class TranslationStore final
{
public:
    explicit TranslationStore(QSqlDatabase db);

    // Keeps a message's translation (replacing one into the same language) and puts it in the
    // search index with the message.
    Core::Result<void> save(qint64 messageId, const Core::MessageTranslation &translation,
                            const QDateTime &now);
    // The conversation's inbound messages' translations into `language`, by message id.
    Core::Result<QHash<qint64, Core::MessageTranslation>> forConversation(qint64 conversationId,
                                                                          const QString &language);

    // A reply leaving machine-translated; forgotten again when it is taken back.
    Core::Result<void> recordReply(const QString &clientId, qint64 conversationId,
                                   const QString &sentText, const Core::MessageTranslation &wrote,
                                   const QString &author, const QDateTime &now);
    Core::Result<void> forgetReply(const QString &clientId);
    // What the agents wrote for the conversation's machine-translated replies, by the text sent.
    Core::Result<QHash<QString, Core::MessageTranslation>> repliesIn(qint64 conversationId);
    // Marks the conversation's replies that were sent machine-translated with what was written.
    Core::Result<void> attachSentTranslations(Core::ConversationDetail &detail);

    // The audit entry for one request (action "translate") on what it was for: a
    // "conversation" or a "canned_response".
    Core::Result<void> audit(const QString &entity, qint64 entityId, const QString &actor,
                             const TranslationRequest &request, const QDateTime &now);

private:
    Core::Result<void> reindex(qint64 messageId, const std::function<Core::Result<void>()> &change);

    QSqlDatabase m_db;
};

} // namespace CareDesk::Storage
