#pragma once

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace godwit::ui {

/// The console's command line: `--profile NAME|ID`, `--engine-data-dir DIR` and `--first-run`.
struct StartOptions
{
    QString profile;       ///< by name or id; empty: the Local profile
    QString engineDataDir; ///< absolute; empty: defaultEngineDataDir()
    bool firstRun = false; ///< `--first-run`: show where to start (the online migration wizard)

    /// Adds the options (besides --help and --version) to a parser.
    static void addTo(QCommandLineParser &parser);
    /// What a parser that parsed the options says.
    static StartOptions from(const QCommandLineParser &parser);
    /// `$XDG_DATA_HOME/godwit/console-engine`.
    static QString defaultEngineDataDir();

    /// The profile to open: the one named, else "local".
    QString profileOrLocal() const;
    QString engineDataDirOrDefault() const;
    /// What a second start hands over to the running console.
    QStringList handOver() const;
};

} // namespace godwit::ui
