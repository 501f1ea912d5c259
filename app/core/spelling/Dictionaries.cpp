#include "Dictionaries.h"

#include <QDir>
#include <QFileInfo>

namespace CareDesk::Spelling {

namespace {

// The locale a language is most often written in, where a language has several dictionaries.
QString usualLocale(const QString &language)
{
    static const QHash<QString, QString> usual{{QStringLiteral("en"), QStringLiteral("en_US")},
                                               {QStringLiteral("pt"), QStringLiteral("pt_BR")},
                                               {QStringLiteral("es"), QStringLiteral("es_ES")},
                                               {QStringLiteral("de"), QStringLiteral("de_DE")},
                                               {QStringLiteral("fr"), QStringLiteral("fr_FR")},
                                               {QStringLiteral("it"), QStringLiteral("it_IT")},
                                               {QStringLiteral("nl"), QStringLiteral("nl_NL")},
                                               {QStringLiteral("sv"), QStringLiteral("sv_SE")}};
    return usual.value(language);
}

} // namespace

Dictionaries::Dictionaries(QStringList folders)
    : m_folders(std::move(folders))
{}

Dictionaries Dictionaries::installed()
{
    QStringList folders = qEnvironmentVariable("CAREDESK_DICTIONARY_PATH")
                              .split(QDir::listSeparator(), Qt::SkipEmptyParts);
    folders << QStringLiteral("/usr/share/hunspell") << QStringLiteral("/usr/share/myspell/dicts")
            << QStringLiteral("/usr/local/share/hunspell")
            << QStringLiteral("/opt/homebrew/share/hunspell")
            << QDir::home().filePath(QStringLiteral("Library/Spelling"))
            << QStringLiteral("/Library/Spelling");
    return Dictionaries(folders);
}

QStringList Dictionaries::names() const
{
    QStringList names;
    for (const QString &folder : m_folders) {
        const QDir dir(folder);
        for (const QFileInfo &affix : dir.entryInfoList({QStringLiteral("*.aff")}, QDir::Files)) {
            if (QFileInfo::exists(
                    dir.filePath(affix.completeBaseName() + QStringLiteral(".dic"))) &&
                !names.contains(affix.completeBaseName()))
                names.append(affix.completeBaseName());
        }
    }
    names.sort();
    return names;
}

QString Dictionaries::affixFileFor(const QString &language) const
{
    QString wanted = language;
    wanted.replace(u'-', u'_');
    const QString base = wanted.section(u'_', 0, 0).toLower();
    const QStringList available = names();
    QString chosen;
    if (available.contains(wanted))
        chosen = wanted;
    else if (available.contains(usualLocale(base)))
        chosen = usualLocale(base);
    else if (available.contains(base))
        chosen = base;
    else {
        for (const QString &name : available) {
            if (name.section(u'_', 0, 0).toLower() == base) {
                chosen = name;
                break;
            }
        }
    }
    if (chosen.isEmpty())
        return {};
    for (const QString &folder : m_folders) {
        const QString affix = QDir(folder).filePath(chosen + QStringLiteral(".aff"));
        if (QFileInfo::exists(affix))
            return affix;
    }
    return {};
}

} // namespace CareDesk::Spelling
