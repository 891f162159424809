#pragma once

#include <QDateTime>

namespace godwit::core {

/// The one source of "now", so that polling, ETAs and "updated N s ago" can be tested with a
/// clock the test moves.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    /// Monotonic milliseconds, for intervals.
    virtual qint64 elapsedMs() const = 0;

    /// The process-wide clock (the system clock unless a test installed another).
    static Clock &current();
    /// Installs a clock (nullptr restores the system clock). Not thread-safe: tests only.
    static void install(Clock *clock);
};

/// Wall-clock time and a monotonic timer.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
    qint64 elapsedMs() const override;
};

/// A clock that moves only when told to.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2025, 6, 30), QTime(12, 0), Qt::UTC))
        : m_now(std::move(start))
    {
    }
    QDateTime now() const override { return m_now; }
    qint64 elapsedMs() const override { return m_elapsed; }
    void advance(qint64 ms)
    {
        m_now = m_now.addMSecs(ms);
        m_elapsed += ms;
    }

private:
    QDateTime m_now;
    qint64 m_elapsed = 0;
};

} // namespace godwit::core
