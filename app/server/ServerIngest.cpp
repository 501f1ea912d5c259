#include "ServerIngest.h"

#include "Clock.h"

#include "ingest/InboundItemJson.h"
#include "ingest/IngestPipeline.h"
#include "storage/CustomerLinks.h"
#include "storage/Database.h"
#include "storage/SurveyStore.h"
#include "storage/WorkspaceStore.h"
#include "triage/TriageEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>

namespace CareDesk::Server {

using Core::Error;
using Core::Result;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Server::ServerIngest)
};

// In the workspace, what a team sends through POST /v1/ingest is on a platform of the team's
// own, "<team id>/<platform>". Channels are found by name and platform, customers by platform
// and user id, threads and replies within their channel: nothing of one team's meets another's.
// Channels the server runs keep their plugin's platform.
QString teamPlatform(qint64 teamId, const QString &platform)
{
    return QString::number(teamId) + QLatin1Char('/') + platform;
}

// The team and the platform of a workspace platform; team 0 when it is not a team's own.
std::pair<qint64, QString> splitTeamPlatform(const QString &stored)
{
    const qsizetype slash = stored.indexOf(QLatin1Char('/'));
    bool isNumber = false;
    const qint64 teamId = slash > 0 ? QStringView(stored).left(slash).toLongLong(&isNumber) : 0;
    if (!isNumber || teamId <= 0)
        return {0, stored};
    return {teamId, stored.mid(slash + 1)};
}

// The lines of the next piece: as many as the last piece's pace fits in PIECE_MS, and at most
// twice as many as before, as lines differ (a bad line costs little, a long conversation much).
int nextPieceLines(int lines, qint64 tookNs)
{
    const qint64 most = std::min<qint64>(2 * qint64(lines), ServerIngest::MAX_PIECE_LINES);
    const qint64 fitting =
        tookNs > 0 ? qint64(lines) * ServerIngest::PIECE_MS * 1000000 / tookNs : most;
    return static_cast<int>(std::clamp<qint64>(fitting, 1, most));
}

} // namespace

struct ServerIngest::Batch
{
    qint64 teamId = 0;
    QByteArray lines;
    qsizetype offset = 0;                            // where the next piece starts
    qint64 linesRead = 0;                            // numbers lines for their errors
    QHash<QPair<QString, QString>, qint64> channels; // (platform, name) -> the team's channel
    IngestOutcome outcome;
    std::function<void()> afterPiece;
    Done done;
};

ServerIngest::ServerIngest(std::unique_ptr<Storage::Database> database, const Core::Clock &clock)
    : m_database(std::move(database))
    , m_clock(clock)
    , m_triage(std::make_unique<Triage::TriageEngine>())
    , m_pieces(std::make_unique<QObject>())
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

void ServerIngest::ingestJsonLines(qint64 teamId, QByteArray lines,
                                   std::function<void()> afterPiece, Done done)
{
    auto batch = std::make_shared<Batch>();
    batch->teamId = teamId;
    batch->lines = std::move(lines);
    batch->afterPiece = std::move(afterPiece);
    batch->done = std::move(done);
    storeLater(std::move(batch), FIRST_PIECE_LINES);
}

void ServerIngest::storeLater(std::shared_ptr<Batch> batch, int lines)
{
    // Two turns of the event loop before each piece: requests that came meanwhile are read and
    // answered in the first, and their answers sent in the second.
    QTimer::singleShot(0, m_pieces.get(), [this, batch, lines]() mutable {
        QTimer::singleShot(0, m_pieces.get(), [this, batch = std::move(batch), lines]() mutable {
            QElapsedTimer took;
            took.start();
            auto stored = storePiece(*batch, lines);
            if (!stored || !stored.value()) {
                const Done done = std::move(batch->done);
                if (stored)
                    done(std::move(batch->outcome));
                else
                    done(stored.error());
                return;
            }
            if (batch->afterPiece)
                batch->afterPiece();
            storeLater(std::move(batch), nextPieceLines(lines, took.nsecsElapsed()));
        });
    });
}

Result<bool> ServerIngest::storePiece(Batch &batch, int lines)
{
    if (batch.offset >= batch.lines.size())
        return false;
    QList<Ingest::AnalyzedItem> items;
    for (int read = 0; read < lines && batch.offset < batch.lines.size(); ++read) {
        qsizetype end = batch.lines.indexOf('\n', batch.offset);
        if (end < 0)
            end = batch.lines.size();
        const QByteArrayView line =
            QByteArrayView(batch.lines).sliced(batch.offset, end - batch.offset).trimmed();
        batch.offset = end + 1;
        ++batch.linesRead;
        if (line.isEmpty())
            continue;
        // Invalid UTF-8 (stray, overlong or surrogate bytes) is an error too.
        auto parsed = Ingest::inboundFromJson(line, Ingest::Requirement::Complete);
        if (!parsed) {
            IngestOutcome &outcome = batch.outcome;
            ++outcome.skipped;
            if (outcome.errors.size() < IngestOutcome::MAX_LISTED_ERRORS)
                outcome.errors.append(
                    QCoreApplication::translate("CareDesk::Ingest::Importer", "line %1: %2")
                        .arg(batch.linesRead)
                        .arg(parsed.error().userMessage));
            else
                ++outcome.moreErrors;
            continue;
        }
        Ingest::InboundEnvelope &envelope = parsed.value();
        auto channel = teamChannel(batch, envelope.platform, envelope.channel);
        if (!channel)
            return channel.error();
        Ingest::RoutedItem routed{channel.value(), teamPlatform(batch.teamId, envelope.platform),
                                  std::move(envelope.item)};
        Ingest::PreparedText text = Ingest::IngestPipeline::prepareText(*m_triage, routed.item);
        items.append({std::move(routed), std::move(text)});
    }
    // A pipeline of its own for each piece: between pieces others write through this connection
    // (a conversation resolved, a reply queued), which a pipeline's memory would not know of.
    Ingest::IngestPipeline pipeline(m_database->connection(), m_clock, *m_triage);
    auto report = pipeline.write(items);
    if (!report)
        return report.error();
    batch.outcome.messages += report.value().added + report.value().replies;
    batch.outcome.conversations += report.value().newConversations;
    batch.outcome.skipped +=
        report.value().duplicates + report.value().noise + report.value().orphanReplies;
    return true;
}

