#include "PlatformLength.h"

#include "CharacterClasses.h"
#include "Emoji.h"
#include "UrlFinder.h"

#include <QStringView>
#include <QVarLengthArray>

#include <algorithm>

namespace CareDesk::Text {

namespace {

constexpr int FACEBOOK_COMMENT_LIMIT = 8000;
constexpr int MESSENGER_TEXT_LIMIT = 2000; // Send API message.text

int weightOf(char32_t cp, const TwitterTextConfig &config)
{
    for (const TwitterTextWeightRange &range : config.ranges) {
        if (cp >= range.start && cp <= range.end)
            return range.weight;
    }
    return config.defaultWeight;
}

int permillageOf(qint64 length, qint64 limit)
{
    return limit > 0 ? int(length * 1000 / limit) : 0;
}

TextMeasure measureCodePoints(const QString &text, int limit)
{
    const char16_t *s = QStringView(text).utf16();
    const qsizetype n = text.size();
    qint64 count = 0;
    bool valid = true;
    qsizetype validEnd = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const CodePoint cp = codePointAt(s, i, n);
        if (QChar::isSurrogate(cp.value) || isInvalidChar(s[i]))
            valid = false;
        i += cp.size - 1;
        ++count;
        if (valid && count <= limit)
            validEnd = i;
    }
    TextMeasure measure;
    measure.weightedLength = int(count);
    measure.valid = valid && count > 0 && count <= limit;
    measure.permillage = permillageOf(count, limit);
    measure.limit = limit;
    measure.displayRangeEnd = n > 0 ? int(n - 1) : 0;
    measure.validRangeEnd = int(validEnd);
    return measure;
}

} // namespace

TextMeasure measureTwitter(const QString &text, const TwitterTextConfig &config)
{
    const QString normalized = text.normalized(QString::NormalizationForm_C);
    const QStringView view(normalized);
    const char16_t *s = view.utf16();
    const qsizetype n = view.size();
    const QVarLengthArray<UrlFinder::Span, 8> urls = UrlFinder(view).find();
    // Found in the whole text first, as twitter-text does: an emoji that begins inside a link
    // and ends after it is not counted as one.
    const QVarLengthArray<EmojiSpan, 8> emoji =
        config.emojiParsingEnabled ? findEmoji(view) : QVarLengthArray<EmojiSpan, 8>();

    const qint64 scale = std::max(1, config.scale);
    const qint64 maxWeight = qint64(config.maxWeightedTweetLength) * scale;
    qint64 weight = 0;
    bool valid = true;
    qsizetype validEnd = 0;
    qsizetype nextUrl = 0;
    qsizetype nextEmoji = 0;
    for (qsizetype i = 0; i < n; ++i) {
        while (nextUrl < urls.size() && urls[nextUrl].start < i)
            ++nextUrl;
        while (nextEmoji < emoji.size() && emoji[nextEmoji].start < i)
            ++nextEmoji;
        if (nextUrl < urls.size() && urls[nextUrl].start == i) {
            weight += qint64(config.transformedURLLength) * scale;
            i = urls[nextUrl].countedEnd - 1;
        } else if (nextEmoji < emoji.size() && emoji[nextEmoji].start == i) {
            weight += config.defaultWeight;
            i = emoji[nextEmoji].end - 1;
        } else {
            const CodePoint cp = codePointAt(s, i, n);
            weight += weightOf(cp.value, config);
            i += cp.size - 1;
        }
        // Like X, only the last unit of what was just counted is checked.
        valid = valid && !isInvalidChar(s[i]);
        if (valid && weight <= maxWeight)
            validEnd = i;
    }

    const qint64 length = weight / scale;
    TextMeasure measure;
    measure.weightedLength = int(length);
    measure.valid = valid && weight > 0 && weight <= maxWeight;
    measure.permillage = permillageOf(weight, maxWeight);
    measure.limit = config.maxWeightedTweetLength;
    measure.displayRangeEnd = text.isEmpty() ? 0 : int(text.size() - 1);
    // Back to indices of the text as typed: NFC may have made it shorter or longer.
    measure.validRangeEnd = int(validEnd + text.size() - n);
    return measure;
}

TextMeasure measureText(const QString &text, TextPlatform platform)
{
    switch (platform) {
    case TextPlatform::Twitter: {
        static const TwitterTextConfig config = TwitterTextConfig::v3();
        return measureTwitter(text, config);
    }
    case TextPlatform::Facebook:
        return measureCodePoints(text, FACEBOOK_COMMENT_LIMIT);
    case TextPlatform::Messenger:
        return measureCodePoints(text, MESSENGER_TEXT_LIMIT);
    }
    return {};
}

} // namespace CareDesk::Text
