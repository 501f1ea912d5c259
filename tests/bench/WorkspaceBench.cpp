// How fast the inbox and search answer on a large workspace, each figure beside the raw limit of
// bare SQL on the same file, measured in the same run.
//
//   caredesk-bench-workspace [--keep] [--conversations N] [FOLDER]
//
// Builds FOLDER/workspace.sqlite (FOLDER defaults to a new temporary folder) with N
// conversations (default 1,000,000) and five messages each on average, through the real
// migrations and then straight through the SQLite C API. Without --keep the workspace is
// removed at the end; with --keep it stays, and a later run with --keep on the same folder
// reuses it instead of building it again.
//
// The data is shaped like a brand's history: most conversations resolved long ago, a backlog
// of new, open and pending ones, six channels on three platforms, ten languages, the triage
// categories, agents, and messages composed from a few hundred sentences in those languages
// with words from a long-tailed vocabulary, so that search sees common and rare words.

#include "model/Inbox.h"
#include "review/Dashboard.h"
#include "review/ReviewStore.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "storage/WorkspaceStore.h"
#include "workspace/ReportReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#if defined(Q_OS_LINUX)
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <random>
#include <sqlite3.h>
#include <string>
#include <thread>
#include <vector>

using namespace CareDesk;

namespace {

constexpr int PAGE_SIZE = 50;
constexpr int MESSAGES_PER_CONVERSATION = 5;
constexpr int CONVERSATIONS_PER_TRANSACTION = 20'000;
constexpr qint64 MINUTE_MS = 60'000;
constexpr qint64 DAY_MS = 24 * 60 * MINUTE_MS;
const QString COMPLETE_MARKER = QStringLiteral("workspace.complete");

[[noreturn]] void fail(const char *what, sqlite3 *db)
{
    std::fprintf(stderr, "%s: %s\n", what, db ? sqlite3_errmsg(db) : "");
    std::exit(2);
}

// ---------------------------------------------------------------------------------------------
// The sentences messages are made of.

struct Language
{
    const char *code;
    int weight; // share of conversations, in percent
    std::vector<const char *> openers;
    std::vector<const char *> bodies; // {p} product, {o} order number, {c} city
    std::vector<const char *> closers;
    std::vector<const char *> replies; // the brand's answers
};

const std::vector<Language> &languages()
{
    static const std::vector<Language> all = {
        {"en",
         45,
         {"Hi", "Hello", "Hey", "Good morning", "Excuse me", "Seriously"},
         {"my {p} stopped charging after the last update", "I was charged twice for order {o}",
          "no signal in {c} since this morning", "where is my refund for order {o}?",
          "the {p} screen cracked after two weeks, is that covered by the warranty",
          "your app keeps logging me out",
          "can I upgrade my plan to the {p} before the contract ends",
          "delivery of order {o} is three days late", "the {p} overheats when I use the camera",
          "internet is very slow in {c} tonight", "I want to cancel my subscription",
          "does the {p} come in blue", "thanks for the quick help yesterday, great service",
          "my bill shows roaming charges but I never left {c}",
          "the store in {c} refused to exchange my {p}", "how long does a repair of the {p} take"},
         {"please help", "any update?", "thanks", "this is the third time I ask",
          "not happy at all"},
         {"Sorry to hear that! Could you send us your order number by DM?",
          "Thanks for reaching out, we are looking into it.",
          "We have sent you a private message with the next steps.",
          "Glad we could help, have a great day!",
          "Our technicians are working on the network in your area."}},
        {"es",
         18,
         {"Hola", "Buenas", "Buenos días", "Oigan", "Por favor"},
         {"mi pedido {o} no ha llegado todavía", "me cobraron dos veces la factura",
          "no tengo cobertura en {c} desde ayer", "el {p} no carga desde la actualización",
          "quiero la devolución del pedido {o}",
          "la pantalla del {p} se rompió, ¿entra en la garantía?",
          "la aplicación no me deja entrar", "internet va lentísimo en {c}",
          "quiero darme de baja del servicio", "¿el {p} viene en color azul?",
          "gracias por la ayuda, todo funciona perfecto", "la tienda de {c} no me cambia el {p}"},
         {"¿alguien me ayuda?", "gracias", "es la tercera vez que escribo", "qué vergüenza"},
         {"¡Hola! Lamentamos lo ocurrido, ¿nos envías el número de pedido por DM?",
          "Gracias por escribirnos, ya lo estamos revisando.",
          "Te hemos enviado un mensaje privado con los siguientes pasos."}},
        {"pt",
         8,
         {"Olá", "Oi", "Bom dia", "Por favor"},
         {"o meu pedido {o} ainda não chegou", "fui cobrado duas vezes", "estou sem sinal em {c}",
          "o {p} parou de carregar", "quero o reembolso do pedido {o}",
          "a tela do {p} quebrou, tem garantia?", "o aplicativo não abre",
          "a internet está muito lenta em {c}", "adorei o atendimento de vocês"},
         {"alguém pode ajudar?", "obrigado", "já é a terceira vez"},
         {"Olá! Lamentamos, pode nos enviar o número do pedido por DM?",
          "Obrigado pelo contato, já estamos verificando."}},
        {"de",
         7,
         {"Hallo", "Guten Tag", "Moin", "Entschuldigung"},
         {"meine Rechnung ist falsch, Bestellung {o}", "seit gestern kein Netz in {c}",
          "das {p} lädt nicht mehr", "wo bleibt meine Erstattung für Bestellung {o}?",
          "das Display vom {p} ist gesprungen, ist das Garantie?", "die App stürzt ständig ab",
          "Internet in {c} ist extrem langsam", "ich möchte meinen Vertrag kündigen",
          "danke, das Problem ist gelöst"},
         {"bitte dringend prüfen", "danke", "schon das dritte Mal"},
         {"Hallo! Das tut uns leid, schick uns bitte die Bestellnummer per DM.",
          "Danke für deine Nachricht, wir schauen uns das an."}},
        {"fr",
         7,
         {"Bonjour", "Salut", "Bonsoir", "Excusez-moi"},
         {"mon colis {o} est bloqué depuis une semaine", "j'ai été facturé deux fois",
          "plus de réseau à {c} depuis ce matin", "mon {p} ne charge plus",
          "je veux le remboursement de la commande {o}",
          "l'écran du {p} est cassé, c'est sous garantie ?", "l'application plante tout le temps",
          "internet est très lent à {c}", "merci beaucoup pour votre réponse rapide"},
         {"c'est inadmissible", "merci", "aidez-moi svp"},
         {"Bonjour ! Désolés, pouvez-vous nous envoyer le numéro de commande en DM ?",
          "Merci pour votre message, nous regardons cela."}},
        {"it",
         4,
         {"Ciao", "Buongiorno", "Salve"},
         {"il mio ordine {o} è in ritardo di dieci giorni", "mi avete addebitato due volte",
          "niente segnale a {c}", "il {p} non si carica più", "voglio il rimborso dell'ordine {o}",
          "grazie mille per l'aiuto"},
         {"che succede?", "grazie", "aiuto"},
         {"Ciao! Ci dispiace, puoi inviarci il numero d'ordine in DM?",
          "Grazie per averci scritto, stiamo verificando."}},
        {"ja",
         4,
         {"こんにちは", "すみません"},
         {"注文{o}がまだ届きません", "{p}が充電できません", "{c}で電波がありません",
          "二重に請求されました", "{p}の画面が割れました、保証対象ですか",
          "ありがとうございました"},
         {"よろしくお願いします", "助けてください"},
         {"ご不便をおかけして申し訳ありません。DMで注文番号をお知らせください。",
          "お問い合わせありがとうございます。確認いたします。"}},
        {"ar",
         3,
         {"مرحبا", "السلام عليكم"},
         {"طلبي {o} لم يصل بعد", "تم خصم المبلغ مرتين", "لا توجد تغطية في {c}", "{p} لا يشحن",
          "شكرا جزيلا على الخدمة الممتازة"},
         {"أرجو المساعدة", "شكرا"},
         {"نأسف لذلك، يرجى إرسال رقم الطلب في رسالة خاصة.",
          "شكرا لتواصلك معنا، نحن نتحقق من الأمر."}},
        {"nl",
         2,
         {"Hallo", "Goedemorgen"},
         {"mijn bestelling {o} is nog niet binnen", "ik ben twee keer gefactureerd",
          "geen bereik in {c}", "mijn {p} laadt niet meer op", "bedankt voor de snelle hulp"},
         {"graag hulp", "bedankt"},
         {"Vervelend om te horen! Stuur je ons het bestelnummer via DM?"}},
        {"tr",
         2,
         {"Merhaba", "İyi günler"},
         {"{o} numaralı siparişim hâlâ gelmedi", "iki kez ücret alındı", "{c} bölgesinde çekmiyor",
          "{p} şarj olmuyor", "hızlı yardım için teşekkürler"},
         {"lütfen yardım edin", "teşekkürler"},
         {"Yaşadığınız sorun için üzgünüz, sipariş numaranızı DM ile iletir misiniz?"}},
    };
    return all;
}

const std::array PRODUCTS = {"Nova X2",      "Nova X3 Pro",   "Nova Lite",      "AirLink router",
                             "HomeBox 5G",   "Pulse watch",   "Pulse buds",     "Zen tablet",
                             "Volt charger", "Nova X4 Ultra", "FiberOne modem", "StreamBox"};
const std::array CITIES = {
    "Madrid", "Sevilla",    "Berlin", "Hamburg", "Paris",       "Lyon",   "Lisboa",    "Porto",
    "Milano", "Roma",       "Tokyo",  "Osaka",   "Dubai",       "Cairo",  "Amsterdam", "Istanbul",
    "London", "Manchester", "Boston", "Austin",  "Mexico City", "Bogotá", "São Paulo", "Munich"};
const std::array FIRST_NAMES = {
    "Maria", "José",   "Ana",     "Carlos",    "Lucía",  "Javier", "Sofía",   "Diego",  "Elena",
    "Pablo", "João",   "Beatriz", "Rafael",    "Camila", "Thiago", "Jonas",   "Lena",   "Felix",
    "Anna",  "Lukas",  "Hannah",  "Paul",      "Marie",  "Louis",  "Camille", "Hugo",   "Chloé",
    "Jules", "Giulia", "Marco",   "Francesca", "Luca",   "Chiara", "Yuki",    "Haruto", "Sakura",
    "Ren",   "Aoi",    "Ahmed",   "Fatima",    "Omar",   "Layla",  "Youssef", "Noor",   "Daan",
    "Emma",  "Sem",    "Julia",   "Mehmet",    "Ayşe",   "Emre",   "Zeynep",  "James",  "Olivia",
    "Liam",  "Ava",    "Noah",    "Mia",       "Ethan",  "Grace",  "Oliver",  "Chloe",  "Jack",
    "Emily", "Harry",  "Isla",    "Kevin",     "Laura",  "Nina",   "Sara"};
const std::array LAST_NAMES = {
    "Garcia",    "Lopez",    "Martinez", "Sanchez", "Perez",   "Gomez",   "Fernandez", "Ruiz",
    "Silva",     "Santos",   "Oliveira", "Costa",   "Pereira", "Müller",  "Schmidt",   "Schneider",
    "Fischer",   "Weber",    "Wagner",   "Becker",  "Martin",  "Bernard", "Dubois",    "Moreau",
    "Laurent",   "Rossi",    "Russo",    "Bianchi", "Romano",  "Colombo", "Sato",      "Suzuki",
    "Takahashi", "Tanaka",   "Watanabe", "Hassan",  "Ali",     "Mahmoud", "Ibrahim",   "de Jong",
    "Jansen",    "de Vries", "Yılmaz",   "Kaya",    "Demir",   "Smith",   "Johnson",   "Williams",
    "Brown",     "Jones",    "Miller",   "Davis",   "Wilson",  "Taylor",  "Anderson",  "Thomas",
    "Moore",     "Clark",    "Walker",   "Hall"};

struct Category
{
    const char *name;
    int weight;
    bool actionable;
    int basePriority;
};
const std::array CATEGORIES = {
    Category{"service", 35, true, 45},   Category{"warranty", 12, true, 50},
    Category{"pre-sales", 10, true, 35}, Category{"other", 25, false, 15},
    Category{"praise", 10, false, 5},    Category{"spam", 8, false, 0}};

struct Channel
{
    const char *name;
    const char *platform;
};
const std::array CHANNELS = {
    Channel{"Brand", "twitter"},          Channel{"Brand Support", "twitter"},
    Channel{"Brand ES", "twitter"},       Channel{"Brand page", "facebook"},
    Channel{"Brand DE page", "facebook"}, Channel{"Practice", "sandbox"}};

constexpr int AGENT_COUNT = 25;

// Picks by weight from a fixed table.
template<typename Table, typename Weight>
size_t weighted(std::mt19937_64 &random, const Table &table, Weight weightOf)
{
    int total = 0;
    for (const auto &entry : table)
        total += weightOf(entry);
    int pick = std::uniform_int_distribution<int>(0, total - 1)(random);
    for (size_t i = 0; i < std::size(table); ++i) {
        pick -= weightOf(table[i]);
        if (pick < 0)
            return i;
    }
    return std::size(table) - 1;
}

// Made-up words with a long tail: the word of rank r comes up about 1/r as often as the most
// common one, as words do in real text.
class Vocabulary
{
public:
    explicit Vocabulary(size_t size)
    {
        static const std::array syllables = {"ka", "lo", "mi", "ne", "ru", "ta", "ve",
                                             "zo", "pi", "sa", "do", "fe", "gu", "ri",
                                             "bo", "ch", "li", "mo", "nu", "te"};
        std::mt19937_64 random(7);
        std::uniform_int_distribution<size_t> syllable(0, syllables.size() - 1);
        for (size_t i = 0; i < size; ++i) {
            std::string word;
            const size_t length = 2 + i % 3;
            for (size_t s = 0; s < length; ++s)
                word += syllables[syllable(random)];
            word += std::to_string(i % 97); // keeps the words apart
            m_words.push_back(std::move(word));
        }
    }

