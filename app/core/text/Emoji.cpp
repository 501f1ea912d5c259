#include "Emoji.h"

#include "CharacterClasses.h"

#include <algorithm>
#include <iterator>

namespace CareDesk::Text {

namespace {

constexpr char16_t ZERO_WIDTH_JOINER = 0x200D;
constexpr char16_t TEXT_PRESENTATION = 0xFE0E;
constexpr char16_t EMOJI_PRESENTATION = 0xFE0F;
constexpr char16_t COMBINING_KEYCAP = 0x20E3;
constexpr char32_t CANCEL_TAG = 0xE007F;
constexpr int MAX_ZWJ_ELEMENTS = 4;

bool isRegionalIndicator(char32_t cp)
{
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
}

bool isSkinTone(char32_t cp)
{
    return cp >= 0x1F3FB && cp <= 0x1F3FF;
}

bool isTag(char32_t cp)
{
    return cp >= 0xE0020 && cp <= 0xE007E;
}

struct CodePointRange
{
    char32_t first;
    char32_t last;
};

// `ranges` sorted and disjoint.
template<size_t N> bool inRanges(char32_t cp, const CodePointRange (&ranges)[N])
{
    const auto endsBefore = [](const CodePointRange &r, char32_t v) { return r.last < v; };
    const auto it = std::lower_bound(std::begin(ranges), std::end(ranges), cp, endsBefore);
    return it != std::end(ranges) && cp >= it->first;
}

// Pictographs that can start an emoji: the emoji blocks, plus the scattered symbols that
// have an emoji form.
bool isPictographic(char32_t cp)
{
    static constexpr CodePointRange PICTOGRAPHS[] = {
        {0x00A9, 0x00A9}, {0x00AE, 0x00AE},   {0x203C, 0x203C}, {0x2049, 0x2049}, {0x2122, 0x2122},
        {0x2139, 0x2139}, {0x2194, 0x2199},   {0x21A9, 0x21AA}, {0x2300, 0x23FF}, {0x24C2, 0x24C2},
        {0x25AA, 0x25AB}, {0x25B6, 0x25B6},   {0x25C0, 0x25C0}, {0x25FB, 0x25FE}, {0x2600, 0x27BF},
        {0x2934, 0x2935}, {0x2B00, 0x2BFF},   {0x3030, 0x3030}, {0x303D, 0x303D}, {0x3297, 0x3297},
        {0x3299, 0x3299}, {0x1F000, 0x1FAFF},
    };
    return inRanges(cp, PICTOGRAPHS);
}

// Characters with a standardized emoji variation sequence: U+FE0F after them is part of the
// emoji, U+FE0E asks for the text form. After any other emoji a selector stands alone.
bool hasEmojiVariation(char32_t cp)
{
    static constexpr CodePointRange VARIATION_BASES[] = {
        {0x00A9, 0x00A9},   {0x00AE, 0x00AE},   {0x203C, 0x203C},   {0x2049, 0x2049},
        {0x2122, 0x2122},   {0x2139, 0x2139},   {0x2194, 0x2199},   {0x21A9, 0x21AA},
        {0x231A, 0x231B},   {0x2328, 0x2328},   {0x23CF, 0x23CF},   {0x23ED, 0x23EF},
        {0x23F1, 0x23F2},   {0x23F8, 0x23FA},   {0x24C2, 0x24C2},   {0x25AA, 0x25AB},
        {0x25B6, 0x25B6},   {0x25C0, 0x25C0},   {0x25FB, 0x25FE},   {0x2600, 0x2604},
        {0x260E, 0x260E},   {0x2611, 0x2611},   {0x2614, 0x2615},   {0x2618, 0x2618},
        {0x261D, 0x261D},   {0x2620, 0x2620},   {0x2622, 0x2623},   {0x2626, 0x2626},
        {0x262A, 0x262A},   {0x262E, 0x262F},   {0x2638, 0x263A},   {0x2640, 0x2640},
        {0x2642, 0x2642},   {0x2648, 0x2653},   {0x265F, 0x2660},   {0x2663, 0x2663},
        {0x2665, 0x2666},   {0x2668, 0x2668},   {0x267B, 0x267B},   {0x267F, 0x267F},
        {0x2692, 0x2697},   {0x2699, 0x2699},   {0x269B, 0x269C},   {0x26A0, 0x26A1},
        {0x26A7, 0x26A7},   {0x26AA, 0x26AB},   {0x26B0, 0x26B1},   {0x26BD, 0x26BE},
        {0x26C4, 0x26C5},   {0x26C8, 0x26C8},   {0x26CF, 0x26CF},   {0x26D1, 0x26D1},
        {0x26D3, 0x26D4},   {0x26E9, 0x26EA},   {0x26F0, 0x26F5},   {0x26F7, 0x26FA},
        {0x26FD, 0x26FD},   {0x2702, 0x2702},   {0x2708, 0x2709},   {0x270C, 0x270D},
        {0x270F, 0x270F},   {0x2712, 0x2712},   {0x2714, 0x2714},   {0x2716, 0x2716},
        {0x271D, 0x271D},   {0x2721, 0x2721},   {0x2733, 0x2734},   {0x2744, 0x2744},
        {0x2747, 0x2747},   {0x2757, 0x2757},   {0x2763, 0x2764},   {0x27A1, 0x27A1},
        {0x2934, 0x2935},   {0x2B05, 0x2B07},   {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},
        {0x2B55, 0x2B55},   {0x3030, 0x3030},   {0x303D, 0x303D},   {0x3297, 0x3297},
        {0x3299, 0x3299},   {0x1F004, 0x1F004}, {0x1F170, 0x1F171}, {0x1F17E, 0x1F17F},
        {0x1F202, 0x1F202}, {0x1F21A, 0x1F21A}, {0x1F22F, 0x1F22F}, {0x1F237, 0x1F237},
        {0x1F321, 0x1F321}, {0x1F324, 0x1F32C}, {0x1F336, 0x1F336}, {0x1F37D, 0x1F37D},
        {0x1F396, 0x1F397}, {0x1F399, 0x1F39B}, {0x1F39E, 0x1F39F}, {0x1F3CB, 0x1F3CE},
        {0x1F3D4, 0x1F3DF}, {0x1F3F3, 0x1F3F3}, {0x1F3F5, 0x1F3F5}, {0x1F3F7, 0x1F3F7},
        {0x1F43F, 0x1F43F}, {0x1F441, 0x1F441}, {0x1F4FD, 0x1F4FD}, {0x1F549, 0x1F54A},
        {0x1F56F, 0x1F570}, {0x1F573, 0x1F579}, {0x1F587, 0x1F587}, {0x1F58A, 0x1F58D},
        {0x1F590, 0x1F590}, {0x1F5A5, 0x1F5A5}, {0x1F5A8, 0x1F5A8}, {0x1F5B1, 0x1F5B2},
        {0x1F5BC, 0x1F5BC}, {0x1F5C2, 0x1F5C4}, {0x1F5D1, 0x1F5D3}, {0x1F5DC, 0x1F5DE},
        {0x1F5E1, 0x1F5E1}, {0x1F5E3, 0x1F5E3}, {0x1F5E8, 0x1F5E8}, {0x1F5EF, 0x1F5EF},
        {0x1F5F3, 0x1F5F3}, {0x1F5FA, 0x1F5FA}, {0x1F6CB, 0x1F6CB}, {0x1F6CD, 0x1F6CF},
        {0x1F6E0, 0x1F6E5}, {0x1F6E9, 0x1F6E9}, {0x1F6F0, 0x1F6F0}, {0x1F6F3, 0x1F6F3},
    };
    return inRanges(cp, VARIATION_BASES);
}

// © and ®: letters in the one-unit Latin range unless U+FE0F asks for the emoji.
bool needsEmojiPresentation(char32_t cp)
{
    return cp < 0x2000;
}

// Emoji a skin tone attaches to (Unicode Emoji_Modifier_Base); after anything else a skin
// tone is an emoji of its own.
bool isModifierBase(char32_t cp)
{
    static constexpr CodePointRange BASES[] = {
        {0x261D, 0x261D},   {0x26F9, 0x26F9},   {0x270A, 0x270D},   {0x1F385, 0x1F385},
        {0x1F3C2, 0x1F3C4}, {0x1F3C7, 0x1F3C7}, {0x1F3CA, 0x1F3CC}, {0x1F442, 0x1F443},
        {0x1F446, 0x1F450}, {0x1F466, 0x1F478}, {0x1F47C, 0x1F47C}, {0x1F481, 0x1F483},
        {0x1F485, 0x1F487}, {0x1F48F, 0x1F48F}, {0x1F491, 0x1F491}, {0x1F4AA, 0x1F4AA},
        {0x1F574, 0x1F575}, {0x1F57A, 0x1F57A}, {0x1F590, 0x1F590}, {0x1F595, 0x1F596},
        {0x1F645, 0x1F647}, {0x1F64B, 0x1F64F}, {0x1F6A3, 0x1F6A3}, {0x1F6B4, 0x1F6B6},
        {0x1F6C0, 0x1F6C0}, {0x1F6CC, 0x1F6CC}, {0x1F90C, 0x1F90C}, {0x1F90F, 0x1F90F},
        {0x1F918, 0x1F91F}, {0x1F926, 0x1F926}, {0x1F930, 0x1F939}, {0x1F93C, 0x1F93E},
        {0x1F977, 0x1F977}, {0x1F9B5, 0x1F9B6}, {0x1F9B8, 0x1F9B9}, {0x1F9BB, 0x1F9BB},
        {0x1F9CD, 0x1F9CF}, {0x1F9D1, 0x1F9DD}, {0x1FAC3, 0x1FAC5}, {0x1FAF0, 0x1FAF8},
    };
    return inRanges(cp, BASES);
}

// One pictograph and what belongs to it (U+FE0F, a skin tone, subdivision tags). Returns
// where it ends, or `i` when no emoji starts at `i`.
qsizetype emojiElementEnd(const char16_t *s, qsizetype i, qsizetype n, bool joined)
{
    const CodePoint base = codePointAt(s, i, n);
    if (!isPictographic(base.value))
        return i;
    qsizetype end = i + base.size;
    bool selected = false;
    if (end < n && hasEmojiVariation(base.value)) {
        if (s[end] == TEXT_PRESENTATION && !joined)
            return i; // asked for as text, counted as text
        selected = s[end] == EMOJI_PRESENTATION;
        end += selected ? 1 : 0;
    }
    if (!selected && needsEmojiPresentation(base.value))
        return i;
    if (!selected && end < n && isModifierBase(base.value)) {
        const CodePoint tone = codePointAt(s, end, n);
        if (isSkinTone(tone.value))
            end += tone.size;
    }
    qsizetype tags = end;
    while (tags < n) {
        const CodePoint tag = codePointAt(s, tags, n);
        if (!isTag(tag.value))
            break;
        tags += tag.size;
    }
    if (tags > end && tags < n) {
        const CodePoint cancel = codePointAt(s, tags, n);
        if (cancel.value == CANCEL_TAG)
            end = tags + cancel.size;
    }
    return end;
}

} // namespace

qsizetype emojiSequenceLength(const char16_t *s, qsizetype i, qsizetype n)
{
    const CodePoint first = codePointAt(s, i, n);
    if (isRegionalIndicator(first.value)) {
        const qsizetype next = i + first.size;
        if (next < n && isRegionalIndicator(codePointAt(s, next, n).value))
            return first.size + codePointAt(s, next, n).size;
        return first.size;
    }
    if (isKeycapBase(first.value)) {
        qsizetype end = i + 1;
        if (end < n && s[end] == EMOJI_PRESENTATION)
            ++end;
        return (end < n && s[end] == COMBINING_KEYCAP) ? end + 1 - i : 0;
    }
    qsizetype end = emojiElementEnd(s, i, n, false);
    if (end == i)
        return 0;
    // No real sequence joins more than four (families, kisses): longer chains of joiners
    // must not pass as one emoji.
    int elements = 1;
    while (elements < MAX_ZWJ_ELEMENTS && end + 1 < n && s[end] == ZERO_WIDTH_JOINER) {
        const qsizetype joined = emojiElementEnd(s, end + 1, n, true);
        if (joined == end + 1)
            break;
        end = joined;
        ++elements;
    }
    return end - i;
}

} // namespace CareDesk::Text
