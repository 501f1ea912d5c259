#pragma once

#include <QtGlobal>

namespace CareDesk::Text {

// DNS allows 63 characters per label, counted after punycode.
inline constexpr qsizetype MAX_DNS_LABEL_LENGTH = 63;

// Length of the domain label [begin, end) of `s` as DNS sees it: each printable ASCII piece as
// it is, any other "xn--" and its punycode (RFC 3492). IDNA also splits at ideographic full
// stops, which are label characters to the link finder: a Japanese sentence running into a
// domain is one label. Stops counting once over MAX_DNS_LABEL_LENGTH.
qsizetype encodedLabelLength(const char16_t *s, qsizetype begin, qsizetype end);

} // namespace CareDesk::Text
