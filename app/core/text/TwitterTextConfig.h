#pragma once

#include <QList>

namespace CareDesk::Text {

// A band of code points and what each one counts, in 1/scale of a character.
struct TwitterTextWeightRange
{
    char32_t start = 0;
    char32_t end = 0; // inclusive
    int weight = 0;

    friend bool operator==(const TwitterTextWeightRange &,
                           const TwitterTextWeightRange &) = default;
};

// How X counts a post: twitter-text's configuration files (config/v2.json, config/v3.json).
struct TwitterTextConfig
{
    int version = 3;
    int maxWeightedTweetLength = 280;
    int scale = 100;
    int defaultWeight = 200;         // code points outside every range
    bool emojiParsingEnabled = true; // an emoji sequence counts defaultWeight once
    int transformedURLLength = 23;   // every link counts as long as its t.co form
    QList<TwitterTextWeightRange> ranges;

    static TwitterTextConfig v2();
    static TwitterTextConfig v3(); // what X uses today

    friend bool operator==(const TwitterTextConfig &, const TwitterTextConfig &) = default;
};

} // namespace CareDesk::Text
