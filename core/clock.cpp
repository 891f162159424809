#include "core/clock.h"

#include <QElapsedTimer>

namespace godwit::core {

namespace {

Clock *g_installed = nullptr;

} // namespace

Clock &Clock::current()
{
    static SystemClock system;
    return g_installed ? *g_installed : system;
}

void Clock::install(Clock *clock)
{
    g_installed = clock;
}

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

qint64 SystemClock::elapsedMs() const
{
    static const QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

} // namespace godwit::core
