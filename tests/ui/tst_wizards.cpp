// The task wizards driven offscreen by objectName against the real engine: each builds the
// expected input field by field, validation blocks Next with its message, helper tasks are
// deleted, and the PostgreSQL and MySQL wizards run their migrations between real servers.

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QInputDialog>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <gtest/gtest.h>

#include "core/resourcestore.h"
#include "core/validator.h"
#include "connectedengine.h"
#include "service/connectionstore.h"
#include "service/dmsclient.h"
#include "service/explorer.h"
#include "service/keychain.h"
#include "service/session.h"
#include "support/mariadbserver.h"
#include "support/pgcluster.h"
#include "support/printers.h"
#include "ui/mainwindow.h"
#include "ui/taskmonitorwindow.h"
#include "ui/wizards/helpertasks.h"
#include "ui/wizards/taskwizard.h"

using namespace godwit;
using models::taskinput::TaskInputModel;
using models::taskinput::WizardKind;

namespace {

bool waitUntil(const std::function<bool()> &done, int ms = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    return done();
}

QString dump(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson());
}

QJsonObject obj(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

struct Console : test::ConnectedEngine
{
    Console() { engine.createServiceAndProject(); }
    core::ResourceId project() const
    {
        return core::ResourceId::forService(QStringLiteral("00000000-0000-0000-0000-000000000001"),
                                            QStringLiteral("migrations"), QStringLiteral("svc"))
            .projectId(QStringLiteral("proj"));
    }
    QStringList taskNames()
    {
        QStringList names;
        const auto reply = engine.get(test::EngineFixture::rg(QStringLiteral("services/svc/projects/proj/tasks")));
        for (const QJsonValue &t : reply.json().value(QLatin1String("value")).toArray())
            names.append(t.toObject().value(QLatin1String("name")).toString());
        return names;
    }
    QJsonObject task(const QString &name)
    {
        return engine
            .get(test::EngineFixture::rg(QStringLiteral("services/svc/projects/proj/tasks/") + name),
                 QStringLiteral("api-version=2025-06-30&$expand=output"))
            .json();
    }
};

/// Drives one wizard by objectName.
struct Driver
{
    explicit Driver(ui::TaskWizard &w)
        : wizard(w)
    {
    }
    template <class T>
    T *find(const QString &name)
    {
        T *w = wizard.findChild<T *>(name);
        EXPECT_TRUE(w) << qPrintable(name);
        return w;
    }
    void type(const QString &name, const QString &text)
    {
        if (auto *e = find<QLineEdit>(name))
            e->setText(text);
    }
    void connection(const QString &role, const QString &host, int port, const QString &user, const QString &password)
    {
        type(role + QStringLiteral("ServerLineEdit"), host);
        find<QSpinBox>(role + QStringLiteral("PortSpinBox"))->setValue(port);
        type(role + QStringLiteral("UserLineEdit"), user);
        type(role + QStringLiteral("PasswordLineEdit"), password);
    }
    /// A connection to a test server: without TLS.
    void plainConnection(const QString &role, const QString &host, int port, const QString &user,
                         const QString &password)
    {
        connection(role, host, port, user, password);
        find<QCheckBox>(role + QStringLiteral("EncryptCheckBox"))->setChecked(false);
    }
    void next() { wizard.button(QWizard::NextButton)->click(); }
    bool nextEnabled() { return wizard.button(QWizard::NextButton)->isEnabled(); }
    /// Next, then waits until the wizard shows page `id` (helper tasks may run in between).
    bool nextTo(int id, int ms = 30000)
    {
        next();
        return waitUntil([&] { return wizard.currentId() == id; }, ms);
    }
    QString pageError() const
    {
        auto *label = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("pageErrorLabel"));
        return label && label->isVisible() ? label->text() : QString();
    }
    /// Skips a connection test that cannot succeed on the local engine (a platform it does not run).
    bool testThenSkip(const QString &role)
    {
        next();
        auto *skip = find<QCheckBox>(role + QStringLiteral("SkipTestCheckBox"));
        if (!waitUntil([&] { return skip->isVisible() && nextEnabled(); }))
            return false;
        skip->setChecked(true);
        const int before = wizard.currentId();
        next();
        return wizard.currentId() != before;
    }
    void addDatabase(const QString &name)
    {
        type(QStringLiteral("addDatabaseLineEdit"), name);
        find<QAbstractButton>(QStringLiteral("addDatabaseButton"))->click();
    }
    QJsonObject input() const
    {
        return wizard.model()
            .buildTask()
            .value(QLatin1String("properties"))
            .toObject()
            .value(QLatin1String("input"))
            .toObject();
    }
    ui::TaskWizard &wizard;
};

/// A wizard of `kind` on the console's project, shown, its helper tasks polled every 50 ms, with
/// its driver and the id of the task it creates.
struct ShownWizard
{
    ShownWizard(Console &c, WizardKind kind)
        : wizard(c.client, c.project(), TaskInputModel(kind))
        , d(wizard)
    {
        wizard.helpers().setPollIntervalMs(50);
        QObject::connect(&wizard, &ui::TaskWizard::taskCreated, [this](const QString &id) { created = id; });
        wizard.show();
    }
    /// Presses Finish and waits until the task is created.
    bool finish()
    {
        wizard.button(QWizard::FinishButton)->click();
        return waitUntil([&] { return !created.isEmpty(); });
    }
    ui::TaskWizard wizard;
    Driver d;
    QString created;
};

void expectValid(const QJsonObject &task)
{
    const core::Issues issues
        = core::Validator(core::Validator::Direction::Request).validate(task, QStringLiteral("ProjectTask"));
    EXPECT_TRUE(issues.isEmpty()) << qPrintable(issues.isEmpty() ? QString() : issues.first().toString());
}

} // namespace

TEST(Wizards, ConnectionTestBlocksNextUntilFieldsAreValidThenCreatesTheTask)
{
    Console c;
    ui::TaskWizard wizard(c.client, c.project(), TaskInputModel(WizardKind::ConnectionTest));
    QString created;
    QObject::connect(&wizard, &ui::TaskWizard::taskCreated, [&](const QString &id) { created = id; });
    wizard.show();
    Driver d(wizard);
    auto *kind = d.find<QComboBox>(QStringLiteral("connectionTestComboBox"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("ConnectToSource.MySql")));
    d.find<QComboBox>(QStringLiteral("mySqlTargetPlatformComboBox"))->setCurrentIndex(1);
    ASSERT_TRUE(d.nextTo(ui::TaskWizard::SourcePage));

    // Nothing filled in: Next stays on the page and says why.
    d.next();
    EXPECT_EQ(wizard.currentId(), ui::TaskWizard::SourcePage);
    EXPECT_TRUE(d.pageError().contains(QLatin1String("Enter the server's host name"))) << qPrintable(d.pageError());
    EXPECT_TRUE(d.pageError().contains(QLatin1String("Enter the password"))) << qPrintable(d.pageError());
    EXPECT_TRUE(d.find<QLineEdit>(QStringLiteral("sourceServerLineEdit"))->hasFocus() || !wizard.isActiveWindow());

    d.connection(QStringLiteral("source"), QStringLiteral("mysql.example.com"), 3307, QStringLiteral("root"),
                 QStringLiteral("s3cret"));
    ASSERT_TRUE(d.nextTo(ui::TaskWizard::SummaryPage));
    EXPECT_EQ(d.find<QLineEdit>(QStringLiteral("taskNameLineEdit"))->text(), QStringLiteral("connect-source-mysql"));
    const QString shown = d.find<QPlainTextEdit>(QStringLiteral("taskJsonTextEdit"))->toPlainText();
    EXPECT_FALSE(shown.contains(QLatin1String("s3cret")));
    EXPECT_TRUE(shown.contains(QLatin1String("********")));
    const QJsonObject expected = obj(R"({"sourceConnectionInfo":{"type":"MySqlConnectionInfo",
        "serverName":"mysql.example.com","port":3307,"userName":"root","password":"s3cret",
        "authentication":"SqlAuthentication","encryptConnection":true},
        "targetPlatform":"AzureDbForMySQL","isOfflineMigration":false})");
    const QJsonObject input = d.input();
    for (const QString &key : expected.keys())
        EXPECT_EQ(input.value(key), expected.value(key)) << qPrintable(key);
    EXPECT_EQ(input, expected) << qPrintable(dump(input));

    d.find<QAbstractButton>(QStringLiteral("copyCliButton"))->click();
    EXPECT_TRUE(QApplication::clipboard()->text().contains(QLatin1String("--name connect-source-mysql")));
    EXPECT_FALSE(QApplication::clipboard()->text().contains(QLatin1String("s3cret")));

    wizard.button(QWizard::FinishButton)->click();
    ASSERT_TRUE(waitUntil([&] { return !created.isEmpty(); })) << qPrintable(d.pageError());
    EXPECT_TRUE(created.endsWith(QLatin1String("/tasks/connect-source-mysql")));
    EXPECT_EQ(wizard.result(), QDialog::Accepted);
    EXPECT_EQ(c.task(QStringLiteral("connect-source-mysql"))[QLatin1String("properties")][QLatin1String("taskType")]
                  .toString(),
              QStringLiteral("ConnectToSource.MySql"));
}

