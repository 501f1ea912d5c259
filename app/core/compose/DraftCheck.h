// Compose: the checks a reply passes before it can go (length, personal data, language).
// May use text/, triage/ and model/ only.
#pragma once

#include "text/PlatformLength.h"
#include "triage/LanguageDetector.h"
#include "triage/PiiScanner.h"

#include <QString>
#include <QStringList>

namespace CareDesk::Compose {

// Where a draft is going, as far as the checks need to know.
struct DraftContext
{
    QString platform; // "twitter", "facebook", "sandbox", ...
    bool isPublic = true;
    QString customerLanguage; // ISO 639-1; "und" or empty when unknown
    // ISO 3166 countries a phone number without a country code is read as, most likely first:
    // the customer's, the channel's, the desk's. Those of the conversation's language follow.
    QStringList regions;
    QStringList cannedTexts; // canned responses inserted into the draft, as inserted
};

// What the composer shows under the draft while the agent types.
struct DraftReview
{
    Text::TextMeasure length;
    QList<Triage::PiiFinding> pii;
    bool isPublic = true;
    QString draftLanguage = QStringLiteral("und"); // "und" while the draft is too short to tell
    bool languageMismatch = false; // the draft is clearly not in the customer's language
    bool unchangedCanned = false;  // exactly the canned text, not adapted to this customer
    QStringList unfilledVariables; // {name} placeholders still in the text
    bool empty = true;

    // Personal data must never go out in public; the agent is offered the private message.
    bool piiBlocksSending() const { return isPublic && !pii.isEmpty(); }
    // Whether Send may be pressed. Language and unchanged canned text only warn.
    bool canSend() const
    {
        return !empty && length.valid && !piiBlocksSending() && unfilledVariables.isEmpty();
    }
};

// The pre-send checks of a reply. Pure and quick (a 2,000-character draft in well under a
// millisecond or two), so the composer runs them as the agent types.
class DraftChecker final
{
public:
    explicit DraftChecker(Triage::PiiScanner scanner = Triage::PiiScanner());

    DraftReview review(const QString &text, const DraftContext &context) const;

    // How the text is counted where it goes: X posts by twitter-text's weights, X DMs up to
    // 10,000 characters, Facebook comments and Messenger texts by code points.
    static Text::TextMeasure measureFor(const QString &text, const QString &platform,
                                        bool isPublic);

    // Below this many letters a language guess is noise ("ok", "thanks!").
    static constexpr int MIN_LETTERS_FOR_LANGUAGE = 24;

private:
    Triage::PiiScanner m_scanner;
    Triage::LanguageDetector m_detector;
};

} // namespace CareDesk::Compose
