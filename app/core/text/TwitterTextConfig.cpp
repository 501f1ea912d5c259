#include "TwitterTextConfig.h"

namespace CareDesk::Text {

TwitterTextConfig TwitterTextConfig::v2()
{
    static const TwitterTextConfig config = [] {
        TwitterTextConfig c = v3();
        c.version = 2;
        c.emojiParsingEnabled = false;
        return c;
    }();
    return config;
}

TwitterTextConfig TwitterTextConfig::v3()
{
    // Latin, Cyrillic, Greek, Hebrew, Arabic... and the common punctuation count 1; CJK,
    // emoji and everything else count 2.
    static const TwitterTextConfig config{
        .version = 3,
        .maxWeightedTweetLength = 280,
        .scale = 100,
        .defaultWeight = 200,
        .emojiParsingEnabled = true,
        .transformedURLLength = 23,
        .ranges = {{0, 4351, 100}, {8192, 8205, 100}, {8208, 8223, 100}, {8242, 8247, 100}},
    };
    return config;
}

} // namespace CareDesk::Text
