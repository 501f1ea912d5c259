// caredesk-cli spell: the words of each text a dictionary does not know, with suggestions.

#include "Commands.h"
#include "JsonLines.h"

#include "spelling/Dictionaries.h"
#include "spelling/SpellChecker.h"
#include "spelling/WorkspaceWords.h"
#include "storage/Database.h"
#include "triage/LanguageDetector.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

#include <iostream>
#include <map>
#include <memory>

namespace CareDesk::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(caredesk_cli)
};

} // namespace

int spell(const QCommandLineParser &parser)
{
    QStringList known;
    QHash<QString, int> teamUsage;
    if (parser.isSet(QStringLiteral("workspace"))) {
        const QString workspace = parser.value(QStringLiteral("workspace"));
        auto db = openExistingWorkspace(workspace);
        if (!db)
            return fail(describe(db.error()));
        auto words = Spelling::workspaceWords(db.value()->connection(), workspace);
        if (!words)
            return fail(describe(words.error()));
        known = words.value();
        auto usage = Spelling::teamReplyWordCounts(db.value()->connection());
        if (!usage)
            return fail(describe(usage.error()));
        teamUsage = usage.value();
    }
    const Spelling::Dictionaries dictionaries = Spelling::Dictionaries::installed();
    const QString fixedLanguage = parser.value(QStringLiteral("lang"));
    const Triage::LanguageDetector detector;
    // One checker a dictionary, opened when a text first needs it.
    std::map<QString, std::unique_ptr<Spelling::SpellChecker>> checkers;
    return processJsonLines(
        std::cin, std::cout, [&](const QJsonObject &in) -> Core::Result<QJsonObject> {
            const QJsonValue text = in.value(QLatin1String("text"));
            if (!text.isString())
                return Core::Error{Tr::tr("the field \"text\" must be a string"), QString()};
            QString language = fixedLanguage;
            if (language.isEmpty()) {
                // The text's own language when it is clear; English otherwise.
                const auto detected = detector.detect(text.toString(), QString(), QString());
                language = detected.reliable ? detected.code : QStringLiteral("en");
            }
            auto &checker = checkers[language];
            if (!checker) {
                auto opened = Spelling::SpellChecker::open(language, dictionaries);
                if (!opened)
                    return opened.error();
                checker = std::move(opened).value();
                checker->addKnownWords(known);
                checker->setTeamUsage(teamUsage);
            }
            QJsonArray issues;
            for (const Spelling::SpellIssue &issue : checker->check(text.toString())) {
                issues.append(QJsonObject{{QStringLiteral("word"), issue.word},
                                          {QStringLiteral("start"), issue.start},
                                          {QStringLiteral("length"), issue.length},
                                          {QStringLiteral("suggestions"),
                                           QJsonArray::fromStringList(issue.suggestions)}});
            }
            return QJsonObject{{QStringLiteral("dictionary"), checker->dictionaryName()},
                               {QStringLiteral("issues"), issues}};
        });
}

} // namespace CareDesk::Cli
