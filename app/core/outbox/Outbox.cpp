#include "Outbox.h"

#include "Clock.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <optional>

namespace CareDesk::Outbox {

using Core::Error;
using Core::Result;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Outbox::Outbox)
};

Error sqlError(const QSqlQuery &query)
{
    return Error{Tr::tr("The outbox could not be read or saved."), query.lastError().text()};
}

QString kindName(Sdk::ItemKind kind)
{
    switch (kind) {
    case Sdk::ItemKind::Mention:
        return QStringLiteral("mention");
    case Sdk::ItemKind::Comment:
        return QStringLiteral("comment");
    case Sdk::ItemKind::DirectMessage:
        return QStringLiteral("dm");
    }
    return QStringLiteral("mention");
}

Sdk::ItemKind kindFrom(const QString &name)
{
    if (name == u"dm")
        return Sdk::ItemKind::DirectMessage;
    if (name == u"comment")
        return Sdk::ItemKind::Comment;
    return Sdk::ItemKind::Mention;
}

Sdk::OutboundAction actionFrom(const QString &name)
{
    for (Sdk::OutboundAction action :
         {Sdk::OutboundAction::Reply, Sdk::OutboundAction::Post, Sdk::OutboundAction::Repost,
          Sdk::OutboundAction::Quote, Sdk::OutboundAction::Like}) {
        if (toString(action) == name)
            return action;
    }
    return Sdk::OutboundAction::Reply;
}

DeliveryState stateFrom(const QString &name)
{
    for (DeliveryState state : {DeliveryState::Queued, DeliveryState::Sending, DeliveryState::Sent,
                                DeliveryState::Failed, DeliveryState::Uncertain}) {
        if (toString(state) == name)
            return state;
    }
    return DeliveryState::Failed;
}

// QtSql binds a null QString as NULL; the outbox's text columns are NOT NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

const char *const COLUMNS =
    "id, client_id, channel_id, conversation_id, kind, in_reply_to, recipient_id,"
    " private_reply_to_comment, customer_last_wrote_at, text, state, platform_id,"
    " attempts, last_error, next_attempt_at, author, action";

} // namespace

QString toString(Sdk::OutboundAction action)
{
    switch (action) {
    case Sdk::OutboundAction::Reply:
        return QStringLiteral("reply");
    case Sdk::OutboundAction::Post:
        return QStringLiteral("post");
    case Sdk::OutboundAction::Repost:
        return QStringLiteral("repost");
    case Sdk::OutboundAction::Quote:
        return QStringLiteral("quote");
    case Sdk::OutboundAction::Like:
        return QStringLiteral("like");
    }
    return QStringLiteral("reply");
}

bool carriesText(Sdk::OutboundAction action)
{
    return action != Sdk::OutboundAction::Repost && action != Sdk::OutboundAction::Like;
}

QString toString(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Queued:
        return QStringLiteral("queued");
    case DeliveryState::Sending:
        return QStringLiteral("sending");
    case DeliveryState::Sent:
        return QStringLiteral("sent");
    case DeliveryState::Failed:
        return QStringLiteral("failed");
    case DeliveryState::Uncertain:
        return QStringLiteral("uncertain");
    }
    return QStringLiteral("failed");
}

Sdk::InboundItem sentAsItem(const OutboxEntry &sent, const QDateTime &sentAt)
{
    Sdk::InboundItem item;
    item.platformId = sent.platformId;
    item.kind = sent.message.kind;
    item.inReplyToId = sent.message.inReplyToId;
    item.text = sent.message.text;
    item.createdAt = sentAt;
    item.fromChannel = true;
    return item;
}

