#pragma once

#include <QString>
#include <QUrl>

namespace CareDesk::Security {

// Whether requests to an address would cross a network unencrypted, where anyone on the way
// reads passwords and tokens: http:// and ws:// to any host but this machine. Loopback
// (127.0.0.0/8, ::1, localhost) never leaves the machine, so tests and local fakes may use it.

bool isLoopbackHost(const QString &host);
bool crossesNetworkInClear(const QUrl &url);
// Whether a request carrying a token may go to `url`: https://, or http:// to this machine.
bool keepsSecretsPrivate(const QUrl &url);

} // namespace CareDesk::Security
