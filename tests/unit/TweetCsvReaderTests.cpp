#include "ingest/TweetCsvReader.h"
#include "support/TestSupport.h"

#include <QBuffer>
#include <QLocale>

#include <algorithm>
#include <vector>

using namespace CareDesk;

namespace {

const QByteArray kHeader = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,"
                           "in_response_to_tweet_id\n";

// Hands the archive over a few bytes at a time, like a pipe: rows, quotes and line ends are cut
// at every possible place.
class TrickleDevice final : public QIODevice
{
public:
    explicit TrickleDevice(QByteArray data, bool failAtEnd = false)
        : m_data(std::move(data))
        , m_failAtEnd(failAtEnd)
    {}
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_failAtEnd && m_at == m_data.size()) {
            setErrorString(QStringLiteral("Input/output error"));
            return -1;
        }
        const qint64 count = std::min<qint64>({maxSize, 3, m_data.size() - m_at});
        std::copy_n(m_data.constData() + m_at, count, data);
        m_at += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    bool m_failAtEnd = false;
    qint64 m_at = 0;
};

struct Archive
{
    std::vector<Ingest::TweetCsvRow> rows;
    std::vector<Core::Error> errors;
};

Archive readAll(QIODevice &device)
{
    Archive archive;
    Ingest::TweetCsvReader reader(device);
    const Core::Result<void> header = reader.readHeader();
    REQUIRE(header.ok());
    while (std::optional<Core::Result<Ingest::TweetCsvRow>> next = reader.next()) {
        if (next->ok())
            archive.rows.push_back(next->value());
        else
            archive.errors.push_back(next->error());
    }
    CHECK_FALSE(reader.next().has_value());
    return archive;
}

Archive readAll(const QByteArray &csv)
{
    QBuffer buffer;
    buffer.setData(csv);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    return readAll(buffer);
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
}

QString joined(const std::vector<Core::Error> &errors)
{
    QStringList details;
    for (const Core::Error &error : errors)
        details.append(error.detail);
    return details.join(u'|');
}

} // namespace

