#include "Importer.h"

#include "Clock.h"
#include "InboundItemJson.h"
#include "IngestPipeline.h"
#include "storage/WorkspaceStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>

#include <map>

namespace CareDesk::Ingest {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Ingest::Importer)
};

} // namespace

Importer::Importer(QSqlDatabase db, const Core::Clock &clock, const Triage::TriageEngine &triage)
    : m_db(std::move(db)), m_clock(clock), m_triage(triage)
{
}

Core::Result<int> Importer::count(const QString &table)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
        return Core::Error{Tr::tr("The workspace could not be read."), query.lastError().text()};
    return query.value(0).toInt();
}

Core::Result<qint64> Importer::channelFor(const QString &platform, const QString &name)
{
    // No plugin id: a channel known only from history is never polled.
    return Storage::WorkspaceStore(m_db).ensureChannel(QString(), name, platform, QStringLiteral("{}"), m_clock.now());
}

Core::Result<ImportSummary> Importer::importJsonLines(QIODevice &in)
{
    ImportSummary summary;
    const auto before = std::array{count(QStringLiteral("messages")), count(QStringLiteral("conversations")),
                                   count(QStringLiteral("customers")), count(QStringLiteral("channels"))};
    for (const auto &counted : before) {
        if (!counted)
            return counted.error();
    }

    IngestPipeline pipeline(m_db, m_clock, m_triage);
    // Items are grouped by channel and written a batch at a time: one transaction per batch.
    std::map<std::pair<QString, QString>, QList<Sdk::InboundItem>> pending;
    int pendingCount = 0;
    const auto flush = [&]() -> Core::Result<void> {
        for (auto &[key, items] : pending) {
            auto channelId = channelFor(key.first, key.second);
            if (!channelId)
                return channelId.error();
            auto report = pipeline.ingest(channelId.value(), key.first, items);
            if (!report)
                return report.error();
            summary.skipped += report.value().duplicates + report.value().noise;
        }
        pending.clear();
        pendingCount = 0;
        return {};
    };

    qint64 lineNumber = 0;
    while (true) {
        QByteArray line = in.readLine();
        if (line.isEmpty())
            break;
        ++lineNumber;
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8(line);
        QJsonParseError parseError;
        const QJsonDocument document = utf8.hasError() ? QJsonDocument()
                                                       : QJsonDocument::fromJson(text.toUtf8(), &parseError);
        if (utf8.hasError() || parseError.error != QJsonParseError::NoError || !document.isObject()) {
            ++summary.skipped;
            summary.errors.append(Tr::tr("line %1: not a JSON object in UTF-8").arg(lineNumber));
            continue;
        }
        auto envelope = inboundFromJson(document.object(), Requirement::Complete);
        if (!envelope) {
            ++summary.skipped;
            summary.errors.append(Tr::tr("line %1: %2").arg(lineNumber).arg(envelope.error().userMessage));
            continue;
        }
        pending[{envelope.value().platform, envelope.value().channel}].append(envelope.value().item);
        if (++pendingCount >= BATCH_SIZE) {
            if (auto flushed = flush(); !flushed)
                return flushed.error();
        }
    }
    if (auto flushed = flush(); !flushed)
        return flushed.error();

    const auto after = std::array{count(QStringLiteral("messages")), count(QStringLiteral("conversations")),
                                  count(QStringLiteral("customers")), count(QStringLiteral("channels"))};
    for (const auto &counted : after) {
        if (!counted)
            return counted.error();
    }
    summary.messages = after[0].value() - before[0].value();
    summary.conversations = after[1].value() - before[1].value();
    summary.customers = after[2].value() - before[2].value();
    summary.channels = after[3].value() - before[3].value();
    return summary;
}

} // namespace CareDesk::Ingest
