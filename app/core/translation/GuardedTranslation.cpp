#include "GuardedTranslation.h"

#include "PrivacyMask.h"
#include "triage/PiiScanner.h"

#include <QRegularExpression>

#include <algorithm>

namespace CareDesk::Translation {

namespace {

// What must come back exactly as written: personal data (only for a service off this computer)
// and {variables}, by position, without overlaps.
QList<Triage::PiiFinding> keptSpans(const QString &text, const QList<Triage::PiiFinding> &personal,
                                    Variables variables)
{
    QList<Triage::PiiFinding> spans = personal;
    if (variables == Variables::Keep) {
        static const QRegularExpression variable(QStringLiteral("\\{[^{}\\s]{1,64}\\}"));
        for (auto it = variable.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            spans.append({QStringLiteral("variable"), int(match.capturedStart()),
                          int(match.capturedEnd()), match.captured()});
        }
    }
    std::sort(spans.begin(), spans.end(),
              [](const auto &a, const auto &b) { return a.start < b.start; });
    QList<Triage::PiiFinding> separate;
    for (const Triage::PiiFinding &span : std::as_const(spans)) {
        if (separate.isEmpty() || span.start >= separate.last().end)
            separate.append(span);
    }
    return separate;
}

} // namespace

GuardedResult translateGuarded(const Translator &translator, const Triage::PiiScanner &scanner,
                               const QStringList &regions, const QString &text, const QString &from,
                               const QString &to, Variables variables)
{
    GuardedResult guarded;
    const QList<Triage::PiiFinding> personal =
        translator.staysOnDevice() ? QList<Triage::PiiFinding>{} : scanner.scan(text, regions);
    const PrivacyMask mask(text, keptSpans(text, personal, variables));
    guarded.characters = int(mask.maskedText().size());
    guarded.hidden = int(personal.size());
    auto translated = translator.translate(mask.maskedText(), from, to);
    if (!translated) {
        guarded.result = translated.error();
        return guarded;
    }
    auto restored = mask.restore(translated.value().text);
    if (!restored) {
        guarded.result = restored.error();
        return guarded;
    }
    translated.value().text = restored.value();
    guarded.result = translated;
    return guarded;
}

} // namespace CareDesk::Translation
