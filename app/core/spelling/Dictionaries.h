#pragma once

#include <QString>
#include <QStringList>

namespace CareDesk::Spelling {

// The hunspell dictionaries on this computer (Debian's hunspell-* packages, Homebrew's, or the
// folder CAREDESK_DICTIONARY_PATH names): each is a pair NAME.aff and NAME.dic, NAME a locale
// such as "en_US", or "fr".
class Dictionaries final
{
public:
    // Looks in CAREDESK_DICTIONARY_PATH (folders separated as PATH is) and the system's places.
    static Dictionaries installed();
    explicit Dictionaries(QStringList folders);

    // Every dictionary found, by name, sorted.
    QStringList names() const;
    // The dictionary for a language ("pt", "pt-BR", "en_GB"): the exact locale if there is one,
    // else the language's usual one (en_US, pt_BR, es_ES, de_DE, fr_FR, it_IT), else the first
    // of that language. Empty when none; the .aff file's path otherwise (the .dic beside it).
    QString affixFileFor(const QString &language) const;

    const QStringList &folders() const { return m_folders; }

private:
    QStringList m_folders;
};

} // namespace CareDesk::Spelling
