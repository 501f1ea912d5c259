#include "ScenarioBuilder.h"

#include "storage/WorkspaceStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <optional>

namespace CareDesk::Training {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Training::ScenarioBuilder)
};

// Persona names: 20 x 21 pairs before a handle needs a number. Coprime sizes, so consecutive
// personas differ in both names.
const QStringList &firstNames()
{
    static const QStringList names = {
        QStringLiteral("Alex"),  QStringLiteral("Robin"),  QStringLiteral("Jordan"),
        QStringLiteral("Casey"), QStringLiteral("Morgan"), QStringLiteral("Taylor"),
        QStringLiteral("Jamie"), QStringLiteral("Riley"),  QStringLiteral("Avery"),
        QStringLiteral("Quinn"), QStringLiteral("Rowan"),  QStringLiteral("Skyler"),
        QStringLiteral("Emery"), QStringLiteral("Harper"), QStringLiteral("Reese"),
        QStringLiteral("Dana"),  QStringLiteral("Kit"),    QStringLiteral("Noor"),
        QStringLiteral("Lior"),  QStringLiteral("Sasha"),
    };
    return names;
}

const QStringList &lastNames()
{
    static const QStringList names = {
        QStringLiteral("Ashdown"),      QStringLiteral("Brightwater"),  QStringLiteral("Calloway"),
        QStringLiteral("Dunmore"),      QStringLiteral("Elmsworth"),    QStringLiteral("Fairbairn"),
        QStringLiteral("Glenrowan"),    QStringLiteral("Hollins"),      QStringLiteral("Ivybridge"),
        QStringLiteral("Juniper"),      QStringLiteral("Kestrel"),      QStringLiteral("Larkspur"),
        QStringLiteral("Merriweather"), QStringLiteral("Northcote"),    QStringLiteral("Oakhurst"),
        QStringLiteral("Pemberton"),    QStringLiteral("Quillfeather"), QStringLiteral("Redfern"),
        QStringLiteral("Stillwater"),   QStringLiteral("Thistlewood"),  QStringLiteral("Underhill"),
    };
    return names;
}

// A word as it is matched: case and accents do not matter, so "MARIA" is "María".
QString keyOf(const QString &word)
{
    const QString decomposed = word.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (!c.isMark())
            key.append(c);
    }
    return key.toCaseFolded();
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == u'_';
}

struct Word
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString key;
};

QList<Word> wordsOf(const QString &text)
{
    QList<Word> words;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && isWordChar(text.at(i)))
            ++i;
        words.append({start, i, keyOf(text.mid(start, i - start))});
    }
    return words;
}

QStringList keysOf(const QString &text)
{
    QStringList keys;
    for (const Word &word : wordsOf(text))
        keys.append(word.key);
    return keys;
}

struct FakePersona
{
    QString first;
    QString last;
    QString handle;

    QString name() const { return first + QLatin1Char(' ') + last; }
};

// Hands out persona names in a fixed order, skipping any a real customer goes by, so that no
// stand-in can be mistaken for (or be) an original. Past the first rounds only the handle must
// be new: it carries a number then, so the supply never runs out.
class PersonaNames
{
public:
    // `taken`: keys of every customer's handles and full names; `takenWords`: of the words in
    // the names of the customers the scenario is made from.
    PersonaNames(QSet<QString> taken, QSet<QString> takenWords)
        : m_taken(std::move(taken))
        , m_takenWords(std::move(takenWords))
    {}

    FakePersona next()
    {
        const qsizetype firstCount = firstNames().size();
        const qsizetype lastCount = lastNames().size();
        for (;;) {
            const qsizetype k = m_next++;
            const qsizetype first = k % firstCount;
            const qsizetype last = (k / firstCount + first) % lastCount;
            const qsizetype round = k / (firstCount * lastCount);
            FakePersona persona{firstNames().at(first), lastNames().at(last), {}};
            persona.handle = (persona.first + persona.last).toLower() +
                             (round > 0 ? QString::number(round + 1) : QString());
            if (m_taken.contains(keyOf(persona.handle)))
                continue;
            if (round < 2 && (m_taken.contains(keysOf(persona.name()).join(QLatin1Char(' '))) ||
                              m_takenWords.contains(keyOf(persona.first)) ||
                              m_takenWords.contains(keyOf(persona.last))))
                continue;
            return persona;
        }
    }

private:
    QSet<QString> m_taken;
    QSet<QString> m_takenWords;
    qsizetype m_next = 0;
};

