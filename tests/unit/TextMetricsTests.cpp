#include "support/TestSupport.h"
#include "text/PlatformLength.h"

#include <QElapsedTimer>

using namespace CareDesk::Text;

namespace {

int twitterLength(const QString &text)
{
    return measureText(text, TextPlatform::Twitter).weightedLength;
}

} // namespace

TEST_CASE("A reply on X fits in 280 Latin characters, not one more")
{
    const TextMeasure full = measureText(QString(280, u'a'), TextPlatform::Twitter);
    CHECK(full.valid);
    CHECK(full.weightedLength == 280);
    CHECK(full.permillage == 1000);
    CHECK(full.limit == 280);
    CHECK(full.validRangeEnd == 279);

    const TextMeasure over = measureText(QString(281, u'a'), TextPlatform::Twitter);
    CHECK_FALSE(over.valid);
    CHECK(over.weightedLength == 281);
    CHECK(over.permillage == 1003);
    CHECK(over.displayRangeEnd == 280);
    CHECK(over.validRangeEnd == 279); // the composer marks the last character as overflow
}

TEST_CASE("An empty reply is not valid anywhere")
{
    for (const TextPlatform platform :
         {TextPlatform::Twitter, TextPlatform::Facebook, TextPlatform::Messenger}) {
        const TextMeasure measure = measureText(QString(), platform);
        CHECK_FALSE(measure.valid);
        CHECK(measure.weightedLength == 0);
        CHECK(measure.permillage == 0);
        CHECK(measure.displayRangeEnd == 0);
        CHECK(measure.validRangeEnd == 0);
    }
}

TEST_CASE("Links count 23 on X however long they are")
{
    const QString tracking = QStringLiteral(
        "https://www.example.com/orders/1234567890/track?ref=care&utm_source=x&utm_medium=reply");
    CHECK(twitterLength(tracking) == 23);
    CHECK(twitterLength(QStringLiteral("Track it here: ") + tracking) == 15 + 23);
    CHECK(twitterLength(QStringLiteral("HTTPS://EXAMPLE.COM/HELP")) == 23);
    CHECK(twitterLength(QStringLiteral("http://localhost.localdomain/")) == 29); // no known TLD

    SECTION("without a scheme, when the domain ends in a known TLD")
    {
        CHECK(twitterLength(QStringLiteral("example.com")) == 23);
        CHECK(twitterLength(QStringLiteral("see www.example.co.uk today")) == 4 + 23 + 6);
        CHECK(twitterLength(QStringLiteral("help.example.shop/returns")) == 23);
        CHECK(twitterLength(QStringLiteral("example.invalidtld")) == 18);
        CHECK(twitterLength(QStringLiteral("config.yaml")) == 11);
    }

    SECTION("country domains are links too, with or without a path")
    {
        CHECK(twitterLength(QStringLiteral("example.de")) == 23);
        CHECK(twitterLength(QStringLiteral("example.de/hilfe")) == 23);
        CHECK(twitterLength(QStringLiteral("shop.example.es")) == 23);
        CHECK(twitterLength(QStringLiteral("See the FAQ at example.jp.")) == 15 + 23 + 1);
    }

    SECTION("punctuation closing the sentence is not part of the link")
    {
        CHECK(twitterLength(QStringLiteral("Read https://example.com/faq.")) == 5 + 23 + 1);
        CHECK(twitterLength(QStringLiteral("(see https://example.com/faq)")) == 5 + 23 + 1);
        CHECK(twitterLength(QStringLiteral("Is it example.com/help?")) == 6 + 23 + 1);
        CHECK(twitterLength(QStringLiteral("\"example.com/help\", she said")) == 1 + 23 + 11);
        CHECK(twitterLength(QStringLiteral("https://en.wikipedia.org/wiki/Care_(film)!")) == 24);
        CHECK(twitterLength(QStringLiteral("https://example.com/search?q=router&page=2.")) == 24);
    }

    SECTION("addresses, mentions and cashtags are not links")
    {
        CHECK(twitterLength(QStringLiteral("help@example.com")) == 16);
        CHECK(twitterLength(QStringLiteral("@example.com")) == 12);
        CHECK(twitterLength(QStringLiteral("$AAPL.com")) == 9);
        CHECK(twitterLength(QStringLiteral("report_v2.com")) == 13);
    }

    SECTION("internationalized domains, punycode and links inside other scripts")
    {
        CHECK(twitterLength(QStringLiteral("https://bücher.de/angebote")) == 23);
        CHECK(twitterLength(QStringLiteral("http://пример.рф")) == 23);
        CHECK(twitterLength(QStringLiteral("http://xn--e1afmkfd.xn--p1ai/")) == 23);
        // Japanese text runs straight into the domain: only the ASCII part is the link.
        CHECK(twitterLength(QStringLiteral("詳細はexample.com/helpをご覧ください")) ==
              3 * 2 + 23 + 7 * 2);
        // ... unless the sentence before it is long: X then reads one domain label too long
        // for DNS and counts every character. A space in front keeps it a link.
        const QString sentence = QStringLiteral(
            "お問い合わせいただきありがとうございます詳細はこちらのページをご覧ください");
        CHECK(twitterLength(sentence + QStringLiteral("example.com/faq")) == 37 * 2 + 15);
        CHECK(twitterLength(sentence + QStringLiteral(" example.com/faq")) == 37 * 2 + 1 + 23);
    }

    SECTION("words joined by a dot are a link when X lists the ending, without a scheme")
    {
        // X knows every top-level domain of its list: .lol and .now are generic ones, so a
        // missing space after a full stop makes a link, and X counts it 23.
        CHECK(twitterLength(QStringLiteral("name.lol")) == 23);
        CHECK(twitterLength(QStringLiteral("April.Now")) == 23);
        CHECK(twitterLength(QStringLiteral("bella.lol")) == 23);
        CHECK(twitterLength(QStringLiteral("See you in April.Now we can talk")) == 11 + 23 + 12);
        CHECK(twitterLength(QStringLiteral("Thanks, bella.lol!")) == 8 + 23 + 1);
        CHECK(twitterLength(QStringLiteral("example.vermögensberater")) == 23);
        CHECK(twitterLength(QStringLiteral("ai.ai")) == 23);
        CHECK(twitterLength(QStringLiteral("a.i")) == 3);
        // ... but not right after a letter, a digit, "@", "$", "#", or "-", "_", "." and "/".
        CHECK(twitterLength(QStringLiteral("see_name.lol")) == 12);
        CHECK(twitterLength(QStringLiteral("@name.lol")) == 9);
    }

    SECTION("a path ends where X's expression ends it")
    {
        // Parentheses after a character a path cannot end on are left out of the link.
        CHECK(twitterLength(QStringLiteral("https://example.com/!(b)")) == 23 + 4);
        CHECK(twitterLength(QStringLiteral("https://example.com/x(b)")) == 23);
        // Its letters are matched ignoring case as JavaScript does: ʈ counts as a form of Ʈ.
        CHECK(twitterLength(QStringLiteral("https://example.com/\u0288")) == 23);
    }

    SECTION("t.co links keep only their slug")
    {
        CHECK(twitterLength(QStringLiteral("https://t.co/abc123")) == 23);
        CHECK(twitterLength(QStringLiteral("https://t.co/abc123/x")) == 23 + 2);
    }
}

