#include "ChannelCatalog.h"

#include "Logging.h"

#include <sdk/ChannelPlugin.h>
#include <sdk/CrmPlugin.h>

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QLibrary>
#include <QPluginLoader>

namespace CareDesk::Channels {

namespace {

// Gives this file's free functions a translation context lupdate understands.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Channels::ChannelCatalog)
};

} // namespace

QString toString(PluginState state)
{
    switch (state) {
    case PluginState::Found:
        return Tr::tr("Available");
    case PluginState::Loaded:
        return Tr::tr("Loaded");
    case PluginState::Invalid:
        return Tr::tr("Invalid");
    case PluginState::Incompatible:
        return Tr::tr("Incompatible");
    case PluginState::Failed:
        return Tr::tr("Failed to load");
    }
    return {};
}

struct ChannelCatalog::Entry
{
    PluginSpec spec;
    std::unique_ptr<QPluginLoader> loader; // for modules
    QObject *linkedInstance = nullptr;     // for plugins linked into the program
    QObject *instance = nullptr;           // once loaded
};

ChannelCatalog::ChannelCatalog() = default;

ChannelCatalog::~ChannelCatalog() = default;

QString ChannelCatalog::defaultPluginDirectory()
{
    return QDir(QCoreApplication::applicationDirPath())
        .absoluteFilePath(QStringLiteral("../lib/caredesk/plugins"));
}

void ChannelCatalog::addLinkedPlugins()
{
    const auto linked = QPluginLoader::staticPlugins();
    for (const QStaticPlugin &plugin : linked) {
        Entry entry;
        entry.linkedInstance = plugin.instance();
        addFromMetaData(std::move(entry), plugin.metaData());
    }
}

void ChannelCatalog::scanDirectory(const QString &directory)
{
    const QDir dir(directory);
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString path = dir.absoluteFilePath(file);
        if (!QLibrary::isLibrary(path))
            continue;
        Entry entry;
        entry.spec.filePath = path;
        entry.loader = std::make_unique<QPluginLoader>(path);
        const QJsonObject metaData = entry.loader->metaData();
        addFromMetaData(std::move(entry), metaData);
    }
}

void ChannelCatalog::addFromMetaData(Entry entry, const QJsonObject &metaData)
{
    PluginSpec &spec = entry.spec;
    const QJsonObject fields = metaData.value(QLatin1String("MetaData")).toObject();
    spec.id = fields.value(QLatin1String("id")).toString();
    spec.name = fields.value(QLatin1String("name")).toString(spec.id);
    spec.version = fields.value(QLatin1String("version")).toString();
    spec.platform = fields.value(QLatin1String("platform")).toString(spec.id);
    spec.compatVersion = fields.value(QLatin1String("compatVersion")).toInt(0);
    spec.capabilities = fields.value(QLatin1String("capabilities")).toObject();
    spec.oauth2 = fields.value(QLatin1String("oauth2")).toObject();

    const QString iid = metaData.value(QLatin1String("IID")).toString();
    spec.isCrm = iid == QLatin1String(CAREDESK_CRM_PLUGIN_IID);
    const int sdkVersion = spec.isCrm ? CAREDESK_CRM_SDK_VERSION : CAREDESK_CHANNEL_SDK_VERSION;
    if (iid != QLatin1String(CAREDESK_CHANNEL_PLUGIN_IID) && !spec.isCrm) {
        if (spec.filePath.isEmpty())
            return; // another kind of linked Qt plugin (an image format, say): not ours to list
        spec.state = PluginState::Invalid;
        spec.error = iid.isEmpty()
                         ? Tr::tr("This file is not a Qt plugin.")
                         : Tr::tr("This is not a CareDesk channel plugin (interface %1).").arg(iid);
    } else if (spec.id.isEmpty() || spec.version.isEmpty() || spec.compatVersion <= 0) {
        spec.state = PluginState::Invalid;
        spec.error = Tr::tr(
            "The plugin's description is incomplete (id, version and compatVersion are required).");
    } else if (spec.compatVersion > sdkVersion) {
        spec.state = PluginState::Incompatible;
        spec.error =
            Tr::tr(
                "This plugin needs a newer CareDesk (channel interface %1; this version has %2).")
                .arg(spec.compatVersion)
                .arg(sdkVersion);
    } else if (find(spec.id)) {
        spec.state = PluginState::Invalid;
        spec.error = Tr::tr("Another plugin with the id \"%1\" is already installed.").arg(spec.id);
    }
    if (spec.state != PluginState::Found)
        qCWarning(lcChannels) << "plugin" << (spec.filePath.isEmpty() ? spec.id : spec.filePath)
                              << "not usable:" << spec.error;
    m_entries.push_back(std::make_unique<Entry>(std::move(entry)));
}

QList<PluginSpec> ChannelCatalog::plugins() const
{
    QList<PluginSpec> specs;
    for (const auto &entry : m_entries)
        specs.append(entry->spec);
    return specs;
}

ChannelCatalog::Entry *ChannelCatalog::find(const QString &id)
{
    for (const auto &entry : m_entries) {
        if (entry->spec.id == id && entry->spec.state != PluginState::Invalid)
            return entry.get();
    }
    return nullptr;
}

Sdk::ChannelPlugin *ChannelCatalog::plugin(const QString &id)
{
    return qobject_cast<Sdk::ChannelPlugin *>(load(id, false));
}

Sdk::CrmPlugin *ChannelCatalog::crmPlugin(const QString &id)
{
    return qobject_cast<Sdk::CrmPlugin *>(load(id, true));
}

QObject *ChannelCatalog::load(const QString &id, bool crm)
{
    Entry *entry = find(id);
    if (!entry || entry->spec.isCrm != crm ||
        (entry->spec.state != PluginState::Found && entry->spec.state != PluginState::Loaded))
        return nullptr;
    if (entry->instance)
        return entry->instance;
    QObject *instance = entry->linkedInstance;
    if (!instance && entry->loader)
        instance = entry->loader->instance();
    const bool implements = crm ? qobject_cast<Sdk::CrmPlugin *>(instance) != nullptr
                                : qobject_cast<Sdk::ChannelPlugin *>(instance) != nullptr;
    if (!implements) {
        entry->spec.state = PluginState::Failed;
        entry->spec.error = entry->loader && !entry->loader->errorString().isEmpty()
                                ? entry->loader->errorString()
                                : Tr::tr("The plugin does not implement the channel interface.");
        qCWarning(lcChannels) << "plugin" << id << "failed to load:" << entry->spec.error;
        return nullptr;
    }
    entry->instance = instance;
    entry->spec.state = PluginState::Loaded;
    qCInfo(lcChannels) << "plugin" << id << entry->spec.version << "loaded";
    return instance;
}

} // namespace CareDesk::Channels
