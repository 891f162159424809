#include "ui/consolesettings.h"

#include <algorithm>

namespace godwit::ui {

namespace {

const QString kRunningPoll = QStringLiteral("polling/runningMs");
const QString kQueuedPoll = QStringLiteral("polling/queuedMs");
const QString kReadinessWindow = QStringLiteral("monitor/readinessWindowSeconds");
const QString kReadinessThreshold = QStringLiteral("monitor/readinessPendingThreshold");
const QString kNotifications = QStringLiteral("monitor/notifications");
const QString kAppearance = QStringLiteral("appearance/colors");

QString appearanceName(ConsoleSettings::Appearance appearance)
{
    switch (appearance) {
    case ConsoleSettings::Appearance::System:
        break;
    case ConsoleSettings::Appearance::Light:
        return QStringLiteral("light");
    case ConsoleSettings::Appearance::Dark:
        return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

int clampPoll(const QVariant &value, int fallback)
{
    bool ok = false;
    const int ms = value.toInt(&ok);
    if (!ok)
        return fallback;
    return std::clamp(ms, ConsoleSettings::kMinPollMs, ConsoleSettings::kMaxPollMs);
}

} // namespace

ConsoleSettings ConsoleSettings::load(const QSettings &settings)
{
    ConsoleSettings s;
    s.runningPollMs = clampPoll(settings.value(kRunningPoll, s.runningPollMs), s.runningPollMs);
    s.queuedPollMs = clampPoll(settings.value(kQueuedPoll, s.queuedPollMs), s.queuedPollMs);
    bool ok = false;
    const int window = settings.value(kReadinessWindow, s.readinessWindowSeconds).toInt(&ok);
    if (ok)
        s.readinessWindowSeconds = std::clamp(window, 0, 24 * 3600);
    const qint64 threshold = settings.value(kReadinessThreshold, s.readinessPendingThreshold).toLongLong(&ok);
    if (ok)
        s.readinessPendingThreshold = std::max<qint64>(0, threshold);
    s.notifications = settings.value(kNotifications, s.notifications).toBool();
    const QString appearance = settings.value(kAppearance).toString();
    for (const Appearance a : {Appearance::System, Appearance::Light, Appearance::Dark}) {
        if (appearanceName(a) == appearance)
            s.appearance = a;
    }
    return s;
}

ConsoleSettings ConsoleSettings::load()
{
    const QSettings settings;
    return load(settings);
}

void ConsoleSettings::save(QSettings &settings) const
{
    settings.setValue(kRunningPoll, runningPollMs);
    settings.setValue(kQueuedPoll, queuedPollMs);
    settings.setValue(kReadinessWindow, readinessWindowSeconds);
    settings.setValue(kReadinessThreshold, readinessPendingThreshold);
    settings.setValue(kNotifications, notifications);
    settings.setValue(kAppearance, appearanceName(appearance));
}

void ConsoleSettings::save() const
{
    QSettings settings;
    save(settings);
}

} // namespace godwit::ui
