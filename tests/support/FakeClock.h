#pragma once

#include "Clock.h"

namespace CareDesk::Testing {

// A clock that moves only when the test says so.
class FakeClock final : public Core::Clock
{
public:
    explicit FakeClock(QDateTime start = QDateTime::fromString(
                           QStringLiteral("2026-11-02T09:00:00Z"), Qt::ISODate))
        : m_now(std::move(start))
    {}
    QDateTime now() const override { return m_now; }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }
    void set(const QDateTime &time) { m_now = time; }

private:
    QDateTime m_now;
};

} // namespace CareDesk::Testing