TEST(Wizards, SummaryRefusesANameThatIsTaken)
{
    Console c;
    ui::TaskWizard wizard(c.client, c.project(), TaskInputModel(WizardKind::ConnectionTest));
    wizard.show();
    Driver d(wizard);
    ASSERT_TRUE(d.nextTo(ui::TaskWizard::SourcePage));
    d.connection(QStringLiteral("source"), QStringLiteral("127.0.0.1"), 1, QStringLiteral("u"), QStringLiteral("p"));
    ASSERT_TRUE(d.nextTo(ui::TaskWizard::SummaryPage));
    ASSERT_EQ(c.engine
                  .put(test::EngineFixture::rg(QStringLiteral("services/svc/projects/proj/tasks/taken")),
                       wizard.model().buildTask())
                  .status,
              201);
    d.type(QStringLiteral("taskNameLineEdit"), QStringLiteral("taken"));
    wizard.model().taskName = QStringLiteral("taken");
    wizard.button(QWizard::FinishButton)->click();
    ASSERT_TRUE(waitUntil([&] { return d.pageError().contains(QLatin1String("already exists")); }))
        << qPrintable(d.pageError());
    EXPECT_TRUE(wizard.isVisible());
    d.type(QStringLiteral("taskNameLineEdit"), QStringLiteral("bad/name"));
    wizard.button(QWizard::FinishButton)->click();
    EXPECT_TRUE(d.pageError().contains(QLatin1String("none of"))) << qPrintable(d.pageError());
}

TEST(Wizards, CancelDeletesTheHelperTasksAndBackKeepsWhatWasTyped)
{
    Console c;
    ShownWizard w(c, WizardKind::OnlinePostgreSql);
    ui::TaskWizard &wizard = w.wizard;
    Driver &d = w.d;
    d.plainConnection(QStringLiteral("source"), QStringLiteral("127.0.0.1"), test::PgCluster::freePort(),
                      QStringLiteral("godwit"), QStringLiteral("pw"));
    // Next runs the connection test: disabled, with progress, until the result is in.
    d.next();
    EXPECT_FALSE(d.nextEnabled());
    EXPECT_TRUE(d.find<QWidget>(QStringLiteral("pageProgressBar"))->isVisible());
    auto *result = d.find<QLabel>(QStringLiteral("sourceTestResultLabel"));
    ASSERT_TRUE(waitUntil([&] { return !result->text().isEmpty(); }));
    EXPECT_TRUE(d.nextEnabled());
    EXPECT_EQ(wizard.currentId(), ui::TaskWizard::SourcePage);
    EXPECT_TRUE(result->text().contains(QLatin1String("failed"))) << qPrintable(result->text());
    EXPECT_TRUE(result->text().contains(QLatin1String("Remedy"))) << qPrintable(result->text());
    EXPECT_EQ(c.taskNames().size(), 1);

    // Skipping the test moves on; Back shows what was typed.
    d.find<QCheckBox>(QStringLiteral("sourceSkipTestCheckBox"))->setChecked(true);
    d.next();
    ASSERT_EQ(wizard.currentId(), ui::TaskWizard::TargetPage);
    wizard.back();
    EXPECT_EQ(d.find<QLineEdit>(QStringLiteral("sourceUserLineEdit"))->text(), QStringLiteral("godwit"));
    EXPECT_EQ(d.find<QLineEdit>(QStringLiteral("sourcePasswordLineEdit"))->text(), QStringLiteral("pw"));
    EXPECT_FALSE(d.find<QCheckBox>(QStringLiteral("sourceEncryptCheckBox"))->isChecked());

    wizard.reject();
    EXPECT_TRUE(waitUntil([&] { return c.taskNames().isEmpty(); })) << qPrintable(c.taskNames().join(QLatin1Char(',')));
}

TEST(Wizards, ClonedTaskAsksForThePasswordsAgain)
{
    Console c;
    TaskInputModel m(WizardKind::OnlinePostgreSql);
    m.source.serverName = QStringLiteral("src.example.com");
    m.source.userName = QStringLiteral("app");
    m.source.password = core::Secret(QStringLiteral("p"));
    m.target = m.source;
    m.setSourceDatabases({QStringLiteral("inventory")});
    m.databases[0].selected = true;
    QJsonObject task = m.buildTask();
    task.insert(QStringLiteral("id"), c.project().taskId(QStringLiteral("inv")).toString());
    const auto clone = TaskInputModel::fromTask(task);
    ASSERT_TRUE(clone);
    ui::TaskWizard wizard(c.client, c.project(), *clone);
    wizard.show();
    Driver d(wizard);
    EXPECT_EQ(d.find<QLineEdit>(QStringLiteral("sourceServerLineEdit"))->text(), QStringLiteral("src.example.com"));
    EXPECT_EQ(d.find<QLineEdit>(QStringLiteral("sourceUserLineEdit"))->text(), QStringLiteral("app"));
    EXPECT_TRUE(d.find<QLineEdit>(QStringLiteral("sourcePasswordLineEdit"))->text().isEmpty());
    d.next();
    EXPECT_EQ(wizard.currentId(), ui::TaskWizard::SourcePage);
    EXPECT_EQ(d.pageError(), QStringLiteral("Enter the password."));
    EXPECT_EQ(wizard.model().taskName, QStringLiteral("inv-copy"));
}

