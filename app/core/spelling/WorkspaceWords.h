#pragma once

#include "Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace CareDesk::Spelling {

// The words a workspace knows are right though no dictionary holds them: its customers' names
// and handles, its channels' names, and the team dictionary (`team-dictionary.txt` beside the
// workspace, one word or name a line, "#" starting a comment) with brands and products.
QString teamDictionaryPath(const QString &workspaceDirectory);
// The team dictionary's words (none when the file does not exist).
Core::Result<QStringList> teamDictionaryWords(const QString &path);
// Writes the team dictionary as a team server keeps it (the desk's copy, replaced whole).
Core::Result<void> writeTeamDictionary(const QString &path, const QStringList &words);
Core::Result<QStringList> workspaceWords(const QSqlDatabase &db, const QString &workspaceDirectory);
// How often each word (lower case) occurs in the team's latest `replies` sent replies, for
// ranking spelling suggestions the way this team writes.
Core::Result<QHash<QString, int>> teamReplyWordCounts(const QSqlDatabase &db, int replies = 5000);

} // namespace CareDesk::Spelling
