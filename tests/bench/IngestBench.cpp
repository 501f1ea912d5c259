// How fast a backlog of mentions is ingested, triaged, stored and made searchable, beside the
// raw limits of the same machine measured in the same run.
//
//   caredesk-bench-ingest [COUNT]   (default 100,000 mentions)
//
// The mentions are synthetic but shaped like a brand's real traffic: seven languages, links,
// emoji, order numbers, spam, retweets, floods of the same text and replies in threads.

#include "Clock.h"
#include "ingest/Importer.h"
#include "storage/Database.h"
#include "storage/WorkspaceStore.h"
#include "triage/LanguageDetector.h"
#include "triage/TriageEngine.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <simdjson.h>
#include <sqlite3.h>

using namespace CareDesk;

namespace {

const char *const kTemplates[] = {
    "my router keeps dropping the connection since yesterday, order %1 please help",
    "still waiting for a refund for order %1, this is the third time I write",
    "is the new phone available in blue? how much is the family plan",
    "love the new app update, great job team",
    "warranty claim: the screen cracked after two weeks, order %1",
    "WIN A FREE IPHONE!!! click here %2 follow and retweet",
    "mi pedido %1 no ha llegado todavía, ¿pueden ayudarme por favor?",
    "gracias por la ayuda, todo funciona perfecto",
    "mon colis %1 est bloqué depuis une semaine, c'est inadmissible",
    "merci beaucoup pour votre réponse rapide",
    "meine Rechnung ist falsch, bitte dringend prüfen, Kundennummer %1",
    "danke, das Problem ist gelöst",
    "o meu pedido %1 ainda não chegou, alguém pode ajudar?",
    "adorei o atendimento de vocês, muito obrigado",
    "il mio ordine %1 è in ritardo di dieci giorni, che succede?",
    "grazie mille per l'aiuto",
    "طلبي %1 لم يصل بعد، أرجو المساعدة",
    "شكرا جزيلا على الخدمة الممتازة",
};
const char *const kEmoji[] = {"", "", " 😡", " 🙏", " 😂😂", " ❤️", " 👍🏽", " 🇪🇸"};

struct Synthetic
{
    QByteArray jsonLines;
    QStringList texts;
    int count = 0;
};

// `wave` 0, 1, ...: the same customers writing again later, with new message ids.
Synthetic makeMentions(int count, int wave = 0)
{
    QRandomGenerator random(20261129 + wave);
    Synthetic out;
    out.count = count;
    const int authors = std::max(1, count / 4);
    QList<QByteArray> lastIdOfAuthor(authors);
    // Each customer keeps one language and one profile, as real customers mostly do.
    struct Profile
    {
        int templateOffset;
        qint64 followers;
        bool verified;
    };
    QList<Profile> profiles;
    profiles.reserve(authors);
    for (int author = 0; author < authors; ++author) {
        profiles.append({static_cast<int>(random.bounded(9)) * 2,
                         random.bounded(100) < 3 ? static_cast<qint64>(random.bounded(200000))
                                                 : static_cast<qint64>(random.bounded(2000)),
                         random.bounded(200) == 0});
    }
    for (int i = 0; i < count; ++i) {
        const int author = static_cast<int>(random.bounded(authors));
        const Profile &profile = profiles.at(author);
        const int kind = static_cast<int>(random.bounded(100));
        // Templates come in pairs per language (a request, a thank-you); spam is anyone's.
        const int pick = kind < 12
                             ? 5
                             : (profile.templateOffset + static_cast<int>(random.bounded(2))) %
                                   static_cast<int>(std::size(kTemplates));
        QString text = QString::fromUtf8(kTemplates[pick]);
        text.replace(QLatin1String("%1"), QString::number(100000 + random.bounded(900000)));
        text.replace(QLatin1String("%2"),
                     QStringLiteral("https://spam.example/%1").arg(random.bounded(1000)));
        text = QStringLiteral("@AcmeHelp ") + text +
               QString::fromUtf8(kEmoji[random.bounded(static_cast<int>(std::size(kEmoji)))]);
        if (random.bounded(4) == 0)
            text += QStringLiteral(" https://t.co/%1").arg(random.bounded(1 << 30), 0, 36);
        const qint64 idBase = 1850000000000000000LL + wave * 10000000LL;
        const QByteArray id = QByteArray::number(idBase + i);
        QJsonObject item{
            {QStringLiteral("platform"), QStringLiteral("twitter")},
            {QStringLiteral("channel"), QStringLiteral("AcmeHelp")},
            {QStringLiteral("id"), QString::fromLatin1(id)},
            {QStringLiteral("createdAt"),
             QDateTime::fromSecsSinceEpoch(1795000000 + wave * 10000000LL + i, Qt::UTC)
                 .toString(Qt::ISODate)},
            {QStringLiteral("text"), text},
            {QStringLiteral("author"),
             QJsonObject{{QStringLiteral("id"), QString::number(author)},
                         {QStringLiteral("handle"), QStringLiteral("customer%1").arg(author)},
                         {QStringLiteral("name"), QStringLiteral("Customer %1").arg(author)},
                         {QStringLiteral("followers"), profile.followers},
                         {QStringLiteral("verified"), profile.verified}}}};
        if (kind < 5) // retweets
            item.insert(QStringLiteral("repost"), true);
        else if (kind < 25 && !lastIdOfAuthor[author].isEmpty()) // follow-ups in a thread
            item.insert(QStringLiteral("inReplyTo"), QString::fromLatin1(lastIdOfAuthor[author]));
        if (random.bounded(3) == 0)
            item.insert(QStringLiteral("lang"), QStringLiteral("und")); // X could not tell
        lastIdOfAuthor[author] = id;
        out.texts.append(text);
        out.jsonLines += QJsonDocument(item).toJson(QJsonDocument::Compact) + '\n';
        if (kind >= 95 && kind < 98) { // the same text again: a flood
            ++i;
            item.insert(QStringLiteral("id"), QString::number(idBase + i));
            out.texts.append(text);
            out.jsonLines += QJsonDocument(item).toJson(QJsonDocument::Compact) + '\n';
        }
    }
    out.count = static_cast<int>(out.texts.size());
    return out;
}

// Bare SQLite: the same texts into a table with an FTS5 index, in batches, through the C API.
double bareSqliteRowsPerSecond(const QString &path, const QStringList &texts)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(
        db,
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
        "CREATE TABLE m(id INTEGER PRIMARY KEY, text TEXT);"
        "CREATE VIRTUAL TABLE f USING fts5(text, tokenize='unicode61 remove_diacritics 2');",
        nullptr, nullptr, nullptr);
    sqlite3_stmt *row = nullptr;
    sqlite3_stmt *index = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO m(text) VALUES(?)", -1, &row, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO f(rowid, text) VALUES(?, ?)", -1, &index, nullptr);
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (i % 2000 == 0)
            sqlite3_exec(db, i ? "COMMIT; BEGIN" : "BEGIN", nullptr, nullptr, nullptr);
        const QByteArray utf8 = texts.at(i).toUtf8();
        sqlite3_bind_text(row, 1, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_STATIC);
        sqlite3_step(row);
        sqlite3_reset(row);
        sqlite3_bind_int64(index, 1, sqlite3_last_insert_rowid(db));
        sqlite3_bind_text(index, 2, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_STATIC);
        sqlite3_step(index);
        sqlite3_reset(index);
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double seconds = timer.nsecsElapsed() / 1e9;
    sqlite3_finalize(row);
    sqlite3_finalize(index);
    sqlite3_close(db);
    return texts.size() / seconds;
}

