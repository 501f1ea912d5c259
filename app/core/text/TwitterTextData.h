#pragma once

#include <QStringList>

namespace CareDesk::Text {

// The lines of one of twitter-text's data files (text/twitter-text/, built into the program),
// without its comments and blank lines.
QStringList twitterTextDataLines(const QString &fileName);

} // namespace CareDesk::Text
