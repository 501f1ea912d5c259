#pragma once

#include <QtGlobal>

#include <string_view>

namespace CareDesk::Text {

// The top-level domains a link must end in, lower case: every country code, the generic ones
// people actually type, and the internationalized ones of the markets we serve. "xn--" forms
// are not listed; the link finder accepts them by pattern.
class TopLevelDomains final
{
public:
    // `lowerCase` as QChar::toLower leaves it.
    static bool contains(std::u16string_view lowerCase);
    // The longest name listed, in UTF-16 units: no longer run of letters needs a look-up.
    static qsizetype maxLength();
};

} // namespace CareDesk::Text
