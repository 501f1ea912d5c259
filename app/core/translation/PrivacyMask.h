#pragma once

#include "Result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace CareDesk::Triage {
struct PiiFinding;
}

namespace CareDesk::Translation {

// A text with its personal data replaced by placeholders ("{{1}}", "{{2}}") before it goes to
// a translation service that is not on this computer; the result gets the originals back.
class PrivacyMask final
{
public:
    // `findings` are the PII scanner's, sorted by position and not overlapping.
    PrivacyMask(const QString &text, const QList<Triage::PiiFinding> &findings);

    const QString &maskedText() const { return m_masked; }
    int hidden() const { return int(m_placeholders.size()); }
    // The translation with the originals in place of the placeholders; an error when the
    // service dropped one (the translation would silently lose an order number or address).
    Core::Result<QString> restore(const QString &translated) const;

private:
    QString m_masked;
    QList<QPair<QString, QString>> m_placeholders; // placeholder number -> original
};

} // namespace CareDesk::Translation