TEST_CASE("Japanese, Chinese and Korean count two per character on X")
{
    const QString apology = QStringLiteral("ご不便をおかけして申し訳ございません");
    const TextMeasure measure = measureText(apology, TextPlatform::Twitter);
    CHECK(measure.weightedLength == 2 * int(apology.size()));
    CHECK(measure.valid);
    CHECK(twitterLength(QStringLiteral("감사합니다")) == 10);
    CHECK(twitterLength(QString(140, u'字')) == 280);
    CHECK_FALSE(measureText(QString(141, u'字'), TextPlatform::Twitter).valid);

    // Latin with accents, Cyrillic, Greek, Hebrew, Arabic and Devanagari count one.
    CHECK(twitterLength(QStringLiteral("Désolé pour ça")) == 14);
    CHECK(twitterLength(QStringLiteral("Спасибо")) == 7);
    CHECK(twitterLength(QStringLiteral("شكرا")) == 4);
}

TEST_CASE("Emoji count as one sequence of two on X")
{
    CHECK(twitterLength(QStringLiteral("Thanks! 👍")) == 8 + 2);
    // Sequences spelled out: their joiners and selectors are invisible in an editor.
    const QString thumbsUpMediumSkin = QStringLiteral("\U0001F44D\U0001F3FD");
    const QString flagsSpainJapan = QStringLiteral("\U0001F1EA\U0001F1F8\U0001F1EF\U0001F1F5");
    const QString keycaps = QStringLiteral("#\uFE0F\u20E3 1\u20E3");
    const QString family =
        QStringLiteral("\U0001F469\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466");
    const QString rainbowFlag = QStringLiteral("\U0001F3F3\uFE0F\u200D\U0001F308");
    const QString scotland =
        QStringLiteral("\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F");
    CHECK(twitterLength(thumbsUpMediumSkin) == 2);
    CHECK(twitterLength(flagsSpainJapan) == 4);
    CHECK(twitterLength(keycaps) == 2 + 1 + 2);
    CHECK(twitterLength(family) == 2);
    CHECK(twitterLength(rainbowFlag) == 2);
    CHECK(twitterLength(scotland) == 2);
    CHECK(twitterLength(QStringLiteral("\u2764\uFE0F \u2764")) == 2 + 1 + 2); // red heart
    CHECK(twitterLength(QStringLiteral("\u2764\uFE0E")) == 4);                // heart as text
    CHECK(twitterLength(QStringLiteral("\u00A9 \u00A9\uFE0F")) == 1 + 1 + 2); // ©
    CHECK(twitterLength(QStringLiteral("\U0001F637\U0001F3FD")) == 4); // mask takes no skin tone
    // U+FE0F only belongs to emoji that also have a text form; after 👍 it counts alone.
    CHECK(twitterLength(QStringLiteral("\U0001F44D\uFE0F")) == 4);
    // Joiners cannot glue any emoji into one: only the sequences X lists count once.
    const QString eightJoined =
        QStringLiteral("\U0001F600\u200D").repeated(7) + QStringLiteral("\U0001F600");
    CHECK(twitterLength(eightJoined) == 8 * 2 + 7);

    // Without emoji parsing (config v2) every code point counts on its own.
    CHECK(measureTwitter(family, TwitterTextConfig::v2()).weightedLength == 4 * 2 + 3);
}

