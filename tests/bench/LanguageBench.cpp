// How often language detection is right, and how far its "reliable" can be trusted, beside
// CLD2 alone.
//
//   caredesk-bench-language [--misses] [--two-words FILE] [--tweets FILE]
//
// Two sets, each line {"text","lang"}:
// - two-word texts in 20 languages, held out (default: tests/fixtures/language/two-words.jsonl,
//   built from the Universal Declaration of Human Rights, which the model never saw);
// - tweets (default: the development tweets in ../shared/data; ar de en es fr it pt count,
//   "hi" is Hindi in Latin letters and must come out "hi" or "und", never reliable English).
// An answer counts as right when it names the labelled language; "und" counts as wrong.
// --misses prints every wrong answer (label, answer, reliable, text).

#include "triage/LanguageDetector.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cld2/public/compact_lang_det.h>
#include <cstdio>
#include <map>

using namespace CareDesk;

namespace {

struct Sample
{
    QString text;
    QString lang;
};

struct Tally
{
    int total = 0;
    int right = 0;
    int rightCld2 = 0;
    int reliable = 0;
    int reliableRight = 0;
    std::map<QString, int> answers;
};

QString cld2Alone(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    bool reliable = false;
    const CLD2::Language language =
        CLD2::DetectLanguage(utf8.constData(), static_cast<int>(utf8.size()), true, &reliable);
    return QString::fromLatin1(CLD2::LanguageCode(language));
}

double percent(int part, int whole)
{
    return whole ? 100.0 * part / whole : 0.0;
}

QList<Sample> readSamples(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s: %s\n", qPrintable(path),
                     qPrintable(file.errorString()));
        std::exit(2);
    }
    QList<Sample> samples;
    while (!file.atEnd()) {
        const QJsonObject json = QJsonDocument::fromJson(file.readLine()).object();
        if (json.contains(QLatin1String("text")))
            samples.append({json.value(QLatin1String("text")).toString(),
                            json.value(QLatin1String("lang")).toString()});
    }
    return samples;
}

std::map<QString, Tally> measure(const QList<Sample> &samples, bool showMisses)
{
    const Triage::LanguageDetector detector;
    std::map<QString, Tally> tallies;
    for (const Sample &sample : samples) {
        Tally &tally = tallies[sample.lang];
        const Triage::LanguageResult result = detector.detect(sample.text, QString(), QString());
        const bool right = result.code == sample.lang;
        ++tally.total;
        tally.right += right;
        tally.reliable += result.reliable;
        tally.reliableRight += result.reliable && right;
        tally.rightCld2 += cld2Alone(sample.text) == sample.lang;
        ++tally.answers[result.code];
        if (showMisses && !right)
            std::printf("%s -> %s%s\t%s\n", qPrintable(sample.lang), qPrintable(result.code),
                        result.reliable ? " (reliable)" : "",
                        qPrintable(QString(sample.text).replace(u'\n', u' ')));
    }
    return tallies;
}

// Prints the table and returns the sum over `counted` languages (all when empty).
Tally report(const char *title, const std::map<QString, Tally> &tallies, const QStringList &counted)
{
    std::printf("\n%s\n%-5s %6s %9s %9s %10s %10s  %s\n", title, "lang", "texts", "CareDesk",
                "CLD2", "reliable", "precision", "most often taken for");
    Tally sum;
    for (const auto &[lang, tally] : tallies) {
        QString confusion;
        int worst = 0;
        for (const auto &[answer, count] : tally.answers) {
            if (answer != lang && count > worst) {
                worst = count;
                confusion = QStringLiteral("%1 %2%").arg(answer).arg(percent(count, tally.total), 0,
                                                                     'f', 1);
            }
        }
        std::printf("%-5s %6d %8.1f%% %8.1f%% %9.1f%% %9.1f%%  %s\n", qPrintable(lang), tally.total,
                    percent(tally.right, tally.total), percent(tally.rightCld2, tally.total),
                    percent(tally.reliable, tally.total),
                    percent(tally.reliableRight, tally.reliable), qPrintable(confusion));
        if (!counted.isEmpty() && !counted.contains(lang))
            continue;
        sum.total += tally.total;
        sum.right += tally.right;
        sum.rightCld2 += tally.rightCld2;
        sum.reliable += tally.reliable;
        sum.reliableRight += tally.reliableRight;
    }
    std::printf("%-5s %6d %8.1f%% %8.1f%% %9.1f%% %9.1f%%\n", "all", sum.total,
                percent(sum.right, sum.total), percent(sum.rightCld2, sum.total),
                percent(sum.reliable, sum.total), percent(sum.reliableRight, sum.reliable));
    return sum;
}