TEST(Wizards, MySqlOnlineAndOfflineWizardsBuildTheirInputs)
{
    Console c;
    for (const WizardKind kind : {WizardKind::OnlineMySql, WizardKind::OfflineMySql}) {
        ShownWizard w(c, kind);
        ui::TaskWizard &wizard = w.wizard;
        Driver &d = w.d;
        d.connection(QStringLiteral("source"), QStringLiteral("mysql.local"), 0, QStringLiteral("root"),
                     QStringLiteral("a"));
        ASSERT_TRUE(d.testThenSkip(QStringLiteral("source")));
        d.connection(QStringLiteral("target"), QStringLiteral("target.mysql.database.azure.com"), 0,
                     QStringLiteral("admin"), QStringLiteral("b"));
        ASSERT_TRUE(d.testThenSkip(QStringLiteral("target")));
        ASSERT_EQ(wizard.currentId(), ui::TaskWizard::DatabasesPage);
        d.next();
        EXPECT_EQ(d.pageError(), QStringLiteral("Select at least one database to migrate."));
        d.addDatabase(QStringLiteral("orders"));
        auto *dbs = d.find<QTableWidget>(QStringLiteral("databaseTableWidget"));
        ASSERT_EQ(dbs->rowCount(), 1);
        dbs->item(0, 1)->setText(QStringLiteral("orders2"));
        ASSERT_TRUE(d.nextTo(ui::TaskWizard::TablesPage));
        // mysql.local cannot be reached: the page says so and every table is migrated.
        ASSERT_TRUE(waitUntil([&] { return d.pageError().contains(QLatin1String("could not be listed")); }))
            << qPrintable(d.pageError());
        ASSERT_TRUE(d.nextTo(ui::TaskWizard::SettingsPage));
        if (kind == WizardKind::OnlineMySql) {
            d.find<QPlainTextEdit>(QStringLiteral("migrationSettingTextEdit"))->setPlainText(QStringLiteral("oops"));
            d.next();
            EXPECT_TRUE(d.pageError().contains(QLatin1String("not a setting"))) << qPrintable(d.pageError());
            d.find<QPlainTextEdit>(QStringLiteral("migrationSettingTextEdit"))
                ->setPlainText(QStringLiteral("fullLoadSubTasks=8"));
            d.find<QPlainTextEdit>(QStringLiteral("sourceSettingTextEdit"))
                ->setPlainText(QStringLiteral("binlog.position = auto"));
        } else {
            d.find<QCheckBox>(QStringLiteral("readOnlyServerCheckBox"))->setChecked(true);
        }
        ASSERT_TRUE(d.nextTo(ui::TaskWizard::SummaryPage));
        const QJsonObject source = obj(R"({"type":"MySqlConnectionInfo","serverName":"mysql.local","port":3306,
            "userName":"root","password":"a","authentication":"SqlAuthentication","encryptConnection":true})");
        const QJsonObject input = d.input();
        EXPECT_EQ(input.value(QLatin1String("sourceConnectionInfo")).toObject(), source);
        EXPECT_EQ(input[QLatin1String("targetConnectionInfo")][QLatin1String("serverName")].toString(),
                  QStringLiteral("target.mysql.database.azure.com"));
        if (kind == WizardKind::OnlineMySql) {
            EXPECT_EQ(input.value(QLatin1String("selectedDatabases")).toArray(),
                      QJsonDocument::fromJson(R"([{"name":"orders","targetDatabaseName":"orders2",
                          "migrationSetting":{"fullLoadSubTasks":"8"},"sourceSetting":{"binlog.position":"auto"}}])")
                          .array());
            EXPECT_EQ(input.keys().size(), 3);
        } else {
            EXPECT_EQ(input.value(QLatin1String("selectedDatabases")).toArray(),
                      QJsonDocument::fromJson(R"([{"name":"orders","targetDatabaseName":"orders2"}])").array());
            EXPECT_EQ(input.value(QLatin1String("makeSourceServerReadOnly")), QJsonValue(true));
        }
        expectValid(wizard.model().buildTask());
        EXPECT_EQ(d.find<QLineEdit>(QStringLiteral("taskNameLineEdit"))->text(),
                  kind == WizardKind::OnlineMySql ? QStringLiteral("mysql-online-orders")
                                                  : QStringLiteral("mysql-offline-orders"));
        wizard.reject();
    }
    EXPECT_TRUE(waitUntil([&] { return c.taskNames().isEmpty(); })) << qPrintable(c.taskNames().join(QLatin1Char(',')));
}

namespace {

/// Two PostgreSQL servers whose superuser's password is "pw".
struct PgPair
{
    PgPair()
        : source(options())
        , target(options())
    {
    }
    static test::PgCluster::Options options()
    {
        test::PgCluster::Options options;
        options.superPassword = QStringLiteral("pw");
        return options;
    }
    bool start(QString *error) { return source.start(error) && target.start(error); }
    test::PgCluster source;
    test::PgCluster target;
};

/// Saves pictures of widgets as dir/wizard-<name>.png.
struct Camera
{
    void operator()(QWidget &w, const QString &name) const
    {
        QCoreApplication::processEvents();
        QThread::msleep(100);
        QCoreApplication::processEvents();
        EXPECT_TRUE(w.grab().save(QStringLiteral("%1/wizard-%2.png").arg(dir, name)));
    }
    QString dir;
};

/// A MariaDB source (binary log on) with a database "shop" and a user that may only read, and an
/// empty MariaDB target.
struct MariaDbPair
{
    MariaDbPair()
        : source(test::MariaDbServer::Options{true, 41, QStringLiteral("source-pw"), {}})
        , target(test::MariaDbServer::Options{false, 42, QStringLiteral("target-pw"), {}})
    {
    }
    bool start(QString *error)
    {
        if (!source.start(error) || !target.start(error))
            return false;
        return source.sql(QString(), QStringLiteral(R"sql(
            CREATE DATABASE shop;
            USE shop;
            CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(40), price DECIMAL(8,2));
            INSERT INTO items SELECT seq, CONCAT('item ', seq), seq / 4 FROM seq_1_to_300;
            CREATE TABLE notes (body TEXT);
            INSERT INTO notes VALUES ('first'), ('second');
            CREATE TABLE scratch (id INT PRIMARY KEY);
            CREATE DATABASE crm;
            CREATE USER 'reader'@'%' IDENTIFIED BY 'reader-pw';
            GRANT SELECT ON *.* TO 'reader'@'%';
        )sql"),
                          error);
    }
    test::MariaDbServer source;
    test::MariaDbServer target;
};

int rowOf(QTableWidget *table, const QString &text)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == text)
            return r;
    }
    return -1;
}

QStringList column(QTableWidget *table, int column)
{
    QStringList out;
    for (int r = 0; r < table->rowCount(); ++r)
        out.append(table->item(r, column)->text());
    return out;
}

/// The task's state and the migrationState of its database's DatabaseLevelOutput.
std::pair<QString, QString> states(Console &c, const QString &task)
{
    const QJsonObject props = c.task(task)[QLatin1String("properties")].toObject();
    QString db;
    for (const QJsonValue &o : props.value(QLatin1String("output")).toArray()) {
        if (o[QLatin1String("resultType")].toString() == QLatin1String("DatabaseLevelOutput"))
            db = o[QLatin1String("migrationState")].toString();
    }
    return {props.value(QLatin1String("state")).toString(), db};
}

} // namespace