TEST_CASE("Emoji X does not list count part by part, as X counts them")
{
    // Two regional indicators make one only when they are a flag X lists; the scan takes the
    // first listed one it meets, so A-A-U-S reads as A, then Australia, then S.
    CHECK(twitterLength(QStringLiteral("\U0001F1FA\U0001F1F8")) == 2);                     // US
    CHECK(twitterLength(QStringLiteral("\U0001F1E6\U0001F1E6")) == 2 + 2);                 // A A
    CHECK(twitterLength(QStringLiteral("\U0001F1E6\U0001F1E6\U0001F1FA\U0001F1F8")) == 6); // A AU S
    CHECK(twitterLength(QStringLiteral("\U0001F1FA")) == 2);
    // Joined sequences X's table lists count once, up to its version of Unicode (12): the
    // family and people holding hands. Later ones, and made-up ones, count each emoji two and
    // each joiner one.
    CHECK(twitterLength(QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D"
                                       "\U0001F466")) == 2);
    CHECK(twitterLength(QStringLiteral("\U0001F9D1\u200D\U0001F91D\u200D\U0001F9D1")) == 2);
    CHECK(twitterLength(QStringLiteral("\U0001F600\u200D\U0001F600")) == 5);
    CHECK(twitterLength(QStringLiteral("\U0001F9D1\u200D\U0001F384")) == 5);   // mx claus
    CHECK(twitterLength(QStringLiteral("\u2764\uFE0F\u200D\U0001F525")) == 5); // heart on fire
    CHECK(twitterLength(QStringLiteral("\U0001F408\u200D\u2B1B")) == 5);       // black cat
    CHECK(twitterLength(QStringLiteral("\U0001F3F4\u200D\u2620\uFE0F")) == 2); // pirate flag
    // Asked for as text, a smiley is no emoji: it and the selector count two each.
    CHECK(twitterLength(QStringLiteral("\u263A\uFE0E")) == 4);
    CHECK(twitterLength(QStringLiteral("\u263A\uFE0F")) == 2);

    const TextMeasure full =
        measureText(QStringLiteral("\U0001F1E6\U0001F1E6").repeated(70), TextPlatform::Twitter);
    CHECK(full.weightedLength == 280);
    CHECK(full.valid);
    const TextMeasure over =
        measureText(QStringLiteral("\U0001F1E6\U0001F1E6").repeated(71), TextPlatform::Twitter);
    CHECK(over.weightedLength == 284);
    CHECK_FALSE(over.valid);
    CHECK(over.validRangeEnd == 279);
}

TEST_CASE("Decomposed accents count as the composed character, ranges stay on the typed text")
{
    const QString composed = QStringLiteral("Caf\u00e9");
    const QString decomposed = QStringLiteral("Cafe\u0301");
    CHECK(measureText(composed, TextPlatform::Twitter).weightedLength == 4);
    const TextMeasure measure = measureText(decomposed, TextPlatform::Twitter);
    CHECK(measure.weightedLength == 4);
    CHECK(measure.displayRangeEnd == 4);
    CHECK(measure.validRangeEnd == 4);
}

