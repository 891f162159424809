// godwit-ui-screenshots DIR: renders the profiles dialog, a profile editor, the preferences
// dialog, and the main window and a task monitor in light and dark colours (a project with an
// online migration between two real PostgreSQL servers and two connection tests) into PNG files
// under DIR, for docs/screenshots.
// Run it on a real display (xvfb-run) so fonts render as on a desktop. Not a test.

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTreeView>

#include <cstdio>

#include "core/i18n.h"
#include "core/resourcestore.h"
#include "enginefixture.h"
#include "support/pgcluster.h"
#include "service/dmsclient.h"
#include "service/explorer.h"
#include "service/keychain.h"
#include "service/profiles.h"
#include "service/session.h"
#include "ui/appearance.h"
#include "ui/mainwindow.h"
#include "ui/profilesdialog.h"
#include "ui/settingsdialog.h"
#include "ui/signindialog.h"
#include "ui/taskmonitorwindow.h"

using namespace godwit;

namespace {

void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
}

bool save(QWidget *widget, const QString &path)
{
    widget->show();
    widget->raise();
    settle(400);
    const bool ok = widget->grab().save(path);
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "could not write", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("godwit-screenshots"));
    QApplication::setOrganizationName(QStringLiteral("godwit-screenshots"));
    // LANG=de_DE.UTF-8 and the like render the translated dialogs.
    core::installTranslations(app);
    if (argc < 2) {
        std::fprintf(stderr, "usage: godwit-ui-screenshots DIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QTemporaryDir dir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    const QString settingsFile = dir.filePath(QStringLiteral("godwit.conf"));
    service::ProfileStore store(settingsFile);
    service::Keychain keychain(settingsFile);

    service::Profile engine;
    engine.displayName = QStringLiteral("Build server engine");
    engine.kind = service::Profile::Kind::RemoteEngine;
    engine.engineUrl = QUrl(QStringLiteral("https://build.example.net:7420"));
    store.save(engine);
    service::Profile azure;
    azure.displayName = QStringLiteral("Contoso production");
    azure.kind = service::Profile::Kind::Azure;
    azure.tenant = QStringLiteral("contoso.onmicrosoft.com");
    azure.subscription = QStringLiteral("6f1c2a9e-42d7-4c1b-9a55-0d3e8b7f1a20");
    azure.resourceGroup = QStringLiteral("rg-migrations");
    azure.signIn = service::Profile::SignIn::DeviceCode;
    store.save(azure);
    service::Profile gov = azure;
    gov.id.clear();
    gov.displayName = QStringLiteral("Fabrikam (US Gov)");
    gov.cloud = service::Cloud::Kind::UsGovernment;
    gov.signIn = service::Profile::SignIn::ServicePrincipal;
    gov.tenant = QStringLiteral("fabrikam.onmicrosoft.us");
    gov.clientId = QStringLiteral("8d0c3f5e-7a1b-4c2d-9e6f-1a2b3c4d5e6f");
    store.save(gov);

    bool ok = true;
    {
        ui::ProfilesDialog profiles(store, keychain);
        profiles.setCurrentProfile(azure.id);
        ok = save(&profiles, out.filePath(QStringLiteral("profiles-dialog.png"))) && ok;
        ui::ProfileEditorDialog editor(store, keychain, *store.profile(gov.id));
        ok = save(&editor, out.filePath(QStringLiteral("profile-editor.png"))) && ok;
        ui::ProfileEditorDialog added(store, keychain, [] {
            service::Profile p;
            p.kind = service::Profile::Kind::RemoteEngine;
            return p;
        }());
        added.show();
        added.findChild<QLineEdit *>(QStringLiteral("profileNameLineEdit"))->setText(QStringLiteral("Staging"));
        added.findChild<QLineEdit *>(QStringLiteral("engineUrlLineEdit"))->setText(QStringLiteral("staging:7420"));
        added.save();
        ok = save(&added, out.filePath(QStringLiteral("profile-editor-error.png"))) && ok;
    }
    {
        ui::SignInDialog signIn(QStringLiteral("Contoso production"));
        signIn.showDeviceCode(QStringLiteral("F7KQ-2M9X"), QUrl(QStringLiteral("https://microsoft.com/devicelogin")),
                              QString());
        ok = save(&signIn, out.filePath(QStringLiteral("sign-in-device-code.png"))) && ok;
    }
    {
        ui::SettingsDialog settings(ui::ConsoleSettings{});
        ok = save(&settings, out.filePath(QStringLiteral("settings-dialog.png"))) && ok;
    }
    {
        // A project as a DBA has it mid-migration: a connection test that succeeded, one that
        // failed, and an online migration between two real PostgreSQL servers, replicating.
        test::PgCluster::Options options;
        options.superPassword = QStringLiteral("screenshot-secret");
        test::PgCluster source(options);
        test::PgCluster target(options);
        QString error;
        if (!source.start(&error) || !target.start(&error)) {
            std::fprintf(stderr, "PostgreSQL did not start: %s\n", qPrintable(error));
            return 1;
        }
        source.createDatabase(QStringLiteral("orders"));
        source.psql(
            QStringLiteral("orders"),
            QStringLiteral(
                "CREATE TABLE customers (id serial PRIMARY KEY, name text);"
                "INSERT INTO customers (name) SELECT 'customer ' || g FROM generate_series(1, 5000) g;"
                "CREATE TABLE invoices (id serial PRIMARY KEY, customer int, total numeric);"
                "INSERT INTO invoices (customer, total) SELECT g % 5000 + 1, g FROM generate_series(1, 20000) g;"));
        const auto sourceInfo = source.connectionInfo(test::PgCluster::superUser(), options.superPassword).toJson();
        const auto targetInfo = target.connectionInfo(test::PgCluster::superUser(), options.superPassword).toJson();

        test::EngineFixture fixture;
        fixture.createServiceAndProject(QStringLiteral("svc"), QStringLiteral("orders"));
        const auto put = [&fixture](const QString &name, const QString &type, const QJsonObject &input) {
            fixture.put(test::EngineFixture::rg(QStringLiteral("services/svc/projects/orders/tasks/%1").arg(name)),
                        QJsonObject{{QStringLiteral("properties"), QJsonObject{{QStringLiteral("taskType"), type},
                                                                               {QStringLiteral("input"), input}}}});
            settle(300);
        };
        put(QStringLiteral("check-legacy-replica"), QStringLiteral("ConnectToSource.PostgreSql.Sync"),
            QJsonObject{{QStringLiteral("sourceConnectionInfo"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("PostgreSqlConnectionInfo")},
                                     {QStringLiteral("serverName"), QStringLiteral("127.0.0.1")},
                                     {QStringLiteral("port"), 1}}}});
        put(QStringLiteral("check-source"), QStringLiteral("ConnectToSource.PostgreSql.Sync"),
            QJsonObject{{QStringLiteral("sourceConnectionInfo"), sourceInfo}});
        put(QStringLiteral("migrate-orders"), QStringLiteral("Migrate.PostgreSql.AzureDbForPostgreSql.SyncV2"),
            QJsonObject{{QStringLiteral("sourceConnectionInfo"), sourceInfo},
                        {QStringLiteral("targetConnectionInfo"), targetInfo},
                        {QStringLiteral("selectedDatabases"),
                         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("orders")},
                                                {QStringLiteral("targetDatabaseName"), QStringLiteral("orders")}}}}});

        service::StaticTokenProvider tokens(fixture.engine().token());
        service::Session session(fixture.engine().url(), &tokens);
        service::DmsClient client(session);
        for (const auto appearance : {ui::ConsoleSettings::Appearance::Light, ui::ConsoleSettings::Appearance::Dark}) {
            // A window of its own with fresh stores, as the console builds one per profile.
            core::Stores stores;
            service::Explorer explorer(client, stores, QStringLiteral("00000000-0000-0000-0000-000000000001"),
                                       QStringLiteral("migrations"));
            explorer.setInterval(500);
            const bool dark = appearance == ui::ConsoleSettings::Appearance::Dark;
            ui::applyAppearance(appearance);
            ui::MainWindow window(client, stores, explorer);
            window.setProfile(service::Profile::local());
            window.setProfiles(store.profiles(), service::Profile::localId());
            window.resize(1000, 600);
            window.show();
            explorer.start();
            settle(6000);
            auto *tasks = window.findChild<QTableView *>(QStringLiteral("taskTableView"));
            for (int row = 0; tasks && row < tasks->model()->rowCount(); ++row) {
                if (tasks->model()->index(row, 0).data().toString() == QLatin1String("migrate-orders"))
                    tasks->setCurrentIndex(tasks->model()->index(row, 0));
            }
            settle(1500);
            ok = save(&window,
                      out.filePath(dark ? QStringLiteral("main-window-dark.png") : QStringLiteral("main-window.png")))
                 && ok;
            if (ui::TaskMonitorWindow *monitor = window.openMonitor(window.currentTaskId())) {
                monitor->resize(1000, 640);
                settle(4000);
                ok = save(monitor,
                          out.filePath(dark ? QStringLiteral("monitor-dark.png") : QStringLiteral("monitor-light.png")))
                     && ok;
                monitor->close();
                settle(200);
            }
        }
    }
    return ok ? 0 : 1;
}
