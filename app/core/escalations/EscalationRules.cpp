#include "EscalationRules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CareDesk::Escalations {

using Core::Error;
using Core::Result;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Escalations::EscalationSettings)
};

QString actionName(RuleAction action)
{
    return action == RuleAction::Flag ? QStringLiteral("flag") : QStringLiteral("escalate");
}

// The word stands alone in the text (no letter or digit glued to either side).
bool containsWord(const QString &text, const QString &word)
{
    for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const qsizetype end = at + word.size();
        const bool startsClean = at == 0 || !text.at(at - 1).isLetterOrNumber();
        const bool endsClean = end >= text.size() || !text.at(end).isLetterOrNumber();
        if (startsClean && endsClean)
            return true;
    }
    return false;
}

// Reads {"then": "escalate"|"flag"} of a rule; the rule's absence is no error.
Result<std::optional<RuleAction>> actionOf(const QJsonObject &rules, const char *name)
{
    const QJsonValue rule = rules.value(QLatin1String(name));
    if (rule.isUndefined() || rule.isNull())
        return std::optional<RuleAction>();
    const QString then = rule.toObject().value(QLatin1String("then")).toString();
    if (then == u"escalate")
        return std::optional<RuleAction>(RuleAction::Escalate);
    if (then == u"flag")
        return std::optional<RuleAction>(RuleAction::Flag);
    return Error{Tr::tr("The rule \"%1\" must say \"then\": \"escalate\" or \"flag\".")
                     .arg(QLatin1String(name)),
                 {}};
}

QStringList textList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray items = value.toArray();
    for (const QJsonValue &item : items)
        if (const QString text = item.toString().trimmed(); !text.isEmpty())
            list.append(text);
    return list;
}

} // namespace

QString describeRule(const QString &code, const QString &detail)
{
    if (code == u"followers")
        return Tr::tr("Reach above the escalation limit: %1 followers").arg(detail);
    if (code == u"verified")
        return Tr::tr("Verified account");
    if (code == u"words")
        return Tr::tr("Words from the escalation list: “%1”").arg(detail);
    if (code == u"repeat")
        return Tr::tr("Repeated contact: %1 messages within a day").arg(detail);
    if (code == u"sla")
        return Tr::tr("The reply is overdue");
    if (code == u"detractor")
        return Tr::tr("Detractor's survey answer: %1").arg(detail);
    return code;
}

std::optional<RuleHit> EscalationSettings::check(const ArrivalFacts &facts) const
{
    if (followersAction && followersAbove > 0 && facts.followers > followersAbove)
        return RuleHit{QStringLiteral("followers"), QString::number(facts.followers),
                       *followersAction};
    if (verifiedAction && facts.verified)
        return RuleHit{QStringLiteral("verified"), QString(), *verifiedAction};
    if (wordsAction) {
        const QString text = facts.text.toLower();
        for (auto it = words.cbegin(); it != words.cend(); ++it)
            for (const QString &word : it.value())
                if (containsWord(text, word))
                    return RuleHit{QStringLiteral("words"), word, *wordsAction};
    }
    if (repeatedAction && repeatedContacts > 0 && facts.contactsToday >= repeatedContacts)
        return RuleHit{QStringLiteral("repeat"), QString::number(facts.contactsToday),
                       *repeatedAction};
    return std::nullopt;
}

std::optional<RuleHit> EscalationSettings::slaBreached() const
{
    if (!slaBreachAction)
        return std::nullopt;
    return RuleHit{QStringLiteral("sla"), QString(), *slaBreachAction};
}

std::optional<RuleHit> EscalationSettings::detractor(int score) const
{
    if (!detractorAction)
        return std::nullopt;
    return RuleHit{QStringLiteral("detractor"), QString::number(score), *detractorAction};
}

EscalationSettings EscalationSettings::defaults()
{
    EscalationSettings settings;
    settings.reasons = {Tr::tr("Legal threat"), Tr::tr("Press or public figure"),
                        Tr::tr("Refund or goodwill above my limit"),
                        Tr::tr("Safety or security issue"), Tr::tr("Other")};
    settings.followersAbove = 100000;
    settings.followersAction = RuleAction::Flag;
    settings.verifiedAction = RuleAction::Flag;
    // Words that mean someone else is watching: lawyers, the press, regulators.
    settings.words = {
        {QStringLiteral("en"),
         {QStringLiteral("lawyer"), QStringLiteral("attorney"), QStringLiteral("sue"),
          QStringLiteral("lawsuit"), QStringLiteral("press"), QStringLiteral("journalist"),
          QStringLiteral("regulator"), QStringLiteral("ombudsman")}},
        {QStringLiteral("es"),
         {QStringLiteral("abogado"), QStringLiteral("demanda"), QStringLiteral("denuncia"),
          QStringLiteral("prensa"), QStringLiteral("periodista"), QStringLiteral("consumo")}},
        {QStringLiteral("de"),
         {QStringLiteral("anwalt"), QStringLiteral("klage"), QStringLiteral("presse"),
          QStringLiteral("journalist"), QStringLiteral("verbraucherzentrale"),
          QStringLiteral("bundesnetzagentur")}},
        {QStringLiteral("fr"),
         {QStringLiteral("avocat"), QStringLiteral("plainte"), QStringLiteral("presse"),
          QStringLiteral("journaliste"), QStringLiteral("médiateur")}}};
    settings.wordsAction = RuleAction::Escalate;
    settings.repeatedContacts = 4;
    settings.repeatedAction = RuleAction::Flag;
    // Overdue replies are red in the inbox already; a team that wants them flagged says so.
    settings.detractorAction = RuleAction::Escalate;
    return settings;
}

