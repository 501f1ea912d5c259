#pragma once

#include <QByteArrayView>

namespace CareDesk::Security {

// Whether a secret someone presents (a token, a signature, an OAuth state) is the one expected,
// compared in time that does not depend on where they differ, nor on their lengths, so that an
// attacker cannot guess it byte by byte by timing the answers. An empty `expected` matches
// nothing: a secret that was never set opens nothing.
bool sameSecret(QByteArrayView given, QByteArrayView expected);

} // namespace CareDesk::Security