TEST_CASE("A tweet archive keeps quotes, commas, line breaks, replies and spreadsheet ids")
{
    const QByteArray csv =
        kHeader +
        "1,sprintcare,False,Tue Oct 31 22:10:47 +0000 2017,@115712 I understand. I would like "
        "to assist you.,2,3.0\n"
        "2,115712,True,Tue Oct 31 22:11:45 +0000 2017,\"@sprintcare and how do you propose we "
        "do that, exactly?\",\"4,5.0\",1\n"
        "3,115712,true,Tue Oct 31 22:08:27 +0000 2017,\"@sprintcare I sent several private "
        "messages\nand nobody answers, as \"\"usual\"\"\",1,\n"
        "4.0,sprintcare,0,Tue Oct 31 21:54:49 +0000 2017,@115712 Please send us a Private "
        "Message.,,2.0\n";
    QByteArray crlf = csv;
    crlf.replace("\n", "\r\n");
    const QByteArray bom = "\xEF\xBB\xBF";

    struct Variant
    {
        const char *name;
        QByteArray data;
        bool trickle;
    };
    const Variant variants[] = {{"LF", csv, false},
                                {"CRLF with byte order mark", bom + crlf, false},
                                {"LF through a pipe", bom + csv, true},
                                {"CRLF through a pipe", crlf, true}};
    for (const Variant &variant : variants) {
        INFO(variant.name);
        Archive archive;
        if (variant.trickle) {
            TrickleDevice device(variant.data);
            REQUIRE(device.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
            archive = readAll(device);
        } else {
            archive = readAll(variant.data);
        }
        CHECK(joined(archive.errors).isEmpty());
        REQUIRE(archive.rows.size() == 4);

        const Ingest::TweetCsvRow &brand = archive.rows[0];
        CHECK(brand.line == 2);
        CHECK(brand.tweetId == QStringLiteral("1"));
        CHECK(brand.authorId == QStringLiteral("sprintcare"));
        CHECK_FALSE(brand.inbound);
        CHECK(brand.createdAt == utc("2017-10-31T22:10:47Z"));
        CHECK(brand.createdAt.timeSpec() == Qt::UTC);
        CHECK(brand.text == QStringLiteral("@115712 I understand. I would like to assist you."));
        CHECK(brand.responseTweetIds == QStringList{QStringLiteral("2")});
        CHECK(brand.inResponseToTweetId == QStringLiteral("3"));

        const Ingest::TweetCsvRow &customer = archive.rows[1];
        CHECK(customer.line == 3);
        CHECK(customer.inbound);
        CHECK(customer.text ==
              QStringLiteral("@sprintcare and how do you propose we do that, exactly?"));
        CHECK(customer.responseTweetIds == QStringList{QStringLiteral("4"), QStringLiteral("5")});
        CHECK(customer.inResponseToTweetId == QStringLiteral("1"));

        const Ingest::TweetCsvRow &multiline = archive.rows[2];
        CHECK(multiline.line == 4);
        CHECK(multiline.inbound);
        CHECK(multiline.text == QStringLiteral("@sprintcare I sent several private messages\n"
                                               "and nobody answers, as \"usual\""));
        CHECK(multiline.inResponseToTweetId.isEmpty());

        const Ingest::TweetCsvRow &last = archive.rows[3];
        CHECK(last.line == 6);
        CHECK(last.tweetId == QStringLiteral("4"));
        CHECK_FALSE(last.inbound);
        CHECK(last.responseTweetIds.isEmpty());
        CHECK(last.inResponseToTweetId == QStringLiteral("2"));
    }
}

TEST_CASE("An archive whose first line is not the expected header is refused before any row")
{
    const QByteArray row = "1,sprintcare,False,Tue Oct 31 22:10:47 +0000 2017,hello,,\n";
    const QByteArray headers[] = {
        "id,author,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n",
        "author_id,tweet_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n",
        "tweet_id,author_id,inbound,created_at,text,response_tweet_id\n", row};
    for (const QByteArray &header : headers) {
        INFO(header.toStdString());
        QBuffer buffer;
        buffer.setData(header + row);
        REQUIRE(buffer.open(QIODevice::ReadOnly));
        Ingest::TweetCsvReader reader(buffer);
        const Core::Result<void> result = reader.readHeader();
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().userMessage.contains(QStringLiteral("tweet_id,author_id,inbound")));
        CHECK(result.error().detail.startsWith(QStringLiteral("line 1:")));
        CHECK_FALSE(reader.next().has_value());
    }

    QBuffer empty;
    REQUIRE(empty.open(QIODevice::ReadOnly));
    Ingest::TweetCsvReader reader(empty);
    const Core::Result<void> result = reader.readHeader();
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().userMessage.contains(QStringLiteral("empty")));
}

TEST_CASE(
    "A row with missing or extra columns is reported with its line and the next rows are read")
{
    const Archive archive =
        readAll(kHeader + "1,115712,True,Tue Oct 31 22:10:47 +0000 2017,first,,\n"
                          "2,115712,True,Tue Oct 31 22:10:47 +0000 2017,six columns,\n"
                          "3,115712,True,Tue Oct 31 22:10:47 +0000 2017,eight,columns,,\n"
                          "4,115712,True,Tue Oct 31 22:10:47 +0000 2017,last,,\n");
    REQUIRE(archive.errors.size() == 2);
    CHECK(archive.errors[0].detail == QStringLiteral("line 3: expected 7 fields, found 6"));
    CHECK(archive.errors[0].userMessage.contains(QStringLiteral("Line 3")));
    CHECK(archive.errors[1].detail == QStringLiteral("line 4: expected 7 fields, found 8"));
    REQUIRE(archive.rows.size() == 2);
    CHECK(archive.rows[0].text == QStringLiteral("first"));
    CHECK(archive.rows[1].text == QStringLiteral("last"));
    CHECK(archive.rows[1].line == 5);
}

