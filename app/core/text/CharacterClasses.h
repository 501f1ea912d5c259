#pragma once

#include <QChar>
#include <QtGlobal>

#include <array>
#include <string_view>

// The character classes the length counter and the link finder test every character of a post
// against. Inline: they run once or more per character as the agent types.
namespace CareDesk::Text {

struct CodePoint
{
    char32_t value = 0;
    qsizetype size = 1; // UTF-16 units
};

inline CodePoint codePointAt(const char16_t *s, qsizetype i, qsizetype n)
{
    const char16_t c = s[i];
    if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(s[i + 1]))
        return {QChar::surrogateToUcs4(c, s[i + 1]), 2};
    return {c, 1};
}

inline bool isAsciiAlnum(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

inline char16_t asciiLower(char16_t c)
{
    return (c >= u'A' && c <= u'Z') ? char16_t(c + (u'a' - u'A')) : c;
}

inline bool isOneOf(char16_t c, std::u16string_view set)
{
    return set.find(c) != std::u16string_view::npos;
}

// twitter-text's expressions ignore case as JavaScript does: they compare upper cases, but a
// letter beyond ASCII never equals an ASCII one (the dotless ı is no i, the Kelvin sign no k).
// Characters with equal keys are equal to them.
inline char16_t caseKey(char16_t c)
{
    if (c < 0x80)
        return asciiLower(c);
    const char32_t upper = QChar::toUpper(char32_t(c));
    return upper >= 0x80 && upper <= 0xFFFF ? char16_t(upper) : c;
}

// Never part of any post, and what X rejects a post for.
inline bool isInvalidChar(char16_t c)
{
    return c == 0xFFFE || c == 0xFEFF || c == 0xFFFF;
}

inline bool isDirectionalMark(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || c == 0x061C || c == 0x200E || c == 0x200F ||
           (c >= 0x2066 && c <= 0x2069);
}

inline bool isUrlSpace(char16_t c)
{
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           c == 0x180E || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

// What ends a domain label; '"' and '`' are not among them, exactly as on X.
inline constexpr std::u16string_view URL_PUNCTUATION = u"!'#%&()*+,\\-./:;<=>?@[]^_{|}~$";

// Domain characters below 0x80, looked up: this runs over every character of a post.
inline constexpr std::array<bool, 0x80> ASCII_DOMAIN_CHARS = [] {
    std::array<bool, 0x80> table{};
    for (char16_t c = 0; c < 0x80; ++c) {
        const bool space = (c >= 0x09 && c <= 0x0D) || c == 0x20;
        table[c] = !space && URL_PUNCTUATION.find(c) == std::u16string_view::npos;
    }
    return table;
}();

inline bool isDomainChar(char16_t c)
{
    if (c < 0x80)
        return ASCII_DOMAIN_CHARS[c];
    return !isUrlSpace(c) && !isInvalidChar(c) && !isDirectionalMark(c);
}

inline bool isLabelChar(char16_t c)
{
    return isDomainChar(c) || c == u'-' || c == u'_';
}

// A link never starts right after a letter, a digit or an @, # or $ sign: "foo@bar.com" is
// an address, "$AAPL.com" a cashtag.
inline bool canPrecedeUrl(char16_t c)
{
    return !isAsciiAlnum(c) && !isOneOf(c, u"@$#\uFF20\uFF03") && !isInvalidChar(c);
}

inline bool isLatinAccent(char16_t c)
{
    return (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x24F) ||
           isOneOf(c, u"\u0253\u0254\u0256\u0257\u0259\u025B\u0263\u0268\u026F\u0272\u0289\u028B"
                      u"\u02BB") ||
           (c >= 0x300 && c <= 0x36F) || (c >= 0x1E00 && c <= 0x1EFF) ||
           // twitter-text matches these ranges ignoring case, as JavaScript does: also letters
           // whose upper case lies within them (ʈ and Ʈ, ⱥ and Ⱥ, ι and the combining
           // ypogegrammeni), in today's engines (Unicode 16).
           isOneOf(c, u"\u0260\u0269\u0275\u0280\u0283\u0288\u028A\u028C\u0292\u0399\u03B9"
                      u"\u1FBE\u2C65\u2C66\u2C7E\u2C7F\uA7DC");
}

// With the small letters of Cyrillic Extended-C, whose upper case is Cyrillic (as above).
inline bool isCyrillic(char16_t c)
{
    return (c >= 0x400 && c <= 0x4FF) || (c >= 0x1C80 && c <= 0x1C87);
}

inline bool isPathLetter(char16_t c)
{
    return isAsciiAlnum(c) || isCyrillic(c) || isLatinAccent(c);
}

inline bool isPathChar(char16_t c)
{
    return isPathLetter(c) || isOneOf(c, u"!*';:=+,.$/%#[]-_~@|&\u2013");
}

// A path ends on one of these, so "see example.com/faq." leaves the full stop to the sentence.
inline bool isPathEndChar(char16_t c)
{
    return isPathLetter(c) || isOneOf(c, u"+-=_#/");
}

inline bool isQueryChar(char16_t c)
{
    return isAsciiAlnum(c) || isOneOf(c, u"!?*'@();:&=+$/%#[]-_.,~|");
}

inline bool isQueryEndChar(char16_t c)
{
    return isAsciiAlnum(c) || isOneOf(c, u"-_&=#/");
}

inline bool isAsciiDomainChar(char16_t c)
{
    return isAsciiAlnum(c) || c == u'-' || isLatinAccent(c);
}

} // namespace CareDesk::Text