TEST(Wizards, MySqlOnlineWizardReplicatesBetweenRealServersAndCutsOver)
{
    MariaDbPair servers;
    QString error;
    ASSERT_TRUE(servers.start(&error)) << qPrintable(error);
    Console c;
    ShownWizard w(c, WizardKind::OnlineMySql);
    ui::TaskWizard &wizard = w.wizard;
    Driver &d = w.d;

    // A user that may only read: the test says what an online migration lacks, and how to grant it.
    d.plainConnection(QStringLiteral("source"), servers.source.host(), servers.source.port(), QStringLiteral("reader"),
                      QStringLiteral("reader-pw"));
    d.next();
    auto *sourceResult = d.find<QLabel>(QStringLiteral("sourceTestResultLabel"));
    auto *skip = d.find<QCheckBox>(QStringLiteral("sourceSkipTestCheckBox"));
    ASSERT_TRUE(waitUntil([&] { return skip->isVisible() && d.nextEnabled(); })) << qPrintable(d.pageError());
    EXPECT_EQ(wizard.currentId(), ui::TaskWizard::SourcePage);
    EXPECT_EQ(skip->text(), QStringLiteral("&Ignore these problems and continue"));
    EXPECT_TRUE(sourceResult->text().contains(QLatin1String("Connected"))) << qPrintable(sourceResult->text());
    EXPECT_TRUE(sourceResult->text().contains(QLatin1String("MariaDB 10."))) << qPrintable(sourceResult->text());
    EXPECT_TRUE(sourceResult->text().contains(QLatin1String("REPLICATION SLAVE"))) << qPrintable(sourceResult->text());
    EXPECT_TRUE(sourceResult->text().contains(QLatin1String("Remedy:</i> As an administrator, run: GRANT")))
        << qPrintable(sourceResult->text());
    // A user with the privileges: the test passes and Next moves on by itself.
    d.type(QStringLiteral("sourceUserLineEdit"), test::MariaDbServer::superUser());
    d.type(QStringLiteral("sourcePasswordLineEdit"), QStringLiteral("source-pw"));
    ASSERT_TRUE(d.nextTo(ui::TaskWizard::TargetPage)) << qPrintable(sourceResult->text());
    EXPECT_FALSE(sourceResult->text().contains(QLatin1String("Remedy"))) << qPrintable(sourceResult->text());
    EXPECT_TRUE(sourceResult->text().contains(QLatin1String("Databases: crm, shop")))
        << qPrintable(sourceResult->text());

    d.plainConnection(QStringLiteral("target"), servers.target.host(), servers.target.port(),
                      test::MariaDbServer::superUser(), QStringLiteral("target-pw"));
    ASSERT_TRUE(d.nextTo(ui::TaskWizard::DatabasesPage))
        << qPrintable(d.find<QLabel>(QStringLiteral("targetTestResultLabel"))->text());
    const QString targetText = d.find<QLabel>(QStringLiteral("targetTestResultLabel"))->text();
    EXPECT_TRUE(targetText.contains(QLatin1String("MariaDB 10."))) << qPrintable(targetText);
    EXPECT_TRUE(targetText.contains(QLatin1String("No databases yet."))) << qPrintable(targetText);

    auto *dbs = d.find<QTableWidget>(QStringLiteral("databaseTableWidget"));
    EXPECT_EQ(column(dbs, 0), (QStringList{QStringLiteral("crm"), QStringLiteral("shop")})); // no system databases
    const int shop = rowOf(dbs, QStringLiteral("shop"));
    ASSERT_GE(shop, 0);
    EXPECT_EQ(dbs->item(shop, 2)->text(), QStringLiteral("will be created")); // the target has none yet
    dbs->item(shop, 0)->setCheckState(Qt::Checked);
    dbs->item(shop, 1)->setText(QStringLiteral("shop_v2"));

    // GetUserTablesMySql: "database.table" names, exact row counts, the table without a key flagged.
    ASSERT_TRUE(d.nextTo(ui::TaskWizard::TablesPage));
    auto *tables = d.find<QTableWidget>(QStringLiteral("tableTableWidget"));
    ASSERT_TRUE(waitUntil([&] { return tables->rowCount() == 3 && d.nextEnabled(); })) << qPrintable(d.pageError());
    EXPECT_TRUE(d.pageError().isEmpty()) << qPrintable(d.pageError());
    EXPECT_EQ(column(tables, 0), (QStringList{QStringLiteral("shop.items"), QStringLiteral("shop.notes"),
                                              QStringLiteral("shop.scratch")}));
    EXPECT_EQ(column(tables, 1), (QStringList{QLocale().toString(300), QLocale().toString(2), QLocale().toString(0)}));
    EXPECT_EQ(column(tables, 2), (QStringList{QStringLiteral("yes"), QStringLiteral("none"), QStringLiteral("yes")}));
    EXPECT_EQ(column(tables, 3), (QStringList{QStringLiteral("yes"), QStringLiteral("yes"), QStringLiteral("no")}));
    EXPECT_TRUE(tables->item(1, 2)->toolTip().contains(QLatin1String("by a scan")));
    // Replicated, but slowly on the target: leave it out here.
    tables->item(1, 0)->setCheckState(Qt::Unchecked);
    EXPECT_TRUE(d.find<QLabel>(QStringLiteral("tablesSummaryLabel"))->text().startsWith(QLatin1String("2 of 3")));

    ASSERT_TRUE(d.nextTo(ui::TaskWizard::SettingsPage));
    ASSERT_TRUE(d.nextTo(ui::TaskWizard::SummaryPage));
    EXPECT_EQ(d.input().value(QLatin1String("selectedDatabases")).toArray(),
              QJsonDocument::fromJson(R"([{"name":"shop","targetDatabaseName":"shop_v2",
                  "tableMap":{"shop.items":"shop_v2.items","shop.scratch":"shop_v2.scratch"}}])")
                  .array());
    expectValid(wizard.model().buildTask());

    ASSERT_TRUE(w.finish()) << qPrintable(d.pageError());
    const QString name = QStringLiteral("mysql-online-shop");
    EXPECT_TRUE(w.created.endsWith(QLatin1String("/tasks/mysql-online-shop"))) << qPrintable(w.created);
    EXPECT_TRUE(waitUntil([&] { return c.taskNames() == QStringList{name}; }))
        << qPrintable(c.taskNames().join(QLatin1Char(',')));
    std::pair<QString, QString> now;
    EXPECT_TRUE(waitUntil(
        [&] {
            now = states(c, name);
            return now == std::pair{QStringLiteral("Running"), QStringLiteral("READY_TO_COMPLETE")};
        },
        90000))
        << qPrintable(now.first) << " " << qPrintable(now.second);
    EXPECT_EQ(servers.target.value(QStringLiteral("shop_v2"), QStringLiteral("SELECT COUNT(*) FROM items")),
              QStringLiteral("300"));
    EXPECT_EQ(servers.target.value(QString(), QStringLiteral("SELECT COUNT(*) FROM information_schema.TABLES "
                                                             "WHERE TABLE_SCHEMA = 'shop_v2'")),
              QStringLiteral("2")); // items and scratch, not notes

    // A change on the source arrives on the target; then the cutover completes the migration.
    ASSERT_TRUE(
        servers.source.sql(QStringLiteral("shop"), QStringLiteral("INSERT INTO items VALUES (301, 'late', 9.50);"
                                                                  "UPDATE items SET price = 0 WHERE id = 1;")));
    EXPECT_TRUE(waitUntil(
        [&] {
            return servers.target.value(QStringLiteral("shop_v2"), QStringLiteral("SELECT COUNT(*) FROM items"))
                   == QLatin1String("301");
        },
        30000));
    const auto command = c.engine.completeDatabase(
        test::EngineFixture::rg(QStringLiteral("services/svc/projects/proj/tasks/%1").arg(name)),
        QStringLiteral("shop"));
    ASSERT_EQ(command.status, 200) << command.body.constData();
    EXPECT_TRUE(waitUntil(
        [&] {
            now = states(c, name);
            return now.first != QLatin1String("Running");
        },
        60000));
    EXPECT_EQ(now, (std::pair{QStringLiteral("Succeeded"), QStringLiteral("COMPLETE")}))
        << qPrintable(now.first) << " " << qPrintable(now.second);
    const QString sum = QStringLiteral("SELECT COUNT(*), SUM(price) FROM items");
    EXPECT_EQ(servers.target.value(QStringLiteral("shop_v2"), sum), servers.source.value(QStringLiteral("shop"), sum));
}