TEST_CASE("Dates are read in English whatever the desktop language and stored in UTC")
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const Archive archive =
        readAll(kHeader + "1,a,True,Tue Oct 31 23:10:47 +0100 2017,Berlin,,\n"
                          "2,a,True,tue oct 31 17:10:47 -0500 2017,New York,,\n"
                          "3,a,True,Sun  Dec 31 23:59:59 -0130 2017,into the new year,,\n"
                          "4,a,True,Di Okt 31 22:10:47 +0000 2017,German names,,\n"
                          "5,a,True,Fri Feb 30 10:00:00 +0000 2018,no such day,,\n"
                          "6,a,True,Tue Oct 31 24:10:47 +0000 2017,no such hour,,\n"
                          "7,a,True,2017-10-31T22:10:47Z,not the archive format,,\n"
                          "8,a,True,,no date at all,,\n");
    QLocale::setDefault(previous);

    REQUIRE(archive.rows.size() == 3);
    CHECK(archive.rows[0].createdAt == utc("2017-10-31T22:10:47Z"));
    CHECK(archive.rows[1].createdAt == utc("2017-10-31T22:10:47Z"));
    CHECK(archive.rows[2].createdAt == utc("2018-01-01T01:29:59Z"));
    REQUIRE(archive.errors.size() == 5);
    for (int i = 0; i < 5; ++i) {
        INFO(archive.errors[i].detail.toStdString());
        CHECK(
            archive.errors[i].detail.startsWith(QStringLiteral("line %1: created_at").arg(i + 5)));
    }
}

TEST_CASE("Wrong ids and inbound values are reported, spreadsheet number formats are not")
{
    const Archive archive =
        readAll(kHeader + "1.19237E+5,a,True,Tue Oct 31 22:10:47 +0000 2017,scientific notation,,\n"
                          "119238.00,a,TRUE,Tue Oct 31 22:10:47 +0000 2017,kept,\" 1.0 , 2 \",\n"
                          "119239,a,yes,Tue Oct 31 22:10:47 +0000 2017,not a boolean,,\n"
                          "119240,a,1,Tue Oct 31 22:10:47 +0000 2017,bad reply list,\"1,x\",\n"
                          "119241,a,1,Tue Oct 31 22:10:47 +0000 2017,bad parent,,12a\n"
                          ",a,1,Tue Oct 31 22:10:47 +0000 2017,no id,,\n"
                          "119242,,1,Tue Oct 31 22:10:47 +0000 2017,no author,,\n");
    REQUIRE(archive.rows.size() == 1);
    CHECK(archive.rows[0].tweetId == QStringLiteral("119238"));
    CHECK(archive.rows[0].inbound);
    CHECK(archive.rows[0].responseTweetIds ==
          QStringList{QStringLiteral("1"), QStringLiteral("2")});
    REQUIRE(archive.errors.size() == 6);
    CHECK(archive.errors[0].detail.startsWith(QStringLiteral("line 2: tweet_id \"1.19237E+5\"")));
    CHECK(archive.errors[1].detail.startsWith(QStringLiteral("line 4: inbound \"yes\"")));
    CHECK(archive.errors[2].detail.startsWith(QStringLiteral("line 5: response_tweet_id \"x\"")));
    CHECK(archive.errors[3].detail.startsWith(
        QStringLiteral("line 6: in_response_to_tweet_id \"12a\"")));
    CHECK(archive.errors[4].detail.startsWith(QStringLiteral("line 7: tweet_id")));
    CHECK(archive.errors[5].detail.startsWith(QStringLiteral("line 8: author_id")));
}

