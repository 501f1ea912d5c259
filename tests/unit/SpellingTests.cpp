#include "spelling/Dictionaries.h"
#include "spelling/SpellChecker.h"
#include "spelling/SuggestionRanker.h"

#include "support/CatchQt.h"

#include <QDir>
#include <QTemporaryDir>

using namespace CareDesk::Spelling;

namespace {

std::unique_ptr<SpellChecker> checkerFor(const QString &language)
{
    auto opened = SpellChecker::open(language, Dictionaries::installed());
    INFO("the set-up installs Debian's hunspell dictionaries (packaging/dev.sh)");
    REQUIRE(opened);
    return std::move(opened).value();
}

QStringList flagged(const SpellChecker &checker, const QString &text)
{
    QStringList words;
    for (const SpellIssue &issue : checker.check(text, false))
        words.append(issue.word);
    return words;
}

} // namespace

TEST_CASE("A misspelt word is found where it is, with the intended word among the suggestions")
{
    const auto english = checkerFor(QStringLiteral("en"));
    CHECK(english->dictionaryName() == QStringLiteral("en_US"));
    // Offsets count UTF-16 code units, as Qt does: the emoji before the word counts 2.
    const QString text = QStringLiteral("👋 We recieve your message");
    const QList<SpellIssue> issues = english->check(text);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].word == QStringLiteral("recieve"));
    CHECK(issues[0].start == 6);
    CHECK(text.mid(issues[0].start, issues[0].length) == QStringLiteral("recieve"));
    CHECK(issues[0].suggestions.contains(QStringLiteral("receive")));
    CHECK(english->isCorrect(QStringLiteral("don’t"))); // a typographic apostrophe
}

TEST_CASE("Handles, hashtags, links, addresses, numbers, variables and sign-offs are not checked")
{
    const auto english = checkerFor(QStringLiteral("en_US"));
    CHECK(flagged(*english,
                  QStringLiteral("Thanks @NorthwindCare #fixitnow see https://nwind.example/q "
                                 "or www.nwind.example or mail help@nwind.example, order "
                                 "12345ab, {customer.name}, DM us ASAP ^AG -Ana"))
              .isEmpty());
    // Languages written without spaces are not judged by an English dictionary.
    CHECK(flagged(*english, QStringLiteral("Thanks 新しいiPhoneの予約")).isEmpty());
    // Real words in the same text are still checked.
    CHECK(flagged(*english, QStringLiteral("@jane pleese #help")) ==
          QStringList{QStringLiteral("pleese")});
}

TEST_CASE("The team's names and brands are never flagged")
{
    auto english = checkerFor(QStringLiteral("en"));
    const QString text = QStringLiteral("Hi Siobhan, your Northwind Zephyrbook is on its way");
    CHECK(flagged(*english, text).contains(QStringLiteral("Zephyrbook")));
    english->addKnownWords(
        {QStringLiteral("Siobhan"), QStringLiteral("zephyrbook"), QStringLiteral("Northwind")});
    CHECK(flagged(*english, text).isEmpty());
}

TEST_CASE("Each language gets its own dictionary, and a missing one is named")
{
    const auto spanish = checkerFor(QStringLiteral("es"));
    CHECK(flagged(*spanish, QStringLiteral("No he recibido la garantia todavía")) ==
          QStringList{QStringLiteral("garantia")});
    const auto german = checkerFor(QStringLiteral("de"));
    CHECK(flagged(*german, QStringLiteral("Das Paket ist nicht angekommen")).isEmpty());

    const QTemporaryDir empty;
    auto missing = SpellChecker::open(QStringLiteral("sv"), Dictionaries({empty.path()}));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().userMessage.contains(QStringLiteral("sv")));
    CHECK(missing.error().detail.contains(empty.path()));
}

TEST_CASE("A language's usual dictionary is chosen, and an exact locale when there is one")
{
    const Dictionaries installed = Dictionaries::installed();
    CHECK(installed.affixFileFor(QStringLiteral("pt")).endsWith(QStringLiteral("pt_BR.aff")));
    CHECK(installed.affixFileFor(QStringLiteral("pt-PT")).endsWith(QStringLiteral("pt_PT.aff")));
    CHECK(installed.affixFileFor(QStringLiteral("es_MX")).endsWith(QStringLiteral("es_MX.aff")));
    CHECK(installed.affixFileFor(QStringLiteral("xx")).isEmpty());
}

TEST_CASE("The word the writer meant comes first: common words, neighbouring keys, swaps")
{
    const auto english = checkerFor(QStringLiteral("en"));
    CHECK(english->suggestionsFor(QStringLiteral("recieve")).value(0) == QStringLiteral("receive"));
    CHECK(english->suggestionsFor(QStringLiteral("tomorow")).value(0) ==
          QStringLiteral("tomorrow"));
    CHECK(english->suggestionsFor(QStringLiteral("teh")).value(0) == QStringLiteral("the"));
    CHECK(english->suggestionsFor(QStringLiteral("Thnaks")).value(0) == QStringLiteral("Thanks"));
    CHECK(english->suggestionsFor(QStringLiteral("refudn")).value(0) == QStringLiteral("refund"));
    // A neighbouring key is a lighter slip than a distant one; a swap lighter than two changes.
    CHECK(SuggestionRanker::editCost(QStringLiteral("ordwr"), QStringLiteral("order")) <
          SuggestionRanker::editCost(QStringLiteral("ordpr"), QStringLiteral("order")));
    CHECK(SuggestionRanker::editCost(QStringLiteral("hte"), QStringLiteral("the")) < 1.0);
    const auto spanish = checkerFor(QStringLiteral("es"));
    CHECK(spanish->suggestionsFor(QStringLiteral("garantia")).value(0) ==
          QStringLiteral("garantía"));
}

TEST_CASE("Suggestions follow the words the team's own replies use")
{
    auto english = checkerFor(QStringLiteral("en"));
    // Alone, the language's frequencies pick the commoner word.
    CHECK(english->suggestionsFor(QStringLiteral("refnd")).value(0) == QStringLiteral("rend"));
    CHECK(english->suggestionsFor(QStringLiteral("lable")).value(0) == QStringLiteral("able"));
    // A care team writes "refund" and "label" all day.
    english->setTeamUsage({{QStringLiteral("refund"), 40}, {QStringLiteral("label"), 25}});
    CHECK(english->suggestionsFor(QStringLiteral("refnd")).value(0) == QStringLiteral("refund"));
    CHECK(english->suggestionsFor(QStringLiteral("lable")).value(0) == QStringLiteral("label"));
    // What the team never writes keeps its usual order.
    CHECK(english->suggestionsFor(QStringLiteral("recieve")).value(0) == QStringLiteral("receive"));
}
