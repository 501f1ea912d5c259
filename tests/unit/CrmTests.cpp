#include "crm/ContactKeys.h"
#include "crm/CustomerFile.h"

#include "support/CatchQt.h"

using namespace CareDesk::Crm;

TEST_CASE("One contact written many ways gives one key to match by")
{
    CHECK(emailKey(QStringLiteral(" Ana.Gil@Example.ORG ")) ==
          QStringLiteral("ana.gil@example.org"));
    CHECK(emailKey(QStringLiteral("ana.gil@example")).isEmpty());
    CHECK(emailKey(QStringLiteral("not an address")).isEmpty());

    const QString spain = QStringLiteral("+34612345678");
    CHECK(phoneKey(QStringLiteral("+34 612 34 56 78"), QString()) == spain);
    CHECK(phoneKey(QStringLiteral("0034 612-345-678"), QStringLiteral("DE")) == spain);
    CHECK(phoneKey(QStringLiteral("612 345 678"), QStringLiteral("es")) == spain);
    // Without a country code, the customer's region decides; without one, it is not a number.
    CHECK(phoneKey(QStringLiteral("612 345 678"), QString()).isEmpty());
    CHECK(phoneKey(QStringLiteral("123"), QStringLiteral("US")).isEmpty());
    CHECK(phoneKey(QStringLiteral("(202) 456-1414"), QStringLiteral("US")) ==
          QStringLiteral("+12024561414"));
    CHECK(phoneKey(QStringLiteral("order 88213"), QStringLiteral("ES")).isEmpty());

    CHECK(handleKey(QStringLiteral("@Ana_G")) == QStringLiteral("ana_g"));
    CHECK(handleKey(QStringLiteral(" ana_g")) == QStringLiteral("ana_g"));
    CHECK(handleKey(QStringLiteral("Ana   Gil")) == QStringLiteral("ana gil"));
}

TEST_CASE("A customer file in CSV is read by its header, with every problem on its line")
{
    const QByteArray csv = "\xEF\xBB\xBF"
                           "name,id,emails,phones,handles,tier,value,notes\r\n"
                           "Ana Gil,C-1,ana@example.org;ana.gil@work.example,+34 612 345 678,"
                           "@ana_g,gold,1250.50,\"Prefers DMs, \"\"not\"\" calls\nsince 2024\"\r\n"
                           "\r\n"
                           "No Id,,,,,,,\r\n"
                           "Ana Again,C-1,,,,,,\r\n"
                           "Bad Value,C-3,,,,,lots,\r\n"
                           "Joe,C-4,,,,silver,,\r\n";
    const CustomerFileRead read = CustomerFile::parse(csv);
    REQUIRE(read.customers.size() == 2);
    const CareDesk::Core::CrmRecord &ana = read.customers.first();
    CHECK(ana.id == QStringLiteral("C-1"));
    CHECK(ana.name == QStringLiteral("Ana Gil"));
    CHECK(ana.emails ==
          QStringList{QStringLiteral("ana@example.org"), QStringLiteral("ana.gil@work.example")});
    CHECK(ana.phones == QStringList{QStringLiteral("+34 612 345 678")});
    CHECK(ana.handles == QStringList{QStringLiteral("@ana_g")});
    CHECK(ana.tier == QStringLiteral("gold"));
    CHECK(ana.value == 1250.5);
    CHECK(ana.notes == QStringLiteral("Prefers DMs, \"not\" calls\nsince 2024"));
    CHECK(read.customers.last().id == QStringLiteral("C-4"));
    CHECK(read.problems ==
          QStringList{QStringLiteral("line 5: a customer needs an id"),
                      QStringLiteral("line 6: the id \"C-1\" is used twice"),
                      QStringLiteral("line 7: the value \"lots\" is not a number")});

    CHECK(CustomerFile::parse("name,email\nAna,a@example.org\n").problems ==
          QStringList{QStringLiteral("line 1: the header names no \"id\" column")});
}

TEST_CASE("A customer file in JSON Lines takes lists or one string, and refuses what is broken")
{
    const QByteArray jsonl =
        R"({"id":7,"name":"Ana Gil","emails":["ana@example.org"],"phones":"+34 612 345 678;+34 699 000 111","handles":["@ana_g","Ana Gil"],"tier":"gold","value":80})"
        "\n\n"
        R"({"id":"8","name":"Broken")"
        "\n"
        R"({"name":"No id"})"
        "\n"
        R"({"id":"9","value":"a lot"})"
        "\n";
    const CustomerFileRead read = CustomerFile::parse(jsonl);
    REQUIRE(read.customers.size() == 1);
    CHECK(read.customers.first().id == QStringLiteral("7"));
    CHECK(read.customers.first().phones.size() == 2);
    CHECK(read.customers.first().handles ==
          QStringList{QStringLiteral("@ana_g"), QStringLiteral("Ana Gil")});
    CHECK(read.customers.first().value == 80);
    REQUIRE(read.problems.size() == 3);
    CHECK(read.problems.at(0).startsWith(QStringLiteral("line 3: not a JSON object")));
    CHECK(read.problems.at(1) == QStringLiteral("line 4: a customer needs an id"));
    CHECK(read.problems.at(2) == QStringLiteral("line 5: \"value\" must be a number"));

    CHECK_FALSE(CustomerFile::read(QStringLiteral("/nonexistent/customers.csv")));
}
