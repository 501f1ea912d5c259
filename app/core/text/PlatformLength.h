// Text as each platform counts it: X's weighted length (links, emoji, IDN), Facebook, Messenger.
// May use Qt Core and the standard library only, no other part of the engine.
#pragma once

#include "TwitterTextConfig.h"

#include <QString>

namespace CareDesk::Text {

enum class TextPlatform { Twitter, Facebook, Messenger };

// How long a reply is for the platform it goes out on, as the composer shows it. Ranges are
// UTF-16 indices (QString indices) into the text as the agent typed it, both ends inclusive;
// the valid range is the part that still fits, so the composer can mark the overflow.
struct TextMeasure
{
    int weightedLength = 0;
    bool valid = false; // within the limit, not empty, no forbidden characters
    int permillage = 0; // weightedLength per thousand of the limit, rounded down
    int limit = 0;
    int displayRangeStart = 0;
    int displayRangeEnd = 0;
    int validRangeStart = 0;
    int validRangeEnd = 0;

    friend bool operator==(const TextMeasure &, const TextMeasure &) = default;
};

// twitter-text's parseTweet: NFC first, links count transformedURLLength, emoji sequences
// count once (when the config says so), everything else by its code point's range.
TextMeasure measureTwitter(const QString &text,
                           const TwitterTextConfig &config = TwitterTextConfig::v3());

// Twitter: measureTwitter with v3. Facebook comments (8000) and Messenger texts (2000) count
// Unicode code points as typed; a lone surrogate cannot be sent as UTF-8 and makes the text
// invalid there, like U+FFFE, U+FEFF and U+FFFF do everywhere.
TextMeasure measureText(const QString &text, TextPlatform platform);

} // namespace CareDesk::Text