Outbox::Outbox(QSqlDatabase db, const Core::Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{}

qint64 Outbox::backoffSecs(int attempts)
{
    constexpr qint64 FIRST_SECS = 30;
    constexpr qint64 MAX_SECS = 60 * 60;
    const qint64 base = std::min(MAX_SECS, FIRST_SECS << std::min(std::max(attempts - 1, 0), 7));
    return base + static_cast<qint64>(
                      QRandomGenerator::global()->bounded(static_cast<double>(base) / 5.0));
}

Result<OutboxEntry> Outbox::replyIn(qint64 conversationId, bool isPublic, const QString &text,
                                    const QString &author)
{
    QSqlQuery conversation(m_db);
    conversation.prepare(
        QStringLiteral("SELECT c.channel_id, ch.platform FROM conversations c"
                       " JOIN channels ch ON ch.id = c.channel_id WHERE c.id = ?"));
    conversation.addBindValue(conversationId);
    if (!conversation.exec())
        return sqlError(conversation);
    if (!conversation.next())
        return Error{Tr::tr("The conversation to reply in no longer exists."),
                     QString::number(conversationId)};
    OutboxEntry entry;
    entry.channelId = conversation.value(0).toLongLong();
    entry.conversationId = conversationId;
    entry.author = author;
    entry.message.text = text;
    const bool facebook = conversation.value(1).toString() == u"facebook";

    // The customer's latest message on each side: what a reply answers, and who it goes to.
    QSqlQuery latest(m_db);
    latest.prepare(QStringLiteral(
        "SELECT m.platform_id, m.created_at, COALESCE(i.platform_user_id, '') FROM messages m"
        " LEFT JOIN identities i ON i.id = m.identity_id"
        " WHERE m.conversation_id = ? AND m.direction = 'in' AND m.visibility = ?"
        " ORDER BY m.created_at DESC, m.id DESC LIMIT 1"));
    struct Latest
    {
        QString platformId;
        QDateTime at;
        QString author;
    };
    const auto latestOn = [&](const QString &visibility) -> Result<std::optional<Latest>> {
        latest.addBindValue(conversationId);
        latest.addBindValue(visibility);
        if (!latest.exec())
            return sqlError(latest);
        if (!latest.next())
            return std::optional<Latest>();
        return std::optional<Latest>(
            Latest{latest.value(0).toString(),
                   QDateTime::fromMSecsSinceEpoch(latest.value(1).toLongLong(), Qt::UTC),
                   latest.value(2).toString()});
    };
    auto publicMessage = latestOn(QStringLiteral("public"));
    if (!publicMessage)
        return publicMessage.error();
    if (isPublic) {
        if (!publicMessage.value())
            return Error{Tr::tr("The customer has written nothing public here to reply to; send a "
                                "direct message."),
                         {}};
        entry.message.kind = facebook ? Sdk::ItemKind::Comment : Sdk::ItemKind::Mention;
        entry.message.inReplyToId = publicMessage.value()->platformId;
        return entry;
    }
    auto privateMessage = latestOn(QStringLiteral("private"));
    if (!privateMessage)
        return privateMessage.error();
    entry.message.kind = Sdk::ItemKind::DirectMessage;
    // Platforms send a DM by its recipient; what it answers is kept so that the sent message is
    // recorded in this conversation.
    if (privateMessage.value()) {
        entry.message.recipientId = privateMessage.value()->author;
        entry.message.customerLastWroteAt = privateMessage.value()->at;
        entry.message.inReplyToId = privateMessage.value()->platformId;
    } else if (publicMessage.value()) {
        // The hand-off from a public message: on Facebook the private reply to the comment.
        entry.message.recipientId = publicMessage.value()->author;
        entry.message.inReplyToId = publicMessage.value()->platformId;
        if (facebook)
            entry.message.privateReplyToCommentId = publicMessage.value()->platformId;
    } else {
        return Error{Tr::tr("There is nobody to send a direct message to in this conversation."),
                     {}};
    }
    return entry;
}

Result<OutboxEntry> Outbox::enqueue(OutboxEntry entry)
{
    if (carriesText(entry.message.action) && entry.message.text.trimmed().isEmpty())
        return Error{Tr::tr("An empty message cannot be sent."), {}};
    if (entry.message.action != Sdk::OutboundAction::Reply &&
        entry.message.action != Sdk::OutboundAction::Post && entry.message.inReplyToId.isEmpty())
        return Error{Tr::tr("There is no message to share."), {}};
    if (entry.clientId.isEmpty())
        entry.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.message.clientId = entry.clientId;
    entry.state = DeliveryState::Queued;
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO outbox(client_id, channel_id, conversation_id, kind, "
                                 "in_reply_to, recipient_id,"
                                 " private_reply_to_comment, customer_last_wrote_at, text, author, "
                                 "next_attempt_at, created_at, updated_at, action)"
                                 " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(entry.clientId);
    query.addBindValue(entry.channelId);
    query.addBindValue(entry.conversationId ? QVariant(entry.conversationId)
                                            : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(kindName(entry.message.kind));
    query.addBindValue(notNull(entry.message.inReplyToId));
    query.addBindValue(notNull(entry.message.recipientId));
    query.addBindValue(notNull(entry.message.privateReplyToCommentId));
    query.addBindValue(msOrNull(entry.message.customerLastWroteAt));
    query.addBindValue(notNull(entry.message.text));
    query.addBindValue(notNull(entry.author));
    query.addBindValue(entry.nextAttemptAt.isValid() ? entry.nextAttemptAt.toMSecsSinceEpoch()
                                                     : nowMs);
    query.addBindValue(nowMs);
    query.addBindValue(nowMs);
    query.addBindValue(toString(entry.message.action));
    if (!query.exec())
        return sqlError(query);
    entry.id = query.lastInsertId().toLongLong();
    return entry;
}

Result<bool> Outbox::cancel(const QString &clientId)
{
    // Only what no connector has touched yet: once an attempt began, the platform may have it.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "DELETE FROM outbox WHERE client_id = ? AND state = 'queued' AND attempts = 0"));
    query.addBindValue(clientId);
    if (!query.exec())
        return sqlError(query);
    return query.numRowsAffected() > 0;
}

Result<QList<OutboxEntry>> Outbox::unsettled()
{
    return select(QStringLiteral("state <> 'sent'"), {});
}

Result<QList<OutboxEntry>> Outbox::select(const QString &where, const QVariantList &values)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + QLatin1String(COLUMNS) +
                  QStringLiteral(" FROM outbox WHERE ") + where + QStringLiteral(" ORDER BY id"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query);
    QList<OutboxEntry> entries;
    while (query.next()) {
        OutboxEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.clientId = query.value(1).toString();
        entry.channelId = query.value(2).toLongLong();
        entry.conversationId = query.value(3).toLongLong();
        entry.message.clientId = entry.clientId;
        entry.message.kind = kindFrom(query.value(4).toString());
        entry.message.inReplyToId = query.value(5).toString();
        entry.message.recipientId = query.value(6).toString();
        entry.message.privateReplyToCommentId = query.value(7).toString();
        if (!query.value(8).isNull())
            entry.message.customerLastWroteAt =
                QDateTime::fromMSecsSinceEpoch(query.value(8).toLongLong(), Qt::UTC);
        entry.message.text = query.value(9).toString();
        entry.state = stateFrom(query.value(10).toString());
        entry.platformId = query.value(11).toString();
        entry.attempts = query.value(12).toInt();
        entry.lastError = query.value(13).toString();
        entry.nextAttemptAt = QDateTime::fromMSecsSinceEpoch(query.value(14).toLongLong(), Qt::UTC);
        entry.author = query.value(15).toString();
        entry.message.action = actionFrom(query.value(16).toString());
        entries.append(entry);
    }
    return entries;
}

Result<QList<OutboxEntry>> Outbox::entries(qint64 channelId)
{
    return select(QStringLiteral("channel_id = ?"), {channelId});
}

Result<OutboxEntry> Outbox::entry(const QString &clientId)
{
    auto found = select(QStringLiteral("client_id = ?"), {clientId});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Error{Tr::tr("There is no such message in the outbox."), clientId};
    return found.value().first();
}

Result<void> Outbox::retry(const QString &clientId)
{
    auto found = entry(clientId);
    if (!found)
        return found.error();
    OutboxEntry retried = found.value();
    if (retried.state != DeliveryState::Failed)
        return {};
    retried.state = DeliveryState::Queued;
    retried.attempts = 0;
    retried.nextAttemptAt = m_clock.now();
    return update(retried);
}

Result<void> Outbox::update(const OutboxEntry &entry)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE outbox SET state = ?, platform_id = ?, attempts = ?, last_error = ?,"
                       " next_attempt_at = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(toString(entry.state));
    query.addBindValue(notNull(entry.platformId));
    query.addBindValue(entry.attempts);
    query.addBindValue(notNull(entry.lastError));
    query.addBindValue(entry.nextAttemptAt.isValid() ? entry.nextAttemptAt.toMSecsSinceEpoch() : 0);
    query.addBindValue(m_clock.now().toMSecsSinceEpoch());
    query.addBindValue(entry.id);
    if (!query.exec())
        return sqlError(query);
    return {};
}

Result<DeliveryReport> Outbox::deliverDue(qint64 channelId, Sdk::ChannelConnector &connector,
                                          const SentCallback &onSent)
{
    DeliveryReport report;
    auto due = select(QStringLiteral("channel_id = ? AND state IN ('queued','sending','uncertain') "
                                     "AND next_attempt_at <= ?"),
                      {channelId, m_clock.now().toMSecsSinceEpoch()});
    if (!due)
        return due.error();

    // Tries again later: at the platform's word when it gave one, else backing off.
    const auto later = [this](OutboxEntry &entry, const Sdk::Failure &failure) {
        QDateTime next = m_clock.now().addSecs(backoffSecs(entry.attempts));
        if (failure.retryAfter.isValid() && failure.retryAfter > next)
            next = failure.retryAfter;
        entry.nextAttemptAt = next;
        entry.lastError = failure.message;
    };
    const auto confirmSent = [&](OutboxEntry &entry, const QString &platformId) -> Result<void> {
        entry.state = DeliveryState::Sent;
        entry.platformId = platformId;
        entry.lastError.clear();
        if (auto saved = update(entry); !saved)
            return saved;
        ++report.sent;
        // Posts and shares are kept in the outbox alone: none of them is a message to record.
        if (onSent && entry.message.action == Sdk::OutboundAction::Reply)
            onSent(entry);
        return {};
    };

    for (OutboxEntry &entry : due.value()) {
        // It may have been posted already: a crash or a lost answer left it here.
        if (entry.state == DeliveryState::Sending || entry.state == DeliveryState::Uncertain) {
            Sdk::Failure lookupFailure;
            const std::optional<QString> found = connector.findSent(entry.message, lookupFailure);
            if (!lookupFailure.ok()) {
                entry.state = DeliveryState::Uncertain;
                later(entry, lookupFailure);
                if (auto saved = update(entry); !saved)
                    return saved.error();
                ++report.waiting;
                continue;
            }
            if (found) {
                if (auto confirmed = confirmSent(entry, *found); !confirmed)
                    return confirmed.error();
                continue;
            }
        }

        // Written down before the request leaves, in its own commit.
        entry.state = DeliveryState::Sending;
        ++entry.attempts;
        if (auto saved = update(entry); !saved)
            return saved.error();
        const Sdk::SendResult sent = connector.send(entry.message);
        if (sent.failure.ok()) {
            if (auto confirmed = confirmSent(entry, sent.platformId); !confirmed)
                return confirmed.error();
            continue;
        }
        bool stopChannel = false;
        if (sent.uncertain) {
            entry.state = DeliveryState::Uncertain;
            later(entry, sent.failure);
            ++report.waiting;
        } else if ((sent.failure.kind == Sdk::FailureKind::Transient ||
                    sent.failure.kind == Sdk::FailureKind::RateLimited) &&
                   entry.attempts < MAX_ATTEMPTS) {
            entry.state = DeliveryState::Queued;
            later(entry, sent.failure);
            ++report.waiting;
            // The same limit or outage holds for the rest of this channel's queue.
            stopChannel = true;
        } else {
            entry.state = DeliveryState::Failed;
            entry.lastError = sent.failure.message;
            ++report.failed;
            stopChannel = sent.failure.kind == Sdk::FailureKind::AuthorizationExpired ||
                          sent.failure.kind == Sdk::FailureKind::Misconfigured;
        }
        qCInfo(lcChannels) << "outbox" << entry.clientId << toString(entry.state)
                           << entry.lastError;
        if (auto saved = update(entry); !saved)
            return saved.error();
        if (stopChannel)
            break;
    }
    return report;
}

} // namespace CareDesk::Outbox
