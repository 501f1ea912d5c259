#include "WorkspaceWords.h"

#include "SpellChecker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace CareDesk::Spelling {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Spelling::WorkspaceWords)
};

// "Ana María O'Neill" -> Ana, María, O'Neill.
QStringList wordsOfName(const QString &name)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{M}'\u2019]+"));
    return name.split(separators, Qt::SkipEmptyParts);
}

} // namespace

QString teamDictionaryPath(const QString &workspaceDirectory)
{
    return QDir(workspaceDirectory).absoluteFilePath(QStringLiteral("team-dictionary.txt"));
}

Core::Result<QStringList> teamDictionaryWords(const QString &path)
{
    QStringList words;
    QFile team(path);
    if (!team.exists())
        return words;
    if (!team.open(QIODevice::ReadOnly))
        return Core::Error{Tr::tr("The team dictionary could not be read."), team.errorString()};
    for (const QByteArray &line : team.readAll().split('\n'))
        words += wordsOfName(QString::fromUtf8(line).section(u'#', 0, 0).trimmed());
    return words;
}

Core::Result<QStringList> workspaceWords(const QSqlDatabase &db, const QString &workspaceDirectory)
{
    QStringList words;
    QSqlQuery query(db);
    for (const char *sql :
         {"SELECT display_name FROM customers",
          "SELECT display_name FROM identities UNION SELECT handle FROM identities",
          "SELECT name FROM channels"}) {
        if (!query.exec(QString::fromLatin1(sql)))
            return Core::Error{Tr::tr("The workspace's names could not be read."),
                               query.lastError().text()};
        while (query.next())
            words += wordsOfName(query.value(0).toString());
    }
    auto team = teamDictionaryWords(teamDictionaryPath(workspaceDirectory));
    if (!team)
        return team.error();
    words += team.value();
    words.removeDuplicates();
    return words;
}

Core::Result<void> writeTeamDictionary(const QString &path, const QStringList &words)
{
    QSaveFile file(path);
    QByteArray text =
        QByteArrayLiteral("# The team dictionary, kept by the team server: leads add to it "
                          "from CareDesk.\n# This copy is replaced at each sign-in.\n");
    for (const QString &word : words)
        text += word.toUtf8() + '\n';
    if (!file.open(QIODevice::WriteOnly) || file.write(text) < 0 || !file.commit())
        return Core::Error{Tr::tr("The team dictionary could not be saved."), file.errorString()};
    return {};
}

Core::Result<QHash<QString, int>> teamReplyWordCounts(const QSqlDatabase &db, int replies)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT text FROM messages WHERE direction = 'out'"
                                 " ORDER BY id DESC LIMIT ?"));
    query.addBindValue(replies);
    if (!query.exec())
        return Core::Error{Tr::tr("The team's replies could not be read."),
                           query.lastError().text()};
    QHash<QString, int> counts;
    while (query.next()) {
        const QString text = query.value(0).toString();
        for (const WordSpan &span : SpellChecker::wordsToCheck(text))
            ++counts[text.mid(span.start, span.length).toLower()];
    }
    return counts;
}

} // namespace CareDesk::Spelling