// What the workspace knows of one customer: every handle and name they go by.
struct KnownCustomer
{
    QStringList handles;
    QStringList names;
};

// Example values everybody recognises as such, and that no real customer has.
const QStringList &testCards()
{
    static const QStringList cards = {
        QStringLiteral("4111 1111 1111 1111"), QStringLiteral("5555 5555 5555 4444"),
        QStringLiteral("4012 8888 8888 1881"), QStringLiteral("3782 822463 10005"),
        QStringLiteral("6011 1111 1111 1117"), QStringLiteral("5105 1051 0510 5100")};
    return cards;
}

const QStringList &exampleIbans()
{
    static const QStringList ibans = {QStringLiteral("GB82 WEST 1234 5698 7654 32"),
                                      QStringLiteral("DE89 3704 0044 0532 0130 00"),
                                      QStringLiteral("ES91 2100 0418 4502 0005 1332"),
                                      QStringLiteral("FR14 2004 1010 0505 0001 3M02 606"),
                                      QStringLiteral("NL91 ABNA 0417 1643 00"),
                                      QStringLiteral("IT60 X054 2811 1010 0000 0123 456")};
    return ibans;
}

QString compact(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            result.append(c.toUpper());
    }
    return result;
}

// Replaces personal data, handles and names in customers' texts. One instance per scenario, so
// the same original always gets the same stand-in.
class Anonymizer
{
public:
    // `scenarioCustomers` are those whose messages the scenario plays.
    Anonymizer(const Triage::PiiScanner &scanner, const QHash<qint64, KnownCustomer> &customers,
               const QSet<qint64> &scenarioCustomers, const QStringList &brandHandles,
               const QStringList &brandNames, QString scenarioBrandHandle)
        : m_scanner(scanner)
        , m_brandHandle(std::move(scenarioBrandHandle))
        , m_names(takenKeys(customers), nameWords(customers, scenarioCustomers))
    {
        for (auto it = customers.cbegin(); it != customers.cend(); ++it) {
            for (const QString &handle : it->handles) {
                if (const QString key = keyOf(handle);
                    !key.isEmpty() && !m_customerByHandle.contains(key))
                    m_customerByHandle.insert(key, it.key());
            }
            for (const QString &name : it->names) {
                const QStringList keys = keysOf(name);
                if (!keys.isEmpty() && !m_customerByName.contains(keys.join(QLatin1Char(' ')))) {
                    m_customerByName.insert(keys.join(QLatin1Char(' ')), it.key());
                    m_maxNameWords = std::max(m_maxNameWords, keys.size());
                }
            }
        }
        for (const QString &handle : brandHandles)
            m_brandHandleKeys.insert(keyOf(handle));
        m_brandHandleKeys.insert(keyOf(m_brandHandle));
        for (const QString &name : brandHandles + brandNames) {
            for (const QString &key : keysOf(name))
                m_brandWordKeys.insert(key);
        }
    }

    // The customer's persona, made on first use; `names` are their real names, whose single
    // words ("María" alone) are replaced too when `withNameParts`.
    FakePersona personaOf(qint64 customerId, const QStringList &names = {},
                          bool withNameParts = false)
    {
        auto it = m_personaIndex.constFind(customerId);
        if (it == m_personaIndex.constEnd()) {
            m_personas.append(m_names.next());
            it = m_personaIndex.insert(customerId, m_personas.size() - 1);
        }
        const FakePersona persona = m_personas.at(*it);
        if (withNameParts) {
            for (const QString &name : names) {
                const QStringList keys = keysOf(name);
                for (qsizetype i = 0; i < keys.size(); ++i) {
                    if (keys[i].size() < 2 || m_brandWordKeys.contains(keys[i]) ||
                        m_partReplacement.contains(keys[i]))
                        continue;
                    m_partReplacement.insert(keys[i], i == 0 ? persona.first : persona.last);
                }
            }
        }
        return persona;
    }

