#pragma once

#include <QSettings>

namespace godwit::ui {

/// The console's own preferences (never secrets), in the application's QSettings. The settings
/// dialog edits them; the task watcher, the monitor and the notifier read them.
struct ConsoleSettings
{
    /// The colours of the console: the desktop's (default), or always light or dark.
    enum class Appearance { System, Light, Dark };

    int runningPollMs = 2000;             ///< polling interval of a running task
    int queuedPollMs = 5000;              ///< polling interval of a queued task
    int readinessWindowSeconds = 60;      ///< pending changes must stay at or under the threshold this long
    qint64 readinessPendingThreshold = 0; ///< pending changes still counted as caught up
    bool notifications = true;            ///< tray notifications for watched tasks
    Appearance appearance = Appearance::System;

    static constexpr int kMinPollMs = 500;
    static constexpr int kMaxPollMs = 600000;

    /// Reads the settings, clamping out-of-range values to the defaults' limits.
    static ConsoleSettings load(const QSettings &settings);
    static ConsoleSettings load();
    void save(QSettings &settings) const;
    void save() const;

    friend bool operator==(const ConsoleSettings &, const ConsoleSettings &) = default;
};

} // namespace godwit::ui
