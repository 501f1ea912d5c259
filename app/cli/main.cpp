// caredesk-cli: headless tool for admins and scripts. Reads and writes JSON Lines; exits
// non-zero with a one-line error on bad input.

#include "Application.h"
#include "channels/ChannelCatalog.h"
#include "model/Inbox.h"
#include "storage/Database.h"
#include "storage/WorkspaceStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace CareDesk;

namespace {

// Gives this file's free functions a translation context lupdate understands.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(caredesk_cli)
};

void printLine(const QJsonObject &object)
{
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
}

int fail(const QString &message)
{
    QTextStream(stderr) << "caredesk-cli: " << message << Qt::endl;
    return 1;
}

int listPlugins(const QString &directory)
{
    Channels::ChannelCatalog catalog;
    catalog.addLinkedPlugins();
    catalog.scanDirectory(directory);
    const auto plugins = catalog.plugins();
    for (const Channels::PluginSpec &spec : plugins) {
        Channels::PluginSpec loaded = spec;
        if (spec.state == Channels::PluginState::Found) {
            catalog.plugin(spec.id); // prove it loads, not only that its metadata reads
            for (const auto &after : catalog.plugins()) {
                if (after.filePath == spec.filePath && after.id == spec.id)
                    loaded = after;
            }
        }
        printLine({{QStringLiteral("id"), loaded.id},
                   {QStringLiteral("name"), loaded.name},
                   {QStringLiteral("version"), loaded.version},
                   {QStringLiteral("file"), loaded.filePath},
                   {QStringLiteral("state"), Channels::toString(loaded.state)},
                   {QStringLiteral("loaded"), loaded.state == Channels::PluginState::Loaded},
                   {QStringLiteral("error"), loaded.error},
                   {QStringLiteral("capabilities"), loaded.capabilities}});
    }
    return 0;
}

int listInbox(const QString &workspace, int limit)
{
    const QString file = QDir(workspace).absoluteFilePath(QStringLiteral("workspace.sqlite"));
    if (!QFileInfo::exists(file))
        return fail(Tr::tr("there is no workspace in %1").arg(workspace));
    auto db = Storage::Database::open(file);
    if (!db)
        return fail(db.error().userMessage + QStringLiteral(" (") + db.error().detail + QStringLiteral(")"));
    Storage::WorkspaceStore store(db.value()->connection());
    Core::InboxCursor cursor;
    int printed = 0;
    while (printed < limit) {
        auto page = store.inboxPage(cursor, std::min(200, limit - printed));
        if (!page)
            return fail(page.error().userMessage);
        for (const Core::InboxRow &row : page.value().rows) {
            printLine({{QStringLiteral("conversationId"), row.conversationId},
                       {QStringLiteral("channel"), row.channelName},
                       {QStringLiteral("customer"), row.customerName},
                       {QStringLiteral("handle"), row.customerHandle},
                       {QStringLiteral("language"), row.language},
                       {QStringLiteral("status"), Core::toString(row.status)},
                       {QStringLiteral("priority"), row.priority},
                       {QStringLiteral("slaDue"), row.slaDue.toString(Qt::ISODate)},
                       {QStringLiteral("unaddressed"), row.unaddressedCount},
                       {QStringLiteral("preview"), row.preview}});
            ++printed;
        }
        if (!page.value().hasMore)
            break;
        cursor = page.value().next;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Core::describeApplication(app, QStringLiteral("caredesk-cli"));

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "CareDesk command-line tool.\n\nCommands:\n"
        "  plugins   List channel plugins, their state and capabilities (JSON Lines).\n"
        "  inbox     List a workspace's conversations in inbox order (JSON Lines)."));
    Core::addCommonOptions(parser);
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             Tr::tr("The workspace folder (inbox)."), QStringLiteral("dir"));
    const QCommandLineOption pluginDirOption(QStringLiteral("plugin-dir"),
                                             Tr::tr("Where to look for channel plugins (plugins)."),
                                             QStringLiteral("dir"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         Tr::tr("At most <n> conversations (inbox; default 1000)."),
                                         QStringLiteral("n"), QStringLiteral("1000"));
    parser.addOptions({workspaceOption, pluginDirOption, limitOption});
    parser.addPositionalArgument(QStringLiteral("command"), Tr::tr("plugins or inbox"));
    parser.process(app);
    Core::installTranslations(app, parser.value(QStringLiteral("language")));

    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return fail(Tr::tr("name one command: plugins or inbox (see --help)"));
    const QString command = args.first();
    if (command == u"plugins") {
        return listPlugins(parser.isSet(pluginDirOption) ? parser.value(pluginDirOption)
                                                         : Channels::ChannelCatalog::defaultPluginDirectory());
    }
    if (command == u"inbox") {
        if (!parser.isSet(workspaceOption))
            return fail(Tr::tr("inbox needs --workspace DIR"));
        bool ok = false;
        const int limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit <= 0)
            return fail(Tr::tr("--limit needs a positive number"));
        return listInbox(parser.value(workspaceOption), limit);
    }
    return fail(Tr::tr("unknown command \"%1\" (see --help)").arg(command));
}
