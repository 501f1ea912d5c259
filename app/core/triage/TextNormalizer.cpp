#include "TextNormalizer.h"

namespace CareDesk::Triage {

namespace {

bool isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) ||
           (c >= 0xF900 && c <= 0xFAFF);
}

bool isAsciiWordCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
           u == u'_';
}

bool isAsciiSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || (u >= u'\t' && u <= u'\r');
}

// How long the link prefix at `at` is (http://, https://, www., any case), or 0.
qsizetype linkPrefixLength(QStringView text, qsizetype at)
{
    for (const QLatin1StringView prefix :
         {QLatin1StringView("http://"), QLatin1StringView("https://"), QLatin1StringView("www.")}) {
        if (text.sliced(at).startsWith(prefix, Qt::CaseInsensitive))
            return prefix.size();
    }
    return 0;
}

} // namespace

char32_t codePointAt(const QString &text, qsizetype at)
{
    const char16_t high = text.at(at).unicode();
    if (QChar::isHighSurrogate(high) && at + 1 < text.size() &&
        QChar::isLowSurrogate(text.at(at + 1).unicode()))
        return QChar::surrogateToUcs4(high, text.at(at + 1).unicode());
    return high;
}

char32_t codePointBefore(const QString &text, qsizetype at)
{
    const char16_t low = text.at(at - 1).unicode();
    if (QChar::isLowSurrogate(low) && at >= 2 && QChar::isHighSurrogate(text.at(at - 2).unicode()))
        return QChar::surrogateToUcs4(text.at(at - 2).unicode(), low);
    return low;
}

namespace {

struct Span
{
    qsizetype start = -1; // -1: nothing here
    qsizetype end = -1;
};

// The text with each span replaced: `spanAt(at)` tells whether a span starts at or just after
// `at`. Spans do not overlap; the search goes on after each one. A text with none is shared,
// not copied.
template<typename SpanAt>
QString replaceSpans(const QString &text, QStringView replacement, SpanAt spanAt)
{
    QString result;
    qsizetype copied = 0;
    bool replaced = false;
    for (qsizetype at = 0; at < text.size(); ++at) {
        const Span span = spanAt(at);
        if (span.start < 0)
            continue;
        result += QStringView(text).sliced(copied, span.start - copied);
        result += replacement;
        copied = span.end;
        replaced = true;
        at = span.end - 1;
    }
    if (!replaced)
        return text;
    result += QStringView(text).sliced(copied);
    return result;
}

} // namespace

QString replaceLinks(const QString &text, QStringView replacement)
{
    return replaceSpans(text, replacement, [&text](qsizetype at) {
        const char16_t first = text.at(at).unicode() | 0x20;
        if ((first != u'h' && first != u'w') || (at > 0 && isAsciiWordCharacter(text.at(at - 1))))
            return Span{};
        const qsizetype prefix = linkPrefixLength(text, at);
        if (!prefix)
            return Span{};
        qsizetype end = at + prefix;
        while (end < text.size() && !isAsciiSpace(text.at(end)))
            ++end;
        return Span{at, end};
    });
}

QString replaceMentions(const QString &text, QStringView marks, QStringView replacement)
{
    return replaceSpans(text, replacement, [&text, marks](qsizetype at) {
        qsizetype mark = -1;
        if (at == 0 && marks.contains(text.at(0)))
            mark = 0;
        else if (text.at(at).isSpace() && at + 1 < text.size() && marks.contains(text.at(at + 1)))
            mark = at + 1;
        if (mark < 0)
            return Span{};
        qsizetype end = mark + 1;
        while (end < text.size()) {
            const char32_t c = codePointAt(text, end);
            if (!QChar::isLetterOrNumber(c) && c != U'_')
                break;
            end += QChar::requiresSurrogates(c) ? 2 : 1;
        }
        if (end == mark + 1)
            return Span{}; // a lone mark
        return Span{mark, end};
    });
}

QString normalizeForMatching(const QString &text)
{
    const QString cleaned = replaceMentions(replaceLinks(text, u" "), u"@", u" ");
    const QString decomposed = cleaned.normalized(QString::NormalizationForm_KD);
    // Written in place, and plain ASCII without a lookup: this runs for every ingested text.
    QString result(decomposed.size(), Qt::Uninitialized);
    QChar *out = result.data();
    for (const QChar c : decomposed) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            *out++ = QChar(u >= u'A' && u <= u'Z' ? u + 32 : u);
        else if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accent of "é", not the letter
        else if (u == 0x2019 || u == 0x2018)
            *out++ = QLatin1Char('\'');
        else
            *out++ = c.toLower();
    }
    result.truncate(out - result.constData());
    return result;
}

QStringList tokenize(const QString &normalizedText)
{
    QStringList tokens;
    QString word;
    char32_t previousCjk = 0;
    const auto flush = [&] {
        if (word.size() >= 2)
            tokens.append(word);
        word.clear();
    };
    for (const char32_t c : normalizedText.toUcs4()) {
        if (isCjk(c)) {
            flush();
            if (previousCjk)
                tokens.append(QString::fromUcs4(&previousCjk, 1) + QString::fromUcs4(&c, 1));
            previousCjk = c;
            continue;
        }
        previousCjk = 0;
        if (QChar::isLetterOrNumber(c) || c == U'\'')
            word.append(QString::fromUcs4(&c, 1));
        else
            flush();
    }
    flush();
    return tokens;
}

} // namespace CareDesk::Triage
