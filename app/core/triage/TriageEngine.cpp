#include "TriageEngine.h"

#include "ClassifierFeatures.h"

#include "TextNormalizer.h"

#include <QHash>

#include <algorithm>

namespace CareDesk::Triage {

namespace {

int categoryPoints(const QString &category)
{
    static const QHash<QString, int> points = {
        {QStringLiteral("service"), 40},   {QStringLiteral("warranty"), 35},
        {QStringLiteral("pre-sales"), 30}, {QStringLiteral("other"), 10},
        {QStringLiteral("praise"), 5},     {QStringLiteral("spam"), 0}};
    return points.value(category, 20);
}

PriorityReason categoryReason(const QString &category)
{
    return {QStringLiteral("category"), categoryPoints(category), category, {}};
}

} // namespace

TriageEngine::TriageEngine(const CategoryRules &rules, const NaiveBayes *classifier)
    : m_rules(rules)
    , m_classifier(classifier)
{}

TriageResult TriageEngine::triage(const TriageInput &input) const
{
    return score(analyzeText(input.text, input.languageHint), input);
}

TextAnalysis TriageEngine::analyzeText(const QString &text, const QString &languageHint) const
{
    TextAnalysis result;
    result.language = m_languages.detect(text, languageHint, QString());

    const QString normalized = normalizeForMatching(text);
    const CategoryRules::Match rule = m_rules.categorize(normalized);
    // The team's own history wins once it has seen enough to be trusted, except over a clear
    // spam pattern: a learned model is easy to fool with polite spam.
    if (m_classifier && m_classifier->documentCount() >= MIN_TRAINING_DOCUMENTS &&
        !(rule.category == u"spam" && rule.hits >= 2)) {
        const NaiveBayes::Prediction prediction = m_classifier->classify(classifierFeatures(text));
        // Sure enough, it decides; unsure, it still beats no answer when the rules have none.
        if (prediction.probability >= MIN_CLASSIFIER_PROBABILITY ||
            (rule.category.isEmpty() && !prediction.category.isEmpty())) {
            result.category = prediction.category;
            result.categorySource = QStringLiteral("classifier");
        }
    }
    if (result.categorySource == u"none" && !rule.category.isEmpty()) {
        result.category = rule.category;
        result.categorySource = QStringLiteral("rules");
    }
    result.actionable = m_rules.isActionable(result.category);
    result.categoryReason = categoryReason(result.category);
    if (result.category != u"spam")
        result.urgentWords = m_rules.urgencyWords(normalized);
    if (!result.urgentWords.isEmpty())
        result.urgencyReason = {QStringLiteral("urgency"),
                                15,
                                result.urgentWords.mid(0, 3).join(QStringLiteral(", ")),
                                {}};
    return result;
}

TriageResult TriageEngine::score(const TextAnalysis &analysis, const TriageInput &input) const
{
    TriageResult result;
    result.language = analysis.language;
    if (!result.language.isKnown() && !input.customerLanguage.isEmpty() &&
        input.customerLanguage != u"und")
        result.language = {input.customerLanguage, LanguageSource::CustomerHistory};
    result.category = analysis.category;
    result.categorySource = analysis.categorySource;
    result.actionable = analysis.actionable;

    // Facts only: the sentences are made when the reasons are shown (describe()).
    const auto add = [&](const QString &code, int points, QString detail = {}) {
        if (points != 0)
            result.reasons.append({code, points, std::move(detail), {}});
    };
    const PriorityReason category = analysis.categoryReason.code.isEmpty()
                                        ? categoryReason(result.category)
                                        : analysis.categoryReason;
    add(category.code, category.points, category.detail);
    if (result.category != u"spam") {
        if (input.followers >= 1000)
            add(QStringLiteral("influence"), input.followers >= 10000 ? 15 : 5,
                QString::number(input.followers));
        if (input.verified)
            add(QStringLiteral("verified"), 10);
        // A CRM match says more than a tier set by hand: it replaces it.
        if (input.existingCustomer) {
            const PriorityReason customer = existingCustomerReason(input.crmTier);
            add(customer.code, customer.points, customer.detail);
        } else if (!input.tier.isEmpty() &&
                   input.tier.compare(u"standard", Qt::CaseInsensitive) != 0) {
            add(QStringLiteral("tier"), 10, input.tier);
        }
        add(analysis.urgencyReason.code, analysis.urgencyReason.points,
            analysis.urgencyReason.detail);
        if (input.earlierUnanswered > 0)
            add(QStringLiteral("repeat"), std::min(20, 10 * input.earlierUnanswered),
                QString::number(input.earlierUnanswered));
        if (input.slaDue.isValid() && input.now.isValid() && input.waitingSince.isValid()) {
            const qint64 left = input.now.secsTo(input.slaDue);
            if (left < 0)
                add(QStringLiteral("sla"), 15, QString::number(left));
            else if (left <= 15 * 60)
                add(QStringLiteral("sla"), 8, QString::number(left));
        }
    }
    int total = 0;
    for (const PriorityReason &reason : result.reasons)
        total += reason.points;
    result.priority = std::clamp(total, 0, 100);
    return result;
}

PriorityReason TriageEngine::existingCustomerReason(const QString &tier) const
{
    const QString key = tier.trimmed().toLower();
    const int points = m_customerPoints.contains(key) ? m_customerPoints.value(key)
                                                      : m_customerPoints.value(QStringLiteral("*"));
    if (points <= 0)
        return {};
    return {QStringLiteral("customer"), points, tier.trimmed(), {}};
}

} // namespace CareDesk::Triage