TEST(Wizards, MySqlOfflineWizardCopiesTheRowsBetweenRealServers)
{
    MariaDbPair servers;
    QString error;
    ASSERT_TRUE(servers.start(&error)) << qPrintable(error);
    Console c;
    ShownWizard w(c, WizardKind::OfflineMySql);
    ui::TaskWizard &wizard = w.wizard;
    Driver &d = w.d;

    // An offline migration only reads the source: a user with SELECT passes the test.
    d.plainConnection(QStringLiteral("source"), servers.source.host(), servers.source.port(), QStringLiteral("reader"),
                      QStringLiteral("reader-pw"));
    ASSERT_TRUE(d.nextTo(ui::TaskWizard::TargetPage))
        << qPrintable(d.find<QLabel>(QStringLiteral("sourceTestResultLabel"))->text());
    // A wrong target password: the engine's explanation and remedy, and Next stays.
    d.plainConnection(QStringLiteral("target"), servers.target.host(), servers.target.port(),
                      test::MariaDbServer::superUser(), QStringLiteral("wrong"));
    d.next();
    auto *targetResult = d.find<QLabel>(QStringLiteral("targetTestResultLabel"));
    ASSERT_TRUE(waitUntil([&] { return !targetResult->text().isEmpty() && d.nextEnabled(); }));
    EXPECT_EQ(wizard.currentId(), ui::TaskWizard::TargetPage);
    EXPECT_TRUE(targetResult->text().contains(QLatin1String("The test failed"))) << qPrintable(targetResult->text());
    EXPECT_TRUE(targetResult->text().contains(QLatin1String("Remedy"))) << qPrintable(targetResult->text());
    d.type(QStringLiteral("targetPasswordLineEdit"), QStringLiteral("target-pw"));
    ASSERT_TRUE(d.nextTo(ui::TaskWizard::DatabasesPage)) << qPrintable(targetResult->text());

    auto *dbs = d.find<QTableWidget>(QStringLiteral("databaseTableWidget"));
    const int shop = rowOf(dbs, QStringLiteral("shop"));
    ASSERT_GE(shop, 0);
    dbs->item(shop, 0)->setCheckState(Qt::Checked);
    ASSERT_TRUE(d.nextTo(ui::TaskWizard::TablesPage));
    auto *tables = d.find<QTableWidget>(QStringLiteral("tableTableWidget"));
    ASSERT_TRUE(waitUntil([&] { return tables->rowCount() == 3 && d.nextEnabled(); })) << qPrintable(d.pageError());
    EXPECT_EQ(column(tables, 1), (QStringList{QLocale().toString(300), QLocale().toString(2), QLocale().toString(0)}));
    EXPECT_TRUE(tables->item(1, 2)->toolTip().isEmpty()); // no key is no matter offline
    EXPECT_TRUE(d.find<QLabel>(QStringLiteral("tablesSummaryLabel"))->text().startsWith(QLatin1String("3 of 3")));

    ASSERT_TRUE(d.nextTo(ui::TaskWizard::SettingsPage));
    ASSERT_TRUE(d.nextTo(ui::TaskWizard::SummaryPage));
    const QJsonObject input = d.input();
    EXPECT_EQ(input.value(QLatin1String("selectedDatabases")).toArray(),
              QJsonDocument::fromJson(R"([{"name":"shop","targetDatabaseName":"shop",
                  "tableMap":{"shop.items":"shop.items","shop.notes":"shop.notes","shop.scratch":"shop.scratch"}}])")
                  .array());
    EXPECT_EQ(input.value(QLatin1String("makeSourceServerReadOnly")), QJsonValue(false));
    expectValid(wizard.model().buildTask());

    ASSERT_TRUE(w.finish()) << qPrintable(d.pageError());
    const QString name = QStringLiteral("mysql-offline-shop");
    EXPECT_TRUE(w.created.endsWith(QLatin1String("/tasks/mysql-offline-shop"))) << qPrintable(w.created);
    QString state;
    EXPECT_TRUE(waitUntil(
        [&] {
            state = states(c, name).first;
            return state == QLatin1String("Succeeded") || state == QLatin1String("Failed");
        },
        60000))
        << qPrintable(state);
    EXPECT_EQ(state, QStringLiteral("Succeeded")) << qPrintable(dump(c.task(name)));
    EXPECT_EQ(c.taskNames(), QStringList{name});
    const QString sum = QStringLiteral("SELECT COUNT(*), SUM(price) FROM items");
    EXPECT_EQ(servers.target.value(QStringLiteral("shop"), sum), servers.source.value(QStringLiteral("shop"), sum));
    EXPECT_EQ(servers.target.value(QStringLiteral("shop"), QStringLiteral("SELECT COUNT(*) FROM notes")),
              QStringLiteral("2"));
    EXPECT_EQ(servers.source.value(QString(), QStringLiteral("SELECT @@read_only")), QStringLiteral("0"));
}

TEST(Wizards, SqlServerSchemaAndOfflineWizardsBuildTheirInputs)
{
    Console c;
    for (const WizardKind kind : {WizardKind::SchemaSqlServerSqlDb, WizardKind::OfflineSqlServerSqlDb}) {
        ShownWizard w(c, kind);
        ui::TaskWizard &wizard = w.wizard;
        Driver &d = w.d;
        d.connection(QStringLiteral("source"), QStringLiteral("SQLPROD01\\ERP"), 0, QStringLiteral("dms_reader"),
                     QStringLiteral("a"));
        d.find<QCheckBox>(QStringLiteral("sourceTrustCheckBox"))->setChecked(true);
        ASSERT_TRUE(d.testThenSkip(QStringLiteral("source")));
        d.connection(QStringLiteral("target"), QStringLiteral("contoso.database.windows.net"), 0,
                     QStringLiteral("sqladmin"), QStringLiteral("b"));
        ASSERT_TRUE(d.testThenSkip(QStringLiteral("target")));
        d.addDatabase(QStringLiteral("ERP_Prod"));
        d.find<QTableWidget>(QStringLiteral("databaseTableWidget"))->item(0, 1)->setText(QStringLiteral("erp-prod"));
        if (kind == WizardKind::OfflineSqlServerSqlDb) {
            ASSERT_TRUE(d.nextTo(ui::TaskWizard::TablesPage));
            ASSERT_TRUE(waitUntil([&] { return d.pageError().contains(QLatin1String("could not be listed")); }));
        }
        ASSERT_TRUE(d.nextTo(ui::TaskWizard::SettingsPage));
        if (kind == WizardKind::SchemaSqlServerSqlDb) {
            auto *option = d.find<QComboBox>(QStringLiteral("schemaOptionComboBox"));
            option->setCurrentIndex(option->findData(QStringLiteral("UseStorageFile")));
            d.next();
            EXPECT_TRUE(d.pageError().contains(QLatin1String("project file"))) << qPrintable(d.pageError());
            d.type(QStringLiteral("schemaFileNameLineEdit"), QStringLiteral("erp_schema.sql"));
            // One row per database, "As above" unless changed.
            auto *perDatabase = d.find<QTableWidget>(QStringLiteral("schemaTableWidget"));
            ASSERT_EQ(perDatabase->rowCount(), 1);
            EXPECT_EQ(perDatabase->item(0, 0)->text(), QStringLiteral("ERP_Prod"));
            EXPECT_EQ(d.find<QComboBox>(QStringLiteral("schemaOptionComboBox_0"))->currentData().toString(), QString());
        } else {
            d.find<QCheckBox>(QStringLiteral("queryValidationCheckBox"))->setChecked(true);
            d.next();
            EXPECT_TRUE(d.pageError().contains(QLatin1String("schema validation"))) << qPrintable(d.pageError());
            d.find<QCheckBox>(QStringLiteral("schemaValidationCheckBox"))->setChecked(true);
            d.find<QCheckBox>(QStringLiteral("readOnlyDatabasesCheckBox"))->setChecked(true);
        }
        ASSERT_TRUE(d.nextTo(ui::TaskWizard::SummaryPage));
        const QJsonObject input = d.input();
        EXPECT_EQ(input.value(QLatin1String("sourceConnectionInfo")).toObject(),
                  obj(R"({"type":"SqlConnectionInfo","dataSource":"SQLPROD01\\ERP","serverName":"SQLPROD01\\ERP",
                      "userName":"dms_reader","password":"a","authentication":"SqlAuthentication",
                      "encryptConnection":true,"trustServerCertificate":true,"platform":"SqlOnPrem"})"));
        EXPECT_EQ(input.value(QLatin1String("targetConnectionInfo")).toObject(),
                  obj(R"({"type":"SqlConnectionInfo","dataSource":"contoso.database.windows.net",
                      "serverName":"contoso.database.windows.net","userName":"sqladmin","password":"b",
                      "authentication":"SqlAuthentication","encryptConnection":true,"trustServerCertificate":false})"));
        if (kind == WizardKind::SchemaSqlServerSqlDb) {
            EXPECT_EQ(input.value(QLatin1String("selectedDatabases")).toArray(),
                      QJsonDocument::fromJson(R"([{"name":"ERP_Prod","targetDatabaseName":"erp-prod",
                          "schemaSetting":{"schemaOption":"UseStorageFile","fileName":"erp_schema.sql"}}])")
                          .array());
        } else {
            EXPECT_EQ(input.value(QLatin1String("selectedDatabases")).toArray(),
                      QJsonDocument::fromJson(
                          R"([{"name":"ERP_Prod","targetDatabaseName":"erp-prod","makeSourceDbReadOnly":true}])")
                          .array());
            EXPECT_EQ(input.value(QLatin1String("validationOptions")).toObject(),
                      obj(R"({"enableSchemaValidation":true,"enableDataIntegrityValidation":false,
                          "enableQueryAnalysisValidation":true})"));
        }
        expectValid(wizard.model().buildTask());
        wizard.reject();
    }
    EXPECT_TRUE(waitUntil([&] { return c.taskNames().isEmpty(); })) << qPrintable(c.taskNames().join(QLatin1Char(',')));
}