double bareLanguageTextsPerSecond(const QStringList &texts)
{
    const Triage::LanguageDetector detector;
    QElapsedTimer timer;
    timer.start();
    int known = 0;
    for (const QString &text : texts)
        known += detector.detect(text, QString(), QString()).isKnown();
    const double seconds = timer.nsecsElapsed() / 1e9;
    return known > 0 ? texts.size() / seconds : 0.0;
}

// Bare simdjson, the parser the import reads its lines with: each line parsed, nothing read out.
double bareJsonObjectsPerSecond(const QByteArray &jsonLines)
{
    simdjson::dom::parser parser;
    QElapsedTimer timer;
    timer.start();
    int objects = 0;
    for (qsizetype start = 0, end = 0; start < jsonLines.size(); start = end + 1) {
        end = jsonLines.indexOf('\n', start);
        if (end < 0)
            end = jsonLines.size();
        simdjson::dom::element document;
        objects += parser.parse(jsonLines.constData() + start, static_cast<size_t>(end - start))
                           .get(document) == simdjson::SUCCESS &&
                   document.is_object();
    }
    return objects / (timer.nsecsElapsed() / 1e9);
}

// Mentions per second of a second wave from the same customers, into a workspace that holds
// the first; with `linked`, every customer is matched to a CRM record first, as a team with a
// CRM has them (the ingest path then reads the match and gives the "Existing customer" reason).
double secondWaveRate(const QString &path, const Synthetic &first, const Synthetic &second,
                      bool linked)
{
    auto db = Storage::Database::open(path);
    if (!db)
        return 0;
    const Triage::TriageEngine engine;
    const Core::SystemClock clock;
    const auto import = [&](const Synthetic &wave) {
        Ingest::Importer importer(db.value()->connection(), clock, engine);
        QBuffer input;
        input.setData(wave.jsonLines);
        input.open(QIODevice::ReadOnly);
        return importer.importJsonLines(input);
    };
    if (!import(first))
        return 0;
    if (linked) {
        QSqlQuery link(db.value()->connection());
        if (!link.exec(QStringLiteral(
                "INSERT INTO customer_crm_links(customer_id, source, record_id, record, tier,"
                " matched_by, linked_at, fetched_at) SELECT id, 'file', 'C-' || id, '{}',"
                " 'gold', 'handle', 0, 0 FROM customers")))
            return 0;
    }
    QElapsedTimer timer;
    timer.start();
    if (!import(second))
        return 0;
    return second.count / (timer.nsecsElapsed() / 1e9);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Storage::configureSqlite(); // the raw floor below runs with the settings the workspace gets
    const int count = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 100000;
    QTemporaryDir dir;

    QElapsedTimer timer;
    timer.start();
    const Synthetic mentions = makeMentions(count);
    std::printf("%d synthetic mentions generated in %.1f s\n\n", mentions.count,
                timer.nsecsElapsed() / 1e9);

    const double sqliteFloor =
        bareSqliteRowsPerSecond(dir.filePath(QStringLiteral("bare.sqlite")), mentions.texts);
    const double cld2Floor = bareLanguageTextsPerSecond(mentions.texts);
    const double jsonFloor = bareJsonObjectsPerSecond(mentions.jsonLines);

    auto db = Storage::Database::open(dir.filePath(QStringLiteral("workspace.sqlite")));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().userMessage));
        return 1;
    }
    const Triage::TriageEngine engine;
    const Core::SystemClock clock;
    Ingest::Importer importer(db.value()->connection(), clock, engine);
    QBuffer input;
    input.setData(mentions.jsonLines);
    input.open(QIODevice::ReadOnly);
    timer.restart();
    auto summary = importer.importJsonLines(input);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!summary) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(summary.error().userMessage),
                     qPrintable(summary.error().detail));
        return 1;
    }
    Storage::WorkspaceStore store(db.value()->connection());
    auto hits = store.search(QStringLiteral("refund"), 10);
    const bool searchable = hits && !hits.value().isEmpty();

    std::printf("%-52s %12s\n", "step", "per second");
    std::printf("%-52s %12.0f\n", "CareDesk ingest + triage + store + index, end to end",
                mentions.count / seconds);
    std::printf("%-52s %12.0f\n", "  raw: SQLite batched insert with FTS5 (C API)", sqliteFloor);
    std::printf("%-52s %12.0f\n", "  raw: language detection alone (one core)", cld2Floor);
    std::printf("%-52s %12.0f\n", "  raw: JSON parsing alone, simdjson (one core)", jsonFloor);
    std::printf("\n%d mentions in %.2f s: %d messages, %d conversations, %d customers, %d skipped "
                "(retweets, floods); searchable: %s\n",
                mentions.count, seconds, summary.value().messages, summary.value().conversations,
                summary.value().customers, summary.value().skipped, searchable ? "yes" : "NO");
    // The slower of the two threads bounds the import; the other's figure shows its headroom.
    std::printf(
        "writing thread busy %.2f s, analysing worker busy %.2f s, writer waited %.2f s for it\n",
        summary.value().writingSeconds, summary.value().analysingSeconds,
        summary.value().waitingSeconds);

    // The same customers again, without and with a CRM match each: what matching costs ingest.
    const Synthetic again = makeMentions(count, 1);
    // Each measured twice, in turn, so that neither gains from going first.
    const double matched1 =
        secondWaveRate(dir.filePath(QStringLiteral("matched1.sqlite")), mentions, again, true);
    const double plain1 =
        secondWaveRate(dir.filePath(QStringLiteral("plain1.sqlite")), mentions, again, false);
    const double plain2 =
        secondWaveRate(dir.filePath(QStringLiteral("plain2.sqlite")), mentions, again, false);
    const double matched2 =
        secondWaveRate(dir.filePath(QStringLiteral("matched2.sqlite")), mentions, again, true);
    const double plain = (plain1 + plain2) / 2;
    const double matched = (matched1 + matched2) / 2;
    std::printf("\n%-52s %12s\n", "returning customers (second wave)", "per second");
    std::printf("%-52s %12.0f\n", "  no CRM", plain);
    std::printf("%-52s %12.0f\n", "  every customer matched to a CRM record", matched);
    std::printf("  difference: %+.1f%%\n", plain > 0 ? (matched - plain) / plain * 100 : 0.0);
    return searchable && plain > 0 && matched > 0 ? 0 : 1;
}
