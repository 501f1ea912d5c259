// An imported archive is history: what the brand answered long ago comes in resolved, and only
// what still waits on the brand is backlog.

#include "ingest/Importer.h"
#include "ingest/IngestPipeline.h"
#include "review/Dashboard.h"
#include "review/ReviewStore.h"
#include "review/TranscriptReport.h"
#include "storage/Database.h"
#include "storage/WorkspaceStore.h"
#include "support/FakeClock.h"
#include "support/TestSupport.h"
#include "triage/TriageEngine.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTextDocument>

using namespace CareDesk;

namespace {

// The desk's "now" is 2 November 2026, 09:00 UTC (FakeClock's start).
const QByteArray HEADER =
    "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n";

// Answered by the brand in October 2017, and nothing after: history.
const QByteArray ANSWERED_LONG_AGO =
    "1,115712,True,Tue Oct 03 10:00:00 +0000 2017,@AcmeHelp my router is broken,2,\n"
    "2,AcmeHelp,False,Tue Oct 03 10:20:00 +0000 2017,@115712 Sorry! A new one is on its way,,1\n";
// The customer wrote again after the brand's answer and got none: still waiting.
const QByteArray CUSTOMER_HAD_LAST_WORD =
    "3,115713,True,Thu Oct 05 09:00:00 +0000 2017,@AcmeHelp my bill is wrong,4,\n"
    "4,AcmeHelp,False,Thu Oct 05 09:30:00 +0000 2017,@115713 Which month?,5,3\n"
    "5,115713,True,Thu Oct 05 09:45:00 +0000 2017,@AcmeHelp September,,4\n";
// Answered two days before now: the team's week has not passed yet.
const QByteArray ANSWERED_TWO_DAYS_AGO =
    "6,115714,True,Sat Oct 31 09:00:00 +0000 2026,@AcmeHelp is the shop open on Sunday?,7,\n"
    "7,AcmeHelp,False,Sat Oct 31 10:00:00 +0000 2026,@115714 Yes: from 10 to 14,,6\n";

struct Desk
{
    Testing::TempWorkspace dir;
    Testing::FakeClock clock;
    Triage::TriageEngine triage;
    std::unique_ptr<Storage::Database> db;

    Desk()
    {
        auto opened = Storage::Database::open(dir.file(QStringLiteral("workspace.sqlite")));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
    }

    Ingest::ImportSummary importCsv(const QByteArray &rows)
    {
        QByteArray csv = HEADER + rows;
        QBuffer buffer(&csv);
        REQUIRE(buffer.open(QIODevice::ReadOnly));
        auto summary = Ingest::Importer(db->connection(), clock, triage).importTweetCsv(buffer);
        REQUIRE(summary.ok());
        return summary.value();
    }

    // The status and times of the conversation that holds the tweet `platformId`.
    struct Outcome
    {
        qint64 id = 0;
        QString status;
        QDateTime resolvedAt;
        QDateTime firstResponseAt;
    };
    Outcome outcomeOf(const QString &platformId)
    {
        QSqlQuery query(db->connection());
        query.prepare(QStringLiteral(
            "SELECT c.id, c.status, c.resolved_at, c.first_response_at FROM conversations c"
            " JOIN messages m ON m.conversation_id = c.id WHERE m.platform_id = ?"));
        query.addBindValue(platformId);
        REQUIRE(query.exec());
        REQUIRE(query.next());
        const auto time = [&](int column) {
            return query.value(column).isNull()
                       ? QDateTime()
                       : QDateTime::fromMSecsSinceEpoch(query.value(column).toLongLong(), Qt::UTC);
        };
        return {query.value(0).toLongLong(), query.value(1).toString(), time(2), time(3)};
    }

