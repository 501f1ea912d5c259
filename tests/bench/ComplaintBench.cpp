// How well triage finds complaints once it has learned from labelled examples, as a team does
// with `caredesk-cli learn`: 5-fold cross-validation, F1 of the complaint category.
//
//   caredesk-bench-complaints [--positive CATEGORY] [--misses] [FILE]
//
// Each line of FILE is {"text","category"} (default: tests/fixtures/complaints/
// amazon-yelp-sentences.jsonl, review sentences labelled complaint / other). For each fold the
// classifier learns from the other four and triage answers the fold; the answer counts as a
// complaint when triage's category is CATEGORY (default "complaint").

#include "triage/CategoryRules.h"
#include "triage/ClassifierFeatures.h"
#include "triage/NaiveBayes.h"
#include "triage/TriageEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace CareDesk;

namespace {

struct Sample
{
    QString text;
    QString category;
};

struct Counts
{
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    int right = 0;
    int total = 0;

    double precision() const
    {
        return truePositives + falsePositives
                   ? double(truePositives) / (truePositives + falsePositives)
                   : 0.0;
    }
    double recall() const
    {
        return truePositives + falseNegatives
                   ? double(truePositives) / (truePositives + falseNegatives)
                   : 0.0;
    }
    double f1() const
    {
        const double p = precision();
        const double r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
};

constexpr int FOLDS = 5;
constexpr unsigned SHUFFLE_SEED = 20;

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    const bool showMisses = arguments.removeAll(QStringLiteral("--misses")) > 0;
    QString positive = QStringLiteral("complaint");
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--positive"));
        at >= 0 && at + 1 < arguments.size()) {
        positive = arguments.at(at + 1);
        arguments.remove(at, 2);
    }
    const QString path =
        !arguments.isEmpty()
            ? arguments.first()
            : QStringLiteral(CAREDESK_SOURCE_DIR
                             "/tests/fixtures/complaints/amazon-yelp-sentences.jsonl");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s: %s\n", qPrintable(path),
                     qPrintable(file.errorString()));
        return 2;
    }
    QList<Sample> samples;
    while (!file.atEnd()) {
        const QJsonObject json = QJsonDocument::fromJson(file.readLine()).object();
        if (json.contains(QLatin1String("text")))
            samples.append({json.value(QLatin1String("text")).toString(),
                            json.value(QLatin1String("category")).toString()});
    }
    std::mt19937 random(SHUFFLE_SEED);
    std::shuffle(samples.begin(), samples.end(), random);

    Counts all;
    QElapsedTimer timer;
    timer.start();
    std::printf("fold  texts  precision  recall     F1\n");
    for (int fold = 0; fold < FOLDS; ++fold) {
        Triage::NaiveBayes classifier;
        for (qsizetype i = 0; i < samples.size(); ++i) {
            if (i % FOLDS != fold)
                classifier.addDocument(samples[i].category,
                                       Triage::classifierFeatures(samples[i].text));
        }
        const Triage::TriageEngine engine(Triage::CategoryRules::builtIn(), &classifier);
        Counts counts;
        for (qsizetype i = fold; i < samples.size(); i += FOLDS) {
            Triage::TriageInput input;
            input.text = samples[i].text;
            const Triage::TriageResult result = engine.triage(input);
            const bool said = result.category == positive;
            const bool is = samples[i].category == positive;
            counts.truePositives += said && is;
            counts.falsePositives += said && !is;
            counts.falseNegatives += !said && is;
            counts.right += result.category == samples[i].category;
            ++counts.total;
            if (showMisses && said != is)
                std::printf("%s -> %s (%s)\t%s\n", qPrintable(samples[i].category),
                            qPrintable(result.category), qPrintable(result.categorySource),
                            qPrintable(samples[i].text));
        }
        std::printf("%4d %6d %9.3f %7.3f %6.3f\n", fold + 1, counts.total, counts.precision(),
                    counts.recall(), counts.f1());
        all.truePositives += counts.truePositives;
        all.falsePositives += counts.falsePositives;
        all.falseNegatives += counts.falseNegatives;
        all.right += counts.right;
        all.total += counts.total;
    }
    std::printf("all  %6d %9.3f %7.3f %6.3f   (\"%s\"; target F1 0.80); every category right "
                "%.1f%%\n",
                all.total, all.precision(), all.recall(), all.f1(), qPrintable(positive),
                100.0 * all.right / std::max(1, all.total));
    std::printf("%.0f ms for %d folds of learning and triage\n", timer.nsecsElapsed() / 1e6, FOLDS);
    return 0;
}
