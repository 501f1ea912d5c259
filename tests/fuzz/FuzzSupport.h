// What the fuzz targets share: the input as Qt types, and checks of what a parser promises.
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace CareDesk::Fuzz {

// The input as a byte array of its own: the parsers receive their bytes that way, and it ends
// in a NUL like every QByteArray does.
inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// Text as an agent's editor holds it may be any UTF-16, lone surrogates included. An input
// whose first byte is odd is that: UTF-16 (little-endian) after the first byte; otherwise it
// is UTF-8 after the first byte, so that seeds and dictionaries stay readable.
inline QString textOf(const uint8_t *data, size_t size)
{
    if (size == 0)
        return {};
    const QByteArray rest = bytesOf(data + 1, size - 1);
    if ((data[0] & 1) == 0)
        return QString::fromUtf8(rest);
    QString text(rest.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i)
        text[i] = QChar(static_cast<char16_t>(static_cast<uint8_t>(rest[2 * i]) |
                                              static_cast<uint8_t>(rest[2 * i + 1]) << 8));
    return text;
}

// A promise the parser's header makes; a broken one counts as a crash, so libFuzzer keeps the
// input.
inline void check(bool holds, const char *promise)
{
    if (!holds) {
        std::fprintf(stderr, "broken promise: %s\n", promise);
        std::abort();
    }
}

} // namespace CareDesk::Fuzz