    QString anonymize(const QString &text, const QString &region)
    {
        QString result;
        qsizetype position = 0;
        for (const Triage::PiiFinding &finding : m_scanner.scan(text, region)) {
            result += replaceNames(text.mid(position, finding.start - position));
            result += fakeFor(finding);
            position = finding.end;
        }
        result += replaceNames(text.mid(position));
        return result;
    }

    const QMap<QString, int> &replaced() const { return m_replaced; }

private:
    static QSet<QString> takenKeys(const QHash<qint64, KnownCustomer> &customers)
    {
        QSet<QString> taken;
        for (const KnownCustomer &customer : customers) {
            for (const QString &handle : customer.handles)
                taken.insert(keyOf(handle));
            for (const QString &name : customer.names)
                taken.insert(keysOf(name).join(QLatin1Char(' ')));
        }
        return taken;
    }

    static QSet<QString> nameWords(const QHash<qint64, KnownCustomer> &customers,
                                   const QSet<qint64> &scenarioCustomers)
    {
        QSet<QString> words;
        for (const qint64 id : scenarioCustomers) {
            for (const QString &name : customers.value(id).names) {
                for (const QString &key : keysOf(name))
                    words.insert(key);
            }
        }
        return words;
    }

    QString fakeFor(const Triage::PiiFinding &finding)
    {
        const QString key = finding.kind + QLatin1Char(':') + compact(finding.match);
        if (const auto known = m_fakes.constFind(key); known != m_fakes.constEnd()) {
            ++m_replaced[finding.kind];
            return *known;
        }
        const int n = ++m_counters[finding.kind];
        QString fake;
        if (finding.kind == u"email") {
            fake = QStringLiteral("customer%1@example.com").arg(n);
        } else if (finding.kind == u"phone") {
            // 555-0100 to 555-0199 are set aside for fiction in North America.
            static const QStringList areas = {QStringLiteral("202"), QStringLiteral("303"),
                                              QStringLiteral("404"), QStringLiteral("505"),
                                              QStringLiteral("606")};
            fake = QStringLiteral("+1 %1 555 01%2")
                       .arg(areas.at(((n - 1) / 100) % areas.size()))
                       .arg((n - 1) % 100, 2, 10, QLatin1Char('0'));
        } else if (finding.kind == u"card" || finding.kind == u"iban") {
            const QStringList &examples = finding.kind == u"card" ? testCards() : exampleIbans();
            qsizetype index = n - 1;
            if (finding.kind == u"iban") { // the same country's example, when there is one
                for (qsizetype i = 0; i < examples.size(); ++i) {
                    if (examples[i].left(2) == compact(finding.match).left(2))
                        index = i;
                }
            }
            fake = examples.at(index % examples.size());
            if (compact(fake) == compact(finding.match)) // a customer quoting the example itself
                fake = examples.at((index + 1) % examples.size());
        } else {
            // A team's own identifier keeps its shape (so the team's pattern still finds it),
            // with the digits counting up from 1 and any letters crossed out if it has none.
            fake = finding.match;
            const auto digits =
                std::count_if(fake.cbegin(), fake.cend(), [](QChar c) { return c.isDigit(); });
            const QString number =
                QString::number(n).rightJustified(digits, QLatin1Char('0')).right(digits);
            qsizetype next = 0;
            for (QChar &c : fake) {
                if (digits > 0 && c.isDigit())
                    c = number.at(next++);
                else if (digits == 0 && c.isLetter())
                    c = QLatin1Char('X');
            }
        }
        m_fakes.insert(key, fake);
        ++m_replaced[finding.kind];
        return fake;
    }

    QString strangerHandle(const QString &key)
    {
        auto it = m_strangers.constFind(key);
        if (it == m_strangers.constEnd())
            it = m_strangers.insert(key, m_names.next().handle);
        return *it;
    }

    // Whether only blanks separate two words, as between the parts of one name.
    static bool onlySpaceBetween(const QString &text, const Word &a, const Word &b)
    {
        for (qsizetype i = a.end; i < b.start; ++i) {
            if (!text.at(i).isSpace())
                return false;
        }
        return true;
    }

