#pragma once

#include "Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace CareDesk::Triage {
struct PiiPattern;
class CategoryRules;
class NaiveBayes;
class TriageEngine;
} // namespace CareDesk::Triage

namespace CareDesk::Workspace {

// The triage a workspace runs with, set up the same way by the desktop, the team server and
// the command line: the team's category rules beside the workspace (else the built-in ones),
// the classifier trained on its history, and the team's SLA target and business hours.
class TriageSetup final
{
public:
    TriageSetup();
    ~TriageSetup();
    TriageSetup(TriageSetup &&) noexcept;
    TriageSetup &operator=(TriageSetup &&) noexcept;

    // What could not be read is reported in `problems` and replaced by the built-in default,
    // so a broken file never stops a workspace from opening.
    static TriageSetup load(const QString &workspaceDirectory, QSqlDatabase db);
    static QString rulesPath(const QString &workspaceDirectory);
    static QString slaPolicyPath(const QString &workspaceDirectory);
    // The team's own kinds of personal data (order numbers, member ids) the composer keeps out
    // of public replies: `personal-data-patterns.json` beside the workspace, in the format of
    // `caredesk-cli scan-pii --patterns`. None when there is no such file.
    static QString personalDataPatternsPath(const QString &workspaceDirectory);
    static Core::Result<QList<Triage::PiiPattern>>
    personalDataPatterns(const QString &workspaceDirectory);

    bool isReady() const { return m_engine != nullptr; }
    Triage::TriageEngine &engine() const { return *m_engine; }
    const QList<Core::Error> &problems() const { return m_problems; }

private:
    std::unique_ptr<Triage::CategoryRules> m_rules;
    std::unique_ptr<Triage::NaiveBayes> m_classifier;
    std::unique_ptr<Triage::TriageEngine> m_engine; // refers to the two above
    QList<Core::Error> m_problems;
};

} // namespace CareDesk::Workspace