// The largest share of one language's texts taken for one other language.
void reportWorstPair(const std::map<QString, Tally> &tallies)
{
    double worst = 0;
    QString pair;
    for (const auto &[lang, tally] : tallies) {
        for (const auto &[answer, count] : tally.answers) {
            if (answer != lang && answer != u"und" && percent(count, tally.total) > worst) {
                worst = percent(count, tally.total);
                pair = lang + QStringLiteral(" taken for ") + answer;
            }
        }
    }
    std::printf("worst confusion: %s, %.1f%% (target: none above 10%%)\n", qPrintable(pair), worst);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    const bool showMisses = arguments.removeAll(QStringLiteral("--misses")) > 0;
    QString twoWordsPath =
        QStringLiteral(CAREDESK_SOURCE_DIR "/tests/fixtures/language/two-words.jsonl");
    QString tweetsPath = QStringLiteral(CAREDESK_DEV_DATA_DIR "/langid-dev-tweets.jsonl");
    for (qsizetype i = 0; i + 1 < arguments.size(); i += 2) {
        if (arguments.at(i) == u"--two-words")
            twoWordsPath = arguments.at(i + 1);
        else if (arguments.at(i) == u"--tweets")
            tweetsPath = arguments.at(i + 1);
    }
    const QList<Sample> twoWords = readSamples(twoWordsPath);
    const QList<Sample> tweets = readSamples(tweetsPath);

    const auto twoWordTallies = measure(twoWords, showMisses);
    const Tally twoWordSum = report("Two-word texts, 20 languages (held out; target 88%, "
                                    "reliable precision 97%)",
                                    twoWordTallies, {});
    Q_UNUSED(twoWordSum);
    reportWorstPair(twoWordTallies);

    const auto tweetTallies = measure(tweets, showMisses);
    report("Tweets (all but hi count; target 98.5%)", tweetTallies,
           {QStringLiteral("ar"), QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("es"),
            QStringLiteral("fr"), QStringLiteral("it"), QStringLiteral("pt")});
    const auto hinglish = tweetTallies.find(QStringLiteral("hi"));
    if (hinglish != tweetTallies.end()) {
        const Triage::LanguageDetector detector;
        int reliableEnglish = 0;
        for (const Sample &sample : tweets) {
            if (sample.lang != u"hi")
                continue;
            const auto result = detector.detect(sample.text, QString(), QString());
            reliableEnglish += result.reliable && result.code == u"en";
        }
        const Tally &tally = hinglish->second;
        const int hiOrUnd = tally.right + (tally.answers.count(QStringLiteral("und"))
                                               ? tally.answers.at(QStringLiteral("und"))
                                               : 0);
        std::printf("Hinglish: %.1f%% hi or und, %.1f%% reliable English (of %d)\n",
                    percent(hiOrUnd, tally.total), percent(reliableEnglish, tally.total),
                    tally.total);
    }

    const Triage::LanguageDetector detector;
    QElapsedTimer timer;
    timer.start();
    int rounds = 0;
    qint64 texts = 0;
    while (timer.elapsed() < 2000) {
        for (const Sample &sample : tweets)
            detector.detect(sample.text, QString(), QString());
        texts += tweets.size();
        ++rounds;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    QFile model(QStringLiteral(":/caredesk/triage/language-model.bin"));
    std::printf("\nspeed: %.0f tweets/s on one core (target 50000); model %.1f MB\n",
                double(texts) / seconds, double(model.size()) / 1e6);
    return 0;
}
