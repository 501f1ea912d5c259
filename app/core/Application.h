// The engine (caredesk_core): everything the programs share that is not a window.
// May use Qt Core, Network, Sql, WebSockets and the libraries it names; never Qt Gui or Widgets.
#pragma once

#include <QString>

class QCoreApplication;
class QCommandLineParser;

namespace CareDesk::Core {

// The one version string all three programs print.
QString applicationVersion();

// Names the application (organisation, display name, version) for QStandardPaths and
// QSettings. Call right after constructing the application object.
void describeApplication(QCoreApplication &app, const QString &applicationName);

// Loads the catalogs for `localeName` (empty: the system locale) into the running application:
// CareDesk's own strings and, where installed, Qt's. Returns the language actually used.
QString installTranslations(QCoreApplication &app, const QString &localeName);

// The value of --language on a command line (empty when absent), read before the command-line
// parser is built, so that --help itself is shown in the chosen language.
QString languageArgument(const QStringList &arguments);

// Options every program shares: --help, --version, --language.
void addCommonOptions(QCommandLineParser &parser);

} // namespace CareDesk::Core