    struct Replacement
    {
        QString text;
        QString kind;        // for the summary: "brand", "handle" or "name"
        qsizetype words = 1; // how many words it replaces
    };

    // The longest name of a customer, two words or more, that starts at `words[i]`.
    std::optional<Replacement> fullNameAt(const QString &text, const QList<Word> &words,
                                          qsizetype i)
    {
        for (qsizetype n = std::min(m_maxNameWords, words.size() - i); n >= 2; --n) {
            QStringList keys{words.at(i).key};
            bool joined = true;
            for (qsizetype j = i + 1; j < i + n && joined; ++j) {
                joined = onlySpaceBetween(text, words.at(j - 1), words.at(j));
                keys.append(words.at(j).key);
            }
            const auto customer = m_customerByName.constFind(keys.join(QLatin1Char(' ')));
            if (joined && customer != m_customerByName.constEnd())
                return Replacement{personaOf(*customer).name(), QStringLiteral("name"), n};
        }
        return std::nullopt;
    }

    std::optional<Replacement> replacementAt(const QString &text, const QList<Word> &words,
                                             qsizetype i)
    {
        const Word &word = words.at(i);
        const bool mention = word.start > 0 && text.at(word.start - 1) == u'@' &&
                             (word.start == 1 || !isWordChar(text.at(word.start - 2)));
        if (m_brandHandleKeys.contains(word.key))
            return Replacement{m_brandHandle, QStringLiteral("brand")};
        if (const auto customer = m_customerByHandle.constFind(word.key);
            customer != m_customerByHandle.constEnd())
            return Replacement{personaOf(*customer).handle, QStringLiteral("handle")};
        if (mention) // someone who is not a customer here is still someone
            return Replacement{strangerHandle(word.key), QStringLiteral("handle")};
        if (auto name = fullNameAt(text, words, i))
            return name;
        if (m_brandWordKeys.contains(word.key))
            return std::nullopt; // the brand's own words are nobody's name
        if (const auto customer = m_customerByName.constFind(word.key);
            customer != m_customerByName.constEnd())
            return Replacement{personaOf(*customer).name(), QStringLiteral("name")};
        if (const auto part = m_partReplacement.constFind(word.key);
            part != m_partReplacement.constEnd())
            return Replacement{*part, QStringLiteral("name")};
        return std::nullopt;
    }

    QString replaceNames(const QString &text)
    {
        const QList<Word> words = wordsOf(text);
        QString result;
        qsizetype position = 0;
        for (qsizetype i = 0; i < words.size();) {
            const auto replacement = replacementAt(text, words, i);
            if (!replacement) {
                ++i;
                continue;
            }
            const qsizetype start = words.at(i).start;
            const qsizetype end = words.at(i + replacement->words - 1).end;
            if (text.mid(start, end - start) != replacement->text) {
                result += text.mid(position, start - position) + replacement->text;
                position = end;
                ++m_replaced[replacement->kind];
            }
            i += replacement->words;
        }
        return result + text.mid(position);
    }

    const Triage::PiiScanner &m_scanner;
    QString m_brandHandle;
    PersonaNames m_names;
    QHash<QString, qint64> m_customerByHandle;
    QHash<QString, qint64> m_customerByName; // word keys joined by one space
    qsizetype m_maxNameWords = 1;
    QSet<QString> m_brandHandleKeys;
    QSet<QString> m_brandWordKeys;
    QList<FakePersona> m_personas;
    QHash<qint64, qsizetype> m_personaIndex;
    QHash<QString, QString>
        m_partReplacement;               // a word of a scenario customer's name -> the persona's
    QHash<QString, QString> m_strangers; // someone @mentioned who is no customer -> made-up handle
    QHash<QString, QString> m_fakes;     // kind:original -> stand-in
    QHash<QString, int> m_counters;
    QMap<QString, int> m_replaced;
};

Core::Error readError(const QSqlQuery &query)
{
    return Core::Error{Tr::tr("The workspace could not be read."), query.lastError().text()};
}

