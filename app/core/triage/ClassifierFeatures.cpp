#include "ClassifierFeatures.h"

#include "TextNormalizer.h"

#include <QSet>

namespace CareDesk::Triage {

namespace {

// Words that turn what follows around, in the languages care teams meet most (accents
// removed, as normalizeForMatching() writes them).
const QSet<QString> &negators()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        const char *const list =
            "not no never nothing nobody none nor cannot cant dont doesnt didnt isnt arent wasnt "
            "werent wont wouldnt couldnt shouldnt havent hasnt hadnt aint without "
            "nunca nada nadie ni tampoco sin nao nem ninguem sem ne pas jamais rien aucun "
            "aucune sans nicht kein keine keinen keiner nie niemals nichts ohne non mai niente "
            "nessuno senza";
        for (const QString &word : QString::fromLatin1(list).split(u' ', Qt::SkipEmptyParts))
            set.insert(word);
        return set;
    }();
    return words;
}

bool negates(const QString &token)
{
    return negators().contains(token) || token.endsWith(QLatin1String("n't"));
}

// Words a customer uses when something went wrong, and when it went right: a cue the
// classifier can weigh even for a word its team's examples never held. Written for CareDesk.
const QSet<QString> &wordsOf(bool complaint)
{
    static const auto build = [](const char *list) {
        QSet<QString> set;
        for (const QString &word : QString::fromLatin1(list).split(u' ', Qt::SkipEmptyParts))
            set.insert(word);
        return set;
    };
    static const QSet<QString> wrong = build(
        "bad worse worst terrible horrible awful poor broken broke breaks useless junk waste "
        "wasted disappointed disappointing disappointment unacceptable ridiculous rude slow "
        "late delayed delay never refund refunds return returned cancel cancelled canceled "
        "charged overcharged scam fraud failed fails fail failure problem problems issue issues "
        "error errors bug crash crashed stuck missing lost wrong damaged defective dead died "
        "doesnt didnt wont cant unable annoying annoyed angry frustrated frustrating hate "
        "sucks sucked waiting wait still again complaint complain nobody ignored ignoring "
        "mal malo mala peor pesimo pesima horrible roto rota estafa reembolso devolucion "
        "cancelar problema fallo error tarde nunca esperando queja ruim pessimo pessima "
        "quebrado quebrada golpe reembolso devolucao problema atraso esperando reclamacao "
        "nul nulle pire horrible casse cassee arnaque remboursement probleme panne retard "
        "attente plainte schlecht schlechter schlechteste kaputt betrug erstattung problem "
        "fehler verspatet warte beschwerde pessimo pessima rotto rotta truffa rimborso "
        "problema guasto ritardo attesa reclamo");
    static const QSet<QString> right = build(
        "good great excellent amazing awesome perfect love loved loves best nice fantastic "
        "wonderful happy pleased recommend recommended thanks thank fast easy helpful friendly "
        "works worked beautiful fine impressed glad delicious "
        "bueno buena excelente genial perfecto gracias encanta rapido amable "
        "bom boa otimo otima perfeito obrigado obrigada adoro rapido "
        "bon bonne excellent parfait merci rapide super genial "
        "gut toll super perfekt danke schnell freundlich "
        "buono buona ottimo ottima perfetto grazie veloce gentile");
    return complaint ? wrong : right;
}

// A text in clauses: punctuation ends what a negation reaches.
QStringList clausesOf(const QString &normalized)
{
    QStringList clauses;
    QString clause;
    for (const QChar c : normalized) {
        if (QStringView(u".,;:!?\n()").contains(c)) {
            clauses.append(clause);
            clause.clear();
        } else {
            clause.append(c);
        }
    }
    clauses.append(clause);
    return clauses;
}

} // namespace

QStringList classifierFeatures(const QString &text)
{
    constexpr int NEGATION_REACH = 3; // words after "not" that it turns around
    const QString normalized = normalizeForMatching(text);
    QStringList features;
    QSet<QString> seen;
    const auto add = [&](const QString &feature) {
        if (!seen.contains(feature)) { // each feature once: presence, not count
            seen.insert(feature);
            features.append(feature);
        }
    };
    for (const QString &clause : clausesOf(normalized)) {
        const QStringList tokens = tokenize(clause);
        int negated = 0;
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const QString &token = tokens.at(i);
            const bool turned = negated > 0;
            add(token);
            if (turned)
                add(QStringLiteral("not_") + token);
            if (i + 1 < tokens.size())
                add(token + u'_' + tokens.at(i + 1));
            const bool wrong = wordsOf(true).contains(token);
            const bool right = wordsOf(false).contains(token);
            if (wrong || right)
                add((wrong != turned) ? QStringLiteral("cue:wrong") : QStringLiteral("cue:right"));
            negated = negates(token) ? NEGATION_REACH : std::max(0, negated - 1);
        }
    }
    if (text.contains(u'?'))
        add(QStringLiteral("mark:question"));
    if (text.contains(u'!'))
        add(QStringLiteral("mark:exclamation"));
    return features;
}

} // namespace CareDesk::Triage
