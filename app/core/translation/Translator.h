#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

namespace CareDesk::Translation {

// A text in another language, and how it got there.
struct Translated
{
    QString text;
    QString from; // ISO 639-1
    QString to;
    QString provider; // "apertium", ...
    QStringList via;  // the languages a chained translation went through ("en"), if any
};

// One machine-translation service. Providers say whether customer text stays on this computer:
// the settings and the audit trail show it.
class Translator
{
public:
    virtual ~Translator() = default;
    virtual QString id() const = 0;
    virtual bool staysOnDevice() const = 0;
    // The directions it can translate, as "from-to" in ISO 639-1 ("es-en").
    virtual QStringList directions() const = 0;
    virtual Core::Result<Translated> translate(const QString &text, const QString &from,
                                               const QString &to) const = 0;
    // False when it surely cannot translate from `from` to `to` (no language pair for it), so
    // that nobody waits for, or retries, what cannot work. A service over the network says so
    // only when asked: true.
    virtual bool mayTranslate(const QString &from, const QString &to) const
    {
        Q_UNUSED(from);
        Q_UNUSED(to);
        return true;
    }
};

} // namespace CareDesk::Translation
