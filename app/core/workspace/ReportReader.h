#pragma once

#include "Result.h"
#include "review/Dashboard.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>

namespace CareDesk::Storage {
class Database;
}

namespace CareDesk::Workspace {

// Computes the lead's dashboard on a thread and a read connection of its own, so figures over
// months of a large workspace never hold up the inbox on the storage thread (the workspace's
// write-ahead log lets one writer and readers work side by side).
class ReportReader final : public QObject
{
    Q_OBJECT

public:
    ReportReader();
    ~ReportReader() override;

    // Runs on the reader's thread; opens `databaseFile` there the first time.
    void computeDashboard(const QString &databaseFile, const Review::DashboardPeriod &period,
                          const QDateTime &now);

Q_SIGNALS:
    void dashboardComputed(const CareDesk::Review::DashboardPeriod &period,
                           const CareDesk::Review::DashboardFigures &figures);
    void failed(const CareDesk::Core::Error &error);

private:
    std::unique_ptr<Storage::Database> m_db;
};

} // namespace CareDesk::Workspace
