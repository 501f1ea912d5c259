// twitter-text's own conformance cases (tests/fixtures/twitter-text/, converted from its YAML
// files): every case about a post's length, its validity or the links in it.
#include "support/TestSupport.h"
#include "text/PlatformLength.h"
#include "text/UrlFinder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace CareDesk::Text;
using CareDesk::Testing::readFile;

namespace {

QString sharedFile(const QString &name)
{
    return QStringLiteral(CAREDESK_SOURCE_DIR "/tests/fixtures/twitter-text/") + name;
}

QJsonObject readJsonObject(const QString &path)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(readFile(path), &error);
    INFO(path.toStdString() << ": " << error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

QJsonArray conformanceGroup(const QString &file, const QString &group)
{
    const QJsonObject tests =
        readJsonObject(sharedFile(file)).value(QLatin1String("tests")).toObject();
    INFO(file.toStdString() << " has no group " << group.toStdString());
    REQUIRE(tests.contains(group));
    return tests.value(group).toArray();
}

// Reads a twitter-text config file on its own terms, so the built-in configs cannot drift
// from X's published ones unnoticed.
TwitterTextConfig readConfig(const QString &name)
{
    const QJsonObject json = readJsonObject(sharedFile(name));
    const QSet<QString> known = {QStringLiteral("version"),
                                 QStringLiteral("maxWeightedTweetLength"),
                                 QStringLiteral("scale"),
                                 QStringLiteral("defaultWeight"),
                                 QStringLiteral("emojiParsingEnabled"),
                                 QStringLiteral("transformedURLLength"),
                                 QStringLiteral("ranges")};
    for (const QString &key : json.keys()) {
        INFO("a setting this product does not know: " << key.toStdString());
        CHECK(known.contains(key));
    }
    TwitterTextConfig config;
    config.version = json.value(QLatin1String("version")).toInt(-1);
    config.maxWeightedTweetLength = json.value(QLatin1String("maxWeightedTweetLength")).toInt(-1);
    config.scale = json.value(QLatin1String("scale")).toInt(-1);
    config.defaultWeight = json.value(QLatin1String("defaultWeight")).toInt(-1);
    config.emojiParsingEnabled = json.value(QLatin1String("emojiParsingEnabled")).toBool(false);
    config.transformedURLLength = json.value(QLatin1String("transformedURLLength")).toInt(-1);
    const QJsonArray ranges = json.value(QLatin1String("ranges")).toArray();
    for (const QJsonValue &value : ranges) {
        const QJsonObject range = value.toObject();
        config.ranges.append({char32_t(range.value(QLatin1String("start")).toInt(-1)),
                              char32_t(range.value(QLatin1String("end")).toInt(-1)),
                              range.value(QLatin1String("weight")).toInt(-1)});
    }
    return config;
}

// Runs one weighted-length group of validate.yml and returns how many cases ran.
int runWeightedGroup(const QString &group, const TwitterTextConfig &config)
{
    const QJsonArray cases = conformanceGroup(QStringLiteral("validate.json"), group);
    for (const QJsonValue &value : cases) {
        const QJsonObject testCase = value.toObject();
        const QString text = testCase.value(QLatin1String("text")).toString();
        const QJsonObject expected = testCase.value(QLatin1String("expected")).toObject();
        const auto field = [&expected](const char *name) {
            return expected.value(QLatin1String(name)).toInt(-1);
        };
        const QString description = testCase.value(QLatin1String("description")).toString();
        INFO(group.toStdString() << ": " << description.toStdString());

        const TextMeasure measure = measureTwitter(text, config);
        CHECK(measure.weightedLength == field("weightedLength"));
        CHECK(measure.valid == expected.value(QLatin1String("valid")).toBool());
        CHECK(measure.permillage == field("permillage"));
        CHECK(measure.displayRangeStart == field("displayRangeStart"));
        CHECK(measure.displayRangeEnd == field("displayRangeEnd"));
        CHECK(measure.validRangeStart == field("validRangeStart"));
        CHECK(measure.validRangeEnd == field("validRangeEnd"));
        CHECK(measure.limit == config.maxWeightedTweetLength);
    }
    return int(cases.size());
}

struct FoundLink
{
    QString text;
    qsizetype start = 0;
    qsizetype end = 0;
};

QList<FoundLink> linksIn(const QString &text)
{
    QList<FoundLink> links;
    for (const UrlFinder::Span &span : UrlFinder(QStringView(text)).find())
        links.append({text.mid(span.start, span.end - span.start), span.start, span.end});
    return links;
}

// Runs a group whose cases expect the links' texts, or with `withIndices` their texts and
// places, and returns how many cases ran.
int runLinkGroup(const QString &file, const QString &group, bool withIndices)
{
    const QJsonArray cases = conformanceGroup(file, group);
    for (const QJsonValue &value : cases) {
        const QJsonObject testCase = value.toObject();
        const QString text = testCase.value(QLatin1String("text")).toString();
        INFO(group.toStdString()
             << ": " << testCase.value(QLatin1String("description")).toString().toStdString()
             << "\n  " << text.toStdString());
        const QList<FoundLink> found = linksIn(text);
        QStringList foundTexts;
        for (const FoundLink &link : found)
            foundTexts.append(link.text);
        QStringList expectedTexts;
        const QJsonArray expected = testCase.value(QLatin1String("expected")).toArray();
        for (const QJsonValue &link : expected) {
            expectedTexts.append(withIndices
                                     ? link.toObject().value(QLatin1String("url")).toString()
                                     : link.toString());
        }
        CHECK(foundTexts == expectedTexts);
        for (qsizetype k = 0; withIndices && k < std::min(found.size(), expected.size()); ++k) {
            const QJsonArray indices =
                expected[k].toObject().value(QLatin1String("indices")).toArray();
            CHECK(found[k].start == indices[0].toInteger());
            CHECK(found[k].end == indices[1].toInteger());
        }
    }
    return int(cases.size());
}

} // namespace

TEST_CASE("The built-in X counting rules are X's published config files")
{
    CHECK(readConfig(QStringLiteral("config-v2.json")) == TwitterTextConfig::v2());
    CHECK(readConfig(QStringLiteral("config-v3.json")) == TwitterTextConfig::v3());
    CHECK(TwitterTextConfig::v2() != TwitterTextConfig::v3());
}

TEST_CASE("X conformance: posts valid or not, by the 140-character rules of config v1")
{
    // The library runs these with its first config; the counting is the same, only the
    // limit and the weights differ.
    const TwitterTextConfig v1 = readConfig(QStringLiteral("config-v1.json"));
    REQUIRE(v1.maxWeightedTweetLength == 140);
    const QJsonArray cases =
        conformanceGroup(QStringLiteral("validate.json"), QStringLiteral("tweets"));
    for (const QJsonValue &value : cases) {
        const QJsonObject testCase = value.toObject();
        INFO(testCase.value(QLatin1String("description")).toString().toStdString());
        const TextMeasure measure =
            measureTwitter(testCase.value(QLatin1String("text")).toString(), v1);
        CHECK(measure.valid == testCase.value(QLatin1String("expected")).toBool());
    }
    CHECK(cases.size() == 8);
}

TEST_CASE("X conformance: weighted length without emoji parsing (config v2)")
{
    CHECK(runWeightedGroup(QStringLiteral("WeightedTweetsCounterTest"), TwitterTextConfig::v2()) ==
          20);
}

TEST_CASE("X conformance: weighted length with emoji counted once (config v3)")
{
    CHECK(runWeightedGroup(QStringLiteral("WeightedTweetsWithDiscountedEmojiCounterTest"),
                           TwitterTextConfig::v3()) == 22);
}

TEST_CASE("X conformance: directional marks and invalid characters (config v3)")
{
    CHECK(runWeightedGroup(QStringLiteral("UnicodeDirectionalMarkerCounterTest"),
                           TwitterTextConfig::v3()) == 2);
}

TEST_CASE("X conformance: the links found in a post, with and without a scheme")
{
    const QString file = QStringLiteral("extract-urls.json");
    CHECK(runLinkGroup(file, QStringLiteral("urls"), false) == 91);
    CHECK(runLinkGroup(file, QStringLiteral("urls_with_indices"), true) == 10);
    CHECK(runLinkGroup(file, QStringLiteral("urls_with_directional_markers"), true) == 2);
    CHECK(runLinkGroup(file, QStringLiteral("tco_urls_with_params"), false) == 5);
}

TEST_CASE("X conformance: a link ends in every top-level domain twitter-text lists")
{
    CHECK(runLinkGroup(QStringLiteral("tlds.json"), QStringLiteral("country"), false) == 315);
    CHECK(runLinkGroup(QStringLiteral("tlds.json"), QStringLiteral("generic"), false) == 1259);
}