TEST_CASE("A quote left open is reported at its row and does not swallow the rows after it")
{
    SECTION("at the end of the file")
    {
        const Archive archive = readAll(
            kHeader + "1,a,True,Tue Oct 31 22:10:47 +0000 2017,fine,,\n"
                      "2,a,True,Tue Oct 31 22:10:47 +0000 2017,\"never closed\nstill, the text");
        REQUIRE(archive.rows.size() == 1);
        REQUIRE(archive.errors.size() == 1);
        CHECK(archive.errors[0].detail ==
              QStringLiteral("line 3: quoted field still open at the end of the file"));
        CHECK(archive.errors[0].userMessage.contains(QStringLiteral("never closed")));
    }

    SECTION("followed by rows with quoted text")
    {
        const Archive archive = readAll(
            kHeader + "1,a,True,Tue Oct 31 22:10:47 +0000 2017,\"never closed, says the agent,,\n"
                      "2,b,False,Tue Oct 31 22:11:47 +0000 2017,\"quoted, with a comma\",,1\n"
                      "3,a,True,Tue Oct 31 22:12:47 +0000 2017,thanks,,2\n");
        REQUIRE(archive.errors.size() == 1);
        CHECK(archive.errors[0].detail ==
              QStringLiteral("line 2: quoted field still open where the row on line 3 starts"));
        REQUIRE(archive.rows.size() == 2);
        CHECK(archive.rows[0].line == 3);
        CHECK(archive.rows[0].text == QStringLiteral("quoted, with a comma"));
        CHECK(archive.rows[1].line == 4);
    }

    SECTION("followed by a long paste that only closes much later")
    {
        QByteArray csv = kHeader + "1,a,True,Tue Oct 31 22:10:47 +0000 2017,\"runaway,,\n";
        for (int i = 0; i < 300; ++i)
            csv += "pasted log output " + QByteArray(80, 'x') + "\n";
        csv += "end of the paste\",,\n"
               "2,a,True,Tue Oct 31 22:10:47 +0000 2017,after the runaway,,\n";
        const Archive archive = readAll(csv);
        REQUIRE(archive.errors.size() == 1);
        CHECK(archive.errors[0].detail.startsWith(
            QStringLiteral("line 2: quoted field still open after 100 lines")));
        REQUIRE(archive.rows.size() == 1);
        CHECK(archive.rows[0].line == 304);
        CHECK(archive.rows[0].text == QStringLiteral("after the runaway"));
    }

    SECTION("but a long text that closes within either limit is kept whole")
    {
        QByteArray manyLines;
        for (int i = 0; i < 150; ++i)
            manyLines += "line " + QByteArray::number(i) + ' ' + QByteArray(50, 'y') + '\n';
        QByteArray manyCharacters;
        for (int i = 0; i < 50; ++i)
            manyCharacters += QByteArray(400, 'z') + ", and\n";
        for (const QByteArray &text : {manyLines, manyCharacters}) {
            const Archive archive =
                readAll(kHeader + "1,a,True,Tue Oct 31 22:10:47 +0000 2017,\"" + text + "\",,\n" +
                        "2,a,True,Tue Oct 31 22:10:47 +0000 2017,next,,\n");
            CHECK(joined(archive.errors).isEmpty());
            REQUIRE(archive.rows.size() == 2);
            CHECK(archive.rows[0].text == QString::fromLatin1(text));
            CHECK(archive.rows[1].line == 3 + text.count('\n'));
        }
    }
}

TEST_CASE("Blank lines, empty spreadsheet rows and an empty trailing line are not rows")
{
    const QByteArray rows = "1,a,True,Tue Oct 31 22:10:47 +0000 2017,one,,\n"
                            "\n"
                            "2,a,True,Tue Oct 31 22:10:47 +0000 2017,two,,\n"
                            "   \n"
                            ",,,,,,\n"
                            "3,a,True,Tue Oct 31 22:10:47 +0000 2017,three,,";
    for (const QByteArray &ending :
         {QByteArray(), QByteArray("\n"), QByteArray("\n\n"), QByteArray("\r\n")}) {
        const Archive archive = readAll(kHeader + rows + ending);
        CHECK(joined(archive.errors).isEmpty());
        REQUIRE(archive.rows.size() == 3);
        CHECK(archive.rows[2].text == QStringLiteral("three"));
        CHECK(archive.rows[2].line == 7);
    }
}

