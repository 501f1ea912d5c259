#pragma once

#include <QString>

namespace CareDesk::Triage {

// Where a language decision came from, so the agent can judge how far to trust it.
enum class LanguageSource { PlatformHint, TextDetection, CustomerHistory, Unknown };

struct LanguageResult
{
    QString code = QStringLiteral("und"); // ISO 639-1, "und" when unknown
    LanguageSource source = LanguageSource::Unknown;

    bool isKnown() const { return source != LanguageSource::Unknown; }
};

// "platform", "text", "history" or "none": how the CLI and the API name a source.
QString toString(LanguageSource source);

// Platform hint first, then CLD2 on the text cleaned of @mentions, links and hashtag marks,
// then the customer's known language. An unreliable detection is "und", never a guess.
class LanguageDetector final
{
public:
    LanguageResult detect(const QString &text, const QString &platformHint,
                          const QString &customerLanguage) const;

    // The text as the detector sees it: mentions, links and '#' removed.
    static QString cleanForDetection(const QString &text);
};

} // namespace CareDesk::Triage
