#pragma once

#include "Translator.h"

#include <QHash>

namespace CareDesk::Translation {

// Apertium, the rule-based translator that runs on this computer (Debian's `apertium` and its
// language pairs, e.g. `apertium-eng-spa`): no customer text leaves the machine. The pairs are
// the ones installed; where there is no direct pair, two are chained through a language both
// have (usually English or Spanish), and the result says so.
class ApertiumTranslator final : public Translator
{
public:
    // Asks the `apertium` program (on PATH, or `program`) which directions it has.
    explicit ApertiumTranslator(QString program = QStringLiteral("apertium"));

    QString id() const override { return QStringLiteral("apertium"); }
    bool staysOnDevice() const override { return true; }
    QStringList directions() const override;
    Core::Result<Translated> translate(const QString &text, const QString &from,
                                       const QString &to) const override;
    bool mayTranslate(const QString &from, const QString &to) const override;

    // Why there are no directions (Apertium missing), or empty.
    const QString &problem() const { return m_problem; }

    static constexpr int TIMEOUT_MS = 30000;

private:
    // The language to chain two pairs through from `from` to `to`; null when there is none.
    QString middleFor(const QString &from, const QString &to) const;
    Core::Result<QString> run(const QString &mode, const QString &text) const;

    QString m_program;
    QHash<QString, QString> m_modes; // "es-en" -> Apertium's mode name ("spa-eng")
    QString m_problem;
};

} // namespace CareDesk::Translation
