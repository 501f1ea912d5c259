#include "ServerIngest.h"

#include "storage/Database.h"
#include "storage/WorkspaceStore.h"
#include "triage/TriageEngine.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
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
    : m_database(std::move(database)), m_clock(clock), m_triage(std::make_unique<Triage::TriageEngine>())
{
}

ServerIngest::~ServerIngest() = default;

Result<std::unique_ptr<ServerIngest>> ServerIngest::open(const QString &directory, const Core::Clock &clock)
{
    const QString workspace = QDir(directory).filePath(QStringLiteral("ingest"));
    if (!QDir().mkpath(workspace))
        return Error{Tr::tr("The server's ingest workspace could not be created."), workspace};
    auto database = Storage::Database::open(Storage::Database::fileIn(workspace));
    if (!database)
        return database.error();
    return std::unique_ptr<ServerIngest>(new ServerIngest(std::move(database).value(), clock));
}

Result<IngestOutcome> ServerIngest::ingestJsonLines(const QByteArray &lines)
{
    QSqlDatabase &db = m_database->connection();
    QSqlQuery last(db);
    if (!last.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM messages")) || !last.next())
        return Error{Tr::tr("The server's ingest workspace is not available."), last.lastError().text()};
    const qint64 lastMessageBefore = last.value(0).toLongLong();

    QByteArray copy = lines;
    QBuffer input(&copy);
    input.open(QIODevice::ReadOnly);
    Ingest::Importer importer(db, m_clock, *m_triage);
    auto summary = importer.importJsonLines(input);
    if (!summary)
        return summary.error();

    IngestOutcome outcome{summary.value(), {}};
    QSqlQuery touched(db);
    touched.prepare(QStringLiteral("SELECT DISTINCT conversation_id FROM messages WHERE id > ? ORDER BY conversation_id"));
    touched.addBindValue(lastMessageBefore);
    if (!touched.exec())
        return Error{Tr::tr("The server's ingest workspace is not available."), touched.lastError().text()};
    QList<qint64> ids;
    while (touched.next())
        ids.append(touched.value(0).toLongLong());
    Storage::WorkspaceStore store(db);
    for (qint64 id : ids) {
        auto detail = store.conversation(id);
        if (!detail)
            return detail.error();
        outcome.touched.append(detail.value());
    }
    return outcome;
}

Result<void> ServerIngest::setStatus(qint64 sourceConversationId, Core::ConversationStatus status)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("UPDATE conversations SET status = ? WHERE id = ?"));
    query.addBindValue(Core::toString(status));
    query.addBindValue(sourceConversationId);
    if (!query.exec())
        return Error{Tr::tr("The server's ingest workspace is not available."), query.lastError().text()};
    return {};
}

} // namespace CareDesk::Server