// Reach in round numbers: enough to practise on an influencer, too little to find one by.
qint64 roundedFollowers(qint64 followers)
{
    if (followers < 100)
        return followers;
    const double magnitude =
        std::pow(10.0, std::floor(std::log10(static_cast<double>(followers))) - 1);
    return static_cast<qint64>(std::round(static_cast<double>(followers) / magnitude) * magnitude);
}

// The most recent conversations with something a customer wrote, oldest first; the practice
// inbox's own conversations are not real ones.
Core::Result<QList<Core::ConversationDetail>> recentConversations(const QSqlDatabase &db, int count)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT c.id FROM conversations c JOIN channels ch ON ch.id = c.channel_id"
                       " WHERE ch.platform <> 'sandbox'"
                       "   AND EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND "
                       "m.direction = 'in')"
                       " ORDER BY c.created_at DESC, c.id DESC LIMIT ?"));
    query.addBindValue(count);
    if (!query.exec())
        return readError(query);
    QList<qint64> conversationIds;
    while (query.next())
        conversationIds.append(query.value(0).toLongLong());
    if (conversationIds.isEmpty())
        return Core::Error{Tr::tr("There are no past conversations with customers' messages to "
                                  "make a scenario from."),
                           {}};

    Storage::WorkspaceStore store(db);
    QList<Core::ConversationDetail> conversations;
    for (const qint64 id : conversationIds) {
        auto detail = store.conversation(id);
        if (!detail)
            return detail.error();
        conversations.append(detail.value());
    }
    std::sort(conversations.begin(), conversations.end(),
              [](const Core::ConversationDetail &a, const Core::ConversationDetail &b) {
                  return a.createdAt != b.createdAt ? a.createdAt < b.createdAt
                                                    : a.conversationId < b.conversationId;
              });
    return conversations;
}

// Every customer of the workspace, by every handle and name: anyone may be named in a text.
Core::Result<QHash<qint64, KnownCustomer>> knownCustomers(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    QHash<qint64, KnownCustomer> customers;
    if (!query.exec(QStringLiteral(
            "SELECT c.id, c.display_name, COALESCE(i.handle, ''), COALESCE(i.display_name, '')"
            " FROM customers c LEFT JOIN identities i ON i.customer_id = c.id ORDER BY c.id, "
            "i.id")))
        return readError(query);
    while (query.next()) {
        KnownCustomer &customer = customers[query.value(0).toLongLong()];
        for (const int column : {1, 3}) {
            if (const QString name = query.value(column).toString().trimmed();
                !name.isEmpty() && !customer.names.contains(name))
                customer.names.append(name);
        }
        if (const QString handle = query.value(2).toString().trimmed();
            !handle.isEmpty() && !customer.handles.contains(handle))
            customer.handles.append(handle);
    }
    return customers;
}

// Who the brand is in the scenario, and every handle and name the workspace's channels go by.
struct Brand
{
    QString name;
    QString handle;
    QStringList handles; // of every channel
    QStringList names;   // of every channel named with a space, and the scenario's brand name
};

// The brand: the channel most of these conversations came in on, unless told otherwise.
Core::Result<Brand> brandOf(const QSqlDatabase &db,
                            const QList<Core::ConversationDetail> &conversations,
                            const ScenarioBuildOptions &options)
{
    auto channels = Storage::WorkspaceStore(db).channels();
    if (!channels)
        return channels.error();
    Brand brand;
    for (const Storage::ChannelRecord &channel : channels.value()) {
        if (channel.name.trimmed().contains(QLatin1Char(' ')))
            brand.names.append(channel.name);
        else
            brand.handles.append(channel.name.trimmed());
    }
    QHash<QString, int> conversationsByChannel;
    QString mainChannel;
    for (const Core::ConversationDetail &conversation : conversations) {
        const int count = ++conversationsByChannel[conversation.channelName];
        if (count > conversationsByChannel.value(mainChannel) ||
            (count == conversationsByChannel.value(mainChannel) &&
             conversation.channelName < mainChannel))
            mainChannel = conversation.channelName;
    }
    brand.handle = options.brandHandle;
    if (brand.handle.isEmpty())
        brand.handle = QString(mainChannel).remove(QLatin1Char(' '));
    brand.name = options.brandName.isEmpty() ? mainChannel : options.brandName;
    brand.names.append(brand.name);
    return brand;
}

