#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace CareDesk::Spelling {

// The words a workspace knows are right though no dictionary holds them: its customers' names
// and handles, its channels' names, and the team dictionary (`team-dictionary.txt` beside the
// workspace, one word or name a line, "#" starting a comment) with brands and products.
QString teamDictionaryPath(const QString &workspaceDirectory);
// The team dictionary's words (none when the file does not exist).
Core::Result<QStringList> teamDictionaryWords(const QString &path);
Core::Result<QStringList> workspaceWords(const QSqlDatabase &db, const QString &workspaceDirectory);

} // namespace CareDesk::Spelling
