#include "triage/LanguageDetector.h"
#include "triage/LanguageModel.h"

#include "support/CatchQt.h"

#include <QFile>

using namespace CareDesk::Triage;

TEST_CASE("The platform's language tag decides where the text cannot")
{
    const auto result = LanguageDetector().detect(QStringLiteral("ok"), QStringLiteral("pt"), {});
    CHECK(result.code == QStringLiteral("pt"));
    CHECK(result.source == LanguageSource::PlatformHint);
    CHECK_FALSE(result.reliable);
}

TEST_CASE("A clear text outweighs the platform's tag and the customer's history")
{
    const auto result = LanguageDetector().detect(QStringLiteral("tack så mycket för hjälpen"),
                                                  QStringLiteral("de"), QStringLiteral("de"));
    CHECK(result.code == QStringLiteral("sv"));
    CHECK(result.source == LanguageSource::TextDetection);
    CHECK(result.reliable);
}

TEST_CASE("Where two languages fit the text, the tag or the history breaks the tie")
{
    const LanguageDetector detector;
    // Spanish and Portuguese both write "de" and "vida".
    const auto hinted = detector.detect(QStringLiteral("de vida"), QStringLiteral("pt"), {});
    CHECK(hinted.code == QStringLiteral("pt"));
    CHECK(hinted.source == LanguageSource::PlatformHint);
    const auto known = detector.detect(QStringLiteral("de vida"), {}, QStringLiteral("es"));
    CHECK(known.code == QStringLiteral("es"));
    CHECK(known.source == LanguageSource::CustomerHistory);
    // A tag naming a language the text rules out is not followed.
    const auto ruledOut = detector.detect(QStringLiteral("de vida"), QStringLiteral("ja"), {});
    CHECK(ruledOut.code != QStringLiteral("ja"));
}

TEST_CASE("Two words are enough for languages that share most of their letters")
{
    const LanguageDetector detector;
    const std::pair<const char *, const char *> cases[] = {
        {"tack så mycket", "sv"},
        {"kiitos paljon", "fi"},
        {"çok teşekkürler", "tr"},
        {"hartelijk bedankt", "nl"},
        {"mange tak", "da"},
        {"dziękuję bardzo", "pl"},
        {"děkuji moc", "cs"},
        {"terima kasih", "id"},
        {"cảm ơn", "vi"},
        {"спасибо большое", "ru"},
        {"我们的订单", "zh"},
        {"注文はいつ届きますか", "ja"},
        {"주문이 아직 안 왔어요", "ko"},
        {"बहुत धन्यवाद", "hi"},
    };
    for (const auto &[text, language] : cases) {
        INFO(text);
        CHECK(detector.detect(QString::fromUtf8(text), {}, {}).code == QLatin1String(language));
    }
}

TEST_CASE("Hindi in Latin letters comes out Hindi, never reliable English")
{
    const LanguageDetector detector;
    for (const char *text : {"yaar mera order abhi tak nahi aaya", "bhai refund kab milega",
                             "kya bakwas service hai, koi jawab nahi deta"}) {
        INFO(text);
        const auto result = detector.detect(QString::fromUtf8(text), {}, {});
        CHECK((result.code == QStringLiteral("hi") || result.code == QStringLiteral("und")));
        CHECK_FALSE((result.code == QStringLiteral("en") && result.reliable));
    }
    // Hindi words mixed into an English sentence: English at most as a guess.
    const auto mixed = detector.detect(QStringLiteral("hamare ghar me to cycle thi papa k paas, "
                                                      "kabi ye cheez feel he ni ki. i am feeling "
                                                      "sad"),
                                       {}, {});
    CHECK_FALSE(mixed.reliable);
}

TEST_CASE("Without a usable tag the text decides, cleaned of mentions, links and hashtag marks")
{
    const LanguageDetector detector;
    const auto spanish = detector.detect(
        QStringLiteral(
            "@NorthwindCare Hola, me habéis cobrado dos veces la factura de octubre. "
            "¿Me podéis devolver el segundo cargo, por favor? https://t.co/abc #factura"),
        QStringLiteral("und"), {});
    CHECK(spanish.code == QStringLiteral("es"));
    CHECK(spanish.source == LanguageSource::TextDetection);

    CHECK(LanguageDetector::cleanForDetection(QStringLiteral("@brand hi #help http://x.co/y")) ==
          QStringLiteral("hi help"));
}

TEST_CASE("Text too short to judge falls back to the customer's language, else unknown")
{
    const LanguageDetector detector;
    const auto fromHistory = detector.detect(QStringLiteral("ok"), {}, QStringLiteral("fr"));
    CHECK(fromHistory.code == QStringLiteral("fr"));
    CHECK(fromHistory.source == LanguageSource::CustomerHistory);
    const auto unknown = detector.detect(QStringLiteral("ok"), {}, {});
    CHECK_FALSE(unknown.reliable);
    CHECK(unknown.code == QStringLiteral("und"));
    CHECK(unknown.source == LanguageSource::Unknown);
}