TEST(Wizards, PostgreSqlOnlineWizardReachesARunningMigrationBetweenRealServers)
{
    PgPair servers;
    QString error;
    ASSERT_TRUE(servers.start(&error)) << qPrintable(error);
    test::PgCluster &source = servers.source;
    test::PgCluster &target = servers.target;
    ASSERT_TRUE(source.createDatabase(QStringLiteral("inventory")));
    ASSERT_TRUE(source.psql(QStringLiteral("inventory"),
                            QStringLiteral("CREATE TABLE items (id int PRIMARY KEY, name text);"
                                           "INSERT INTO items SELECT g, 'item ' || g FROM generate_series(1, 250) g;"
                                           "CREATE TABLE audit (message text);"
                                           "INSERT INTO audit VALUES ('created');"
                                           "CREATE TABLE scratch (id int PRIMARY KEY);"
                                           "ANALYZE;")));
    Console c;
    ShownWizard w(c, WizardKind::OnlinePostgreSql);
    ui::TaskWizard &wizard = w.wizard;
    Driver &d = w.d;

    d.plainConnection(QStringLiteral("source"), source.host(), source.port(), test::PgCluster::superUser(),
                      QStringLiteral("pw"));
    ASSERT_TRUE(d.nextTo(ui::TaskWizard::TargetPage)) << qPrintable(d.pageError());
    EXPECT_TRUE(d.find<QLabel>(QStringLiteral("sourceTestResultLabel"))->text().contains(QLatin1String("inventory")));
    d.plainConnection(QStringLiteral("target"), target.host(), target.port(), test::PgCluster::superUser(),
                      QStringLiteral("pw"));
    ASSERT_TRUE(d.nextTo(ui::TaskWizard::DatabasesPage))
        << qPrintable(d.find<QLabel>(QStringLiteral("targetTestResultLabel"))->text());

    auto *dbs = d.find<QTableWidget>(QStringLiteral("databaseTableWidget"));
    const int row = rowOf(dbs, QStringLiteral("inventory"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(dbs->item(row, 1)->text(), QStringLiteral("inventory")); // matched by name
    EXPECT_EQ(dbs->item(row, 2)->text(), QStringLiteral("will be created"));
    dbs->item(row, 0)->setCheckState(Qt::Checked);
    dbs->item(row, 1)->setText(QStringLiteral("inventory_v2"));
    // Back and forth again: the choices stay, and the tested target is not tested again.
    wizard.back();
    ASSERT_EQ(wizard.currentId(), ui::TaskWizard::TargetPage);
    d.next();
    ASSERT_EQ(wizard.currentId(), ui::TaskWizard::DatabasesPage);
    EXPECT_EQ(dbs->item(row, 0)->checkState(), Qt::Checked);
    EXPECT_EQ(dbs->item(row, 1)->text(), QStringLiteral("inventory_v2"));

    ASSERT_TRUE(d.nextTo(ui::TaskWizard::TablesPage));
    auto *tables = d.find<QTableWidget>(QStringLiteral("tableTableWidget"));
    ASSERT_TRUE(waitUntil([&] { return tables->rowCount() == 3 && d.nextEnabled(); })) << qPrintable(d.pageError());
    EXPECT_EQ(column(tables, 0), (QStringList{QStringLiteral("public.audit"), QStringLiteral("public.items"),
                                              QStringLiteral("public.scratch")}));
    EXPECT_EQ(tables->item(0, 2)->text(), QStringLiteral("none")); // audit has no primary key
    EXPECT_EQ(tables->item(1, 2)->text(), QStringLiteral("yes"));
    EXPECT_EQ(tables->item(1, 1)->text(), QLocale().toString(250));
    // Search, then clear what is shown: only scratch is left out.
    d.type(QStringLiteral("tableSearchLineEdit"), QStringLiteral("scra"));
    EXPECT_TRUE(tables->isRowHidden(0));
    EXPECT_FALSE(tables->isRowHidden(2));
    d.find<QAbstractButton>(QStringLiteral("selectNoTablesButton"))->click();
    d.type(QStringLiteral("tableSearchLineEdit"), QString());
    EXPECT_TRUE(d.find<QLabel>(QStringLiteral("tablesSummaryLabel"))->text().startsWith(QLatin1String("2 of 3")));

    ASSERT_TRUE(d.nextTo(ui::TaskWizard::SettingsPage));
    ASSERT_TRUE(d.nextTo(ui::TaskWizard::SummaryPage));
    const QJsonObject input = d.input();
    EXPECT_EQ(input.value(QLatin1String("selectedDatabases")).toArray(),
              QJsonDocument::fromJson(R"([{"name":"inventory","targetDatabaseName":"inventory_v2",
                  "selectedTables":[{"name":"public.audit"},{"name":"public.items"}]}])")
                  .array());
    const QJsonObject sourceInfo = input.value(QLatin1String("sourceConnectionInfo")).toObject();
    EXPECT_EQ(sourceInfo.value(QLatin1String("port")).toInt(), source.port());
    EXPECT_EQ(sourceInfo.value(QLatin1String("password")).toString(), QStringLiteral("pw"));
    EXPECT_EQ(sourceInfo.value(QLatin1String("encryptConnection")), QJsonValue(false));
    expectValid(wizard.model().buildTask());

    ASSERT_TRUE(w.finish()) << qPrintable(d.pageError());
    EXPECT_TRUE(w.created.endsWith(QLatin1String("/tasks/pg-online-inventory")));
    // The connection tests and the table listing are gone; the migration runs.
    EXPECT_TRUE(waitUntil([&] { return c.taskNames() == QStringList{QStringLiteral("pg-online-inventory")}; }))
        << qPrintable(c.taskNames().join(QLatin1Char(',')));
    std::pair<QString, QString> now;
    EXPECT_TRUE(waitUntil(
        [&] {
            now = states(c, QStringLiteral("pg-online-inventory"));
            return now == std::pair{QStringLiteral("Running"), QStringLiteral("READY_TO_COMPLETE")};
        },
        90000))
        << qPrintable(now.first) << " " << qPrintable(now.second);
    QString count;
    EXPECT_TRUE(target.psql(QStringLiteral("inventory_v2"), QStringLiteral("SELECT count(*) FROM items"), &count));
    EXPECT_EQ(count.trimmed(), QStringLiteral("250"));
    // Leave no replication slot behind on the source.
    c.engine.post(
        test::EngineFixture::rg(QStringLiteral("services/svc/projects/proj/tasks/pg-online-inventory/cancel")));
    EXPECT_TRUE(waitUntil(
        [&] {
            return c.task(QStringLiteral("pg-online-inventory"))[QLatin1String("properties")][QLatin1String("state")]
                       .toString()
                   == QLatin1String("Canceled");
        },
        60000));
}

