// godwit: the console. Opens a profile (the embedded engine's Local by default).

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLockFile>
#include <QMessageBox>
#include <QNetworkProxyFactory>

#include <cstdio>
#include <memory>

#include "core/i18n.h"
#include "engine/engine.h"
#include "service/keychain.h"
#include "service/profiles.h"
#include "ui/appearance.h"
#include "ui/console.h"
#include "ui/consolesettings.h"
#include "ui/singleinstance.h"
#include "ui/startoptions.h"

namespace {

int fail(const QString &text, int status)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stderr);
    QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "Godwit"), text, QMessageBox::Ok);
    box.setObjectName(QStringLiteral("startErrorMessageBox"));
    box.exec();
    return status;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("godwit"));
    QApplication::setOrganizationName(QStringLiteral("godwit"));
    QApplication::setApplicationDisplayName(QStringLiteral("Godwit"));
    QApplication::setApplicationVersion(QStringLiteral(GODWIT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.godwit.Godwit"));
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    godwit::core::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desktop console for database migrations."));
    parser.addHelpOption();
    parser.addVersionOption();
    godwit::ui::StartOptions::addTo(parser);
    parser.process(app);
    const auto start = godwit::ui::StartOptions::from(parser);

    // One console per user (and per embedded engine directory): a second start hands its profile
    // over and raises the first.
    godwit::ui::SingleInstance instance(godwit::ui::SingleInstance::serverNameFor(
        start.engineDataDirOrDefault(), godwit::ui::StartOptions::defaultEngineDataDir()));
    if (!instance.claim(start.handOver())) {
        std::fputs(qPrintable(QApplication::translate("main", "Godwit is already running; its window was raised.")
                              + QLatin1Char('\n')),
                   stderr);
        return 0;
    }

    godwit::ui::applyAppearance(godwit::ui::ConsoleSettings::load().appearance);

    godwit::service::ProfileStore profiles;
    godwit::service::Keychain keychain;
    const auto profile = godwit::ui::Console::findProfile(profiles, start.profileOrLocal());
    if (!profile) {
        QStringList names;
        for (const auto &p : profiles.profiles())
            names.append(p.displayName);
        return fail(QApplication::translate("main", "There is no profile named \"%1\". The profiles are: %2.")
                        .arg(start.profileOrLocal(), names.join(QStringLiteral(", "))),
                    2);
    }

    // The embedded engine starts only when the Local profile is opened.
    const QString engineDir = start.engineDataDirOrDefault();
    std::unique_ptr<QLockFile> lock;
    std::unique_ptr<godwit::engine::Engine> engine;
    const auto startEngine = [&](QString *error) -> std::optional<godwit::ui::Console::LocalEngine> {
        if (!engine) {
            if (!QDir().mkpath(engineDir)) {
                *error = QApplication::translate("main", "The engine's data directory %1 cannot be created.")
                             .arg(engineDir);
                return std::nullopt;
            }
            // One console per engine data directory: two would run the same tasks twice.
            auto candidate = std::make_unique<QLockFile>(engineDir + QStringLiteral("/console.lock"));
            candidate->setStaleLockTime(0);
            if (!candidate->tryLock(100)) {
                *error
                    = QApplication::translate("main", "Another Godwit console uses the engine in %1.").arg(engineDir);
                return std::nullopt;
            }
            godwit::engine::EngineOptions options;
            options.dataDir = engineDir;
            options.port = 0;
            options.token = godwit::engine::Engine::generateToken();
            QString why;
            engine = godwit::engine::Engine::start(options, &why);
            if (!engine) {
                *error = QApplication::translate("main", "The local engine did not start: %1").arg(why);
                return std::nullopt;
            }
            lock = std::move(candidate);
        }
        return godwit::ui::Console::LocalEngine{engine->url(), engine->token()};
    };

    int status = 0;
    {
        godwit::ui::Console console(profiles, keychain, startEngine);
        console.setFirstRun(start.firstRun);
        QString error;
        if (!console.open(*profile, &error))
            return fail(QApplication::translate("main", "%1 could not be opened: %2").arg(profile->displayName, error),
                        1);
        QObject::connect(&instance, &godwit::ui::SingleInstance::activated, &console,
                         [&console, &profiles](const QStringList &arguments) {
                             const qsizetype at = arguments.indexOf(QStringLiteral("--profile"));
                             if (at >= 0 && at + 1 < arguments.size()) {
                                 if (const auto p = godwit::ui::Console::findProfile(profiles, arguments.at(at + 1)))
                                     console.switchTo(p->id);
                             }
                             console.activate();
                         });
        status = QApplication::exec();
    }
    if (engine)
        engine->shutdown();
    return status;
}
