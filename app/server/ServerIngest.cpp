#include "ServerIngest.h"

#include "Clock.h"

#include "storage/Database.h"
#include "storage/WorkspaceStore.h"
#include "triage/TriageEngine.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace CareDesk::Server {

using Core::Error;
using Core::Result;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Server::ServerIngest)
};

} // namespace

ServerIngest::ServerIngest(std::unique_ptr<Storage::Database> database, const Core::Clock &clock)
    : m_database(std::move(database))
    , m_clock(clock)
    , m_triage(std::make_unique<Triage::TriageEngine>())
{}

ServerIngest::~ServerIngest() = default;

QString ServerIngest::directoryIn(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("ingest"));
}

Result<std::unique_ptr<ServerIngest>> ServerIngest::open(const QString &directory,
                                                         const Core::Clock &clock)
{
    const QString workspace = directoryIn(directory);
    if (!QDir().mkpath(workspace))
        return Error{Tr::tr("The server's ingest workspace could not be created."), workspace};
    auto database = Storage::Database::open(Storage::Database::fileIn(workspace));
    if (!database)
        return database.error();
    return std::unique_ptr<ServerIngest>(new ServerIngest(std::move(database).value(), clock));
}

Result<Ingest::ImportSummary> ServerIngest::ingestJsonLines(const QByteArray &lines)
{
    QByteArray copy = lines;
    QBuffer input(&copy);
    input.open(QIODevice::ReadOnly);
    Ingest::Importer importer(m_database->connection(), m_clock, *m_triage);
    return importer.importJsonLines(input);
}

Result<QList<Core::ConversationDetail>> ServerIngest::touchedAfter(qint64 afterMessageId,
                                                                   qint64 &lastMessageId)
{
    QSqlDatabase &db = m_database->connection();
    QSqlQuery touched(db);
    touched.prepare(QStringLiteral(
        "SELECT conversation_id, MAX(id) FROM messages WHERE id > ? GROUP BY conversation_id"
        " ORDER BY MIN(id)"));
    touched.addBindValue(afterMessageId);
    if (!touched.exec())
        return Error{Tr::tr("The server's ingest workspace is not available."),
                     touched.lastError().text()};
    QList<qint64> ids;
    lastMessageId = afterMessageId;
    while (touched.next()) {
        ids.append(touched.value(0).toLongLong());
        lastMessageId = std::max(lastMessageId, touched.value(1).toLongLong());
    }
    QList<Core::ConversationDetail> conversations;
    Storage::WorkspaceStore store(db);
    for (qint64 id : ids) {
        auto detail = store.conversation(id);
        if (!detail)
            return detail.error();
        conversations.append(detail.value());
    }
    return conversations;
}

Result<void> ServerIngest::addChannel(const Channels::ChannelConfig &config,
                                      const QString &platform)
{
    auto added =
        Storage::WorkspaceStore(m_database->connection())
            .ensureChannel(
                config.plugin, config.account, platform,
                QString::fromUtf8(QJsonDocument(config.settings).toJson(QJsonDocument::Compact)),
                m_clock.now());
    if (!added)
        return added.error();
    return {};
}

Result<void> ServerIngest::queueReply(qint64 sourceConversationId, bool isPublic,
                                      const QString &text, const QString &clientId,
                                      const QString &author)
{
    Outbox::Outbox outbox(m_database->connection(), m_clock);
    if (outbox.entry(clientId))
        return {}; // queued before: a resent request
    // Conversations from history or from POST /v1/ingest have no connector to answer through.
    QSqlQuery channel(m_database->connection());
    channel.prepare(QStringLiteral(
        "SELECT ch.plugin_id, ch.name FROM conversations c JOIN channels ch ON ch.id = c.channel_id"
        " WHERE c.id = ?"));
    channel.addBindValue(sourceConversationId);
    if (!channel.exec())
        return Error{Tr::tr("The server's ingest workspace is not available."),
                     channel.lastError().text()};
    if (channel.next() && channel.value(0).toString().isEmpty())
        return Error{
            Tr::tr(
                "No channel runs on this server for %1, so the reply cannot be posted from here.")
                .arg(channel.value(1).toString()),
            {}};
    auto entry = outbox.replyIn(sourceConversationId, isPublic, text, author);
    if (!entry)
        return entry.error();
    entry.value().clientId = clientId;
    entry.value().message.clientId = clientId;
    auto queued = outbox.enqueue(entry.value());
    if (!queued)
        return queued.error();
    return {};
}

Result<Outbox::OutboxEntry> ServerIngest::outboxEntry(const QString &clientId)
{
    return Outbox::Outbox(m_database->connection(), m_clock).entry(clientId);
}

Result<void> ServerIngest::setStatus(qint64 sourceConversationId, Core::ConversationStatus status)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("UPDATE conversations SET status = ? WHERE id = ?"));
    query.addBindValue(Core::toString(status));
    query.addBindValue(sourceConversationId);
    if (!query.exec())
        return Error{Tr::tr("The server's ingest workspace is not available."),
                     query.lastError().text()};
    return {};
}

} // namespace CareDesk::Server
