// Triage: language, category, spam and noise, priority with its reasons, SLA due times.
// May use Qt Core, CLD2 and libphonenumber; nothing else of the engine.
#pragma once

#include "CategoryRules.h"
#include "LanguageDetector.h"
#include "NaiveBayes.h"
#include "PriorityReasons.h"
#include "SlaPolicy.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace CareDesk::Triage {

struct TriageInput
{
    QString text;
    QString languageHint;
    QString customerLanguage;
    qint64 followers = 0;
    bool verified = false;
    QString tier;                  // the tier set by hand on the customer, e.g. "gold"
    bool existingCustomer = false; // matched to a record in the team's CRM or customer file
    QString crmTier;               // that record's tier; may be empty
    int earlierUnanswered = 0;     // the customer's messages in this conversation still unanswered
    QDateTime waitingSince;        // oldest unanswered message; invalid: not waiting
    QDateTime slaDue;
    QDateTime now;
};

struct TriageResult
{
    QString category = QStringLiteral("other");
    QString categorySource = QStringLiteral("none"); // "rules", "classifier" or "none"
    bool actionable = false;
    int priority = 0;
    QList<PriorityReason> reasons;
    LanguageResult language;
};

// What the text alone says: no customer, no conversation. Safe to compute on any thread, so
// a backlog is analysed on one core while the store writes on the other.
struct TextAnalysis
{
    LanguageResult language; // from the platform hint or the text; never from history
    QString category = QStringLiteral("other");
    QString categorySource = QStringLiteral("none");
    bool actionable = false;
    QStringList urgentWords;
    // The reasons the text alone gives, worked out with it (off the thread that stores).
    PriorityReason categoryReason;
    PriorityReason urgencyReason; // no points: nothing urgent
};

// Category, actionability, language and a priority from 0 to 100 with the reasons for it.
// Each part is usable alone; the engine combines them the same way everywhere.
class TriageEngine final
{
public:
    // `classifier` may be null (untrained); it is used once it has seen enough examples.
    explicit TriageEngine(const CategoryRules &rules = CategoryRules::builtIn(),
                          const NaiveBayes *classifier = nullptr);

    TriageResult triage(const TriageInput &input) const;
    // triage() in two steps: the text (any thread), then the customer and the conversation.
    TextAnalysis analyzeText(const QString &text, const QString &languageHint) const;
    TriageResult score(const TextAnalysis &analysis, const TriageInput &input) const;
    bool isActionable(const QString &category) const { return m_rules.isActionable(category); }
    // When a new conversation's first answer is due; one hour around the clock unless the team
    // set its own.
    const SlaPolicy &slaPolicy() const { return m_sla; }
    void setSlaPolicy(const SlaPolicy &policy) { m_sla = policy; }
    // Points an existing customer's conversation gains, by tier in lower case; "*" for any
    // other (CrmSettings::tierPoints).
    void setExistingCustomerPoints(const QHash<QString, int> &points) { m_customerPoints = points; }
    // The reason an existing customer of `tier` gives: code "customer", or none (no points).
    PriorityReason existingCustomerReason(const QString &tier) const;

    // Below this many labelled examples the classifier's opinion is not trusted.
    static constexpr qint64 MIN_TRAINING_DOCUMENTS = 30;
    static constexpr double MIN_CLASSIFIER_PROBABILITY = 0.6;

private:
    const CategoryRules &m_rules;
    const NaiveBayes *m_classifier;
    LanguageDetector m_languages;
    SlaPolicy m_sla;
    QHash<QString, int> m_customerPoints{{QStringLiteral("*"), 10}};
};

} // namespace CareDesk::Triage
