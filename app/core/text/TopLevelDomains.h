#pragma once

#include <QtGlobal>

#include <string_view>

namespace CareDesk::Text {

// The top-level domains a link must end in: twitter-text's lists (text/twitter-text/), every
// country code and the generic ones it knows, internationalized ones in their own script.
// "xn--" forms are not listed; the link finder accepts them by pattern.
class TopLevelDomains final
{
public:
    // `key`: the name as caseKey() leaves each of its characters.
    static bool contains(std::u16string_view key);
    // Whether any listed name has a character of key `key`: a name ends before one that none has.
    static bool mayContain(char16_t key);
    // The longest name listed, in UTF-16 units: no longer run of letters needs a look-up.
    static qsizetype maxLength();
};

} // namespace CareDesk::Text
