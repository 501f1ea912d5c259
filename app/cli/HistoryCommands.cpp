// Commands that bring history into a workspace and take transcripts out of it.

#include "Commands.h"
#include "JsonLines.h"

#include "Clock.h"
#include "ingest/Importer.h"
#include "review/TranscriptExport.h"
#include "storage/Database.h"
#include "storage/WorkspaceStore.h"
#include "triage/TriageEngine.h"
#include "workspace/TriageSetup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>

#include <iostream>

namespace CareDesk::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(caredesk_cli)
};

// A summary stays readable however broken the input: the first errors in full, then a count.
constexpr int MAX_LISTED_ERRORS = 1000;

} // namespace

int importHistory(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (!parser.isSet(QStringLiteral("workspace")) || args.size() != 2)
        return fail(
            Tr::tr("usage: caredesk-cli import --workspace DIR --format jsonl|tweet-csv FILE"));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != u"jsonl" && format != u"tweet-csv")
        return fail(Tr::tr("--format must be jsonl or tweet-csv"));

    QFile file;
    const QString path = args.at(1);
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                     : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return fail(Tr::tr("cannot read %1: %2").arg(path, file.errorString()));

    const QString workspace = parser.value(QStringLiteral("workspace"));
    if (!QDir().mkpath(workspace))
        return fail(Tr::tr("cannot create the workspace folder %1").arg(workspace));
    auto db = Storage::Database::open(Storage::Database::fileIn(workspace));
    if (!db)
        return fail(describe(db.error()));
    // The same triage the desktop runs on this workspace: its team's rules, classifier and SLA.
    const auto triage = Workspace::TriageSetup::load(workspace, db.value()->connection());
    if (!triage.problems().isEmpty())
        return fail(describe(triage.problems().first()));
    const Core::SystemClock clock;
    Ingest::Importer importer(db.value()->connection(), clock, triage.engine());

    auto summary =
        format == u"tweet-csv" ? importer.importTweetCsv(file) : importer.importJsonLines(file);
    if (!summary)
        return fail(describe(summary.error()));
    QJsonArray errors;
    for (const QString &error : summary.value().errors.mid(0, MAX_LISTED_ERRORS))
        errors.append(error);
    writeJsonLine(std::cout,
                  {{QStringLiteral("messages"), summary.value().messages},
                   {QStringLiteral("conversations"), summary.value().conversations},
                   {QStringLiteral("customers"), summary.value().customers},
                   {QStringLiteral("channels"), summary.value().channels},
                   {QStringLiteral("skipped"), summary.value().skipped},
                   {QStringLiteral("resolved"), summary.value().resolved},
                   {QStringLiteral("errorCount"), static_cast<int>(summary.value().errors.size())},
                   {QStringLiteral("errors"), errors}});
    return summary.value().errors.isEmpty() ? 0 : 1;
}

int exportHistory(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("workspace")))
        return fail(Tr::tr("usage: caredesk-cli export --workspace DIR --format jsonl|html"));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != u"jsonl" && format != u"html")
        return fail(Tr::tr("--format must be jsonl or html"));
    auto db = openExistingWorkspace(parser.value(QStringLiteral("workspace")));
    if (!db)
        return fail(describe(db.error()));
    Storage::WorkspaceStore store(db.value()->connection());

    if (format == u"html")
        std::cout << Review::transcriptHtmlHeader(Tr::tr("CareDesk transcripts")).toStdString();
    qint64 after = 0;
    while (true) {
        auto ids = store.conversationIdsAfter(after, 500);
        if (!ids)
            return fail(describe(ids.error()));
        if (ids.value().isEmpty())
            break;
        for (const qint64 id : ids.value()) {
            auto conversation = store.conversation(id);
            if (!conversation)
                return fail(describe(conversation.error()));
            if (format == u"jsonl")
                writeJsonLine(std::cout, Review::transcriptToJson(conversation.value()));
            else
                std::cout << Review::transcriptToHtml(conversation.value()).toStdString();
        }
        after = ids.value().constLast();
    }
    if (format == u"html")
        std::cout << Review::transcriptHtmlFooter().toStdString();
    return 0;
}

} // namespace CareDesk::Cli