// A customer's message, with the conversation it belongs to.
struct InboundMessage
{
    const Core::ConversationDetail *conversation;
    const Core::MessageRecord *record;
    int threadIndex;
};

// Every customer message of the conversations, in the order they were written.
QList<InboundMessage> inboundInOrder(const QList<Core::ConversationDetail> &conversations)
{
    QList<InboundMessage> inbound;
    for (qsizetype c = 0; c < conversations.size(); ++c) {
        for (const Core::MessageRecord &message : conversations.at(c).messages) {
            if (message.direction == Core::Direction::Inbound)
                inbound.append({&conversations.at(c), &message, static_cast<int>(c) + 1});
        }
    }
    std::stable_sort(inbound.begin(), inbound.end(),
                     [](const InboundMessage &a, const InboundMessage &b) {
                         return a.record->createdAt != b.record->createdAt
                                    ? a.record->createdAt < b.record->createdAt
                                    : a.record->id < b.record->id;
                     });
    return inbound;
}

// Personas first, in the order their customers first wrote, so that the names given out do not
// depend on who happens to be mentioned where. Returns each customer's persona id.
QHash<qint64, QString> addPersonas(const QList<InboundMessage> &inbound,
                                   const QHash<qint64, KnownCustomer> &customers,
                                   Anonymizer &anonymizer, Scenario &scenario)
{
    QHash<qint64, QString> personaIdOf;
    for (const InboundMessage &message : inbound) {
        const Core::CustomerProfile &customer = message.conversation->customer;
        if (personaIdOf.contains(customer.customerId))
            continue;
        const FakePersona fake = anonymizer.personaOf(
            customer.customerId, customers.value(customer.customerId).names, true);
        Persona persona;
        persona.id = fake.handle;
        persona.author.platformUserId = QStringLiteral("persona:") + persona.id;
        persona.author.displayName = fake.name();
        persona.author.handle = fake.handle;
        persona.author.followers = roundedFollowers(customer.followers);
        persona.author.verified = customer.verified;
        persona.author.locale = customer.locale;
        scenario.personas.append(persona);
        personaIdOf.insert(customer.customerId, persona.id);
    }
    return personaIdOf;
}

// Each customer message an event, at its distance from the first. Returns the events of each
// conversation, in order.
QHash<qint64, QStringList> addTimeline(const QList<InboundMessage> &inbound,
                                       const QHash<qint64, QString> &personaIdOf,
                                       Anonymizer &anonymizer, Scenario &scenario)
{
    const QDateTime start = inbound.first().record->createdAt;
    QHash<QString, qsizetype> eventByPlatformId; // channel + platform id -> index in the timeline
    QHash<qint64, QStringList> eventsOfConversation;
    for (const InboundMessage &message : inbound) {
        const Core::ConversationDetail &conversation = *message.conversation;
        const Core::MessageRecord &record = *message.record;
        ScenarioEvent event;
        event.id = QStringLiteral("e%1").arg(scenario.timeline.size() + 1);
        event.atSecs = start.secsTo(record.createdAt);
        event.personaId = personaIdOf.value(conversation.customer.customerId);
        event.kind = record.visibility == Core::Visibility::Private ? Sdk::ItemKind::DirectMessage
                     : conversation.platform == u"facebook"         ? Sdk::ItemKind::Comment
                                                                    : Sdk::ItemKind::Mention;
        event.thread = QStringLiteral("t%1").arg(message.threadIndex);
        // A reply keeps what it answers when that is one of these messages, said earlier.
        if (const auto answered = eventByPlatformId.constFind(conversation.channelName +
                                                              QLatin1Char('\n') + record.replyTo);
            answered != eventByPlatformId.constEnd() &&
            scenario.timeline.at(*answered).atSecs <= event.atSecs)
            event.replyTo = scenario.timeline.at(*answered).id;
        event.text = anonymizer.anonymize(
            record.text, Triage::PiiScanner::regionFromLocale(conversation.customer.locale));
        if (event.text.trimmed().isEmpty())
            continue;
        if (!record.language.isEmpty() && record.language != u"und")
            event.language = record.language;
        scenario.timeline.append(event);
        eventByPlatformId.insert(conversation.channelName + QLatin1Char('\n') + record.platformId,
                                 scenario.timeline.size() - 1);
        eventsOfConversation[conversation.conversationId].append(event.id);
    }
    return eventsOfConversation;
}

