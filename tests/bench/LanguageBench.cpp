// How often language detection is right on real tweets, per language, beside CLD2 alone.
//
//   caredesk-bench-language [--misses] [FILE]   (default: the development tweets in ../shared/data)
//
// --misses also prints each tweet the detector got wrong (label, answer, source, text), to
// see what to tune next.
//
// Each line of FILE is {"text","lang"}. A tweet counts as right when the detector names its
// labelled language; "und" counts as wrong. Hinglish ("hi", Hindi in Latin letters) is
// reported apart: no detector is expected to know it.

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

struct Tally
{
    int total = 0;
    int right = 0;
    int rightCld2 = 0;
    int undecided = 0;
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    const bool showMisses = arguments.removeAll(QStringLiteral("--misses")) > 0;
    const QString path = !arguments.isEmpty()
                             ? arguments.first()
                             : QStringLiteral(CAREDESK_DEV_DATA_DIR "/langid-dev-tweets.jsonl");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s: %s\n", qPrintable(path),
                     qPrintable(file.errorString()));
        return 2;
    }
    struct Sample
    {
        QString text;
        QString lang;
    };
    QList<Sample> samples;
    while (!file.atEnd()) {
        const QJsonObject json = QJsonDocument::fromJson(file.readLine()).object();
        if (json.contains(QLatin1String("text")))
            samples.append({json.value(QLatin1String("text")).toString(),
                            json.value(QLatin1String("lang")).toString()});
    }

    const Triage::LanguageDetector detector;
    std::map<QString, Tally> tallies;
    QElapsedTimer timer;
    timer.start();
    for (const Sample &sample : samples) {
        Tally &tally = tallies[sample.lang];
        ++tally.total;
        const Triage::LanguageResult result = detector.detect(sample.text, QString(), QString());
        tally.right += result.code == sample.lang;
        tally.undecided += !result.isKnown();
    }
    const double detectorSeconds = timer.nsecsElapsed() / 1e9;
    if (showMisses) {
        for (const Sample &sample : samples) {
            const Triage::LanguageResult result =
                detector.detect(sample.text, QString(), QString());
            if (result.code != sample.lang && sample.lang != u"hi")
                std::printf("%s -> %s (%s)\t%s\n", qPrintable(sample.lang), qPrintable(result.code),
                            qPrintable(Triage::toString(result.source)),
                            qPrintable(QString(sample.text).replace(u'\n', u' ')));
        }
    }
    timer.restart();
    for (const Sample &sample : samples)
        tallies[sample.lang].rightCld2 += cld2Alone(sample.text) == sample.lang;
    const double cld2Seconds = timer.nsecsElapsed() / 1e9;

    std::printf("%-6s %7s %9s %9s %9s\n", "lang", "tweets", "CareDesk", "CLD2", "und");
    Tally main;
    for (const auto &[lang, tally] : tallies) {
        std::printf("%-6s %7d %8.1f%% %8.1f%% %8.1f%%\n", qPrintable(lang), tally.total,
                    percent(tally.right, tally.total), percent(tally.rightCld2, tally.total),
                    percent(tally.undecided, tally.total));
        if (lang != u"hi") {
            main.total += tally.total;
            main.right += tally.right;
            main.rightCld2 += tally.rightCld2;
            main.undecided += tally.undecided;
        }
    }
    std::printf("%-6s %7d %8.1f%% %8.1f%% %8.1f%%   (ar de en es fr it pt; target 97%%)\n", "all",
                main.total, percent(main.right, main.total), percent(main.rightCld2, main.total),
                percent(main.undecided, main.total));
    std::printf("speed: CareDesk %.0f texts/s, CLD2 alone %.0f texts/s (one core)\n",
                samples.size() / detectorSeconds, samples.size() / cld2Seconds);
    return 0;
}