    const std::string &pick(std::mt19937_64 &random) const
    {
        // Log-uniform ranks give the 1/r shape.
        const double u = std::uniform_real_distribution<double>(0.0, 1.0)(random);
        const auto rank = static_cast<size_t>(std::pow(static_cast<double>(m_words.size()), u)) - 1;
        return m_words[std::min(rank, m_words.size() - 1)];
    }
    const std::string &at(size_t rank) const { return m_words.at(rank); }

private:
    std::vector<std::string> m_words;
};

void replaceAll(std::string &text, const char *placeholder, const std::string &value)
{
    const size_t length = std::char_traits<char>::length(placeholder);
    for (size_t at = text.find(placeholder); at != std::string::npos;
         at = text.find(placeholder, at + value.size()))
        text.replace(at, length, value);
}

std::string customerText(std::mt19937_64 &random, const Language &language,
                         const Vocabulary &vocabulary)
{
    const auto pick = [&](const std::vector<const char *> &from) {
        return from[std::uniform_int_distribution<size_t>(0, from.size() - 1)(random)];
    };
    std::string text;
    if (random() % 3 != 0) {
        text += pick(language.openers);
        text += ' ';
    }
    text += pick(language.bodies);
    if (random() % 2 == 0) {
        text += ", ";
        text += pick(language.closers);
    }
    replaceAll(text, "{p}", PRODUCTS[random() % PRODUCTS.size()]);
    replaceAll(text, "{c}", CITIES[random() % CITIES.size()]);
    replaceAll(text, "{o}", std::to_string(4'000'000 + random() % 6'000'000));
    for (unsigned words = random() % 4; words > 0; --words) {
        text += random() % 3 == 0 ? " #" : " ";
        text += vocabulary.pick(random);
    }
    return text;
}

// ---------------------------------------------------------------------------------------------
// Building the workspace.

class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
            fail(sql, db);
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value)
    {
        sqlite3_bind_int64(m_statement, index, value);
        return *this;
    }
    Statement &bind(int index, const std::string &value)
    {
        sqlite3_bind_text(m_statement, index, value.data(), static_cast<int>(value.size()),
                          SQLITE_TRANSIENT);
        return *this;
    }
    Statement &bindNull(int index)
    {
        sqlite3_bind_null(m_statement, index);
        return *this;
    }
    void run()
    {
        if (sqlite3_step(m_statement) != SQLITE_DONE)
            fail(sqlite3_sql(m_statement), m_db);
        sqlite3_reset(m_statement);
    }
    // Steps once; false when there are no more rows.
    bool next()
    {
        const int rc = sqlite3_step(m_statement);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            fail(sqlite3_sql(m_statement), m_db);
        return rc == SQLITE_ROW;
    }
    qint64 int64(int column) const { return sqlite3_column_int64(m_statement, column); }
    void reset() { sqlite3_reset(m_statement); }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};

