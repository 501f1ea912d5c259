// Text as each platform counts it (text/PlatformLength.h): X's weighted length with links,
// emoji and IDN, Facebook comments and Messenger texts. The composer measures every keystroke.
#include "FuzzSupport.h"

#include <text/PlatformLength.h>

using namespace CareDesk;
using namespace CareDesk::Text;

namespace {

void checkMeasure(const TextMeasure &measure, const QString &text)
{
    Fuzz::check(measure.weightedLength >= 0 && measure.permillage >= 0, "lengths are not negative");
    Fuzz::check(measure.displayRangeEnd == (text.isEmpty() ? 0 : text.size() - 1),
                "the display range is the whole text");
    Fuzz::check(measure.validRangeEnd <= measure.displayRangeEnd,
                "the part that fits lies within the text");
    Fuzz::check(!measure.valid ||
                    (measure.weightedLength > 0 && measure.weightedLength <= measure.limit),
                "a valid text is within the limit and not empty");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = Fuzz::textOf(data, size);
    checkMeasure(measureTwitter(text, TwitterTextConfig::v2()), text);
    for (const TextPlatform platform :
         {TextPlatform::Twitter, TextPlatform::Facebook, TextPlatform::Messenger})
        checkMeasure(measureText(text, platform), text);
    return 0;
}
