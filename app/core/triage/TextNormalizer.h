#pragma once

#include <QString>
#include <QStringList>

namespace CareDesk::Triage {

// Text as the keyword rules and the classifier see it: lower case, accents removed,
// typographic apostrophes made plain, @mentions and links dropped.
QString normalizeForMatching(const QString &text);

// `text` with each link (http://, https://, www. up to the next white space) replaced by
// `replacement`, found where \b(?:https?://|www\.)\S* would find them, without its cost.
QString replaceLinks(const QString &text, QStringView replacement);

// `text` with each @handle that starts it or follows white space replaced by `replacement`
// (the white space before it stays), as (^|\s)[@]\w+ would find them. `marks` are the
// characters a handle may start with.
QString replaceMentions(const QString &text, QStringView marks, QStringView replacement);

// The code point that starts at `at` / ends just before `at`, surrogate pairs joined.
char32_t codePointAt(const QString &text, qsizetype at);
char32_t codePointBefore(const QString &text, qsizetype at);

// Words of a normalized text; scripts without spaces (CJK) give overlapping character pairs.
QStringList tokenize(const QString &normalizedText);

} // namespace CareDesk::Triage