// What the agents did is what the trainee is expected to do.
void addExpectations(const QList<Core::ConversationDetail> &conversations,
                     const QHash<qint64, QStringList> &eventsOfConversation, Anonymizer &anonymizer,
                     Scenario &scenario)
{
    for (const Core::ConversationDetail &conversation : conversations) {
        const QStringList events = eventsOfConversation.value(conversation.conversationId);
        if (events.isEmpty())
            continue;
        const QString personaName = anonymizer.personaOf(conversation.customer.customerId).name();
        bool answered = false;
        bool inPrivate = false;
        for (const Core::MessageRecord &message : conversation.messages) {
            if (message.direction == Core::Direction::Outbound) {
                answered = true;
                inPrivate = inPrivate || message.visibility == Core::Visibility::Private;
            }
        }
        const auto expect = [&](const QString &after, Expectation::Outcome outcome,
                                const QString &text) {
            scenario.expectations.append(
                {QStringLiteral("x%1").arg(scenario.expectations.size() + 1),
                 after,
                 outcome,
                 0,
                 {},
                 text});
        };
        if (inPrivate)
            expect(events.first(), Expectation::Outcome::DirectMessage,
                   Tr::tr("Moves %1 to a private message, as the agent did.").arg(personaName));
        else if (answered)
            expect(events.first(), Expectation::Outcome::AnyReply,
                   Tr::tr("Answers %1, as the agent did.").arg(personaName));
        if (conversation.status == Core::ConversationStatus::Resolved)
            expect(events.last(), Expectation::Outcome::Resolved,
                   Tr::tr("Resolves the conversation with %1, as the agent did.").arg(personaName));
    }
}

} // namespace

ScenarioBuilder::ScenarioBuilder(QSqlDatabase db)
    : m_db(std::move(db))
{}

Core::Result<BuiltScenario> ScenarioBuilder::build(const ScenarioBuildOptions &options) const
{
    if (options.conversations <= 0)
        return Core::Error{Tr::tr("A scenario needs at least one conversation."), {}};
    auto conversations = recentConversations(m_db, options.conversations);
    if (!conversations)
        return conversations.error();
    auto customers = knownCustomers(m_db);
    if (!customers)
        return customers.error();
    auto brand = brandOf(m_db, conversations.value(), options);
    if (!brand)
        return brand.error();

    QSet<qint64> scenarioCustomers;
    for (const Core::ConversationDetail &conversation : std::as_const(conversations.value()))
        scenarioCustomers.insert(conversation.customer.customerId);
    const Triage::PiiScanner scanner(options.piiPatterns);
    Anonymizer anonymizer(scanner, customers.value(), scenarioCustomers, brand.value().handles,
                          brand.value().names, brand.value().handle);

    BuiltScenario built;
    Scenario &scenario = built.scenario;
    scenario.brandName = brand.value().name;
    scenario.brandHandle = brand.value().handle;
    scenario.id = options.id.isEmpty() ? QStringLiteral("history-") + keyOf(brand.value().handle)
                                       : options.id;
    scenario.title = options.title.isEmpty() ? Tr::tr("%1: %2 past conversations, anonymised")
                                                   .arg(brand.value().name)
                                                   .arg(conversations.value().size())
                                             : options.title;
    built.conversations = static_cast<int>(conversations.value().size());

    const QList<InboundMessage> inbound = inboundInOrder(conversations.value());
    const QHash<qint64, QString> personaIdOf =
        addPersonas(inbound, customers.value(), anonymizer, scenario);
    const QHash<qint64, QStringList> eventsOfConversation =
        addTimeline(inbound, personaIdOf, anonymizer, scenario);
    addExpectations(conversations.value(), eventsOfConversation, anonymizer, scenario);
    built.replaced = anonymizer.replaced();
    return built;
}

} // namespace CareDesk::Training
