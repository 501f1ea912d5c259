#include "Commands.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace CareDesk::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(caredesk_cli)
};

} // namespace

int fail(const QString &message)
{
    QTextStream(stderr) << "caredesk-cli: " << message << Qt::endl;
    return 1;
}

void warn(const QString &message)
{
    QTextStream(stderr) << "caredesk-cli: " << Tr::tr("warning: %1").arg(message) << Qt::endl;
}

QString describe(const Core::Error &error)
{
    return error.detail.isEmpty()
               ? error.userMessage
               : error.userMessage + QStringLiteral(" (") + error.detail + QLatin1Char(')');
}

Core::Result<std::unique_ptr<Storage::Database>> openExistingWorkspace(const QString &workspace)
{
    const QString file = Storage::Database::fileIn(workspace);
    if (!QFileInfo::exists(file))
        return Core::Error{Tr::tr("there is no workspace in %1").arg(workspace), QString()};
    return Storage::Database::open(file);
}

} // namespace CareDesk::Cli
