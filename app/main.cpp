// godwit: the console, on its embedded engine.

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QLockFile>
#include <QMessageBox>
#include <QNetworkProxyFactory>
#include <QStandardPaths>
#include <QTranslator>

#include "core/resourcestore.h"
#include "engine/engine.h"
#include "service/dmsclient.h"
#include "service/explorer.h"
#include "service/session.h"
#include "service/tokenprovider.h"
#include "ui/mainwindow.h"

namespace {

const QString kLocalSubscription = QStringLiteral("00000000-0000-0000-0000-000000000000");
const QString kLocalResourceGroup = QStringLiteral("godwit");

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

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desktop console for database migrations."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("engine-data-dir"),
                                     QApplication::translate("main", "Where the embedded engine keeps its state."),
                                     QApplication::translate("main", "dir"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QApplication::translate("main", "Profile to open (Local)."),
                                     QApplication::translate("main", "name"), QStringLiteral("Local"));
    parser.addOptions({dataDir, profile});
    parser.process(app);
    if (parser.value(profile) != QLatin1String("Local")) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Godwit"),
                              QApplication::translate("main", "Only the Local profile is available in this build."));
        return 2;
    }

    const QString engineDir = parser.isSet(dataDir)
                                  ? parser.value(dataDir)
                                  : QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                                        + QStringLiteral("/godwit/console-engine");
    QDir().mkpath(engineDir);
    // One console per engine data directory: two would run the same tasks twice.
    QLockFile lock(engineDir + QStringLiteral("/console.lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(100)) {
        QMessageBox::information(nullptr, QApplication::translate("main", "Godwit"),
                                 QApplication::translate("main", "Godwit is already running for this engine."));
        return 0;
    }

    godwit::engine::EngineOptions options;
    options.dataDir = engineDir;
    options.port = 0;
    options.token = godwit::engine::Engine::generateToken();
    QString error;
    auto engine = godwit::engine::Engine::start(options, &error);
    if (!engine) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Godwit"),
                              QApplication::translate("main", "The local engine did not start: %1").arg(error));
        return 1;
    }

    godwit::service::StaticTokenProvider tokens(engine->token());
    godwit::service::Session session(engine->url(), &tokens);
    godwit::service::DmsClient client(session);
    godwit::core::Stores stores;
    godwit::service::Explorer explorer(client, stores, kLocalSubscription, kLocalResourceGroup);

    // A fresh machine gets one service to work in.
    bool checked = false;
    QObject::connect(&explorer, &godwit::service::Explorer::refreshed, &app, [&] {
        if (checked)
            return;
        checked = true;
        if (stores.services.count() == 0) {
            auto *job = client.createOrUpdateService(
                godwit::core::ResourceId::forService(kLocalSubscription, kLocalResourceGroup, QStringLiteral("local")),
                QJsonObject{{QStringLiteral("location"), QStringLiteral("local")},
                            {QStringLiteral("properties"), QJsonObject{}}});
            QObject::connect(job, &godwit::service::HttpJob::finished, &explorer, [&explorer] { explorer.refresh(); });
        }
    });

    godwit::ui::MainWindow window(client, stores, explorer);
    window.show();
    explorer.start();
    const int status = QApplication::exec();
    engine->shutdown();
    return status;
}
