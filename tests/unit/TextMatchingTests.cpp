// The hand-written scanners that find links, @handles and keywords in every ingested text
// must find exactly what the regular expressions they replaced found.

#include "support/TestSupport.h"
#include "triage/KeywordSets.h"
#include "triage/TextNormalizer.h"

#include <QRandomGenerator>
#include <QRegularExpression>

using namespace CareDesk::Triage;

namespace {

// Pieces that make the hard cases: links in any case, handles after any kind of space,
// letters outside the BMP, combining marks, CJK, punctuation next to words.
const QStringList PIECES = {
    QStringLiteral("http://"), QStringLiteral("HTTPS://"), QStringLiteral("wWw."),
    QStringLiteral("https:/"), QStringLiteral("@"),        QStringLiteral("＠"),
    QStringLiteral("_"),       QStringLiteral("a"),        QStringLiteral("b"),
    QStringLiteral("é"),       QStringLiteral("1"),        QStringLiteral(" "),
    QStringLiteral("  "),      QStringLiteral("\t"),       QStringLiteral("\n"),
    QString(QChar(0x00A0)),    QString(QChar(0x3000)),     QStringLiteral("/"),
    QStringLiteral("."),       QStringLiteral("-"),        QStringLiteral("'"),
    QStringLiteral("#"),       QStringLiteral("😀"),        QStringLiteral("𝐀"),
    QString(QChar(0x0301)),    QStringLiteral("日本"),     QStringLiteral("ab"),
    QStringLiteral("ba"),      QStringLiteral("refund"),   QStringLiteral("charged"),
    QStringLiteral("twice"),   QStringLiteral("x"),        QStringLiteral("h"),
    QStringLiteral("w")};

QString randomText(QRandomGenerator &random, int maxPieces)
{
    QString text;
    const int pieces = static_cast<int>(random.bounded(maxPieces + 1));
    for (int i = 0; i < pieces; ++i)
        text += PIECES.at(static_cast<int>(random.bounded(static_cast<int>(PIECES.size()))));
    return text;
}

// The regular expression keyword lists used to be: the alternation, longest first, with a space
// matching any run of white space, bounded by non-letters for whole words.
QRegularExpression keywordExpression(const QStringList &keywords, bool wholeWords)
{
    QStringList alternatives;
    for (const QString &keyword : keywords) {
        if (!keyword.simplified().isEmpty())
            alternatives.append(QRegularExpression::escape(keyword.simplified())
                                    .replace(QStringLiteral("\\ "), QStringLiteral("\\s+")));
    }
    std::sort(alternatives.begin(), alternatives.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    const QString body =
        QStringLiteral("(?:") + alternatives.join(QLatin1Char('|')) + QStringLiteral(")");
    return QRegularExpression(wholeWords ? QStringLiteral("(?<![\\p{L}\\p{N}])") + body +
                                               QStringLiteral("(?![\\p{L}\\p{N}])")
                                         : body,
                              QRegularExpression::UseUnicodePropertiesOption);
}

std::pair<int, QStringList> regexMatches(const QRegularExpression &expression, const QString &text)
{
    int hits = 0;
    QStringList matched;
    for (auto it = expression.globalMatch(text); it.hasNext();) {
        const QString word = it.next().captured(0);
        if (!matched.contains(word))
            matched.append(word);
        ++hits;
    }
    return {hits, matched};
}

} // namespace

TEST_CASE("Links are cut from a text exactly where the link pattern finds them")
{
    static const QRegularExpression links(QStringLiteral("\\b(?:https?://|www\\.)\\S*"),
                                          QRegularExpression::CaseInsensitiveOption);
    CHECK(replaceLinks(QStringLiteral("see https://t.co/x1 now, or WWW.acme.com."), u" ") ==
          QStringLiteral("see   now, or  "));
    CHECK(replaceLinks(QStringLiteral("nohttp://x"), u" ") == QStringLiteral("nohttp://x"));
    QRandomGenerator random(7);
    for (int i = 0; i < 20000; ++i) {
        const QString text = randomText(random, 12);
        QString expected = text;
        expected.replace(links, QStringLiteral(" "));
        INFO(text.toStdString());
        REQUIRE(replaceLinks(text, u" ") == expected);
    }
}

TEST_CASE("@handles are cut from a text exactly where the handle pattern finds them")
{
    static const QRegularExpression ascii(QStringLiteral("(^|\\s)@\\w+"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression wide(QStringLiteral("(^|\\s)[@＠]\\w+"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    CHECK(replaceMentions(QStringLiteral("@AcmeHelp my order, cc @jane_d and me@home"), u"@",
                          u" ") == QStringLiteral("  my order, cc   and me@home"));
    QRandomGenerator random(11);
    for (int i = 0; i < 20000; ++i) {
        const QString text = randomText(random, 12);
        QString expectedAscii = text;
        expectedAscii.replace(ascii, QStringLiteral("\\1 "));
        QString expectedWide = text;
        expectedWide.replace(wide, QStringLiteral("\\1"));
        INFO(text.toStdString());
        REQUIRE(replaceMentions(text, u"@", u" ") == expectedAscii);
        REQUIRE(replaceMentions(text, u"@＠", u"") == expectedWide);
    }
}

TEST_CASE("Keywords are found as whole words, longest first, as the rules' alternation found them")
{
    KeywordSets sets;
    const int charges = sets.add(
        {QStringLiteral("charged"), QStringLiteral("charged twice"), QStringLiteral("refund")},
        KeywordSets::Boundaries::WholeWords);
    const int refunds = sets.add({QStringLiteral("refunds"), QStringLiteral("twice")},
                                 KeywordSets::Boundaries::WholeWords);
    const auto found = sets.find(QStringLiteral("charged   twice! no refunds, refund.  charged"));
    CHECK(found[charges].hits == 3);
    CHECK(found[charges].matched == QStringList{QStringLiteral("charged   twice"),
                                                QStringLiteral("refund"),
                                                QStringLiteral("charged")});
    // Each list is matched on its own: the other list's match does not hide "twice".
    CHECK(found[refunds].matched ==
          QStringList{QStringLiteral("twice"), QStringLiteral("refunds")});

    // Several lists of random keywords at once, each against its own regular expression.
    QRandomGenerator random(13);
    for (int round = 0; round < 300; ++round) {
        KeywordSets randomSets;
        QList<QRegularExpression> expressions;
        for (int list = 0, lists = 1 + static_cast<int>(random.bounded(4)); list < lists; ++list) {
            QStringList keywords;
            for (int k = 0, count = 1 + static_cast<int>(random.bounded(6)); k < count; ++k)
                keywords.append(randomText(random, 3));
            const bool wholeWords = random.bounded(2) == 0;
            randomSets.add(keywords, wholeWords ? KeywordSets::Boundaries::WholeWords
                                                : KeywordSets::Boundaries::Anywhere);
            expressions.append(keywordExpression(keywords, wholeWords));
        }
        for (int i = 0; i < 50; ++i) {
            const QString text = randomText(random, 14);
            const auto lists = randomSets.find(text);
            REQUIRE(lists.size() == expressions.size());
            for (qsizetype list = 0; list < lists.size(); ++list) {
                INFO(expressions[list].pattern().toStdString() << " in " << text.toStdString());
                if (expressions[list].pattern().contains(
                        QStringLiteral("(?:)"))) { // no keywords at all
                    REQUIRE(lists[list].hits == 0);
                    continue;
                }
                const auto [expectedHits, expectedFound] = regexMatches(expressions[list], text);
                REQUIRE(lists[list].hits == expectedHits);
                REQUIRE(lists[list].matched == expectedFound);
            }
        }
    }
}
