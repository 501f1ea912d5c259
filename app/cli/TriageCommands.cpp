// Commands that triage texts and teach a workspace's classifier.

#include "Commands.h"
#include "JsonLines.h"

#include "Clock.h"
#include "ingest/InboundItemJson.h"
#include "storage/Database.h"
#include "storage/WorkspaceStore.h"
#include "triage/CategoryRules.h"
#include "triage/ClassifierFeatures.h"
#include "triage/NaiveBayes.h"
#include "triage/TriageEngine.h"
#include "workspace/TriageSetup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlError>

#include <iostream>

namespace CareDesk::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(caredesk_cli)
};

// The team's rules beside the workspace, as the desktop finds them; a broken file is an error
// here rather than a warning, since a script should not go on with other rules than it meant.
Core::Result<Triage::CategoryRules> rulesFor(const QString &workspace)
{
    QFile file(Workspace::TriageSetup::rulesPath(workspace));
    if (workspace.isEmpty() || !file.exists())
        return Triage::CategoryRules::builtIn();
    if (!file.open(QIODevice::ReadOnly))
        return Core::Error{Tr::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()),
                           QString()};
    return Triage::CategoryRules::fromJson(file.readAll());
}

} // namespace

int triage(const QCommandLineParser &parser)
{
    const QString workspace = parser.value(QStringLiteral("workspace"));
    auto rules = rulesFor(workspace);
    if (!rules)
        return fail(describe(rules.error()));
    Triage::NaiveBayes classifier;
    if (!workspace.isEmpty()) {
        auto db = openExistingWorkspace(workspace);
        if (!db)
            return fail(describe(db.error()));
        if (auto loaded =
                Storage::WorkspaceStore(db.value()->connection()).loadClassifier(classifier);
            !loaded)
            return fail(describe(loaded.error()));
    }
    const Triage::TriageEngine engine(rules.value(), &classifier);
    const Core::SystemClock clock;
    return processJsonLines(
        std::cin, std::cout, [&](const QJsonObject &in) -> Core::Result<QJsonObject> {
            auto envelope = Ingest::inboundFromJson(in, Ingest::Requirement::TextOnly);
            if (!envelope)
                return envelope.error();
            const Sdk::InboundItem &item = envelope.value().item;
            Triage::TriageInput input;
            input.text = item.text;
            input.languageHint = item.languageHint;
            input.followers = item.author.followers;
            input.verified = item.author.verified;
            input.tier = in.value(QLatin1String("tier")).toString();
            input.now = clock.now();
            const Triage::TriageResult result = engine.triage(input);
            QJsonArray reasons;
            for (const Triage::PriorityReason &reason : result.reasons) {
                reasons.append(QJsonObject{{QStringLiteral("code"), reason.code},
                                           {QStringLiteral("points"), reason.points},
                                           {QStringLiteral("detail"), reason.detail},
                                           {QStringLiteral("text"), Triage::describe(reason)}});
            }
            return QJsonObject{
                {QStringLiteral("category"), result.category},
                {QStringLiteral("categorySource"), result.categorySource},
                {QStringLiteral("actionable"), result.actionable},
                {QStringLiteral("priority"), result.priority},
                {QStringLiteral("reasons"), reasons},
                {QStringLiteral("lang"), result.language.code},
                {QStringLiteral("langSource"), Triage::toString(result.language.source)}};
        });
}

int learn(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("workspace")))
        return fail(Tr::tr("learn needs --workspace DIR"));
    const QString workspace = parser.value(QStringLiteral("workspace"));
    auto rules = rulesFor(workspace);
    if (!rules)
        return fail(describe(rules.error()));
    auto db = openExistingWorkspace(workspace);
    if (!db)
        return fail(describe(db.error()));
    QSqlDatabase &connection = db.value()->connection();
    Storage::WorkspaceStore store(connection);
    const QStringList categories = rules.value().categories();
    // One transaction for the whole run: fast, and an interrupted run teaches nothing half.
    if (!connection.transaction())
        return fail(connection.lastError().text());
    const int exitCode = processJsonLines(
        std::cin, std::cout, [&](const QJsonObject &in) -> Core::Result<QJsonObject> {
            const QJsonValue text = in.value(QLatin1String("text"));
            const QString category = in.value(QLatin1String("category")).toString();
            if (!text.isString())
                return Core::Error{Tr::tr("the field \"text\" must be a string"), QString()};
            if (!categories.contains(category))
                return Core::Error{Tr::tr("the field \"category\" must be one of: %1")
                                       .arg(categories.join(QStringLiteral(", "))),
                                   QString()};
            if (auto trained =
                    store.trainClassifier(category, Triage::classifierFeatures(text.toString()));
                !trained)
                return trained.error();
            return QJsonObject{{QStringLiteral("learned"), category}};
        });
    if (!connection.commit())
        return fail(connection.lastError().text());
    return exitCode;
}

int search(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("workspace")))
        return fail(Tr::tr("search needs --workspace DIR"));
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2)
        return fail(Tr::tr("search needs a query: caredesk-cli search --workspace DIR WORDS"));
    auto db = openExistingWorkspace(parser.value(QStringLiteral("workspace")));
    if (!db)
        return fail(describe(db.error()));
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        return fail(Tr::tr("--limit needs a positive number"));
    auto hits = Storage::WorkspaceStore(db.value()->connection())
                    .search(args.mid(1).join(QLatin1Char(' ')), limit);
    if (!hits)
        return fail(describe(hits.error()));
    for (const Core::SearchHit &hit : hits.value()) {
        writeJsonLine(std::cout,
                      {{QStringLiteral("messageId"), hit.messageId},
                       {QStringLiteral("conversationId"), hit.conversationId},
                       {QStringLiteral("customer"), hit.customer},
                       {QStringLiteral("createdAt"), hit.createdAt.toString(Qt::ISODate)},
                       {QStringLiteral("text"), hit.text}});
    }
    return 0;
}

} // namespace CareDesk::Cli
