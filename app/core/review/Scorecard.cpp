#include "Scorecard.h"

#include "triage/PiiScanner.h"

#include <QCoreApplication>

namespace CareDesk::Review {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Review::Scorecard)
};

// Met when every one passes, partly when most do, not met otherwise.
int shareScore(int passed, int total)
{
    if (passed == total)
        return 2;
    return passed * 2 > total ? 1 : 0;
}

} // namespace

double QaReview::percent() const
{
    int points = 0;
    int possible = 0;
    for (const CriterionScore &score : scores) {
        if (!score.score)
            continue;
        points += *score.score * score.weight;
        possible += 2 * score.weight;
    }
    return possible == 0 ? -1 : 100.0 * points / possible;
}

QList<Criterion> defaultCriteria()
{
    return {
        {0, Tr::tr("Answered every message"),
         Tr::tr("No customer message was left without an answer or a deliberate mark."), 2,
         QStringLiteral("answered")},
        {0, Tr::tr("Right channel"),
         Tr::tr("Account details and private matters moved to a private message; private messages "
                "answered in private."),
         1, QStringLiteral("channel")},
        {0, Tr::tr("Personal data kept private"),
         Tr::tr(
             "No public reply shows an email address, phone number, card, IBAN or order number."),
         2, QStringLiteral("pii")},
        {0, Tr::tr("Customer's language"),
         Tr::tr("Every reply is in the language the customer wrote in."), 1,
         QStringLiteral("language")},
        {0, Tr::tr("Tone"),
         Tr::tr("Friendly, clear and in the brand's voice; canned text adapted to the customer."),
         1, QString()},
        {0, Tr::tr("Resolution"),
         Tr::tr("The customer's problem was solved, or they know exactly what happens next."), 2,
         QString()},
    };
}

QHash<qint64, std::optional<int>> suggestScores(const Transcript &transcript,
                                                const QList<Criterion> &criteria,
                                                const Triage::PiiScanner &pii)
{
    const Core::ConversationDetail &conversation = transcript.conversation;
    const QString region = Triage::PiiScanner::regionFromLocale(conversation.customer.locale);
    int customerMessages = 0, answered = 0;
    int replies = 0, publicRepliesWithPii = 0, inLanguage = 0, languageKnown = 0;
    int privateMessagesAnswered = 0, privateMessagesAnsweredInPrivate = 0;
    bool customerSharedPiiInPublic = false;
    bool movedToPrivate = false;
    Core::Visibility lastCustomerVisibility = Core::Visibility::Public;
    bool customerWaiting = false;
    for (const Core::MessageRecord &message : conversation.messages) {
        if (message.direction == Core::Direction::Inbound) {
            ++customerMessages;
            if (message.addressed != Core::Addressed::Open)
                ++answered;
            if (message.visibility == Core::Visibility::Public &&
                !pii.scan(message.text, region).isEmpty())
                customerSharedPiiInPublic = true;
            lastCustomerVisibility = message.visibility;
            customerWaiting = true;
            continue;
        }
        ++replies;
        if (message.visibility == Core::Visibility::Private)
            movedToPrivate = true;
        else if (!pii.scan(message.text, region).isEmpty())
            ++publicRepliesWithPii;
        if (customerWaiting && lastCustomerVisibility == Core::Visibility::Private) {
            ++privateMessagesAnswered;
            if (message.visibility == Core::Visibility::Private)
                ++privateMessagesAnsweredInPrivate;
        }
        customerWaiting = false;
        if (!conversation.language.isEmpty() && conversation.language != u"und" &&
            !message.language.isEmpty() && message.language != u"und") {
            ++languageKnown;
            if (message.language == conversation.language)
                ++inLanguage;
        }
    }

    QHash<qint64, std::optional<int>> suggestions;
    for (const Criterion &criterion : criteria) {
        std::optional<int> score;
        if (criterion.checkKey == u"answered" && customerMessages > 0) {
            score = shareScore(answered, customerMessages);
        } else if (criterion.checkKey == u"pii" && replies > 0) {
            score = publicRepliesWithPii == 0 ? 2 : 0;
        } else if (criterion.checkKey == u"language" && languageKnown > 0) {
            score = shareScore(inLanguage, languageKnown);
        } else if (criterion.checkKey == u"channel" && replies > 0) {
            // Private answers to private messages; a customer who showed personal data in
            // public is taken to private messages.
            if (privateMessagesAnswered > privateMessagesAnsweredInPrivate)
                score = 0;
            else if (customerSharedPiiInPublic && !movedToPrivate)
                score = 1;
            else
                score = 2;
        }
        if (!criterion.checkKey.isEmpty())
            suggestions.insert(criterion.id, score);
    }
    return suggestions;
}

} // namespace CareDesk::Review