// Needs the private keychain of scripts/test.
TEST(Wizards, SavesAConnectionAndLoadsItWithItsPasswordFromTheKeychain)
{
    QTemporaryDir dir;
    const QString settings = dir.filePath(QStringLiteral("godwit.conf"));
    service::Keychain keychain(settings);
    service::ConnectionStore store(settings);
    Console c;
    const QString name = QStringLiteral("wizard %1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    {
        ui::TaskWizard wizard(c.client, c.project(), TaskInputModel(WizardKind::OnlinePostgreSql));
        wizard.setConnectionStore(&store, &keychain);
        wizard.show();
        Driver d(wizard);
        d.connection(QStringLiteral("source"), QStringLiteral("db.example.com"), 6543, QStringLiteral("app"),
                     QStringLiteral("kept-secret"));
        // The name is asked in a dialog: answer it once it is up.
        QTimer::singleShot(0, [&] {
            waitUntil([] { return qobject_cast<QInputDialog *>(QApplication::activeModalWidget()); }, 5000);
            if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
                dialog->setTextValue(name);
                dialog->accept();
            }
        });
        d.find<QAbstractButton>(QStringLiteral("sourceSaveButton"))->click();
        auto *saved = d.find<QComboBox>(QStringLiteral("sourceSavedComboBox"));
        ASSERT_TRUE(waitUntil([&] { return saved->findData(name) >= 0; }, 15000)) << qPrintable(d.pageError());
        wizard.reject();
    }
    ASSERT_TRUE(store.connection(name));
    EXPECT_FALSE(store.connection(name)->info.contains(QLatin1String("password")));

    ui::TaskWizard wizard(c.client, c.project(), TaskInputModel(WizardKind::OnlinePostgreSql));
    wizard.setConnectionStore(&store, &keychain);
    wizard.show();
    Driver d(wizard);
    auto *saved = d.find<QComboBox>(QStringLiteral("sourceSavedComboBox"));
    const int index = saved->findData(name);
    ASSERT_GE(index, 0);
    saved->setCurrentIndex(index);
    Q_EMIT saved->activated(index);
    auto *password = d.find<QLineEdit>(QStringLiteral("sourcePasswordLineEdit"));
    ASSERT_TRUE(waitUntil([&] { return !password->text().isEmpty(); }, 15000)) << qPrintable(d.pageError());
    EXPECT_EQ(password->text(), QStringLiteral("kept-secret"));
    EXPECT_EQ(d.find<QLineEdit>(QStringLiteral("sourceServerLineEdit"))->text(), QStringLiteral("db.example.com"));
    EXPECT_EQ(d.find<QSpinBox>(QStringLiteral("sourcePortSpinBox"))->value(), 6543);
    // The target page offers it too (same type).
    bool removed = false;
    store.remove(name, keychain, nullptr, [&](const service::KeychainResult &) { removed = true; });
    EXPECT_TRUE(waitUntil([&] { return removed; }, 15000));
}

TEST(Wizards, MainWindowOpensAWizardSelectsTheNewTaskAndClonesIt)
{
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    Console c;
    core::Stores stores;
    service::Explorer explorer(c.client, stores, QStringLiteral("00000000-0000-0000-0000-000000000001"),
                               QStringLiteral("migrations"));
    explorer.setInterval(200);
    ui::MainWindow window(c.client, stores, explorer);
    window.show();
    explorer.start();
    auto *tasks = window.findChild<QTableView *>(QStringLiteral("taskTableView"));
    auto *newTest = window.findChild<QAction *>(QStringLiteral("newConnectionTestAction"));
    ASSERT_TRUE(tasks && newTest);
    auto *menu = window.findChild<QMenu *>(QStringLiteral("newTaskMenu"));
    ASSERT_TRUE(waitUntil([&] { return menu->isEnabled(); })); // a project is selected
    newTest->trigger();
    auto *wizard = window.findChild<ui::TaskWizard *>();
    ASSERT_TRUE(wizard);
    Driver d(*wizard);
    ASSERT_TRUE(d.nextTo(ui::TaskWizard::SourcePage));
    d.connection(QStringLiteral("source"), QStringLiteral("127.0.0.1"), 1, QStringLiteral("u"), QStringLiteral("p"));
    ASSERT_TRUE(d.nextTo(ui::TaskWizard::SummaryPage));
    wizard->button(QWizard::FinishButton)->click();
    ASSERT_TRUE(waitUntil([&] { return window.currentTaskId().endsWith(QLatin1String("/connect-source-postgresql")); }))
        << qPrintable(window.currentTaskId());
    EXPECT_TRUE(waitUntil([&] { return !window.findChild<ui::TaskWizard *>(); })); // closed and deleted
    // The new task's monitor opens.
    auto *monitor = window.findChild<ui::TaskMonitorWindow *>();
    ASSERT_TRUE(monitor);
    EXPECT_TRUE(monitor->isVisible());

    auto *clone = window.findChild<QAction *>(QStringLiteral("cloneTaskAction"));
    ASSERT_TRUE(waitUntil([&] { return clone->isEnabled(); }));
    clone->trigger();
    wizard = window.findChild<ui::TaskWizard *>();
    ASSERT_TRUE(wizard);
    EXPECT_EQ(wizard->model().connectionTestType, QStringLiteral("ConnectToSource.PostgreSql.Sync"));
    EXPECT_EQ(wizard->model().source.serverName, QStringLiteral("127.0.0.1"));
    EXPECT_TRUE(wizard->model().source.password.isEmpty());
    EXPECT_EQ(wizard->model().taskName, QStringLiteral("connect-source-postgresql-copy"));
    wizard->reject();
}

