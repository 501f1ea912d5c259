#include "CrmSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace CareDesk::Crm {

using Core::Error;
using Core::Result;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Crm::CrmSettings)
};

} // namespace

int CrmSettings::pointsFor(const QString &tier) const
{
    const auto own = tierPoints.constFind(tier.trimmed().toLower());
    if (own != tierPoints.cend())
        return *own;
    return tierPoints.value(QStringLiteral("*"), 0);
}

QString CrmSettings::connectorName() const
{
    if (!connector)
        return {};
    if (connector->plugin == u"hubspot")
        return QStringLiteral("HubSpot");
    if (connector->plugin == u"salesforce")
        return QStringLiteral("Salesforce");
    return connector->plugin;
}

Result<CrmSettings> CrmSettings::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return Error{Tr::tr("The CRM settings are not a JSON object."), parseError.errorString()};
    const QJsonObject object = document.object();
    CrmSettings settings;
    if (object.contains(QLatin1String("plugin"))) {
        auto connector = Channels::ChannelConfig::fromJson(json);
        if (!connector)
            return connector.error();
        settings.connector = connector.value();
    }
    const QJsonValue points = object.value(QLatin1String("tierPoints"));
    if (!points.isUndefined()) {
        if (!points.isObject())
            return Error{Tr::tr("\"tierPoints\" must give points by tier: {\"gold\": 20, \"*\": "
                                "10}."),
                         {}};
        settings.tierPoints.clear();
        const QJsonObject byTier = points.toObject();
        for (auto it = byTier.begin(); it != byTier.end(); ++it) {
            const int value = it.value().toInt(-1);
            if (!it.value().isDouble() || value < 0 || value > MAX_POINTS)
                return Error{Tr::tr("The points for tier \"%1\" must be a whole number from 0 to "
                                    "%2.")
                                 .arg(it.key())
                                 .arg(MAX_POINTS),
                             {}};
            settings.tierPoints.insert(it.key().trimmed().toLower(), value);
        }
    }
    settings.logOnResolve = object.value(QLatin1String("logOnResolve")).toBool(false);
    settings.autoLinkByEmail = object.value(QLatin1String("autoLinkByEmail")).toBool(false);
    settings.cacheHours = object.value(QLatin1String("cacheHours")).toInt(24);
    if (settings.cacheHours < 1 || settings.cacheHours > 24 * 30)
        return Error{Tr::tr("\"cacheHours\" must be from 1 to 720."), {}};
    return settings;
}

Result<CrmSettings> CrmSettings::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("The CRM settings %1 could not be read.").arg(path),
                     file.errorString()};
    auto settings = fromJson(file.readAll());
    if (!settings)
        return Error{settings.error().userMessage,
                     path + QStringLiteral(": ") + settings.error().detail};
    return settings;
}

QString CrmSettings::pathIn(const QString &workspaceDirectory)
{
    return QDir(workspaceDirectory).absoluteFilePath(QStringLiteral("crm.json"));
}

Result<CrmSettings> CrmSettings::ofWorkspace(const QString &workspaceDirectory)
{
    const QString path = pathIn(workspaceDirectory);
    if (!QFile::exists(path))
        return CrmSettings{};
    return fromFile(path);
}

} // namespace CareDesk::Crm
