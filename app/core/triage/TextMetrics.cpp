#include "TextMetrics.h"

#include <QStringView>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_set>

namespace CareDesk::Triage {

namespace {

constexpr int FACEBOOK_COMMENT_LIMIT = 8000;
constexpr int MESSENGER_TEXT_LIMIT = 2000; // Send API message.text

// Link rules X applies beyond its config files.
constexpr qsizetype MAX_URL_LENGTH = 4096;        // scheme counted as twitter-text does
constexpr qsizetype DEFAULT_SCHEME_LENGTH = 8;    // "https://", for links typed without one
constexpr qsizetype MAX_DOMAIN_LABEL_LENGTH = 63; // DNS, after punycode
constexpr qsizetype ACE_PREFIX_LENGTH = 4;        // "xn--"
constexpr qsizetype MAX_TCO_SLUG_LENGTH = 40;
constexpr qsizetype MAX_DOMAIN_LABELS = 127; // DNS depth; also bounds the work per start
constexpr qsizetype MAX_TLD_LENGTH = 32;
constexpr qsizetype NOT_COMPUTED = -2;

constexpr char16_t ZERO_WIDTH_JOINER = 0x200D;
constexpr char16_t TEXT_PRESENTATION = 0xFE0E;
constexpr char16_t EMOJI_PRESENTATION = 0xFE0F;
constexpr char16_t COMBINING_KEYCAP = 0x20E3;
constexpr char32_t CANCEL_TAG = 0xE007F;
constexpr int MAX_ZWJ_ELEMENTS = 4;

// Punycode (RFC 3492) parameters.
constexpr quint64 PUNY_BASE = 36;
constexpr quint64 PUNY_TMIN = 1;
constexpr quint64 PUNY_TMAX = 26;
constexpr quint64 PUNY_SKEW = 38;
constexpr quint64 PUNY_DAMP = 700;
constexpr quint64 PUNY_INITIAL_BIAS = 72;
constexpr char32_t PUNY_INITIAL_N = 0x80;

// Top-level domains a link must end in, lower case: every country code, the generic ones
// people actually type, and the internationalized ones of the markets we serve. "xn--" forms
// are accepted by pattern.
constexpr std::u16string_view COUNTRY_TLDS =
    u"ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo "
    u"bq br bs bt bv bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk "
    u"dm do dz ec ee eg eh er es et eu fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq "
    u"gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki "
    u"km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mf mg mh mk ml mm mn mo "
    u"mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk "
    u"pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sj sk sl sm sn so sr ss "
    u"st su sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk um us uy uz va "
    u"vc ve vg vi vn vu wf ws ye yt za zm zw "
    u"рф срб укр бел қаз мкд мон бг ею ελ ευ 中国 中國 香港 台湾 台灣 澳門 新加坡 한국 ไทย ລາວ "
    u"გე հայ ایران پاکستان مصر السعودية امارات قطر عمان الاردن المغرب الجزائر تونس عراق سورية "
    u"سودان فلسطين مليسيا موريتانيا البحرين بھارت بارت ڀارت भारत भारोत भारतम् ভারত ভাৰত বাংলা "
    u"ਭਾਰਤ ભારત ଭାରତ இந்தியா இலங்கை சிங்கப்பூர் భారత్ ಭಾರತ ഭാരതം ලංකා";

constexpr std::u16string_view GENERIC_TLDS =
    u"com net org info biz edu gov mil int name pro aero asia cat coop jobs mobi museum post tel "
    u"travel xxx app dev page blog shop store online site website tech xyz top club live news "
    u"icu support help email services academy agency art audio auto bank bar beer best bike bio "
    u"black blue boutique build business buzz cafe camera camp capital care careers cash center "
    u"chat cheap city cloud coffee community company computer consulting cool credit dating deals "
    u"delivery design digital direct directory discount download earth eco education energy "
    u"engineering enterprises equipment estate events exchange expert express family farm fashion "
    u"film finance financial fish fit fitness flights florist football foundation free fun fund "
    u"furniture gallery games garden gift gifts global gold golf graphics green group guide guru "
    u"health healthcare holdings holiday homes host hosting house how inc institute insurance "
    u"international investments jewelry kitchen land law lawyer legal life lighting limited link "
    u"llc loan loans love ltd luxury management market marketing media memorial men menu mobile "
    u"money movie network new ninja one partners parts party pet phone photo photography photos "
    u"pics pictures pink pizza place plus press productions promo properties property pub radio "
    u"realty recipes red rent repair report rest restaurant review reviews rocks run sale salon "
    u"school science security sexy shoes shopping show ski soccer social software solar solutions "
    u"space sport studio style supply surf systems tattoo tax taxi team technology tickets tips "
    u"today tools tours town toys trade training tube university vacations video vip vision vote "
    u"voyage watch wedding wiki win wine work works world wtf yoga zone africa amsterdam barcelona "
    u"bayern berlin boston brussels budapest capetown cymru dubai durban eus gal hamburg helsinki "
    u"istanbul joburg koeln kyoto lat london madrid melbourne miami moscow nagoya nrw nyc okinawa "
    u"osaka paris quebec rio ruhr scot stockholm swiss sydney taipei tirol tokyo vegas "
    u"vlaanderen wales wien yokohama zuerich "
    u"公司 网络 网站 网址 中文网 在线 商城 商店 移动 游戏 企业 信息 集团 世界 我爱你 公益 닷컴 "
    u"닷넷 "
    u"コム みんな ストア москва онлайн сайт рус орг ком дети شبكة عرب كوم موقع קום कॉम नेट संगठन "
    u"คอม";

struct TldTable
{
    std::unordered_set<std::u16string_view> names;
    qsizetype maxLength = 0;
};

const TldTable &tldTable()
{
    static const TldTable table = [] {
        TldTable result;
        for (std::u16string_view list : {COUNTRY_TLDS, GENERIC_TLDS}) {
            while (!list.empty()) {
                const size_t space = std::min(list.find(u' '), list.size());
                if (space > 0) {
                    result.names.insert(list.substr(0, space));
                    result.maxLength = std::max(result.maxLength, qsizetype(space));
                }
                list.remove_prefix(std::min(space + 1, list.size()));
            }
        }
        return result;
    }();
    return table;
}

// --- Characters -----------------------------------------------------------------------------

struct CodePoint
{
    char32_t value = 0;
    qsizetype size = 1; // UTF-16 units
};

CodePoint codePointAt(const char16_t *s, qsizetype i, qsizetype n)
{
    const char16_t c = s[i];
    if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(s[i + 1]))
        return {QChar::surrogateToUcs4(c, s[i + 1]), 2};
    return {c, 1};
}

bool isAsciiAlnum(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

char16_t asciiLower(char16_t c)
{
    return (c >= u'A' && c <= u'Z') ? char16_t(c + (u'a' - u'A')) : c;
}

bool isOneOf(char16_t c, std::u16string_view set)
{
    return set.find(c) != std::u16string_view::npos;
}

// Never part of any post, and what X rejects a post for.
bool isInvalidChar(char16_t c)
{
    return c == 0xFFFE || c == 0xFEFF || c == 0xFFFF;
}

bool isDirectionalMark(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || c == 0x061C || c == 0x200E || c == 0x200F ||
           (c >= 0x2066 && c <= 0x2069);
}

bool isUrlSpace(char16_t c)
{
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           c == 0x180E || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

// What ends a domain label; '"' and '`' are not among them, exactly as on X.
constexpr std::u16string_view URL_PUNCTUATION = u"!'#%&()*+,\\-./:;<=>?@[]^_{|}~$";

// Domain characters below 0x80, looked up: this runs over every character of a post.
constexpr std::array<bool, 0x80> ASCII_DOMAIN_CHARS = [] {
    std::array<bool, 0x80> table{};
    for (char16_t c = 0; c < 0x80; ++c) {
        const bool space = (c >= 0x09 && c <= 0x0D) || c == 0x20;
        table[c] = !space && URL_PUNCTUATION.find(c) == std::u16string_view::npos;
    }
    return table;
}();

bool isDomainChar(char16_t c)
{
    if (c < 0x80)
        return ASCII_DOMAIN_CHARS[c];
    return !isUrlSpace(c) && !isInvalidChar(c) && !isDirectionalMark(c);
}

bool isLabelChar(char16_t c)
{
    return isDomainChar(c) || c == u'-' || c == u'_';
}

// A link never starts right after a letter, a digit or an @, # or $ sign: "foo@bar.com" is
// an address, "$AAPL.com" a cashtag.
bool canPrecedeUrl(char16_t c)
{
    return !isAsciiAlnum(c) && !isOneOf(c, u"@$#\uFF20\uFF03") && !isInvalidChar(c);
}

bool isLatinAccent(char16_t c)
{
    return (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x24F) ||
           isOneOf(c, u"\u0253\u0254\u0256\u0257\u0259\u025B\u0263\u0268\u026F\u0272\u0289\u028B"
                      u"\u02BB") ||
           (c >= 0x300 && c <= 0x36F) || (c >= 0x1E00 && c <= 0x1EFF);
}

bool isCyrillic(char16_t c)
{
    return c >= 0x400 && c <= 0x4FF;
}

bool isPathLetter(char16_t c)
{
    return isAsciiAlnum(c) || isCyrillic(c) || isLatinAccent(c);
}

bool isPathChar(char16_t c)
{
    return isPathLetter(c) || isOneOf(c, u"!*';:=+,.$/%#[]-_~@|&\u2013");
}

// A path ends on one of these, so "see example.com/faq." leaves the full stop to the sentence.
bool isPathEndChar(char16_t c)
{
    return isPathLetter(c) || isOneOf(c, u"+-=_#/");
}

bool isQueryChar(char16_t c)
{
    return isAsciiAlnum(c) || isOneOf(c, u"!?*'@();:&=+$/%#[]-_.,~|");
}

bool isQueryEndChar(char16_t c)
{
    return isAsciiAlnum(c) || isOneOf(c, u"-_&=#/");
}

bool isAsciiDomainChar(char16_t c)
{
    return isAsciiAlnum(c) || c == u'-' || isLatinAccent(c);
}

// --- Emoji ----------------------------------------------------------------------------------

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

bool isKeycapBase(char32_t cp)
{
    return (cp >= u'0' && cp <= u'9') || cp == u'#' || cp == u'*';
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

// UTF-16 length of the emoji sequence at `i` (flag, keycap, ZWJ sequence, ...); 0 if none.
qsizetype emojiLength(const char16_t *s, qsizetype i, qsizetype n)
{
    if (s[i] < 0xA9 && !isKeycapBase(s[i]))
        return 0; // the common case: plain Latin text
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

// --- Links ----------------------------------------------------------------------------------

quint64 punycodeAdapt(quint64 delta, quint64 points, bool first)
{
    delta = first ? delta / PUNY_DAMP : delta / 2;
    delta += delta / points;
    quint64 k = 0;
    while (delta > ((PUNY_BASE - PUNY_TMIN) * PUNY_TMAX) / 2) {
        delta /= PUNY_BASE - PUNY_TMIN;
        k += PUNY_BASE;
    }
    return k + (PUNY_BASE - PUNY_TMIN + 1) * delta / (delta + PUNY_SKEW);
}

// Encoded length of one dot-free piece of a label: itself when it is printable ASCII, else
// "xn--" and its punycode. Only counts what the encoder would write, and stops early once
// over the DNS limit.
qsizetype encodedPieceLength(const char16_t *s, qsizetype begin, qsizetype end)
{
    QVarLengthArray<char32_t, 64> points;
    qsizetype basic = 0;
    bool printableAscii = true;
    for (qsizetype i = begin; i < end;) {
        const CodePoint cp = codePointAt(s, i, end);
        points.append(cp.value);
        basic += cp.value < 0x80 ? 1 : 0;
        printableAscii = printableAscii && cp.value >= 0x20 && cp.value <= 0x7E;
        i += cp.size;
        // Every code point takes at least one character of the encoded form.
        const qsizetype prefix = printableAscii ? 0 : ACE_PREFIX_LENGTH;
        if (points.size() + prefix > MAX_DOMAIN_LABEL_LENGTH)
            return MAX_DOMAIN_LABEL_LENGTH + 1;
    }
    if (printableAscii)
        return points.size();

    qsizetype length = ACE_PREFIX_LENGTH + basic + (basic > 0 ? 1 : 0);
    char32_t current = PUNY_INITIAL_N;
    quint64 delta = 0;
    quint64 bias = PUNY_INITIAL_BIAS;
    qsizetype handled = basic;
    while (handled < points.size()) {
        char32_t next = 0x10FFFF + 1;
        for (const char32_t p : points) {
            if (p >= current && p < next)
                next = p;
        }
        delta += quint64(next - current) * quint64(handled + 1);
        current = next;
        for (const char32_t p : points) {
            if (p < current) {
                ++delta;
            } else if (p == current) {
                quint64 q = delta;
                for (quint64 k = PUNY_BASE;; k += PUNY_BASE) {
                    const quint64 t = k <= bias               ? PUNY_TMIN
                                      : k >= bias + PUNY_TMAX ? PUNY_TMAX
                                                              : k - bias;
                    if (q < t)
                        break;
                    ++length;
                    q = (q - t) / (PUNY_BASE - t);
                }
                ++length;
                bias = punycodeAdapt(delta, quint64(handled + 1), handled == basic);
                delta = 0;
                ++handled;
            }
        }
        if (length > MAX_DOMAIN_LABEL_LENGTH)
            return length;
        ++delta;
        ++current;
    }
    return length;
}

// Length of a domain label as DNS sees it. IDNA also splits at ideographic full stops, which
// are label characters here: a Japanese sentence running into a domain is one label.
qsizetype encodedLabelLength(const char16_t *s, qsizetype begin, qsizetype end)
{
    qsizetype length = 0;
    qsizetype piece = begin;
    for (qsizetype i = begin; i <= end; ++i) {
        if (i == end || s[i] == 0x3002 || s[i] == 0xFF0E || s[i] == 0xFF61) {
            length += encodedPieceLength(s, piece, i) + (i < end ? 1 : 0);
            if (length > MAX_DOMAIN_LABEL_LENGTH)
                return length;
            piece = i + 1;
        }
    }
    return length;
}

struct Span
{
    qsizetype start = 0;
    qsizetype end = 0; // exclusive
};

// X's link finder (twitter-text extractUrlsWithIndices) as a single forward scan instead of
// its backtracking expression: same links for the text a composer sees, linear time.
class UrlFinder
{
public:
    explicit UrlFinder(QStringView text)
        : m_s(text.utf16())
        , m_n(text.size())
    {}

    QVarLengthArray<Span, 8> find();

private:
    struct Candidate
    {
        qsizetype start = 0;
        qsizetype domainStart = 0;
        qsizetype domainEnd = 0;
        qsizetype end = 0;
        bool hasScheme = false;
        bool hasPath = false;
        char16_t before = 0; // the character before the link, 0 at the start of the text
    };

    bool matchAt(qsizetype u, Candidate *candidate) const;
    qsizetype schemeLength(qsizetype u) const;
    qsizetype domainEnd(qsizetype start) const;
    qsizetype tldEnd(qsizetype t, qsizetype limit) const;
    qsizetype pathEnd(qsizetype i) const;
    qsizetype balancedParensEnd(qsizetype i) const;
    qsizetype queryEnd(qsizetype i) const;
    qsizetype asciiDomainEnd(qsizetype start, qsizetype limit) const;
    Span nextAsciiDomain(qsizetype from, qsizetype limit) const;
    bool isValidUrl(const Candidate &candidate) const;
    bool isKnownTld(qsizetype start, qsizetype end) const;
    void accept(const Candidate &candidate, QVarLengthArray<Span, 8> *urls) const;

    const char16_t *m_s;
    qsizetype m_n;
    QVarLengthArray<qsizetype, 320> m_labelEnd;       // end of the label-character run at i
    QVarLengthArray<qsizetype, 320> m_nextUnderscore; // first '_' at or after i
    mutable QVarLengthArray<qsizetype, 320> m_tldEnd; // memo of tldEnd(i, m_n)
};

QVarLengthArray<Span, 8> UrlFinder::find()
{
    QVarLengthArray<Span, 8> urls;
    if (std::u16string_view(m_s, size_t(m_n)).find(u'.') == std::u16string_view::npos)
        return urls; // every link has a dot: the common case costs one pass

    m_labelEnd.resize(m_n + 1);
    m_nextUnderscore.resize(m_n + 1);
    m_tldEnd.resize(m_n + 1);
    m_labelEnd[m_n] = m_n;
    m_nextUnderscore[m_n] = m_n;
    m_tldEnd[m_n] = -1;
    for (qsizetype i = m_n - 1; i >= 0; --i) {
        m_labelEnd[i] = isLabelChar(m_s[i]) ? m_labelEnd[i + 1] : i;
        m_nextUnderscore[i] = m_s[i] == u'_' ? i : m_nextUnderscore[i + 1];
        m_tldEnd[i] = NOT_COMPUTED;
    }

    // Leftmost match first; the search resumes after the whole match, even a rejected one.
    qsizetype from = 0;
    while (from < m_n) {
        Candidate candidate;
        bool found = false;
        for (qsizetype s = from; s < m_n && !found; ++s) {
            if (canPrecedeUrl(m_s[s]) && matchAt(s + 1, &candidate)) {
                candidate.before = m_s[s];
                found = true;
            } else if (s == 0 && matchAt(0, &candidate)) {
                found = true;
            }
        }
        if (!found)
            break;
        from = candidate.end;
        accept(candidate, &urls);
    }
    return urls;
}

qsizetype UrlFinder::schemeLength(qsizetype u) const
{
    static constexpr std::u16string_view HTTP = u"http";
    if (m_n - u < 7)
        return 0;
    for (qsizetype k = 0; k < 4; ++k) {
        if (asciiLower(m_s[u + k]) != HTTP[size_t(k)])
            return 0;
    }
    qsizetype i = u + 4;
    if (asciiLower(m_s[i]) == u's')
        ++i;
    if (m_n - i < 3 || m_s[i] != u':' || m_s[i + 1] != u'/' || m_s[i + 2] != u'/')
        return 0;
    return i + 3 - u;
}

bool UrlFinder::matchAt(qsizetype u, Candidate *candidate) const
{
    if (u >= m_n)
        return false;
    Candidate c;
    c.start = u;
    c.domainStart = u + schemeLength(u);
    c.hasScheme = c.domainStart > u;
    c.domainEnd = domainEnd(c.domainStart);
    if (c.domainEnd < 0 && c.hasScheme) {
        c.domainStart = u;
        c.hasScheme = false;
        c.domainEnd = domainEnd(u);
    }
    if (c.domainEnd < 0)
        return false;

    qsizetype i = c.domainEnd;
    if (i + 1 < m_n && m_s[i] == u':' && m_s[i + 1] >= u'0' && m_s[i + 1] <= u'9') {
        i += 2;
        while (i < m_n && m_s[i] >= u'0' && m_s[i] <= u'9')
            ++i;
    }
    if (i < m_n && m_s[i] == u'/') {
        c.hasPath = true;
        i = pathEnd(i + 1);
    }
    if (i < m_n && m_s[i] == u'?')
        i = queryEnd(i);
    c.end = i;
    *candidate = c;
    return true;
}

// Labels separated by dots, the last one before a known top-level domain. The most labels
// that still end in one win, as with X's greedy expression.
qsizetype UrlFinder::domainEnd(qsizetype start) const
{
    QVarLengthArray<Span, 8> labels;
    qsizetype a = start;
    while (labels.size() < MAX_DOMAIN_LABELS && a < m_n && isDomainChar(m_s[a])) {
        const qsizetype e = m_labelEnd[a];
        if (!isDomainChar(m_s[e - 1]) || e >= m_n || m_s[e] != u'.')
            break;
        labels.append({a, e});
        a = e + 1;
    }
    for (qsizetype j = labels.size() - 1; j >= 0; --j) {
        if (m_nextUnderscore[labels[j].start] < labels[j].end)
            continue; // '_' is fine in a subdomain, not in the registered name
        const qsizetype end = tldEnd(labels[j].end + 1, m_n);
        if (end >= 0)
            return end;
    }
    return -1;
}

bool UrlFinder::isKnownTld(qsizetype start, qsizetype end) const
{
    const TldTable &table = tldTable();
    char16_t lower[MAX_TLD_LENGTH];
    if (end - start > std::min(table.maxLength, MAX_TLD_LENGTH))
        return false;
    for (qsizetype k = start; k < end; ++k)
        lower[k - start] = char16_t(QChar::toLower(char32_t(m_s[k])));
    return table.names.contains(std::u16string_view(lower, size_t(end - start)));
}

// End of the top-level domain starting at `t`, or -1. It must not run on into a letter,
// digit, '@', '+' or '-'; `limit` acts as the end of the text.
qsizetype UrlFinder::tldEnd(qsizetype t, qsizetype limit) const
{
    if (t >= limit)
        return -1;
    const bool memo = limit == m_n;
    if (memo && m_tldEnd[t] != NOT_COMPUTED)
        return m_tldEnd[t];

    const auto endsHere = [this, limit](qsizetype e) {
        return e >= limit || !(isAsciiAlnum(m_s[e]) || isOneOf(m_s[e], u"@+-"));
    };
    qsizetype result = -1;
    if (isAsciiAlnum(m_s[t])) {
        const qsizetype cap = std::min(limit, t + tldTable().maxLength + 1);
        qsizetype e = t;
        while (e < cap && isAsciiAlnum(m_s[e]))
            ++e;
        if (endsHere(e) && isKnownTld(t, e)) {
            result = e;
        } else if (limit - t > 4 && asciiLower(m_s[t]) == u'x' && asciiLower(m_s[t + 1]) == u'n' &&
                   m_s[t + 2] == u'-' && m_s[t + 3] == u'-') {
            e = t + 4;
            while (e < limit && (isAsciiAlnum(m_s[e]) || m_s[e] == u'-'))
                ++e;
            result = e > t + 4 ? e : -1;
        }
    } else {
        // Internationalized ones may be followed by more letters of their own script.
        for (qsizetype e = std::min(limit, t + tldTable().maxLength); e > t; --e) {
            if (endsHere(e) && isKnownTld(t, e)) {
                result = e;
                break;
            }
        }
    }
    if (memo)
        m_tldEnd[t] = result;
    return result;
}

qsizetype UrlFinder::balancedParensEnd(qsizetype i) const
{
    // "(name)" or one level deeper, "(a(b)c)": Wikipedia-style paths.
    qsizetype j = i + 1;
    while (j < m_n && isPathChar(m_s[j]))
        ++j;
    if (j < m_n && m_s[j] == u')' && j > i + 1)
        return j + 1;
    if (j >= m_n || m_s[j] != u'(')
        return -1;
    qsizetype k = j + 1;
    while (k < m_n && isPathChar(m_s[k]))
        ++k;
    if (k == j + 1 || k >= m_n || m_s[k] != u')')
        return -1;
    ++k;
    while (k < m_n && isPathChar(m_s[k]))
        ++k;
    return (k < m_n && m_s[k] == u')') ? k + 1 : -1;
}

// `i` is just after the '/'. The path may end right there.
qsizetype UrlFinder::pathEnd(qsizetype i) const
{
    qsizetype end = i;
    while (i < m_n) {
        if (isPathChar(m_s[i])) {
            if (isPathEndChar(m_s[i]))
                end = i + 1;
            ++i;
        } else if (m_s[i] == u'(') {
            const qsizetype close = balancedParensEnd(i);
            if (close < 0)
                break;
            i = close;
            end = close;
        } else {
            break;
        }
    }
    return end;
}

// `i` is on the '?'; without a proper last character the '?' belongs to the sentence.
qsizetype UrlFinder::queryEnd(qsizetype i) const
{
    qsizetype end = i;
    for (qsizetype k = i + 1; k < m_n && isQueryChar(m_s[k]); ++k) {
        if (isQueryEndChar(m_s[k]))
            end = k + 1;
    }
    return end;
}

// An ASCII domain starting at `start` within [start, limit): what a link typed without a
// scheme is cut down to, so "詳細はexample.com" links "example.com".
qsizetype UrlFinder::asciiDomainEnd(qsizetype start, qsizetype limit) const
{
    QVarLengthArray<qsizetype, 8> dots;
    qsizetype a = start;
    while (dots.size() < MAX_DOMAIN_LABELS) {
        qsizetype e = a;
        while (e < limit && isAsciiDomainChar(m_s[e]))
            ++e;
        if (e == a || e >= limit || m_s[e] != u'.')
            break;
        dots.append(e);
        a = e + 1;
    }
    for (qsizetype j = dots.size() - 1; j >= 0; --j) {
        const qsizetype end = tldEnd(dots[j] + 1, limit);
        if (end >= 0)
            return end;
    }
    return -1;
}

// The first ASCII domain in [from, limit), {-1, -1} if there is none.
Span UrlFinder::nextAsciiDomain(qsizetype from, qsizetype limit) const
{
    qsizetype k = from;
    while (k < limit) {
        if (!isAsciiDomainChar(m_s[k])) {
            ++k;
            continue;
        }
        const qsizetype end = asciiDomainEnd(k, limit);
        if (end >= 0)
            return {k, end};
        // A later start in the same run finds the same labels: skip the run.
        while (k < limit && isAsciiDomainChar(m_s[k]))
            ++k;
    }
    return {-1, -1};
}

bool UrlFinder::isValidUrl(const Candidate &c) const
{
    const qsizetype scheme = c.hasScheme ? c.domainStart - c.start : DEFAULT_SCHEME_LENGTH;
    if (scheme + (c.end - c.start) > MAX_URL_LENGTH)
        return false;
    const std::u16string_view domain(m_s + c.domainStart, size_t(c.domainEnd - c.domainStart));
    if (domain.starts_with(u"xn--")) {
        // An encoded name must be ASCII somewhere, not "xn--" in front of raw Unicode.
        if (nextAsciiDomain(c.domainStart, c.domainEnd).start < 0)
            return false;
    }
    qsizetype labelStart = c.domainStart;
    for (qsizetype k = c.domainStart; k <= c.domainEnd; ++k) {
        if (k == c.domainEnd || m_s[k] == u'.') {
            const qsizetype length = encodedLabelLength(m_s, labelStart, k);
            if (length < 1 || length > MAX_DOMAIN_LABEL_LENGTH)
                return false;
            labelStart = k + 1;
        }
    }
    return true;
}

void UrlFinder::accept(const Candidate &c, QVarLengthArray<Span, 8> *urls) const
{
    if (!isValidUrl(c))
        return;
    if (c.hasScheme) {
        // t.co links are already short: only the slug and a query belong to them.
        const std::u16string_view domain(m_s + c.domainStart, size_t(c.domainEnd - c.domainStart));
        if (domain.size() == 4 && asciiLower(domain[0]) == u't' && domain[1] == u'.' &&
            asciiLower(domain[2]) == u'c' && asciiLower(domain[3]) == u'o' && c.domainEnd < m_n &&
            m_s[c.domainEnd] == u'/') {
            qsizetype slugEnd = c.domainEnd + 1;
            while (slugEnd < m_n && isAsciiAlnum(m_s[slugEnd]))
                ++slugEnd;
            const qsizetype slug = slugEnd - c.domainEnd - 1;
            if (slug > MAX_TCO_SLUG_LENGTH)
                return;
            if (slug > 0) {
                const bool query = slugEnd < m_n && m_s[slugEnd] == u'?';
                urls->append({c.start, query ? queryEnd(slugEnd) : slugEnd});
                return;
            }
        }
        urls->append({c.start, c.end});
        return;
    }

    if (isOneOf(c.before, u"-_./"))
        return; // part of a file name or a longer token
    const qsizetype first = urls->size();
    for (Span ascii = nextAsciiDomain(c.domainStart, c.domainEnd); ascii.start >= 0;
         ascii = nextAsciiDomain(ascii.end, c.domainEnd)) {
        urls->append(ascii);
    }
    if (c.hasPath && urls->size() > first)
        urls->last().end = c.end; // the path goes with the last domain
}

// --- Counting -------------------------------------------------------------------------------

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

TextMeasure measureTwitter(const QString &text, const TwitterTextConfig &config)
{
    const QString normalized = text.normalized(QString::NormalizationForm_C);
    const QStringView view(normalized);
    const char16_t *s = view.utf16();
    const qsizetype n = view.size();
    const QVarLengthArray<Span, 8> urls = UrlFinder(view).find();

    const qint64 scale = std::max(1, config.scale);
    const qint64 maxWeight = qint64(config.maxWeightedTweetLength) * scale;
    qint64 weight = 0;
    bool valid = true;
    qsizetype validEnd = 0;
    qsizetype nextUrl = 0;
    for (qsizetype i = 0; i < n; ++i) {
        while (nextUrl < urls.size() && urls[nextUrl].start < i)
            ++nextUrl;
        if (nextUrl < urls.size() && urls[nextUrl].start == i) {
            weight += qint64(config.transformedURLLength) * scale;
            i = urls[nextUrl].end - 1;
            ++nextUrl;
        } else if (const qsizetype emoji = config.emojiParsingEnabled ? emojiLength(s, i, n) : 0;
                   emoji > 0) {
            weight += config.defaultWeight;
            i += emoji - 1;
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

} // namespace CareDesk::Triage
