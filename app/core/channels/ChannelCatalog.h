// Channels: the plugin catalog, each channel's configuration, health and account sign-in.
// May use the SDK, net/ and security/; never storage.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

class QPluginLoader;

namespace CareDesk::Sdk {
class ChannelPlugin;
class CrmPlugin;
} // namespace CareDesk::Sdk

namespace CareDesk::Channels {

enum class PluginState {
    Found,        // metadata read and valid; library not loaded yet
    Loaded,       // library loaded and the plugin object created
    Invalid,      // not a CareDesk channel plugin, or its metadata is broken
    Incompatible, // built for a newer CareDesk
    Failed,       // metadata fine, but the library would not load
};

QString toString(PluginState state);

// What the host knows about one plugin, read from its metadata before the library loads.
struct PluginSpec
{
    QString filePath; // empty for a plugin linked into the program
    QString id;
    QString name;
    QString version;
    QString platform;      // "twitter", "facebook", "sandbox": how items are tagged
    bool isCrm = false;    // a CRM connector (Sdk::CrmPlugin) rather than a channel
    int compatVersion = 0; // the version of its interface (channel or CRM) it needs
    QJsonObject capabilities;
    QJsonObject oauth2; // how accounts sign in: authorizeUrl, tokenUrl/tokenPath, scopes
    PluginState state = PluginState::Found;
    QString error; // why it is not usable, in words for the Settings page
};

// Finds channel and CRM plugins (linked in, or modules in the plugin folder), checks their
// metadata without loading them, and loads them on first use. Keeps a state and error for each.
class ChannelCatalog final
{
public:
    ChannelCatalog();
    ~ChannelCatalog();
    ChannelCatalog(const ChannelCatalog &) = delete;
    ChannelCatalog &operator=(const ChannelCatalog &) = delete;

    // <program folder>/../lib/caredesk/plugins: the same in the build tree and installed.
    static QString defaultPluginDirectory();

    void addLinkedPlugins();
    void scanDirectory(const QString &directory);

    QList<PluginSpec> plugins() const;
    // Loads the plugin with this id if needed; nullptr (and the spec's error set) if unusable.
    Sdk::ChannelPlugin *plugin(const QString &id);
    // The same for a CRM connector's plugin.
    Sdk::CrmPlugin *crmPlugin(const QString &id);

private:
    struct Entry;
    Entry *find(const QString &id);
    QObject *load(const QString &id, bool crm);
    void addFromMetaData(Entry entry, const QJsonObject &metaData);

    std::vector<std::unique_ptr<Entry>> m_entries;
};

} // namespace CareDesk::Channels
