// Personal data in a text (triage/PiiScanner.h): every inbound message is scanned, and every
// public reply before it goes. The region comes from the customer's locale.
#include "FuzzSupport.h"

#include <triage/PiiScanner.h>

using namespace CareDesk;
using namespace CareDesk::Triage;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    // The first two bytes: the region's letters ("ES"); the rest: the text (see textOf).
    const QString region = QString::fromLatin1(reinterpret_cast<const char *>(data), 2);
    const QString text = Fuzz::textOf(data + 2, size - 2);
    static const PiiScanner scanner(
        {{QStringLiteral("order-number"), QRegularExpression(QStringLiteral("NW-\\d{6}"))}});
    const QList<PiiFinding> findings = scanner.scan(text, region);
    int previousEnd = 0;
    for (const PiiFinding &finding : findings) {
        Fuzz::check(finding.start >= previousEnd, "findings are sorted and never overlap");
        Fuzz::check(finding.start < finding.end && finding.end <= text.size(),
                    "a finding lies within the text");
        Fuzz::check(finding.match == text.mid(finding.start, finding.end - finding.start),
                    "a finding's offsets mark exactly what was found");
        previousEnd = finding.end;
    }
    return 0;
}
