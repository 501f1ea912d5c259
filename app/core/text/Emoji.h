#pragma once

#include <QtGlobal>

namespace CareDesk::Text {

inline bool isKeycapBase(char32_t cp)
{
    return (cp >= u'0' && cp <= u'9') || cp == u'#' || cp == u'*';
}

// emojiLength() past its quick test: what X counts as one emoji (flag, keycap, ZWJ sequence, a
// pictograph with its skin tone or tags) starting at `i`, in UTF-16 units; 0 if none.
qsizetype emojiSequenceLength(const char16_t *s, qsizetype i, qsizetype n);

// UTF-16 length of the emoji sequence at `i` of `s` (`n` units long); 0 if none. Inline, since
// the counter asks at every character and plain Latin text never starts one.
inline qsizetype emojiLength(const char16_t *s, qsizetype i, qsizetype n)
{
    if (s[i] < 0xA9 && !isKeycapBase(s[i]))
        return 0;
    return emojiSequenceLength(s, i, n);
}

} // namespace CareDesk::Text