TEST_CASE("Characters X rejects make the reply invalid")
{
    for (const char16_t bad : {u'\uFEFF', u'\uFFFE', u'\uFFFF'}) {
        const TextMeasure measure = measureText(
            QStringLiteral("Hello") + QChar(bad) + QStringLiteral("there"), TextPlatform::Twitter);
        CHECK_FALSE(measure.valid);
        CHECK(measure.validRangeEnd == 4);
        CHECK_FALSE(measureText(QString(QChar(bad)), TextPlatform::Messenger).valid);
    }
    // Direction marks are fine: agents answering in Arabic or Hebrew type them.
    CHECK(measureText(QStringLiteral("\u200Fשלום\u200E"), TextPlatform::Twitter).valid);

    SECTION("wherever they stand: first, after an emoji or a link, alone")
    {
        const TextMeasure first =
            measureText(QStringLiteral("\uFEFFThanks for waiting"), TextPlatform::Twitter);
        CHECK_FALSE(first.valid);
        CHECK(first.weightedLength == 2 + 18);
        CHECK(first.validRangeEnd == 0);

        const TextMeasure afterEmoji =
            measureText(QStringLiteral("Thanks \U0001F44D\uFEFF"), TextPlatform::Twitter);
        CHECK_FALSE(afterEmoji.valid);
        CHECK(afterEmoji.weightedLength == 7 + 2 + 2);
        CHECK(afterEmoji.validRangeEnd == 8); // up to the emoji

        const TextMeasure afterLink =
            measureText(QStringLiteral("See example.com/help\uFEFF"), TextPlatform::Twitter);
        CHECK_FALSE(afterLink.valid);
        CHECK(afterLink.weightedLength == 4 + 23 + 2);
        CHECK(afterLink.validRangeEnd == 19);

        // Inside a domain it ends the link, and the text is invalid all the same.
        const TextMeasure inDomain =
            measureText(QStringLiteral("https://exa\uFEFFmple.com"), TextPlatform::Twitter);
        CHECK_FALSE(inDomain.valid);
        CHECK(inDomain.weightedLength == 21);

        CHECK_FALSE(measureText(QStringLiteral("\uFFFF"), TextPlatform::Twitter).valid);
        CHECK_FALSE(measureText(QStringLiteral("Hi\uFFFE"), TextPlatform::Twitter).valid);
    }
}

TEST_CASE("Facebook comments allow 8000 characters, Messenger texts 2000")
{
    const TextMeasure comment = measureText(QString(8000, u'a'), TextPlatform::Facebook);
    CHECK(comment.valid);
    CHECK(comment.limit == 8000);
    CHECK(comment.permillage == 1000);
    CHECK_FALSE(measureText(QString(8001, u'a'), TextPlatform::Facebook).valid);

    const TextMeasure half = measureText(QString(1000, u'a'), TextPlatform::Messenger);
    CHECK(half.valid);
    CHECK(half.limit == 2000);
    CHECK(half.permillage == 500);

    SECTION("they count code points: an emoji is one, a link is its length")
    {
        QString emoji;
        for (int i = 0; i < 2000; ++i)
            emoji += QStringLiteral("😊");
        const TextMeasure full = measureText(emoji, TextPlatform::Messenger);
        CHECK(full.valid);
        CHECK(full.weightedLength == 2000);
        CHECK(full.validRangeEnd == 3999);

        const TextMeasure over = measureText(emoji + QStringLiteral("😊"), TextPlatform::Messenger);
        CHECK_FALSE(over.valid);
        CHECK(over.weightedLength == 2001);
        CHECK(over.displayRangeEnd == 4001);
        CHECK(over.validRangeEnd == 3999);

        CHECK(measureText(QStringLiteral("https://example.com/x"), TextPlatform::Facebook)
                  .weightedLength == 21);
        CHECK(measureText(QStringLiteral("字"), TextPlatform::Facebook).weightedLength == 1);
    }

    SECTION("a broken surrogate cannot be sent")
    {
        const QString broken = QStringLiteral("ok") + QChar(char16_t(0xD83D));
        CHECK_FALSE(measureText(broken, TextPlatform::Messenger).valid);
        CHECK_FALSE(measureText(broken, TextPlatform::Facebook).valid);
    }
}

TEST_CASE("Measuring stays fast on hostile texts")
{
    // Linear work: each of these would take minutes with a quadratic scan.
    const QStringList texts = {
        QString(100000, u'字') + QStringLiteral(".") + QString(100000, u'字'),
        QStringLiteral("a.").repeated(50000),
        QStringLiteral("x").repeated(100000) + QStringLiteral(".com"),
        QStringLiteral("https://example.com/(").repeated(5000),
        QStringLiteral("あ.").repeated(50000) + QStringLiteral("com"),
    };
    QElapsedTimer timer;
    timer.start();
    for (const QString &text : texts) {
        const TextMeasure measure = measureText(text, TextPlatform::Twitter);
        CHECK_FALSE(measure.valid);
        CHECK(measure.displayRangeEnd == int(text.size() - 1));
    }
    CHECK(timer.elapsed() < 5000);
}