    Review::DashboardFigures dashboard(const Review::DashboardPeriod &period = {})
    {
        auto figures = Review::computeDashboard(db->connection(), period, clock.now());
        REQUIRE(figures.ok());
        return figures.value();
    }
};

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

TEST_CASE("An imported archive resolves what the brand answered long ago, and only what still "
          "waits on the brand is backlog")
{
    Desk desk;
    const Ingest::ImportSummary summary =
        desk.importCsv(ANSWERED_LONG_AGO + CUSTOMER_HAD_LAST_WORD + ANSWERED_TWO_DAYS_AGO);
    CHECK(summary.errors.isEmpty());
    CHECK(summary.conversations == 3);
    CHECK(summary.resolved == 1);

    // Resolved when the brand answered, in 2017, not when it was imported.
    const Desk::Outcome answered = desk.outcomeOf(QStringLiteral("1"));
    CHECK(answered.status == QStringLiteral("resolved"));
    CHECK(answered.resolvedAt == utc("2017-10-03T10:20:00Z"));
    CHECK(answered.firstResponseAt == utc("2017-10-03T10:20:00Z"));
    // The customer still waits for an answer to "September".
    CHECK(desk.outcomeOf(QStringLiteral("3")).status == QStringLiteral("open"));
    // Answered two days ago: the customer may still write back within the team's week.
    const Desk::Outcome recent = desk.outcomeOf(QStringLiteral("6"));
    CHECK(recent.status == QStringLiteral("pending"));
    CHECK_FALSE(recent.resolvedAt.isValid());

    // The dashboard's backlog holds the two that are not history, and the resolution time of
    // the old one is the twenty minutes it took then.
    const Review::DashboardFigures figures = desk.dashboard();
    CHECK(figures.backlogAge.total == 2);
    CHECK(figures.resolution.total == 1);
    CHECK(figures.resolution.medianSecs == 20 * 60);

    // The lead reads in the transcript why it is resolved, at the time of the brand's answer,
    // and the review list agrees.
    Review::ReviewStore reviews(desk.db->connection());
    auto transcript = reviews.transcript(answered.id, desk.clock.now());
    REQUIRE(transcript.ok());
    CHECK(transcript.value().resolutionSecs == 20 * 60);
    REQUIRE_FALSE(transcript.value().entries.isEmpty());
    const Review::TimelineEntry &last = transcript.value().entries.constLast();
    CHECK(last.kind == Review::TimelineEntry::Kind::StatusChange);
    CHECK(last.at == utc("2017-10-03T10:20:00Z"));
    QTextDocument shown;
    shown.setHtml(Review::transcriptReportHtml(transcript.value(), nullptr, false));
    CHECK(shown.toPlainText().contains(
        QStringLiteral("resolved on import: the brand had answered last")));
    // The brand's answer is the brand account's, not an unknown author's.
    CHECK_FALSE(shown.toPlainText().contains(QStringLiteral("(unknown)")));
    Review::TranscriptFilter resolvedOnly;
    resolvedOnly.outcome = Review::TranscriptFilter::Outcome::Resolved;
    auto rows = reviews.transcripts(resolvedOnly, desk.clock.now());
    REQUIRE(rows.ok());
    REQUIRE(rows.value().size() == 1);
    CHECK(rows.value()[0].conversationId == answered.id);
    CHECK(rows.value()[0].firstResponseSecs == 20 * 60);

    // Imported again, nothing is new and nothing is resolved twice.
    const Ingest::ImportSummary again =
        desk.importCsv(ANSWERED_LONG_AGO + CUSTOMER_HAD_LAST_WORD + ANSWERED_TWO_DAYS_AGO);
    CHECK(again.messages == 0);
    CHECK(again.resolved == 0);
    QSqlQuery events(desk.db->connection());
    REQUIRE(events.exec(QStringLiteral(
        "SELECT COUNT(*) FROM audit_events WHERE action = 'status' AND entity = 'conversation'")));
    REQUIRE(events.next());
    CHECK(events.value(0).toInt() == 1);
}

TEST_CASE("How long imported history must be quiet is the team's, and what the import did not "
          "touch is left as it is")
{
    Desk desk;
    // A conversation the desk took in live in 2017, answered and never resolved: the lead's
    // own business, not the import's.
    auto channel =
        Storage::WorkspaceStore(desk.db->connection())
            .ensureChannel(QStringLiteral("sandbox"), QStringLiteral("Practice"),
                           QStringLiteral("sandbox"), QStringLiteral("{}"), desk.clock.now());
    REQUIRE(channel.ok());
    Sdk::InboundItem question;
    question.platformId = QStringLiteral("live-1");
    question.author.platformUserId = QStringLiteral("jane");
    question.author.handle = QStringLiteral("jane");
    question.text = QStringLiteral("@AcmeHelp is my order on its way?");
    question.createdAt = utc("2017-10-01T08:00:00Z");
    Sdk::InboundItem answer;
    answer.platformId = QStringLiteral("live-2");
    answer.inReplyToId = QStringLiteral("live-1");
    answer.fromChannel = true;
    answer.text = QStringLiteral("@jane It is, it arrives on Monday");
    answer.createdAt = utc("2017-10-01T08:30:00Z");
    REQUIRE(Ingest::IngestPipeline(desk.db->connection(), desk.clock, desk.triage)
                .ingest(channel.value(), QStringLiteral("sandbox"), {question, answer})
                .ok());

    // The team gives customers a single day to write back.
    Triage::SlaPolicy policy;
    policy.autoResolveDays = 1;
    desk.triage.setSlaPolicy(policy);
    const Ingest::ImportSummary summary = desk.importCsv(ANSWERED_LONG_AGO + ANSWERED_TWO_DAYS_AGO);
    CHECK(summary.resolved == 2);
    CHECK(desk.outcomeOf(QStringLiteral("6")).status == QStringLiteral("resolved"));
    CHECK(desk.outcomeOf(QStringLiteral("6")).resolvedAt == utc("2026-10-31T10:00:00Z"));
    CHECK(desk.outcomeOf(QStringLiteral("live-1")).status == QStringLiteral("pending"));
}

TEST_CASE("A JSON Lines history comes in resolved where the channel's own account wrote last")
{
    Desk desk;
    QByteArray lines =
        R"({"platform":"twitter","channel":"AcmeHelp","id":"10","author":{"id":"7"},)"
        R"("createdAt":"2017-12-03T10:00:00Z","text":"@AcmeHelp my parcel is lost"})"
        "\n"
        R"({"platform":"twitter","channel":"AcmeHelp","id":"11","inReplyTo":"10",)"
        R"("direction":"outbound","createdAt":"2017-12-03T11:00:00Z","text":"Found it!"})"
        "\n"
        R"({"platform":"twitter","channel":"AcmeHelp","id":"12","author":{"id":"8"},)"
        R"("createdAt":"2017-12-03T12:00:00Z","text":"@AcmeHelp hello? anyone?"})"
        "\n";
    QBuffer buffer(&lines);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    auto summary =
        Ingest::Importer(desk.db->connection(), desk.clock, desk.triage).importJsonLines(buffer);
    REQUIRE(summary.ok());
    CHECK(summary.value().errors.isEmpty());
    CHECK(summary.value().resolved == 1);
    CHECK(desk.outcomeOf(QStringLiteral("10")).status == QStringLiteral("resolved"));
    CHECK(desk.outcomeOf(QStringLiteral("10")).resolvedAt == utc("2017-12-03T11:00:00Z"));
    CHECK(desk.outcomeOf(QStringLiteral("12")).status != QStringLiteral("resolved"));
    CHECK(desk.dashboard().backlogAge.total == 1);
}
