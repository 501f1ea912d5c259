#include "ReportReader.h"

#include "storage/Database.h"

namespace CareDesk::Workspace {

ReportReader::ReportReader() = default;
ReportReader::~ReportReader() = default;

void ReportReader::computeDashboard(const QString &databaseFile,
                                    const Review::DashboardPeriod &period, const QDateTime &now)
{
    if (!m_db || m_db->filePath() != databaseFile) {
        auto opened = Storage::Database::open(databaseFile);
        if (!opened) {
            Q_EMIT failed(opened.error());
            return;
        }
        m_db = std::move(opened).value();
    }
    auto figures = Review::computeDashboard(m_db->connection(), period, now);
    if (!figures) {
        Q_EMIT failed(figures.error());
        return;
    }
    Q_EMIT dashboardComputed(period, figures.value());
}

} // namespace CareDesk::Workspace
