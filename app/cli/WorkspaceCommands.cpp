// Commands that read a workspace or the plugin folder.

#include "Commands.h"
#include "JsonLines.h"

#include "channels/ChannelCatalog.h"
#include "model/Inbox.h"
#include "storage/Database.h"
#include "storage/WorkspaceStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <iostream>

namespace CareDesk::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(caredesk_cli)
};

} // namespace

int listPlugins(const QCommandLineParser &parser)
{
    const QString directory = parser.isSet(QStringLiteral("plugin-dir"))
                                  ? parser.value(QStringLiteral("plugin-dir"))
                                  : Channels::ChannelCatalog::defaultPluginDirectory();
    Channels::ChannelCatalog catalog;
    catalog.addLinkedPlugins();
    catalog.scanDirectory(directory);
    // Load each usable plugin, to prove it loads and not only that its metadata reads.
    for (const Channels::PluginSpec &spec : catalog.plugins()) {
        if (spec.state == Channels::PluginState::Found && spec.isCrm)
            catalog.crmPlugin(spec.id);
        else if (spec.state == Channels::PluginState::Found)
            catalog.plugin(spec.id);
    }
    for (const Channels::PluginSpec &spec : catalog.plugins()) {
        writeJsonLine(std::cout,
                      {{QStringLiteral("id"), spec.id},
                       {QStringLiteral("name"), spec.name},
                       {QStringLiteral("version"), spec.version},
                       {QStringLiteral("kind"),
                        spec.isCrm ? QStringLiteral("crm") : QStringLiteral("channel")},
                       {QStringLiteral("file"), spec.filePath},
                       {QStringLiteral("state"), Channels::toString(spec.state)},
                       {QStringLiteral("loaded"), spec.state == Channels::PluginState::Loaded},
                       {QStringLiteral("error"), spec.error},
                       {QStringLiteral("capabilities"), spec.capabilities}});
    }
    return 0;
}

int listInbox(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("workspace")))
        return fail(Tr::tr("inbox needs --workspace DIR"));
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        return fail(Tr::tr("--limit needs a positive number"));
    auto db = openExistingWorkspace(parser.value(QStringLiteral("workspace")));
    if (!db)
        return fail(describe(db.error()));
    Storage::WorkspaceStore store(db.value()->connection());
    Core::InboxCursor cursor;
    int printed = 0;
    while (printed < limit) {
        auto page = store.inboxPage(cursor, std::min(200, limit - printed));
        if (!page)
            return fail(page.error().userMessage);
        for (const Core::InboxRow &row : page.value().rows) {
            writeJsonLine(std::cout, {{QStringLiteral("conversationId"), row.conversationId},
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

} // namespace CareDesk::Cli