Result<qint64> ServerIngest::teamChannel(Batch &batch, const QString &platform, const QString &name)
{
    const QPair<QString, QString> key{platform, name};
    if (const auto known = batch.channels.constFind(key); known != batch.channels.cend())
        return known.value();
    // No plugin id: a channel fed from outside is never polled.
    auto channel = Storage::WorkspaceStore(m_database->connection())
                       .ensureChannel(QString(), name, teamPlatform(batch.teamId, platform),
                                      QStringLiteral("{}"), m_clock.now());
    if (!channel)
        return channel.error();
    batch.channels.insert(key, channel.value());
    return channel.value();
}

Result<QList<TeamConversation>> ServerIngest::touchedAfter(qint64 afterMessageId,
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
    return conversations(ids);
}

void ServerIngest::setExistingCustomerPoints(const QHash<QString, int> &points)
{
    m_triage->setExistingCustomerPoints(points);
}

Result<QList<qint64>> ServerIngest::openConversationsOf(qint64 customerId)
{
    QSqlQuery open(m_database->connection());
    open.prepare(QStringLiteral(
        "SELECT id FROM conversations WHERE customer_id = ? AND status <> 'resolved' ORDER BY id"));
    open.addBindValue(customerId);
    if (!open.exec())
        return Error{Tr::tr("The server's ingest workspace is not available."),
                     open.lastError().text()};
    QList<qint64> ids;
    while (open.next())
        ids.append(open.value(0).toLongLong());
    return ids;
}

Result<QList<TeamConversation>> ServerIngest::conversations(const QList<qint64> &ids)
{
    QSqlDatabase &db = m_database->connection();
    QList<TeamConversation> conversations;
    Storage::WorkspaceStore store(db);
    Storage::CustomerLinks links(db);
    for (qint64 id : ids) {
        auto detail = store.conversation(id);
        if (!detail)
            return detail.error();
        // Who the customer is in the team's CRM travels with the conversation.
        if (auto link = links.linkOf(detail.value().customer.customerId))
            detail.value().customer.crm = link.value();
        TeamConversation found{0, std::move(detail).value()};
        Core::ConversationDetail &conversation = found.conversation;
        std::tie(found.teamId, conversation.platform) = splitTeamPlatform(conversation.platform);
        conversation.customer.platform = splitTeamPlatform(conversation.customer.platform).second;
        for (Core::CustomerIdentity &identity : conversation.customer.identities)
            identity.platform = splitTeamPlatform(identity.platform).second;
        conversations.append(std::move(found));
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

Result<void> ServerIngest::queuePost(const QString &channelName, const QString &text,
                                     const QString &clientId, const QString &author)
{
    Outbox::Outbox outbox(m_database->connection(), m_clock);
    if (outbox.entry(clientId))
        return {}; // queued before: a resent request
    QSqlQuery channel(m_database->connection());
    channel.prepare(QStringLiteral("SELECT id, platform FROM channels WHERE name = ? AND plugin_id "
                                   "<> '' ORDER BY id LIMIT 1"));
    channel.addBindValue(channelName);
    if (!channel.exec())
        return Error{Tr::tr("The server's ingest workspace is not available."),
                     channel.lastError().text()};
    if (!channel.next())
        return Error{Tr::tr("No channel named %1 runs on this server.").arg(channelName), {}};
    Outbox::OutboxEntry entry;
    entry.clientId = clientId;
    entry.channelId = channel.value(0).toLongLong();
    entry.author = author;
    entry.message.action = Sdk::OutboundAction::Post;
    entry.message.kind = channel.value(1).toString() == u"facebook" ? Sdk::ItemKind::Comment
                                                                    : Sdk::ItemKind::Mention;
    entry.message.text = text;
    if (auto queued = outbox.enqueue(entry); !queued)
        return queued.error();
    return {};
}

Result<QList<Storage::ArrivedMessage>> ServerIngest::arrivedAfter(qint64 messageId, int limit)
{
    return Storage::EscalationStore(m_database->connection()).arrivedAfter(messageId, limit);
}

Result<qint64> ServerIngest::rulesCheckedUpTo()
{
    return Storage::EscalationStore(m_database->connection()).rulesCheckedUpTo();
}

Result<void> ServerIngest::setRulesCheckedUpTo(qint64 messageId)
{
    return Storage::EscalationStore(m_database->connection()).setRulesCheckedUpTo(messageId);
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

Result<Core::ConversationStatus> ServerIngest::status(qint64 sourceConversationId)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT status FROM conversations WHERE id = ?"));
    query.addBindValue(sourceConversationId);
    if (!query.exec() || !query.next())
        return Error{Tr::tr("The server's ingest workspace is not available."),
                     query.lastError().text()};
    return Core::conversationStatusFromString(query.value(0).toString());
}

Result<std::optional<Core::SurveyRecord>> ServerIngest::survey(qint64 sourceConversationId)
{
    return Storage::SurveyStore(m_database->connection()).surveyOf(sourceConversationId);
}

} // namespace CareDesk::Server