// Writes docs/screenshots/wizard-*.png when GODWIT_SCREENSHOT_DIR names a folder (run under Xvfb
// with QT_QPA_PLATFORM=xcb for the desktop's look); skipped otherwise.
TEST(Wizards, Screenshots)
{
    const Camera shoot{qEnvironmentVariable("GODWIT_SCREENSHOT_DIR")};
    if (shoot.dir.isEmpty())
        GTEST_SKIP() << "GODWIT_SCREENSHOT_DIR is not set";
    PgPair servers;
    QString error;
    ASSERT_TRUE(servers.start(&error)) << qPrintable(error);
    test::PgCluster &source = servers.source;
    test::PgCluster &target = servers.target;
    for (const char *db : {"inventory", "billing", "crm"})
        ASSERT_TRUE(source.createDatabase(QLatin1String(db)));
    ASSERT_TRUE(
        source.psql(QStringLiteral("inventory"),
                    QStringLiteral("CREATE TABLE items (id int PRIMARY KEY, name text);"
                                   "INSERT INTO items SELECT g, 'item ' || g FROM generate_series(1, 25000) g;"
                                   "CREATE TABLE warehouses (id int PRIMARY KEY, city text);"
                                   "INSERT INTO warehouses SELECT g, 'city' FROM generate_series(1, 40) g;"
                                   "CREATE TABLE stock_moves (item int, qty int, at timestamptz);"
                                   "INSERT INTO stock_moves SELECT g % 100, 1, now() FROM generate_series(1, 5000) g;"
                                   "CREATE TABLE audit_log (message text);"
                                   "CREATE TABLE suppliers (id int PRIMARY KEY, name text);"
                                   "INSERT INTO suppliers VALUES (1, 'ACME');"
                                   "ANALYZE;")));
    Console c;
    {
        ui::TaskWizard wizard(c.client, c.project(), TaskInputModel(WizardKind::ConnectionTest));
        wizard.show();
        shoot(wizard, QStringLiteral("connection-test"));
        wizard.reject();
    }
    ShownWizard w(c, WizardKind::OnlinePostgreSql);
    ui::TaskWizard &wizard = w.wizard;
    Driver &d = w.d;
    d.next();
    shoot(wizard, QStringLiteral("validation"));
    d.plainConnection(QStringLiteral("source"), source.host(), source.port(), test::PgCluster::superUser(),
                      QStringLiteral("pw"));
    d.find<QAbstractButton>(QStringLiteral("sourceTestButton"))->click();
    auto *result = d.find<QLabel>(QStringLiteral("sourceTestResultLabel"));
    ASSERT_TRUE(waitUntil([&] { return !result->text().isEmpty(); }));
    shoot(wizard, QStringLiteral("source"));
    ASSERT_TRUE(d.nextTo(ui::TaskWizard::TargetPage));
    d.plainConnection(QStringLiteral("target"), target.host(), target.port(), test::PgCluster::superUser(),
                      QStringLiteral("pw"));
    ASSERT_TRUE(d.nextTo(ui::TaskWizard::DatabasesPage));
    auto *dbs = d.find<QTableWidget>(QStringLiteral("databaseTableWidget"));
    for (int r = 0; r < dbs->rowCount(); ++r) {
        if (dbs->item(r, 0)->text() == QLatin1String("inventory"))
            dbs->item(r, 0)->setCheckState(Qt::Checked);
        if (dbs->item(r, 0)->text() == QLatin1String("billing")) {
            dbs->item(r, 0)->setCheckState(Qt::Checked);
            dbs->item(r, 1)->setText(QStringLiteral("billing_2026"));
        }
    }
    shoot(wizard, QStringLiteral("databases"));
    ASSERT_TRUE(d.nextTo(ui::TaskWizard::TablesPage));
    auto *tables = d.find<QTableWidget>(QStringLiteral("tableTableWidget"));
    ASSERT_TRUE(waitUntil([&] { return d.nextEnabled(); }));
    auto *combo = d.find<QComboBox>(QStringLiteral("tablesDatabaseComboBox"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("inventory")));
    ASSERT_GT(tables->rowCount(), 0);
    tables->item(0, 0)->setCheckState(Qt::Unchecked);
    shoot(wizard, QStringLiteral("tables"));
    ASSERT_TRUE(d.nextTo(ui::TaskWizard::SettingsPage));
    shoot(wizard, QStringLiteral("settings"));
    ASSERT_TRUE(d.nextTo(ui::TaskWizard::SummaryPage));
    shoot(wizard, QStringLiteral("summary"));
    wizard.reject();
    {
        ui::TaskWizard sql(c.client, c.project(), TaskInputModel(WizardKind::OfflineSqlServerSqlDb));
        sql.helpers().setPollIntervalMs(50);
        sql.show();
        Driver s(sql);
        s.connection(QStringLiteral("source"), QStringLiteral("SQLPROD01\\ERP"), 0, QStringLiteral("dms_reader"),
                     QStringLiteral("x"));
        shoot(sql, QStringLiteral("sqlserver-source"));
        ASSERT_TRUE(s.testThenSkip(QStringLiteral("source")));
        shoot(sql, QStringLiteral("sqlserver-target"));
        sql.back();
        shoot(sql, QStringLiteral("failed-test"));
        sql.next();
        s.connection(QStringLiteral("target"), QStringLiteral("contoso.database.windows.net"), 0,
                     QStringLiteral("sqladmin"), QStringLiteral("y"));
        ASSERT_TRUE(s.testThenSkip(QStringLiteral("target")));
        s.addDatabase(QStringLiteral("ERP_Prod"));
        ASSERT_TRUE(s.nextTo(ui::TaskWizard::TablesPage));
        ASSERT_TRUE(waitUntil([&] { return s.nextEnabled(); }));
        ASSERT_TRUE(s.nextTo(ui::TaskWizard::SettingsPage));
        s.find<QCheckBox>(QStringLiteral("schemaValidationCheckBox"))->setChecked(true);
        shoot(sql, QStringLiteral("sqlserver-settings"));
        sql.reject();
    }
    {
        ui::TaskWizard schema(c.client, c.project(), TaskInputModel(WizardKind::SchemaSqlServerSqlDb));
        schema.helpers().setPollIntervalMs(50);
        schema.show();
        Driver s(schema);
        s.connection(QStringLiteral("source"), QStringLiteral("SQLPROD01\\ERP"), 0, QStringLiteral("dms_reader"),
                     QStringLiteral("x"));
        ASSERT_TRUE(s.testThenSkip(QStringLiteral("source")));
        s.connection(QStringLiteral("target"), QStringLiteral("contoso.database.windows.net"), 0,
                     QStringLiteral("sqladmin"), QStringLiteral("y"));
        ASSERT_TRUE(s.testThenSkip(QStringLiteral("target")));
        s.addDatabase(QStringLiteral("ERP_Prod"));
        s.addDatabase(QStringLiteral("HR"));
        ASSERT_TRUE(s.nextTo(ui::TaskWizard::SettingsPage));
        auto *hr = s.find<QComboBox>(QStringLiteral("schemaOptionComboBox_1"));
        hr->setCurrentIndex(hr->findData(QStringLiteral("UseStorageFile")));
        s.find<QTableWidget>(QStringLiteral("schemaTableWidget"))->item(1, 3)->setText(QStringLiteral("hr_schema.sql"));
        shoot(schema, QStringLiteral("schema-settings"));
        schema.reject();
    }
    EXPECT_TRUE(waitUntil([&] { return c.taskNames().isEmpty(); }));
}

// Writes docs/screenshots/wizard-mysql-*.png when GODWIT_SCREENSHOT_DIR names a folder; skipped otherwise.
TEST(Wizards, MySqlScreenshots)
{
    const Camera shoot{qEnvironmentVariable("GODWIT_SCREENSHOT_DIR")};
    if (shoot.dir.isEmpty())
        GTEST_SKIP() << "GODWIT_SCREENSHOT_DIR is not set";
    MariaDbPair servers;
    QString error;
    ASSERT_TRUE(servers.start(&error)) << qPrintable(error);
    Console c;
    ShownWizard w(c, WizardKind::OnlineMySql);
    ui::TaskWizard &wizard = w.wizard;
    Driver &d = w.d;
    d.plainConnection(QStringLiteral("source"), servers.source.host(), servers.source.port(), QStringLiteral("reader"),
                      QStringLiteral("reader-pw"));
    d.next();
    auto *skip = d.find<QCheckBox>(QStringLiteral("sourceSkipTestCheckBox"));
    ASSERT_TRUE(waitUntil([&] { return skip->isVisible() && d.nextEnabled(); }));
    shoot(wizard, QStringLiteral("mysql-source"));
    d.type(QStringLiteral("sourceUserLineEdit"), test::MariaDbServer::superUser());
    d.type(QStringLiteral("sourcePasswordLineEdit"), QStringLiteral("source-pw"));
    ASSERT_TRUE(d.nextTo(ui::TaskWizard::TargetPage));
    d.plainConnection(QStringLiteral("target"), servers.target.host(), servers.target.port(),
                      test::MariaDbServer::superUser(), QStringLiteral("target-pw"));
    ASSERT_TRUE(d.nextTo(ui::TaskWizard::DatabasesPage));
    auto *dbs = d.find<QTableWidget>(QStringLiteral("databaseTableWidget"));
    dbs->item(rowOf(dbs, QStringLiteral("shop")), 0)->setCheckState(Qt::Checked);
    ASSERT_TRUE(d.nextTo(ui::TaskWizard::TablesPage));
    auto *tables = d.find<QTableWidget>(QStringLiteral("tableTableWidget"));
    ASSERT_TRUE(waitUntil([&] { return tables->rowCount() == 3 && d.nextEnabled(); }));
    tables->item(1, 0)->setCheckState(Qt::Unchecked);
    shoot(wizard, QStringLiteral("mysql-tables"));
    wizard.reject();
    EXPECT_TRUE(waitUntil([&] { return c.taskNames().isEmpty(); }));
}

TEST(Wizards, CancelWhileATestIsBeingCreatedLeavesNothingBehind)
{
    Console c;
    for (int i = 0; i < 3; ++i) {
        auto *wizard = new ui::TaskWizard(c.client, c.project(), TaskInputModel(WizardKind::OnlinePostgreSql));
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->show();
        Driver d(*wizard);
        d.connection(QStringLiteral("source"), QStringLiteral("127.0.0.1"), test::PgCluster::freePort(),
                     QStringLiteral("u"), QStringLiteral("p"));
        d.find<QAbstractButton>(QStringLiteral("sourceTestButton"))->click();
        wizard->reject(); // the PUT has not been answered yet
    }
    // Let the creations and deletions reach the engine (same thread), then nothing may be left.
    QElapsedTimer settle;
    settle.start();
    waitUntil([&] { return settle.elapsed() > 1500; });
    EXPECT_TRUE(waitUntil([&] { return c.taskNames().isEmpty(); }, 10000))
        << qPrintable(c.taskNames().join(QLatin1Char(',')));
    settle.restart();
    waitUntil([&] { return settle.elapsed() > 500; });
    EXPECT_TRUE(c.taskNames().isEmpty()) << qPrintable(c.taskNames().join(QLatin1Char(',')));
}