TEST_CASE("Short thanks and complaints are recognised in the languages agents meet most")
{
    const LanguageDetector detector;
    const std::pair<const char *, const char *> cases[] = {
        {"gracias!!", "es"},
        {"merci beaucoup", "fr"},
        {"graciasss por todo", "es"},
        {"obrigado pela ajuda", "pt"},
        {"kkkkkk que vergonha isso", "pt"},
        {"grazie mille", "it"},
        {"danke schön, hat geklappt", "de"},
        {"@AcmeHelp no funciona el router #fail https://t.co/x", "es"},
        {"É a ou no Encontro?", "pt"},
        {"شكرا جزيلا على المساعدة", "ar"},
        {"VideoShowAoVivo não acredito que ele saiu", "pt"},
        // Few or no function words: letters and word endings tell.
        {"Quelques gestes simples à la maison", "fr"},
        {"le changement climatique", "fr"},
        {"Fiese Scheiße, schon wieder kaputt", "de"},
        {"Ficou lindo demais, parabéns", "pt"},
        {"tô assistindo agora", "pt"},
        {"ci vediamo domani a Milano", "it"},
        {"Bestellung storniert, wann kommt mein Geld?", "de"},
        // Show and campaign hashtags do not make a text English.
        {"Coitado do cozinheiro #masterchefbr", "pt"},
        // A product name inside a sentence of a script without spaces leaves the sentence whole.
        {"新しいiPhoneの予約はいつから始まりますか？", "ja"},
    };
    for (const auto &[text, language] : cases) {
        INFO(text);
        const auto result = detector.detect(QString::fromUtf8(text), {}, {});
        CHECK(result.code == QLatin1String(language));
        CHECK(result.source == LanguageSource::TextDetection);
    }
}

TEST_CASE("Retweet marks are removed before detection, and the text is otherwise read as written")
{
    CHECK(LanguageDetector::cleanForDetection(QStringLiteral("RT @x: <3 Q&A")) ==
          QStringLiteral("<3 Q&A"));
    // Texts arrive unescaped; one that really says "&amp;" is not decoded a second time.
    CHECK(LanguageDetector::cleanForDetection(QStringLiteral("RT @x: Q&amp;A")) ==
          QStringLiteral("Q&amp;A"));
}

TEST_CASE("Short English stays English despite the clues other languages leave in it")
{
    const LanguageDetector detector;
    for (const char *text :
         {"not nice", "your welcome", "good morning", "school is closed today",
          "the schedule changed again", "still waiting for my refund", "amazing thing",
          "@AcmeHelp my parcel never arrived, tracking says delivered :D"}) {
        INFO(text);
        CHECK(detector.detect(QString::fromUtf8(text), {}, {}).code == QStringLiteral("en"));
    }
}

TEST_CASE("The built-in language model loads, and a broken one is refused with a reason")
{
    const LanguageModel &model = LanguageModel::builtIn();
    CHECK(model.languageCount() >= 30);
    CHECK(model.indexOf(u"sv") >= 0);
    CHECK(model.reportedCodes().contains(QStringLiteral("hi")));

    QString error;
    CHECK(LanguageModel::fromBytes(QByteArray("not a model"), &error).languageCount() == 0);
    CHECK(error.contains(QStringLiteral("not a CareDesk language model")));

    QFile file(QStringLiteral(":/caredesk/triage/language-model.bin"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray whole = file.readAll();
    error.clear();
    CHECK(LanguageModel::fromBytes(whole.left(whole.size() / 2), &error).languageCount() == 0);
    CHECK_FALSE(error.isEmpty());
    // Every byte of a truncated header, too: never a crash, always a reason.
    for (qsizetype cut = 0; cut < 300; ++cut) {
        error.clear();
        CHECK(LanguageModel::fromBytes(whole.left(cut), &error).languageCount() == 0);
        CHECK_FALSE(error.isEmpty());
    }
}

TEST_CASE("A long text in a language outside the model is named by CLD2")
{
    const LanguageDetector detector;
    const auto tagalog = detector.detect(
        QStringLiteral("Salamat po sa inyong tulong, hindi pa dumating ang aking order hanggang "
                       "ngayon. Paki-check po ninyo."),
        {}, {});
    CHECK(tagalog.code == QStringLiteral("tl"));
    CHECK(tagalog.reliable);
    // A Spanish tweet is not Galician, though CLD2 alone might say so.
    CHECK(detector
              .detect(QStringLiteral("@user ningún inconveniente. Excelente servicio! 4G al "
                                     "máximo... Felices fiestas navideñas"),
                      {}, {})
              .code == QStringLiteral("es"));
}

TEST_CASE("Latin names and English inside an Arabic or Japanese text do not decide its language")
{
    const LanguageDetector detector;
    CHECK(
        detector.detect(QStringLiteral("اجزاء فيلم The Expendables http http http الروابط"), {}, {})
            .code == QStringLiteral("ar"));
    CHECK(detector.detect(QStringLiteral("Apple Store Ginza の予約はいつから始まりますか"), {}, {})
              .code == QStringLiteral("ja"));
    // A Latin text with one foreign word stays what it is.
    CHECK(detector.detect(QStringLiteral("my order from the Москва store never arrived"), {}, {})
              .code == QStringLiteral("en"));
}
