#include "ui/startoptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include "service/profiles.h"

namespace godwit::ui {

namespace {

QCommandLineOption profileOption()
{
    return QCommandLineOption(QStringLiteral("profile"),
                              QCoreApplication::translate("main", "Profile to open, by name or id (default: Local)."),
                              QCoreApplication::translate("main", "name"));
}

QCommandLineOption dataDirOption()
{
    return QCommandLineOption(QStringLiteral("engine-data-dir"),
                              QCoreApplication::translate("main", "Where the embedded engine keeps its state."),
                              QCoreApplication::translate("main", "dir"));
}

QCommandLineOption firstRunOption()
{
    return QCommandLineOption(
        QStringLiteral("first-run"),
        QCoreApplication::translate("main", "Show a newcomer where to start: the online migration wizard."));
}

} // namespace

void StartOptions::addTo(QCommandLineParser &parser)
{
    parser.addOption(profileOption());
    parser.addOption(dataDirOption());
    parser.addOption(firstRunOption());
}

StartOptions StartOptions::from(const QCommandLineParser &parser)
{
    StartOptions options;
    if (parser.isSet(QStringLiteral("profile")))
        options.profile = parser.value(QStringLiteral("profile")).trimmed();
    if (parser.isSet(QStringLiteral("engine-data-dir")))
        options.engineDataDir = QDir(parser.value(QStringLiteral("engine-data-dir"))).absolutePath();
    options.firstRun = parser.isSet(QStringLiteral("first-run"));
    return options;
}

QString StartOptions::defaultEngineDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/godwit/console-engine");
}

QString StartOptions::profileOrLocal() const
{
    return profile.isEmpty() ? service::Profile::localId() : profile;
}

QString StartOptions::engineDataDirOrDefault() const
{
    return engineDataDir.isEmpty() ? defaultEngineDataDir() : engineDataDir;
}

QStringList StartOptions::handOver() const
{
    return profile.isEmpty() ? QStringList() : QStringList{QStringLiteral("--profile"), profile};
}

} // namespace godwit::ui
