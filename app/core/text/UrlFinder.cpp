#include "UrlFinder.h"

#include "CharacterClasses.h"
#include "Punycode.h"
#include "TopLevelDomains.h"

#include <algorithm>
#include <string_view>

namespace CareDesk::Text {

namespace {

// Link rules X applies beyond its config files.
constexpr qsizetype MAX_URL_LENGTH = 4096;     // scheme counted as twitter-text does
constexpr qsizetype DEFAULT_SCHEME_LENGTH = 8; // "https://", for links typed without one
constexpr qsizetype MAX_TCO_SLUG_LENGTH = 40;
constexpr qsizetype MAX_DOMAIN_LABELS = 127; // DNS depth; also bounds the work per start
constexpr qsizetype MAX_TLD_LENGTH = 32;
constexpr qsizetype NOT_COMPUTED = -2;

// Where the text [pattern, pattern + length) of `s` first occurs in [from, limit), which holds
// it. Knuth-Morris-Pratt: linear, even on texts made to be slow.
qsizetype firstOccurrence(const char16_t *s, qsizetype from, qsizetype limit, qsizetype pattern,
                          qsizetype length)
{
    QVarLengthArray<qsizetype, 64> border(length);
    border[0] = 0;
    for (qsizetype k = 1, b = 0; k < length; ++k) {
        while (b > 0 && s[pattern + k] != s[pattern + b])
            b = border[b - 1];
        if (s[pattern + k] == s[pattern + b])
            ++b;
        border[k] = b;
    }
    for (qsizetype i = from, matched = 0; i < limit; ++i) {
        while (matched > 0 && s[i] != s[pattern + matched])
            matched = border[matched - 1];
        if (s[i] == s[pattern + matched])
            ++matched;
        if (matched == length)
            return i + 1 - length;
    }
    return pattern;
}

} // namespace

QVarLengthArray<UrlFinder::Span, 8> UrlFinder::find()
{
    QVarLengthArray<Span, 8> urls;
    if (std::u16string_view(m_s, size_t(m_n)).find(u'.') == std::u16string_view::npos)
        return urls; // every link has a dot: the common case costs one pass

    m_maxTldLength = TopLevelDomains::maxLength();

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
    // The longest listed name that ends here wins, as in the library's expression: its lists
    // never put a name before a longer one that it begins. Names in other scripts may run on
    // into more letters of their own; "vermögensberater" mixes both.
    qsizetype result = -1;
    char16_t key[MAX_TLD_LENGTH];
    const qsizetype most = std::min({limit - t, m_maxTldLength, MAX_TLD_LENGTH});
    qsizetype longest = 0; // no name goes past a character that none of them has
    for (; longest < most; ++longest) {
        key[longest] = caseKey(m_s[t + longest]);
        if (!TopLevelDomains::mayContain(key[longest]))
            break;
    }
    for (qsizetype length = longest; length > 0 && result < 0; --length) {
        if (endsHere(t + length) &&
            TopLevelDomains::contains(std::u16string_view(key, size_t(length))))
            result = t + length;
    }
    if (result < 0 && limit - t > 4 && asciiLower(m_s[t]) == u'x' &&
        asciiLower(m_s[t + 1]) == u'n' && m_s[t + 2] == u'-' && m_s[t + 3] == u'-') {
        qsizetype e = t + 4;
        while (e < limit && (isAsciiAlnum(m_s[e]) || m_s[e] == u'-'))
            ++e;
        result = e > t + 4 ? e : -1;
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

// `i` is just after the '/'; the path may end right there. In the library's expression a path
// ending character and a parenthesised part are alternatives of one repeated group: the path
// runs to the last ending character outside parentheses, then takes the parenthesised parts
// right after it ("/a(b)" but only "/" of "/!(b)").
qsizetype UrlFinder::pathEnd(qsizetype i) const
{
    qsizetype end = i;
    for (qsizetype k = i; k < m_n;) {
        if (isPathChar(m_s[k])) {
            if (isPathEndChar(m_s[k]))
                end = k + 1;
            ++k;
        } else if (const qsizetype close = m_s[k] == u'(' ? balancedParensEnd(k) : -1; close >= 0) {
            k = close;
        } else {
            break;
        }
    }
    while (end < m_n && m_s[end] == u'(') {
        const qsizetype close = balancedParensEnd(end);
        if (close < 0)
            break;
        end = close;
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
UrlFinder::Span UrlFinder::nextAsciiDomain(qsizetype from, qsizetype limit) const
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
            if (length < 1 || length > MAX_DNS_LABEL_LENGTH)
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
                const qsizetype end = query ? queryEnd(slugEnd) : slugEnd;
                urls->append({c.start, end, end});
                return;
            }
        }
        urls->append({c.start, c.end, c.end});
        return;
    }

    if (isOneOf(c.before, u"-_./"))
        return; // part of a file name or a longer token
    const qsizetype first = urls->size();
    qsizetype searchFrom = c.domainStart;
    for (Span ascii = nextAsciiDomain(c.domainStart, c.domainEnd); ascii.start >= 0;
         ascii = nextAsciiDomain(ascii.end, c.domainEnd)) {
        // Placed where its text first occurs in the rest of the domain, as the library places
        // it, even when that is an earlier part of a longer label: "co.ukwww.…co.uk".
        const qsizetype length = ascii.end - ascii.start;
        const qsizetype at = firstOccurrence(m_s, searchFrom, ascii.end, ascii.start, length);
        urls->append({at, at + length, at + length});
        searchFrom = at + length;
    }
    if (c.hasPath && urls->size() > first) {
        // The path goes with the last domain, and what follows the domain with its text.
        urls->last().countedEnd = urls->last().end + (c.end - c.domainEnd);
        urls->last().end = c.end;
    }
}

} // namespace CareDesk::Text
