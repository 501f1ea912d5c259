#pragma once

#include <QList>
#include <QString>

namespace CareDesk::Triage {

// Where a language decision came from, so the agent can judge how far to trust it.
enum class LanguageSource { PlatformHint, TextDetection, CustomerHistory, Unknown };

struct LanguageResult
{
    QString code = QStringLiteral("und"); // ISO 639-1, "und" when unknown
    LanguageSource source = LanguageSource::Unknown;
    // The text alone makes this language clear. Otherwise `code` is the best guess, or the
    // platform's or the customer's language where the text could be either.
    bool reliable = false;

    bool isKnown() const { return source != LanguageSource::Unknown; }
};

// "platform", "text", "history" or "none": how the CLI and the API name a source.
QString toString(LanguageSource source);

// The text first: the language model (LanguageModel) on the text cleaned of @mentions, links
// and hashtags, and CLD2 for a long text in a language the model does not know. The platform's
// hint and then the customer's known language only break a tie the text leaves open.
class LanguageDetector final
{
public:
    LanguageResult detect(const QString &text, const QString &platformHint,
                          const QString &customerLanguage) const;

    // Each language's score for the text (log-likelihood, best first), for the benchmark and
    // the CLI's explanation; empty when the text has no letters.
    struct Candidate
    {
        QString code;
        double score = 0;
    };
    QList<Candidate> rank(const QString &text) const;

    // How far ahead (in nats) the best language must be for the answer to count as reliable,
    // and how close a hinted language must be to break the tie.
    static constexpr double RELIABLE_MARGIN = 4.0;
    static constexpr double TIE_MARGIN = 3.0;
    // A text less of whose words than this are in any one language's list is not plainly in
    // any of the model's languages.
    static constexpr double FAMILIAR_SHARE = 0.5;

    // The text as the detector sees it: mentions, links and '#' removed.
    static QString cleanForDetection(const QString &text);
};

} // namespace CareDesk::Triage