void exec(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        std::fprintf(stderr, "%s: %s\n", sql, error);
        std::exit(2);
    }
}

struct Customer
{
    qint64 customerId = 0;
    qint64 identityId = 0;
    size_t platform = 0;    // index into the platforms a channel can be on
    size_t language = 0;    // index into languages()
    std::string searchName; // display name and handle, as ingest indexes them
};

void buildWorkspace(const QString &file, qint64 conversationCount)
{
    // The real migrations make the schema; then the C API fills it, the way a backlog import would
    // but without the per-message analysis, which is not what this benchmark measures.
    {
        auto created = Storage::Database::open(file);
        if (!created) {
            std::fprintf(stderr, "%s (%s)\n", qPrintable(created.error().userMessage),
                         qPrintable(created.error().detail));
            std::exit(2);
        }
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(file).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK)
        fail("open", db);
    // A throwaway file being filled: no journal, no syncs. The workspace is switched back to WAL
    // before it is measured (Database::open does that too).
    exec(db, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA locking_mode=EXCLUSIVE;"
             " PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY");

    std::mt19937_64 random(20261101);
    const Vocabulary vocabulary(40'000);
    const qint64 endMs = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 startMs = endMs - 730 * DAY_MS;
    const std::array<const char *, 3> platforms = {"twitter", "facebook", "sandbox"};

    exec(db, "BEGIN");
    Statement insertChannel(
        db,
        "INSERT INTO channels(id, plugin_id, name, platform, created_at) VALUES(?, ?, ?, ?, ?)");
    std::vector<std::vector<qint64>> channelsOfPlatform(platforms.size());
    for (size_t i = 0; i < CHANNELS.size(); ++i) {
        const std::string platform = CHANNELS[i].platform;
        insertChannel.bind(1, static_cast<qint64>(i + 1))
            .bind(2, platform)
            .bind(3, CHANNELS[i].name)
            .bind(4, platform)
            .bind(5, startMs)
            .run();
        const auto at = std::find(platforms.begin(), platforms.end(), platform) - platforms.begin();
        channelsOfPlatform[static_cast<size_t>(at)].push_back(static_cast<qint64>(i + 1));
    }

    // Two and a half conversations per customer on average; a few customers write very often.
    const qint64 customerCount = std::max<qint64>(1, conversationCount * 2 / 5);
    Statement insertCustomer(db, "INSERT INTO customers(id, display_name, tier, language, "
                                 "created_at) VALUES(?, ?, ?, ?, ?)");
    Statement insertIdentity(
        db, "INSERT INTO identities(id, customer_id, platform, platform_user_id, handle,"
            " display_name, followers, verified, locale) VALUES(?, ?, ?, ?, ?, ?, ?, ?, '')");
    std::vector<Customer> customers;
    customers.reserve(static_cast<size_t>(customerCount));
    for (qint64 id = 1; id <= customerCount; ++id) {
        const std::string first = FIRST_NAMES[random() % FIRST_NAMES.size()];
        const std::string last = LAST_NAMES[random() % LAST_NAMES.size()];
        const std::string name = first + ' ' + last;
        std::string handle;
        for (char c : first + '_' + last)
            handle +=
                c == ' ' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        handle += std::to_string(random() % 10'000);
        const int platformRoll = static_cast<int>(random() % 100);
        const size_t platform = platformRoll < 60 ? 0 : platformRoll < 95 ? 1 : 2;
        const size_t language =
            weighted(random, languages(), [](const Language &l) { return l.weight; });
        insertCustomer.bind(1, id)
            .bind(2, name)
            .bind(3, random() % 50 == 0 ? "vip" : "")
            .bind(4, languages()[language].code)
            .bind(5, startMs)
            .run();
        const auto followers = static_cast<qint64>(
            std::pow(10.0, std::uniform_real_distribution<double>(0, 6)(random)));
        insertIdentity.bind(1, id)
            .bind(2, id)
            .bind(3, platforms[platform])
            .bind(4, std::to_string(9'000'000 + id))
            .bind(5, handle)
            .bind(6, name)
            .bind(7, followers)
            .bind(8, followers > 500'000 ? 1 : 0)
            .run();
        customers.push_back({id, id, platform, language, name + ' ' + handle});
    }
    exec(db, "COMMIT");

    Statement insertConversation(
        db,
        "INSERT INTO conversations(id, channel_id, customer_id, thread_key, status, language, "
        "priority, sla_due,"
        " assignee, created_at, updated_at, category, actionable, first_response_at, resolved_at)"
        " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement insertMessage(db, "INSERT INTO messages(id, conversation_id, channel_id, "
                                "platform_id, direction, visibility, identity_id,"
                                " text, language, created_at, addressed, category) VALUES(?, ?, ?, "
                                "?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement indexMessage(db, "INSERT INTO message_search(rowid, text, customer) VALUES(?, ?, ?)");

    const std::string noCustomer;
    qint64 messageId = 0;
    int spread = 0; // pairs each conversation's extra messages with the next one's shortfall
    exec(db, "BEGIN");
    for (qint64 id = 1; id <= conversationCount; ++id) {
        // Conversations arrive in id order over two years; the recent ones are the backlog.
        const qint64 createdMs = startMs + (endMs - startMs) * (id - 1) / conversationCount +
                                 static_cast<qint64>(random() % 50'000);
        const bool recent = id > conversationCount * 9 / 10;
        const int unresolvedPercent = recent ? 50 : 5;
        std::string status = "resolved";
        if (static_cast<int>(random() % 100) < unresolvedPercent) {
            const int roll = static_cast<int>(random() % 100);
            status = roll < 30 ? "new" : roll < 65 ? "open" : "pending";
        }
        // A heavy few: every fiftieth conversation comes from the first thousand customers.
        const qint64 customerIndex =
            (id % 50 == 0) ? static_cast<qint64>(random() % std::min<qint64>(1000, customerCount))
                           : static_cast<qint64>(random() % static_cast<quint64>(customerCount));
        const Customer &customer = customers[static_cast<size_t>(customerIndex)];
        const std::vector<qint64> &channelChoices = channelsOfPlatform[customer.platform];
        const qint64 channelId = channelChoices[random() % channelChoices.size()];
        // Mostly the customer's own language; now and then another (a traveller, a quote).
        const size_t languageIndex =
            random() % 100 < 85
                ? customer.language
                : weighted(random, languages(), [](const Language &l) { return l.weight; });
        const Language &language = languages()[languageIndex];
        const Category &category =
            CATEGORIES[weighted(random, CATEGORIES, [](const Category &c) { return c.weight; })];
        const int priority =
            std::clamp(category.basePriority + static_cast<int>(random() % 41) - 15, 0, 100);
        const bool isPrivate = random() % 10 < 3;

        int messageCount = MESSAGES_PER_CONVERSATION;
        if (id % 2 == 1) {
            spread = static_cast<int>(random() % 9) - 4;
            messageCount += spread;
        } else {
            messageCount -= spread;
        }
        if (id == conversationCount && id % 2 == 1)
            messageCount = MESSAGES_PER_CONVERSATION;

        // new: nothing answered; open: answered, then the customer wrote again; pending and
        // resolved: everything answered, the last word is the brand's.
        qint64 at = createdMs;
        qint64 firstResponseMs = 0;
        const int openTail = status == "open" ? 1 + static_cast<int>(random() % 2) : 0;
        for (int k = 0; k < messageCount; ++k) {
            const bool lastOne = k == messageCount - 1;
            bool inbound = k % 2 == 0;
            if (status == "new" || k >= messageCount - openTail)
                inbound = true;
            else if ((status == "pending" || status == "resolved") && lastOne && messageCount > 1)
                inbound = false;
            std::string addressed = "open";
            if (inbound && status != "new" && k < messageCount - openTail) {
                const int roll = static_cast<int>(random() % 100);
                addressed = roll < 92 ? "replied" : roll < 97 ? "acknowledged" : "dismissed";
            }
            if (!inbound && firstResponseMs == 0)
                firstResponseMs = at;
            ++messageId;
            const std::string text =
                inbound ? customerText(random, language, vocabulary)
                        : std::string(language.replies[random() % language.replies.size()]);
            insertMessage.bind(1, messageId)
                .bind(2, id)
                .bind(3, channelId)
                .bind(4, std::to_string(1'850'000'000'000'000'000LL + messageId))
                .bind(5, inbound ? "in" : "out")
                .bind(6, isPrivate ? "private" : "public");
            if (inbound)
                insertMessage.bind(7, customer.identityId);
            else
                insertMessage.bindNull(7);
            insertMessage.bind(8, text)
                .bind(9, language.code)
                .bind(10, at)
                .bind(11, addressed)
                .bind(12, inbound ? category.name : "")
                .run();
            indexMessage.bind(1, messageId)
                .bind(2, text)
                .bind(3, inbound ? customer.searchName : noCustomer)
                .run();
            if (!lastOne)
                at += (2 + static_cast<qint64>(random() % 240)) * MINUTE_MS;
        }

        const bool unassigned = status == "resolved" ? random() % 10 == 0 : random() % 10 < 4;
        const std::string assignee =
            unassigned ? "" : "agent" + std::to_string(1 + random() % AGENT_COUNT);
        insertConversation.bind(1, id)
            .bind(2, channelId)
            .bind(3, customer.customerId)
            .bind(4, std::to_string(id))
            .bind(5, status)
            .bind(6, language.code)
            .bind(7, priority)
            .bind(8, createdMs + 60 * MINUTE_MS)
            .bind(9, assignee)
            .bind(10, createdMs)
            .bind(11, at)
            .bind(12, category.name)
            .bind(13, category.actionable ? 1 : 0);
        if (firstResponseMs)
            insertConversation.bind(14, firstResponseMs);
        else
            insertConversation.bindNull(14);
        if (status == "resolved")
            insertConversation.bind(15, at + 30 * MINUTE_MS);
        else
            insertConversation.bindNull(15);
        insertConversation.run();

        if (id % CONVERSATIONS_PER_TRANSACTION == 0) {
            exec(db, "COMMIT; BEGIN");
            std::fprintf(stderr, "\r  %lld of %lld conversations", static_cast<long long>(id),
                         static_cast<long long>(conversationCount));
        }
    }
    exec(db, "COMMIT");
    std::fprintf(stderr, "\n");
    exec(db, "PRAGMA locking_mode=NORMAL; PRAGMA journal_mode=WAL");
    sqlite3_close(db);
}

// ---------------------------------------------------------------------------------------------
// Measuring.

struct Samples
{
    std::vector<double> ms;

    void add(double value) { ms.push_back(value); }
    double percentile(double p) const
    {
        if (ms.empty())
            return 0;
        std::vector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const auto rank =
            static_cast<size_t>(std::ceil(p / 100.0 * static_cast<double>(sorted.size())));
        return sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1];
    }
    double median() const { return percentile(50); }
    double p95() const { return percentile(95); }
};

// Drops the workspace's pages from the OS file cache, as after a reboot. Linux only; it needs
// no privileges and touches no other file.
bool dropFromFileCache(const QString &file)
{
#if defined(Q_OS_LINUX)
    for (const QString &path : QStringList{file, file + QStringLiteral("-wal")}) {
        const int descriptor = ::open(QFile::encodeName(path).constData(), O_RDONLY);
        if (descriptor < 0)
            continue;
        ::fdatasync(descriptor); // only clean pages can be dropped
        ::posix_fadvise(descriptor, 0, 0, POSIX_FADV_DONTNEED);
        ::close(descriptor);
    }
    return true;
#else
    Q_UNUSED(file);
    return false;
#endif
}

void readWhole(const QString &file)
{
    QFile whole(file);
    if (!whole.open(QIODevice::ReadOnly))
        return;
    while (!whole.read(16 << 20).isEmpty()) {
    }
}

double elapsedMs(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// Bare SQL on its own connection: the floor under every figure.
class RawConnection
{
public:
    explicit RawConnection(const QString &file)
    {
        if (sqlite3_open_v2(QFile::encodeName(file).constData(), &m_db, SQLITE_OPEN_READONLY,
                            nullptr) != SQLITE_OK)
            fail("open", m_db);
    }
    ~RawConnection() { sqlite3_close(m_db); }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;
    sqlite3 *handle() const { return m_db; }

    // Runs `sql` with `bindings` and reads every column of every row, as a caller would.
    int rows(const char *sql, const std::function<void(sqlite3_stmt *)> &bindings = {}) const
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
            fail(sql, m_db);
        if (bindings)
            bindings(statement);
        int count = 0;
        qint64 sink = 0;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(statement); ++c)
                sink += sqlite3_column_bytes(statement, c);
            ++count;
        }
        sqlite3_finalize(statement);
        return sink >= 0 ? count : 0;
    }

private:
    sqlite3 *m_db = nullptr;
};

const char *const RAW_FIRST_PAGE = "SELECT * FROM conversations ORDER BY id LIMIT 50";
const char *const RAW_NEXT_PAGE = "SELECT * FROM conversations WHERE id > ? ORDER BY id LIMIT 50";
const char *const RAW_MATCH =
    "SELECT rowid FROM message_search WHERE message_search MATCH ? LIMIT 50";
const char *const RAW_RANK_ALL =
    "SELECT rowid FROM message_search WHERE message_search MATCH ? ORDER BY rank LIMIT 50";

// EXPLAIN QUERY PLAN of `sql`, on one line.
QString planOf(QSqlDatabase &connection, const QString &sql)
{
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
        return QStringLiteral("(no plan)");
    QStringList steps;
    while (query.next()) {
        const QString step = query.value(3).toString();
        if (!step.startsWith(u"LEFT") && !step.startsWith(u"RIGHT"))
            steps.append(step);
    }
    return steps.join(QStringLiteral(" | "));
}

// The search expressions WorkspaceStore::search builds from what the agent types: whole words,
// and when those find too little, the words they start.
std::string matchExpression(const QString &typed, bool prefixes)
{
    QStringList terms;
    for (const QString &word : typed.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        terms.append(QLatin1Char('"') + word +
                     (prefixes ? QStringLiteral("\"*") : QStringLiteral("\"")));
    return terms.join(QLatin1Char(' ')).toStdString();
}

qint64 countMatches(const RawConnection &raw, const std::string &expression)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(raw.handle(),
                           "SELECT COUNT(*) FROM message_search WHERE message_search MATCH ?", -1,
                           &statement, nullptr) != SQLITE_OK)
        fail("count", raw.handle());
    sqlite3_bind_text(statement, 1, expression.c_str(), -1, SQLITE_TRANSIENT);
    const qint64 count =
        sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : 0;
    sqlite3_finalize(statement);
    return count;
}

struct NamedQuery
{
    const char *name;
    Core::InboxQuery query;
};

std::vector<NamedQuery> inboxQueries(qint64 channelId)
{
    using Core::ConversationStatus;
    using Core::InboxSort;
    std::vector<NamedQuery> queries;
    Core::InboxQuery query;
    queries.push_back({"default: not resolved, by priority", query});
    query.sort = InboxSort::OldestWaiting;
    queries.push_back({"sort: oldest waiting", query});
    query.sort = InboxSort::Newest;
    queries.push_back({"sort: newest", query});
    query = {};
    query.statuses = {ConversationStatus::New};
    queries.push_back({"status: new", query});
    query.statuses = {ConversationStatus::Resolved};
    queries.push_back({"status: resolved (history)", query});
    query = {};
    query.category = QStringLiteral("warranty");
    queries.push_back({"category: warranty", query});
    query.statuses = {ConversationStatus::Open};
    queries.push_back({"status open + category warranty", query});
    query = {};
    query.language = QStringLiteral("ja");
    queries.push_back({"language: ja", query});
    query = {};
    query.channelId = channelId;
    queries.push_back({"channel: Brand ES", query});
    query = {};
    query.assigneeFilter = Core::AssigneeFilter::Unassigned;
    queries.push_back({"unassigned", query});
    query = {};
    query.assigneeFilter = Core::AssigneeFilter::Agent;
    query.assignee = QStringLiteral("agent7");
    queries.push_back({"assignee: agent7", query});
    query = {};
    query.actionableOnly = true;
    query.sort = InboxSort::OldestWaiting;
    queries.push_back({"actionable, oldest waiting", query});
    query = {};
    query.category = QStringLiteral("service");
    query.language = QStringLiteral("tr");
    query.sort = InboxSort::Newest;
    queries.push_back({"service + tr, newest", query});
    return queries;
}

// Queries the indexes serve poorly, timed apart so that they do not hide in the figures above:
// each reads far more rows than it shows.
std::vector<NamedQuery> hardQueries(qint64 channelId)
{
    using Core::ConversationStatus;
    std::vector<NamedQuery> queries;
    Core::InboxQuery query;
    query.statuses = {ConversationStatus::Pending};
    query.sort = Core::InboxSort::OldestWaiting;
    queries.push_back({"oldest waiting, pending only", query});
    query = {};
    query.statuses = {};
    query.language = QStringLiteral("tr");
    query.channelId = channelId;
    query.assigneeFilter = Core::AssigneeFilter::Agent;
    query.assignee = QStringLiteral("agent7");
    queries.push_back({"any status, tr + Brand ES + agent7", query});
    query = {};
    query.statuses = {ConversationStatus::Resolved};
    query.language = QStringLiteral("nl");
    query.category = QStringLiteral("spam");
    query.sort = Core::InboxSort::Newest;
    queries.push_back({"resolved, nl + spam, newest", query});
    // A category no conversation has: every resolved conversation's index entry is read.
    query = {};
    query.statuses = {ConversationStatus::Resolved};
    query.category = QStringLiteral("recall");
    queries.push_back({"resolved, a category none has, by priority", query});
    return queries;
}

void printHeader()
{
    std::printf("%-56s %5s %10s %10s   %-21s %s\n", "measurement", "runs", "median ms", "p95 ms",
                "raw floor med/p95 ms", "raw floor");
    std::printf("%s\n", std::string(160, '-').c_str());
}

void printRow(const std::string &name, const Samples &samples, const Samples *raw = nullptr,
              const char *rawLabel = "")
{
    char rawFigures[64] = "";
    if (raw)
        std::snprintf(rawFigures, sizeof rawFigures, "%.3f / %.3f", raw->median(), raw->p95());
    std::printf("%-56s %5zu %10.3f %10.3f   %-21s %s\n", name.c_str(), samples.ms.size(),
                samples.median(), samples.p95(), rawFigures, rawLabel);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Inbox and search speed on a large workspace."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("keep"),
         QStringLiteral("Keep the workspace afterwards; reuse it if it is already there.")});
    parser.addOption({QStringLiteral("conversations"),
                      QStringLiteral("How many conversations (default 1000000)."),
                      QStringLiteral("count"), QStringLiteral("1000000")});
    parser.addPositionalArgument(
        QStringLiteral("folder"),
        QStringLiteral("Where the workspace goes (default: a temporary folder)."));
    parser.process(app);

    bool countOk = false;
    const qint64 conversationCount =
        parser.value(QStringLiteral("conversations")).toLongLong(&countOk);
    if (!countOk || conversationCount < 1000) {
        std::fprintf(stderr, "--conversations needs a number of at least 1000\n");
        return 2;
    }
    const bool keep = parser.isSet(QStringLiteral("keep"));
    std::unique_ptr<QTemporaryDir> temporary;
    QString folder;
    if (parser.positionalArguments().isEmpty()) {
        temporary = std::make_unique<QTemporaryDir>(
            QDir::temp().filePath(QStringLiteral("caredesk-bench-XXXXXX")));
        temporary->setAutoRemove(!keep);
        folder = temporary->path();
    } else {
        folder = parser.positionalArguments().constFirst();
        QDir().mkpath(folder);
    }
    const QString file = QDir(folder).filePath(QStringLiteral("workspace.sqlite"));
    const QString marker = QDir(folder).filePath(COMPLETE_MARKER);
    const QByteArray expectedMarker = QByteArray::number(conversationCount);
    // Without --keep, a workspace built in a folder given on the command line goes too, once the
    // connections below have closed (they are declared later, so they close first).
    struct RemoveAtExit
    {
        QStringList files;
        ~RemoveAtExit()
        {
            for (const QString &path : std::as_const(files))
                QFile::remove(path);
        }
    } removeAtExit;
    if (!keep && !temporary)
        removeAtExit.files = {file, file + QStringLiteral("-wal"), file + QStringLiteral("-shm")};

    // --- The workspace ---
    double generationSeconds = -1;
    QFile markerFile(marker);
    const bool reuse = keep && markerFile.open(QIODevice::ReadOnly) &&
                       markerFile.readAll() == expectedMarker && QFileInfo::exists(file);
    markerFile.close();
    if (!reuse) {
        if (QFileInfo::exists(file) && !keep) {
            std::fprintf(stderr, "%s already exists; pass --keep to reuse it, or remove it\n",
                         qPrintable(file));
            return 2;
        }
        for (const QString &stale : QStringList{file, file + QStringLiteral("-wal"),
                                                file + QStringLiteral("-shm"), marker})
            QFile::remove(stale);
        std::fprintf(stderr, "building %s\n", qPrintable(file));
        QElapsedTimer timer;
        timer.start();
        buildWorkspace(file, conversationCount);
        generationSeconds = elapsedMs(timer) / 1000.0;
        if (keep) {
            markerFile.open(QIODevice::WriteOnly | QIODevice::Truncate);
            markerFile.write(expectedMarker);
            markerFile.close();
        }
    }

    // --- Opening: the real open and first page, beside a bare open and query. Cold: the file's
    // pages dropped from the OS cache first, as after a reboot; warm: straight again. ---
    Samples coldOpen;
    Samples coldRawOpen;
    Samples warmOpen;
    Samples warmRawOpen;
    std::unique_ptr<Storage::Database> database;
    for (int run = 0; run < 8; ++run) {
        const bool cold = run < 3;
        if (cold && !dropFromFileCache(file))
            continue;
        QElapsedTimer timer;
        timer.start();
        {
            RawConnection bare(file);
            bare.rows(RAW_FIRST_PAGE);
        }
        (cold ? coldRawOpen : warmRawOpen).add(elapsedMs(timer));

        database.reset();
        if (cold)
            dropFromFileCache(file);
        timer.restart();
        auto opened = Storage::Database::open(file);
        if (!opened) {
            std::fprintf(stderr, "%s (%s)\n", qPrintable(opened.error().userMessage),
                         qPrintable(opened.error().detail));
            return 2;
        }
        database = std::move(opened).value();
        auto page = Storage::WorkspaceStore(database->connection())
                        .inboxPage(Core::InboxQuery{}, {}, PAGE_SIZE);
        if (!page || page.value().rows.size() != PAGE_SIZE) {
            std::fprintf(stderr, "the first inbox page failed\n");
            return 2;
        }
        (cold ? coldOpen : warmOpen).add(elapsedMs(timer));
    }
    if (!coldOpen.ms.empty())
        readWhole(file); // the other figures are warm ones: put the file back in the cache
    QSqlDatabase &connection = database->connection();
    Storage::WorkspaceStore store(connection);
    const RawConnection raw(file);

    qint64 messageCount = 0;
    qint64 unresolvedCount = 0;
    {
        QSqlQuery count(connection);
        count.exec(
            QStringLiteral("SELECT (SELECT MAX(id) FROM messages),"
                           " (SELECT COUNT(*) FROM conversations WHERE status <> 'resolved')"));
        count.next();
        messageCount = count.value(0).toLongLong();
        unresolvedCount = count.value(1).toLongLong();
    }

    // --- Filter and sort changes: the first page of each query, round after round ---
    const auto queries = inboxQueries(3);
    std::vector<Samples> perQuery(queries.size());
    std::vector<QString> plans(queries.size());
    Samples change;
    Samples rawChange;
    constexpr int ROUNDS = 11;
    for (int round = 0; round < ROUNDS; ++round) {
        for (size_t i = 0; i < queries.size(); ++i) {
            QElapsedTimer timer;
            timer.start();
            raw.rows(RAW_FIRST_PAGE);
            rawChange.add(elapsedMs(timer));

            timer.restart();
            auto page = store.inboxPage(queries[i].query, {}, PAGE_SIZE);
            const double ms = elapsedMs(timer);
            if (!page) {
                std::fprintf(stderr, "%s: %s\n", queries[i].name, qPrintable(page.error().detail));
                return 2;
            }
            if (round == 0) {
                // The first round warms the statement's pages; its plan is kept, its time is not.
                const QStringList statements = Storage::statementsRunBy(
                    connection, [&] { (void)store.inboxPage(queries[i].query, {}, PAGE_SIZE); });
                if (!statements.isEmpty())
                    plans[i] = planOf(connection, statements.constFirst());
                continue;
            }
            perQuery[i].add(ms);
            change.add(ms);
        }
    }

    const auto hard = hardQueries(3);
    std::vector<Samples> perHardQuery(hard.size());
    std::vector<int> hardRows(hard.size());
    for (int round = 0; round < 4; ++round) {
        for (size_t i = 0; i < hard.size(); ++i) {
            QElapsedTimer timer;
            timer.start();
            auto page = store.inboxPage(hard[i].query, {}, PAGE_SIZE);
            const double ms = elapsedMs(timer);
            if (!page) {
                std::fprintf(stderr, "%s: %s\n", hard[i].name, qPrintable(page.error().detail));
                return 2;
            }
            hardRows[i] = static_cast<int>(page.value().rows.size());
            if (round > 0)
                perHardQuery[i].add(ms);
        }
    }

    // --- Keyset paging: the next page, deep into each order ---
    struct Paging
    {
        const char *name;
        Core::InboxSort sort;
        Samples samples;
    };
    std::vector<Paging> pagings = {
        {"keyset next page: by priority", Core::InboxSort::Priority, {}},
        {"keyset next page: oldest waiting", Core::InboxSort::OldestWaiting, {}},
        {"keyset next page: newest", Core::InboxSort::Newest, {}}};
    constexpr int PAGES = 200;
    for (Paging &paging : pagings) {
        Core::InboxQuery query;
        query.sort = paging.sort;
        Core::InboxCursor cursor;
        for (int pageNumber = 0; pageNumber < PAGES; ++pageNumber) {
            QElapsedTimer timer;
            timer.start();
            auto page = store.inboxPage(query, cursor, PAGE_SIZE);
            const double ms = elapsedMs(timer);
            if (!page || !page.value().hasMore)
                break;
            if (pageNumber > 0)
                paging.samples.add(ms);
            cursor = page.value().next;
        }
    }
    Samples rawNext;
    qint64 lastId = 0;
    for (int pageNumber = 0; pageNumber < PAGES; ++pageNumber) {
        QElapsedTimer timer;
        timer.start();
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(raw.handle(), RAW_NEXT_PAGE, -1, &statement, nullptr);
        sqlite3_bind_int64(statement, 1, lastId);
        while (sqlite3_step(statement) == SQLITE_ROW)
            lastId = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        if (pageNumber > 0)
            rawNext.add(elapsedMs(timer));
    }

    // --- Search ---
    const Vocabulary vocabulary(40'000);
    struct Search
    {
        std::string label;
        QString typed;
        Samples samples;
        Samples raw;
        qint64 matches = 0;
        std::string expression; // what the raw floor matches: the expression that gave the hits
    };
    std::vector<Search> searches = {
        {"common word", QStringLiteral("order"), {}, {}, 0, {}},
        {"rare word", QString::fromStdString(vocabulary.at(30'000)), {}, {}, 0, {}},
        {"two words", QStringLiteral("refund order"), {}, {}, 0, {}},
        {"customer name", QStringLiteral("maria garcia"), {}, {}, 0, {}},
        {"prefix while typing", QStringLiteral("war"), {}, {}, 0, {}},
    };
    constexpr int SEARCH_RUNS = 21;
    for (Search &search : searches) {
        search.expression = matchExpression(search.typed, false);
        search.matches = countMatches(raw, search.expression);
        if (search.matches < PAGE_SIZE) {
            search.expression = matchExpression(search.typed, true);
            search.matches = countMatches(raw, search.expression);
        }
        const auto bindExpression = [&](sqlite3_stmt *statement) {
            sqlite3_bind_text(statement, 1, search.expression.c_str(), -1, SQLITE_TRANSIENT);
        };
        for (int run = 0; run < SEARCH_RUNS; ++run) {
            QElapsedTimer timer;
            timer.start();
            raw.rows(RAW_MATCH, bindExpression);
            const double rawMs = elapsedMs(timer);
            timer.restart();
            auto hits = store.search(search.typed, PAGE_SIZE);
            const double ms = elapsedMs(timer);
            if (!hits) {
                std::fprintf(stderr, "search %s: %s\n", qPrintable(search.typed),
                             qPrintable(hits.error().detail));
                return 2;
            }
            if (run == 0)
                continue; // warms the index pages
            search.raw.add(rawMs);
            search.samples.add(ms);
        }
    }
    Samples rankAll;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        raw.rows(RAW_RANK_ALL, [&](sqlite3_stmt *statement) {
            sqlite3_bind_text(statement, 1, searches.front().expression.c_str(), -1,
                              SQLITE_TRANSIENT);
        });
        rankAll.add(elapsedMs(timer));
    }

    // --- The lead's workspaces: the dashboard and the transcript list over recent history ---
    struct LeadRead
    {
        std::string name;
        int days;
        Samples samples;
        Samples raw;
    };
    const QDateTime historyEnd = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    std::vector<LeadRead> dashboards = {{"dashboard, last 7 days", 7, {}, {}},
                                        {"dashboard, last 30 days", 30, {}, {}},
                                        {"dashboard, last 90 days", 90, {}, {}}};
    std::vector<LeadRead> transcriptLists = {
        {"transcript list, last 30 days (500 rows)", 30, {}, {}},
        {"transcript list, SLA breached, last 90 days", 90, {}, {}}};
    constexpr int LEAD_RUNS = 4;
    const auto rawCount = [&](int days) {
        QElapsedTimer timer;
        timer.start();
        raw.rows("SELECT COUNT(*), SUM(first_response_at IS NOT NULL) FROM conversations WHERE "
                 "created_at >= ?",
                 [&](sqlite3_stmt *statement) {
                     sqlite3_bind_int64(statement, 1,
                                        historyEnd.addDays(-days).toMSecsSinceEpoch());
                 });
        return elapsedMs(timer);
    };
    for (LeadRead &read : dashboards) {
        for (int run = 0; run < LEAD_RUNS; ++run) {
            read.raw.add(rawCount(read.days));
            QElapsedTimer timer;
            timer.start();
            auto figures = Review::computeDashboard(
                connection, {historyEnd.addDays(-read.days), historyEnd, 0}, historyEnd);
            if (!figures) {
                std::fprintf(stderr, "dashboard: %s\n", qPrintable(figures.error().detail));
                return 2;
            }
            read.samples.add(elapsedMs(timer));
        }
    }
    for (size_t i = 0; i < transcriptLists.size(); ++i) {
        LeadRead &read = transcriptLists[i];
        Review::TranscriptFilter filter;
        filter.from = historyEnd.addDays(-read.days);
        filter.slaBreachedOnly = i == 1;
        for (int run = 0; run < LEAD_RUNS; ++run) {
            read.raw.add(rawCount(read.days));
            QElapsedTimer timer;
            timer.start();
            auto rows = Review::ReviewStore(connection).transcripts(filter, historyEnd);
            if (!rows) {
                std::fprintf(stderr, "transcripts: %s\n", qPrintable(rows.error().detail));
                return 2;
            }
            read.samples.add(elapsedMs(timer));
        }
    }

    // --- An inbox page while the lead's 90-day dashboard computes ---
    // The desk computes dashboards on a report reader with its own thread and connection, so
    // the agent's inbox keeps answering meanwhile: pages are timed here while one reader
    // computes 90-day dashboards back to back.
    Samples changeDuringDashboard;
    Samples dashboardBesidePages;
    {
        std::atomic<bool> stop = false;
        std::atomic<int> computed = 0;
        std::thread reporting([&] {
            Workspace::ReportReader reader;
            QObject::connect(&reader, &Workspace::ReportReader::dashboardComputed, &reader,
                             [&] { ++computed; });
            while (!stop) {
                QElapsedTimer timer;
                timer.start();
                reader.computeDashboard(file, {historyEnd.addDays(-90), historyEnd, 0}, historyEnd);
                dashboardBesidePages.add(elapsedMs(timer));
            }
        });
        while (computed == 0 && changeDuringDashboard.ms.size() < 400) {
            for (const NamedQuery &named : queries) {
                QElapsedTimer timer;
                timer.start();
                (void)store.inboxPage(named.query, {}, PAGE_SIZE);
                changeDuringDashboard.add(elapsedMs(timer));
            }
        }
        for (int round = 0; round < 2 * ROUNDS; ++round) {
            for (const NamedQuery &named : queries) {
                QElapsedTimer timer;
                timer.start();
                (void)store.inboxPage(named.query, {}, PAGE_SIZE);
                changeDuringDashboard.add(elapsedMs(timer));
            }
        }
        stop = true;
        reporting.join();
    }

    // --- The report ---
    const double sizeGb = static_cast<double>(QFileInfo(file).size()) / 1e9;
    std::printf("\nCareDesk workspace benchmark: %lld conversations (%lld not resolved), %lld "
                "messages, %.2f GB\n",
                static_cast<long long>(conversationCount), static_cast<long long>(unresolvedCount),
                static_cast<long long>(messageCount), sizeGb);
    std::printf("workspace %s\n", qPrintable(file));
    if (generationSeconds >= 0) {
        std::printf("generated in %.1f s (%.0f messages/s, search index included)\n",
                    generationSeconds, static_cast<double>(messageCount) / generationSeconds);
    } else {
        std::printf("reused from an earlier run (--keep)\n");
    }
#if defined(Q_OS_LINUX)
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak memory of this program %.0f MB\n",
                static_cast<double>(usage.ru_maxrss) / 1024.0);
#endif
    std::printf(
        "SQLite %s; pages of %d rows; OS file cache warm unless said; raw floors are bare SQL "
        "through the C API on a second connection\n\n",
        sqlite3_libversion(), PAGE_SIZE);
    printHeader();
    if (!coldOpen.ms.empty()) {
        printRow("open workspace + first inbox page, cold file cache", coldOpen, &coldRawOpen,
                 "sqlite3_open + SELECT * FROM conversations ORDER BY id LIMIT 50");
    }
    printRow("open workspace + first inbox page, warm", warmOpen, &warmRawOpen,
             "sqlite3_open + SELECT * FROM conversations ORDER BY id LIMIT 50");
    printRow("filter or sort change, first page (all below)", change, &rawChange,
             "SELECT * FROM conversations ORDER BY id LIMIT 50");
    for (size_t i = 0; i < queries.size(); ++i)
        printRow(std::string("  ") + queries[i].name, perQuery[i]);
    for (size_t i = 0; i < hard.size(); ++i) {
        printRow(std::string("  hard: ") + hard[i].name + " (" + std::to_string(hardRows[i]) +
                     " rows)",
                 perHardQuery[i]);
    }
    for (const Paging &paging : pagings)
        printRow(paging.name, paging.samples, &rawNext,
                 "SELECT * FROM conversations WHERE id > ? ORDER BY id LIMIT 50");
    for (const Search &search : searches) {
        char label[128];
        std::snprintf(label, sizeof label, "search %s \"%s\" (%lld matches)", search.label.c_str(),
                      qPrintable(search.typed), static_cast<long long>(search.matches));
        const std::string rawLabel = "MATCH '" + search.expression + "' LIMIT 50, unranked";
        printRow(label, search.samples, &search.raw, rawLabel.c_str());
    }
    const std::string rankAllLabel =
        "MATCH '" + searches.front().expression + "' ORDER BY rank LIMIT 50";
    printRow("  for scale: rank every match, no bound", rankAll, nullptr, rankAllLabel.c_str());
    for (std::vector<LeadRead> *reads : {&dashboards, &transcriptLists})
        for (const LeadRead &read : *reads)
            printRow(read.name, read.samples, &read.raw,
                     "COUNT(*), SUM(answered) over the period's conversations");

    printRow("filter or sort change while a 90-day dashboard computes", changeDuringDashboard,
             &change, "the same pages with no dashboard computing");
    printRow("  the 90-day dashboard meanwhile, on the report reader", dashboardBesidePages);

    std::printf("\nquery plans of the page's sort keys (EXPLAIN QUERY PLAN, first page):\n");
    for (size_t i = 0; i < queries.size(); ++i)
        std::printf("  %-36s %s\n", queries[i].name, qPrintable(plans[i]));
    return 0;
}