Result<EscalationSettings> EscalationSettings::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return Error{Tr::tr("The escalation settings are not a JSON object."),
                     parseError.errorString()};
    const QJsonObject object = document.object();
    EscalationSettings settings = defaults();
    if (object.contains(QLatin1String("reasons")))
        settings.reasons = textList(object.value(QLatin1String("reasons")));
    if (settings.reasons.isEmpty())
        return Error{Tr::tr("An escalation needs at least one reason to choose from."), {}};
    settings.targets = textList(object.value(QLatin1String("targets")));
    settings.keepWithAgent = object.value(QLatin1String("keepWithAgent")).toBool(false);
    if (!object.contains(QLatin1String("rules")))
        return settings;
    const QJsonObject rules = object.value(QLatin1String("rules")).toObject();
    auto followers = actionOf(rules, "followersAbove");
    auto verified = actionOf(rules, "verified");
    auto wordsRule = actionOf(rules, "words");
    auto repeated = actionOf(rules, "repeatedContacts");
    auto sla = actionOf(rules, "slaBreach");
    auto detractor = actionOf(rules, "detractor");
    for (const auto *read : {&followers, &verified, &wordsRule, &repeated, &sla, &detractor})
        if (!*read)
            return read->error();
    settings.followersAction = followers.value();
    settings.followersAbove =
        rules.value(QLatin1String("followersAbove")).toObject().value(u"count").toInteger(0);
    settings.verifiedAction = verified.value();
    settings.wordsAction = wordsRule.value();
    settings.words.clear();
    const QJsonObject byLanguage = rules.value(QLatin1String("words")).toObject();
    for (auto it = byLanguage.begin(); it != byLanguage.end(); ++it)
        if (it.key() != u"then")
            for (const QString &word : textList(it.value()))
                settings.words[it.key()].append(word.toLower());
    settings.repeatedAction = repeated.value();
    settings.repeatedContacts =
        rules.value(QLatin1String("repeatedContacts")).toObject().value(u"count").toInt(0);
    settings.slaBreachAction = sla.value();
    settings.detractorAction = detractor.value();
    if (settings.followersAbove < 0 || settings.repeatedContacts < 0)
        return Error{Tr::tr("A rule's \"count\" must be a positive whole number."), {}};
    return settings;
}

QByteArray EscalationSettings::toJson() const
{
    QJsonObject rules;
    const auto rule = [&rules](const char *name, const std::optional<RuleAction> &action,
                               QJsonObject body = {}) {
        if (!action)
            return;
        body.insert(QStringLiteral("then"), actionName(*action));
        rules.insert(QLatin1String(name), body);
    };
    rule("followersAbove", followersAction, {{QStringLiteral("count"), followersAbove}});
    rule("verified", verifiedAction);
    QJsonObject wordLists;
    for (auto it = words.cbegin(); it != words.cend(); ++it)
        wordLists.insert(it.key(), QJsonArray::fromStringList(it.value()));
    rule("words", wordsAction, wordLists);
    rule("repeatedContacts", repeatedAction, {{QStringLiteral("count"), repeatedContacts}});
    rule("slaBreach", slaBreachAction);
    rule("detractor", detractorAction);
    return QJsonDocument(
               QJsonObject{{QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)},
                           {QStringLiteral("targets"), QJsonArray::fromStringList(targets)},
                           {QStringLiteral("keepWithAgent"), keepWithAgent},
                           {QStringLiteral("rules"), rules}})
        .toJson(QJsonDocument::Indented);
}

QString EscalationSettings::pathIn(const QString &workspaceDirectory)
{
    return QDir(workspaceDirectory).absoluteFilePath(QStringLiteral("escalation.json"));
}

Result<EscalationSettings> EscalationSettings::ofWorkspace(const QString &workspaceDirectory)
{
    QFile file(pathIn(workspaceDirectory));
    if (!file.exists())
        return defaults();
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("The escalation settings could not be read; the defaults are used."),
                     file.errorString()};
    auto settings = fromJson(file.readAll());
    if (!settings)
        return Error{Tr::tr("The escalation settings have a problem; the defaults are used."),
                     settings.error().userMessage + QLatin1Char(' ') + settings.error().detail};
    return settings;
}

} // namespace CareDesk::Escalations
