#pragma once

#include "Result.h"
#include "channels/ChannelConfig.h"

#include <QHash>
#include <QString>

#include <optional>

namespace CareDesk::Crm {

// How a team matches its customers, kept as crm.json beside the workspace (and on the team
// server for the team). The connector part has the channel-file form and never holds a secret:
//   {"plugin":"hubspot","apiBaseUrl":"https://api.hubapi.com",
//    "credential":{"keychain":"caredesk/crm/hubspot"},"handleProperty":"twitter_handle",
//    "tierPoints":{"enterprise":30,"gold":20,"*":10},"logOnResolve":true,
//    "autoLinkByEmail":false,"cacheHours":24}
// Without "plugin" only the team's customer file (caredesk-cli crm import) is matched.
struct CrmSettings
{
    std::optional<Channels::ChannelConfig> connector; // none: the customer file only
    // Priority points an existing customer's conversation gains, by tier (lower case); "*" for
    // any other tier, and for a customer without one.
    QHash<QString, int> tierPoints{{QStringLiteral("*"), 10}};
    bool logOnResolve = false;    // attach the transcript to the CRM record on resolve
    bool autoLinkByEmail = false; // a DM's e-mail that finds exactly one record links at once
    int cacheHours = 24;          // a lookup is asked of the CRM again after this long

    // The points for a customer of `tier` ("" when the record names none).
    int pointsFor(const QString &tier) const;
    QString connectorName() const; // "HubSpot", "Salesforce", or "" for the file only

    static Core::Result<CrmSettings> fromJson(const QByteArray &json);
    static Core::Result<CrmSettings> fromFile(const QString &path);
    static QString pathIn(const QString &workspaceDirectory);
    // The workspace's settings; the defaults (customer file only) when it has no crm.json.
    static Core::Result<CrmSettings> ofWorkspace(const QString &workspaceDirectory);

    static constexpr int MAX_POINTS = 50;
};

} // namespace CareDesk::Crm