TEST_CASE("Emoji and non-Latin text come through intact, broken UTF-8 is reported")
{
    const QString text = QStringLiteral("Mi teléfono 📱 не работает, 我的手机坏了 😡 هاتفي لا يعمل "
                                        "👩‍👩‍👧");
    const QString author = QStringLiteral("ケア担当");
    const Archive archive =
        readAll(kHeader + "1," + author.toUtf8() + ",False,Tue Oct 31 22:10:47 +0000 2017,\"" +
                text.toUtf8() + "\",,\n" +
                "2,a,True,Tue Oct 31 22:10:47 +0000 2017,caf\xC3\x28 broken,,\n" +
                "3,a,True,Tue Oct 31 22:10:47 +0000 2017,\xED\xA0\x80 surrogate,,\n" +
                "4,a,True,Tue Oct 31 22:10:47 +0000 2017,\xF0\x9F\x98\xA1,,\n");
    REQUIRE(archive.rows.size() == 2);
    CHECK(archive.rows[0].text == text);
    CHECK(archive.rows[0].authorId == author);
    CHECK(archive.rows[1].text == QStringLiteral("😡"));
    REQUIRE(archive.errors.size() == 2);
    CHECK(archive.errors[0].detail == QStringLiteral("line 3: text is not valid UTF-8"));
    CHECK(archive.errors[1].detail == QStringLiteral("line 4: text is not valid UTF-8"));
}

TEST_CASE("X's escapes of &, < and > in an archive are undone once, everything else is kept")
{
    // Archives of X keep the text as X's API sends it: & < > escaped, quotes not.
    const Archive archive = readAll(
        kHeader +
        "1,115712,True,Tue Oct 31 22:10:47 +0000 2017,\"@AcmeHelp Zip code &amp; item number "
        "&lt;3 -&gt; \"\"fast\"\" it's\",,\n"
        "2,115712,True,Tue Oct 31 22:11:47 +0000 2017,I typed &amp;amp; and &amp;lt; on purpose,,\n"
        "3,115712,True,Tue Oct 31 22:12:47 +0000 2017,&quot;&#39; & &amp &ampx; stay,,\n");
    CHECK(joined(archive.errors).isEmpty());
    REQUIRE(archive.rows.size() == 3);
    CHECK(archive.rows[0].text ==
          QStringLiteral("@AcmeHelp Zip code & item number <3 -> \"fast\" it's"));
    CHECK(archive.rows[1].text == QStringLiteral("I typed &amp; and &lt; on purpose"));
    CHECK(archive.rows[2].text == QStringLiteral("&quot;&#39; & &amp &ampx; stay"));
}

TEST_CASE("A disk or network failure while reading is reported once and reading stops")
{
    TrickleDevice device(kHeader + "1,a,True,Tue Oct 31 22:10:47 +0000 2017,complete,,\n"
                                   "2,a,True,Tue Oct 31 22:10:47 +0000 2017,cut off",
                         true);
    REQUIRE(device.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    Ingest::TweetCsvReader reader(device);
    REQUIRE(reader.readHeader().ok());

    std::optional<Core::Result<Ingest::TweetCsvRow>> first = reader.next();
    REQUIRE(first.has_value());
    REQUIRE(first->ok());
    CHECK(first->value().text == QStringLiteral("complete"));

    std::optional<Core::Result<Ingest::TweetCsvRow>> failure = reader.next();
    REQUIRE(failure.has_value());
    REQUIRE_FALSE(failure->ok());
    CHECK(failure->error().detail == QStringLiteral("line 3: read error: Input/output error"));
    CHECK(failure->error().userMessage.contains(QStringLiteral("Input/output error")));
    CHECK_FALSE(reader.next().has_value());
}

TEST_CASE("Rows can be read without asking for the header first, a bad header still stops them")
{
    QBuffer good;
    good.setData(kHeader + "1,a,True,Tue Oct 31 22:10:47 +0000 2017,hello,,\n");
    REQUIRE(good.open(QIODevice::ReadOnly));
    Ingest::TweetCsvReader reader(good);
    std::optional<Core::Result<Ingest::TweetCsvRow>> row = reader.next();
    REQUIRE(row.has_value());
    REQUIRE(row->ok());
    CHECK(row->value().line == 2);

    QBuffer bad;
    bad.setData("1,a,True,Tue Oct 31 22:10:47 +0000 2017,hello,,\n");
    REQUIRE(bad.open(QIODevice::ReadOnly));
    Ingest::TweetCsvReader refused(bad);
    std::optional<Core::Result<Ingest::TweetCsvRow>> error = refused.next();
    REQUIRE(error.has_value());
    REQUIRE_FALSE(error->ok());
    CHECK(error->error().detail.startsWith(QStringLiteral("line 1:")));
    CHECK_FALSE(refused.next().has_value());
}
