#include "TriageSetup.h"

#include "crm/CrmSettings.h"
#include "storage/WorkspaceStore.h"
#include "triage/CategoryRules.h"
#include "triage/NaiveBayes.h"
#include "triage/PiiScanner.h"
#include "triage/SlaPolicy.h"
#include "triage/TriageEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace CareDesk::Workspace {

using Core::Error;
using Core::Result;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Workspace::WorkspaceService)
};

Result<Triage::SlaPolicy> readSlaPolicy(QFile &file)
{
    if (!file.open(QIODevice::ReadOnly))
        return Error{{}, file.errorString()};
    return Triage::SlaPolicy::fromJson(file.readAll());
}

} // namespace

TriageSetup::TriageSetup() = default;
TriageSetup::~TriageSetup() = default;
TriageSetup::TriageSetup(TriageSetup &&) noexcept = default;
TriageSetup &TriageSetup::operator=(TriageSetup &&) noexcept = default;

QString TriageSetup::rulesPath(const QString &workspaceDirectory)
{
    return QDir(workspaceDirectory).absoluteFilePath(QStringLiteral("category-rules.json"));
}

QString TriageSetup::slaPolicyPath(const QString &workspaceDirectory)
{
    return QDir(workspaceDirectory).absoluteFilePath(QStringLiteral("sla-policy.json"));
}

QString TriageSetup::personalDataPatternsPath(const QString &workspaceDirectory)
{
    return QDir(workspaceDirectory).absoluteFilePath(QStringLiteral("personal-data-patterns.json"));
}

Result<QList<Triage::PiiPattern>>
TriageSetup::personalDataPatterns(const QString &workspaceDirectory)
{
    QFile file(personalDataPatternsPath(workspaceDirectory));
    if (!file.exists())
        return QList<Triage::PiiPattern>();
    if (!file.open(QIODevice::ReadOnly))
        return Core::Error{Tr::tr("The team's personal-data patterns could not be read; only the "
                                  "built-in kinds of personal data are checked."),
                           file.errorString()};
    auto parsed = Triage::PiiScanner::patternsFromJson(file.readAll());
    if (!parsed)
        return Core::Error{Tr::tr("The team's personal-data patterns have a problem; only the "
                                  "built-in kinds of personal data are checked."),
                           parsed.error().userMessage + QLatin1Char(' ') + parsed.error().detail};
    return parsed;
}

TriageSetup TriageSetup::load(const QString &workspaceDirectory, QSqlDatabase db)
{
    TriageSetup setup;
    setup.m_rules = std::make_unique<Triage::CategoryRules>(Triage::CategoryRules::builtIn());
    QFile teamRules(rulesPath(workspaceDirectory));
    if (teamRules.exists()) {
        if (!teamRules.open(QIODevice::ReadOnly)) {
            setup.m_problems.append(
                {Tr::tr(
                     "The team's category rules could not be read; the built-in rules are used."),
                 teamRules.errorString()});
        } else if (auto parsed = Triage::CategoryRules::fromJson(teamRules.readAll()); !parsed) {
            setup.m_problems.append(
                {Tr::tr("The team's category rules have a problem; the built-in rules are used."),
                 parsed.error().userMessage + QLatin1Char(' ') + parsed.error().detail});
        } else {
            *setup.m_rules = std::move(parsed).value();
        }
    }
    setup.m_classifier = std::make_unique<Triage::NaiveBayes>();
    if (auto loaded = Storage::WorkspaceStore(db).loadClassifier(*setup.m_classifier); !loaded)
        setup.m_problems.append(loaded.error());
    setup.m_engine =
        std::make_unique<Triage::TriageEngine>(*setup.m_rules, setup.m_classifier.get());
    // The team's SLA target and business hours, when it set them (Queue).
    QFile slaFile(slaPolicyPath(workspaceDirectory));
    if (slaFile.exists()) {
        if (auto policy = readSlaPolicy(slaFile))
            setup.m_engine->setSlaPolicy(policy.value());
        else
            setup.m_problems.append(
                {Tr::tr("The team's SLA policy could not be read; answers are due an hour "
                        "after each message."),
                 policy.error().userMessage + QLatin1Char(' ') + policy.error().detail});
    }
    // The points an existing customer's conversation gains (crm.json).
    if (auto crm = Crm::CrmSettings::ofWorkspace(workspaceDirectory))
        setup.m_engine->setExistingCustomerPoints(crm.value().tierPoints);
    else
        setup.m_problems.append(crm.error());
    return setup;
}

} // namespace CareDesk::Workspace
