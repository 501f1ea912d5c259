#include "DraftCheck.h"

#include "model/CannedResponse.h"
#include "triage/PhoneRegions.h"

namespace CareDesk::Compose {

namespace {

constexpr int X_DM_LIMIT = 10000;

int letterCount(const QString &text)
{
    int letters = 0;
    for (const QChar c : text) {
        if (c.isLetter())
            ++letters;
    }
    return letters;
}

// Whitespace differences do not make a canned text the agent's own.
QString comparable(const QString &text)
{
    return text.simplified();
}

} // namespace

DraftChecker::DraftChecker(Triage::PiiScanner scanner)
    : m_scanner(std::move(scanner))
{}

Text::TextMeasure DraftChecker::measureFor(const QString &text, const QString &platform,
                                           bool isPublic)
{
    if (platform == u"facebook")
        return Text::measureText(text, isPublic ? Text::TextPlatform::Facebook
                                                : Text::TextPlatform::Messenger);
    if (isPublic)
        return Text::measureTwitter(text);
    Text::TwitterTextConfig dm = Text::TwitterTextConfig::v3();
    dm.maxWeightedTweetLength = X_DM_LIMIT;
    return Text::measureTwitter(text, dm);
}

DraftReview DraftChecker::review(const QString &text, const DraftContext &context) const
{
    DraftReview review;
    review.isPublic = context.isPublic;
    review.empty = text.trimmed().isEmpty();
    review.length = measureFor(text, context.platform, context.isPublic);
    if (review.empty)
        return review;
    if (letterCount(text) >= MIN_LETTERS_FOR_LANGUAGE) {
        const Triage::LanguageResult detected = m_detector.detect(text, QString(), QString());
        review.draftLanguage = detected.code;
        const bool customerKnown =
            !context.customerLanguage.isEmpty() && context.customerLanguage != u"und";
        review.languageMismatch =
            customerKnown && detected.reliable && detected.code != context.customerLanguage;
    }
    review.pii = m_scanner.scan(
        text, Triage::PhoneRegions::inOrder(context.regions,
                                            {context.customerLanguage, review.draftLanguage}));

    if (!context.cannedTexts.isEmpty()) {
        const QString draft = comparable(text);
        review.unchangedCanned = draft == comparable(context.cannedTexts.join(QLatin1Char(' ')));
        for (const QString &canned : context.cannedTexts)
            review.unchangedCanned = review.unchangedCanned || draft == comparable(canned);
    }

    review.unfilledVariables = Core::variablesIn(text);
    return review;
}

} // namespace CareDesk::Compose
