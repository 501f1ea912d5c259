#pragma once

#include "Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace CareDesk::Training {

// What a practice workspace says of itself, in practice.json beside its database.
struct PracticeMarker
{
    QString trainee;
    QString scenarioId;
    QString scenarioTitle;
    QString scenarioFile; // absolute: the copy this workspace plays
    QDateTime createdAt;
};

// One trainee's practice inbox: an ordinary workspace whose only channel is the sandbox playing
// its own copy of a scenario. It can never reach a real channel: the workspace itself refuses
// any other channel, for every program that opens it (the app, caredesk-cli, a server), because
// the refusal is a rule of its database and not of one program's code.
class PracticeWorkspace final
{
public:
    // Makes the workspace in `directory` (new or empty): its database, the sandbox channel set up
    // as a first start sets up the practice inbox but playing `scenarioJson` (copied in as
    // scenario.json), the guard, and the marker.
    static Core::Result<PracticeMarker> create(const QString &directory, const QString &trainee,
                                               const QByteArray &scenarioJson,
                                               const QDateTime &now);
    // The marker of the workspace in `directory`; an error when it is no practice workspace.
    static Core::Result<PracticeMarker> marker(const QString &directory);
    static bool isPractice(const QString &directory);

    // Makes the open workspace refuse every channel but the sandbox, now and whenever it is
    // opened again. Idempotent.
    static Core::Result<void> guard(QSqlDatabase db);
    static bool isGuarded(QSqlDatabase db);

    static QString markerFileIn(const QString &directory);
    static QString scenarioFileIn(const QString &directory);
};

} // namespace CareDesk::Training
