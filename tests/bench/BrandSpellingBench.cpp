// How many words of real brand replies spell-checking flags: plain hunspell (en_US, every
// whitespace-separated token, punctuation around it stripped; and on runs of letters, as its own
// command line splits a text) against CareDesk's composer
// (each reply in its own language when that is clear, handles, links, numbers, sign-offs and
// {variables} skipped, the team dictionary known). What is flagged in a brand's own replies is
// almost never a misspelling, so fewer is better.
//
//   caredesk-bench-brand-spelling --replies FILE [--team-dictionary FILE] [--show N]
//
// FILE: JSON Lines {"text"}, one brand reply a line (e.g. a support account's replies from a
// public customer-support archive; not shipped with CareDesk). The team dictionary is a
// team-dictionary.txt as a lead would keep it: the brand's own names and products.

#include "spelling/Dictionaries.h"
#include "spelling/SpellChecker.h"
#include "spelling/WorkspaceWords.h"
#include "triage/LanguageDetector.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <hunspell/hunspell.hxx>

#include <cstdio>
#include <map>
#include <memory>

using namespace CareDesk;

namespace {

QString option(const QStringList &arguments, const QString &name)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : QString();
}

// Whitespace-separated tokens with the punctuation around them stripped, as a plain checker
// sees a text.
QStringList plainTokens(const QString &text)
{
    static const QRegularExpression edges(QStringLiteral("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$"));
    QStringList tokens;
    for (QString token :
         text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        token.remove(edges);
        if (!token.isEmpty())
            tokens.append(token);
    }
    return tokens;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const QString path = option(arguments, QStringLiteral("--replies"));
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "usage: caredesk-bench-brand-spelling --replies FILE.jsonl "
                             "[--team-dictionary FILE] [--show N]\n");
        return 2;
    }
    QStringList replies;
    while (!file.atEnd()) {
        const QString text = QJsonDocument::fromJson(file.readLine())
                                 .object()
                                 .value(QLatin1String("text"))
                                 .toString();
        if (!text.isEmpty())
            replies.append(text);
    }
    QStringList teamWords;
    if (const QString dictionary = option(arguments, QStringLiteral("--team-dictionary"));
        !dictionary.isEmpty()) {
        auto words = Spelling::teamDictionaryWords(dictionary);
        if (!words) {
            std::fprintf(stderr, "%s\n", qPrintable(words.error().userMessage));
            return 1;
        }
        teamWords = words.value();
    }
    const int show = option(arguments, QStringLiteral("--show")).toInt();

    const Spelling::Dictionaries dictionaries = Spelling::Dictionaries::installed();
    const QString affix = dictionaries.affixFileFor(QStringLiteral("en_US"));
    QString dic = affix;
    dic.replace(dic.size() - 4, 4, QStringLiteral(".dic"));
    Hunspell plain(affix.toLocal8Bit().constData(), dic.toLocal8Bit().constData());

    const Triage::LanguageDetector detector;
    std::map<QString, std::unique_ptr<Spelling::SpellChecker>> checkers;
    std::map<QString, int> flaggedWords;
    qint64 tokens = 0;
    qint64 plainFlagged = 0;
    qint64 letterWords = 0;
    qint64 letterWordsFlagged = 0;
    static const QRegularExpression letters(QStringLiteral("\\p{L}[\\p{L}'’]*"));
    qint64 careDeskFlagged = 0;
    std::map<QString, int> languages;
    for (const QString &reply : std::as_const(replies)) {
        for (const QString &token : plainTokens(reply)) {
            ++tokens;
            plainFlagged += plain.spell(token.toStdString()) ? 0 : 1;
        }
        // hunspell's own command line splits a text into runs of letters.
        for (auto it = letters.globalMatch(reply); it.hasNext();) {
            ++letterWords;
            letterWordsFlagged += plain.spell(it.next().captured().toStdString()) ? 0 : 1;
        }
        // As the composer does: the reply's own language when it is clear.
        const auto detected = detector.detect(reply, QString(), QString());
        const QString language = detected.reliable ? detected.code : QStringLiteral("en");
        auto &checker = checkers[language];
        if (!checker) {
            auto opened = Spelling::SpellChecker::open(language, dictionaries);
            if (!opened)
                opened = Spelling::SpellChecker::open(QStringLiteral("en"), dictionaries);
            checker = std::move(opened).value();
            checker->addKnownWords(teamWords);
        }
        ++languages[checker->dictionaryName()];
        for (const Spelling::SpellIssue &issue : checker->check(reply, false)) {
            ++careDeskFlagged;
            ++flaggedWords[issue.word];
        }
    }
    std::printf("brand replies: %lld from %s, %lld tokens; team dictionary %lld words\n",
                qlonglong(replies.size()), qPrintable(path), tokens, qlonglong(teamWords.size()));
    std::printf("  plain hunspell en_US flags %.2f%% of tokens (%lld)\n",
                100.0 * double(plainFlagged) / double(tokens), plainFlagged);
    std::printf(
        "  plain hunspell en_US on runs of letters (as `hunspell -l` splits): %.2f%% of %lld "
        "words (%lld)\n",
        100.0 * double(letterWordsFlagged) / double(letterWords), letterWords, letterWordsFlagged);
    std::printf("  CareDesk flags %.2f%% of tokens (%lld)\n",
                100.0 * double(careDeskFlagged) / double(tokens), careDeskFlagged);
    std::printf("  dictionaries used:");
    for (const auto &[name, count] : languages)
        std::printf(" %s %d", qPrintable(name), count);
    std::printf("\n");
    std::vector<std::pair<int, QString>> common;
    for (const auto &[word, count] : flaggedWords)
        common.emplace_back(count, word);
    std::sort(common.rbegin(), common.rend());
    for (int i = 0; i < std::min<int>(show, int(common.size())); ++i)
        std::printf("  %5d %s\n", common[size_t(i)].first, qPrintable(common[size_t(i)].second));
    return 0;
}
