#include "channels/ChannelCatalog.h"

#include "support/CatchQt.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtPlugin>

Q_IMPORT_PLUGIN(SandboxPlugin)

using namespace CareDesk::Channels;

namespace {

PluginSpec specWithId(const QList<PluginSpec> &specs, const QString &id)
{
    for (const PluginSpec &spec : specs) {
        if (spec.id == id)
            return spec;
    }
    return {};
}

PluginSpec specFromFile(const QList<PluginSpec> &specs, const QString &fragment)
{
    for (const PluginSpec &spec : specs) {
        if (spec.filePath.contains(fragment))
            return spec;
    }
    return {};
}

} // namespace

TEST_CASE("The sandbox plugin built as a module is found, described and loaded")
{
    ChannelCatalog catalog;
    catalog.scanDirectory(QStringLiteral(CAREDESK_PLUGIN_DIR));
    const PluginSpec before = specWithId(catalog.plugins(), QStringLiteral("sandbox"));
    REQUIRE(before.state == PluginState::Found);
    CHECK(before.name == QStringLiteral("Sandbox practice channel"));
    CHECK(before.capabilities.value(QLatin1String("network")).toBool(true) == false);
    CHECK(before.capabilities.value(QLatin1String("directMessages")).toBool());

    REQUIRE(catalog.plugin(QStringLiteral("sandbox")) != nullptr);
    CHECK(specWithId(catalog.plugins(), QStringLiteral("sandbox")).state == PluginState::Loaded);
}

TEST_CASE("A plugin linked into the program is found without any plugin folder")
{
    ChannelCatalog catalog;
    catalog.addLinkedPlugins();
    REQUIRE(catalog.plugin(QStringLiteral("sandbox")) != nullptr);
}

TEST_CASE("Broken plugins are listed with a reason and never loaded")
{
    ChannelCatalog catalog;
    catalog.scanDirectory(QStringLiteral(CAREDESK_FIXTURE_PLUGIN_DIR));
    const auto specs = catalog.plugins();
    REQUIRE(specs.size() == 3);

    const PluginSpec wrongIid = specFromFile(specs, QStringLiteral("wrong_iid"));
    CHECK(wrongIid.state == PluginState::Invalid);
    CHECK(wrongIid.error.contains(QStringLiteral("not a CareDesk channel plugin")));

    const PluginSpec missing = specFromFile(specs, QStringLiteral("missing_metadata"));
    CHECK(missing.state == PluginState::Invalid);
    CHECK(missing.error.contains(QStringLiteral("incomplete")));

    const PluginSpec newer = specFromFile(specs, QStringLiteral("newer_compat"));
    CHECK(newer.state == PluginState::Incompatible);
    CHECK(newer.error.contains(QStringLiteral("newer CareDesk")));
    CHECK(catalog.plugin(QStringLiteral("from-the-future")) == nullptr);
}

TEST_CASE("A file that merely looks like a library is reported, not loaded")
{
    QTemporaryDir dir;
    QFile fake(dir.filePath(QStringLiteral("libcaredesk_channel_fake.so")));
    REQUIRE(fake.open(QIODevice::WriteOnly));
    fake.write("this is not a shared library");
    fake.close();
    ChannelCatalog catalog;
    catalog.scanDirectory(dir.path());
    const auto specs = catalog.plugins();
    REQUIRE(specs.size() == 1);
    CHECK(specs[0].state == PluginState::Invalid);
    CHECK_FALSE(specs[0].error.isEmpty());
}
