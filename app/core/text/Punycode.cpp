#include "Punycode.h"

#include "CharacterClasses.h"

#include <QVarLengthArray>

namespace CareDesk::Text {

namespace {

// RFC 3492 parameters.
constexpr quint64 PUNY_BASE = 36;
constexpr quint64 PUNY_TMIN = 1;
constexpr quint64 PUNY_TMAX = 26;
constexpr quint64 PUNY_SKEW = 38;
constexpr quint64 PUNY_DAMP = 700;
constexpr quint64 PUNY_INITIAL_BIAS = 72;
constexpr char32_t PUNY_INITIAL_N = 0x80;
constexpr qsizetype ACE_PREFIX_LENGTH = 4; // "xn--"

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
        if (points.size() + prefix > MAX_DNS_LABEL_LENGTH)
            return MAX_DNS_LABEL_LENGTH + 1;
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
        if (length > MAX_DNS_LABEL_LENGTH)
            return length;
        ++delta;
        ++current;
    }
    return length;
}

} // namespace

qsizetype encodedLabelLength(const char16_t *s, qsizetype begin, qsizetype end)
{
    qsizetype length = 0;
    qsizetype piece = begin;
    for (qsizetype i = begin; i <= end; ++i) {
        if (i == end || s[i] == 0x3002 || s[i] == 0xFF0E || s[i] == 0xFF61) {
            length += encodedPieceLength(s, piece, i) + (i < end ? 1 : 0);
            if (length > MAX_DNS_LABEL_LENGTH)
                return length;
            piece = i + 1;
        }
    }
    return length;
}

} // namespace CareDesk::Text
