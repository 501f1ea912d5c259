#pragma once

#include <QString>
#include <QStringList>

namespace CareDesk::Triage {

// Text as the keyword rules and the classifier see it: lower case, accents removed,
// typographic apostrophes made plain, @mentions and links dropped.
QString normalizeForMatching(const QString &text);

// Words of a normalized text; scripts without spaces (CJK) give overlapping character pairs.
QStringList tokenize(const QString &normalizedText);

} // namespace CareDesk::Triage
