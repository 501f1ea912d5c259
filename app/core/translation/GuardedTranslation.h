#pragma once

#include "Translator.h"

namespace CareDesk::Triage {
class PiiScanner;
}

namespace CareDesk::Translation {

// One translation as the workspace makes it, with what the audit trail records of it.
struct GuardedResult
{
    Core::Result<Translated> result = Core::Error{};
    int characters = 0; // sent to the service
    int hidden = 0;     // personal data replaced by placeholders
};

enum class Variables { Translate, Keep };

// Translates `text`; when the translator is not on this computer, the personal data `scanner`
// finds (phone numbers read as from `regions`) is replaced by placeholders first and restored
// in the result. With Variables::Keep, a canned response's {variables} come through as written.
GuardedResult translateGuarded(const Translator &translator, const Triage::PiiScanner &scanner,
                               const QStringList &regions, const QString &text, const QString &from,
                               const QString &to, Variables variables = Variables::Translate);

} // namespace CareDesk::Translation
