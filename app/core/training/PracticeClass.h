#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace CareDesk::Training {

struct TraineeSeat
{
    QString name;
    QString folder; // relative to the class folder
};

// A class: one scenario, played by each trainee in an isolated workspace of their own.
struct PracticeClassInfo
{
    QString directory;
    QString scenarioId;
    QString scenarioTitle;
    QString scenarioSource; // the file the class was started from
    QDateTime createdAt;
    QList<TraineeSeat> trainees;

    QString workspaceOf(const TraineeSeat &trainee) const;
};

// Starts practice inboxes from a scenario file, for one trainee or a class. The class folder
// holds class.json and one practice workspace per trainee (<folder>/<trainee-slug>/), each
// with its own database and its own copy of the scenario, so nothing one trainee does can
// reach another, let alone a customer.
class PracticeClass final
{
public:
    // `directory` must be new or empty. `cannedFrom`, when given, is a workspace whose canned
    // responses each trainee gets, so they practise with the team's own. Nothing is left
    // behind when it fails.
    static Core::Result<PracticeClassInfo> start(const QString &scenarioFile,
                                                 const QStringList &trainees,
                                                 const QString &directory, const QDateTime &now,
                                                 const QString &cannedFrom = {});
    static Core::Result<PracticeClassInfo> load(const QString &directory);

    // "Ana Gil" -> "ana-gil": a folder name that is the same on every system.
    static QString slugOf(const QString &name);
    static QString classFileIn(const QString &directory);
};

} // namespace CareDesk::Training
