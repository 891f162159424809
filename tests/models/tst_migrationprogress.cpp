// MigrationProgress and MigrationRowsModel with a clock the test moves: rates, ETAs, pending
// changes, the charts' series and the cutover readiness, with exact numbers.

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include "core/clock.h"
#include "models/migrationprogress.h"
#include "models/migrationrowsmodel.h"
#include "models/roles.h"
#include "models/statekind.h"
#include "support/printers.h"

using namespace godwit;
using models::MigrationProgress;
using models::MigrationRowsModel;

namespace {

QJsonObject tableItem(const QString &db, const QString &name, const QString &state, qint64 rows, qint64 inserts = 0,
                      qint64 updates = 0, qint64 deletes = 0)
{
    return QJsonObject{{QStringLiteral("resultType"), QStringLiteral("TableLevelOutput")},
                       {QStringLiteral("id"), QStringLiteral("or|%1|public|%2").arg(db, name)},
                       {QStringLiteral("databaseName"), db},
                       {QStringLiteral("tableName"), QString(QStringLiteral("public.") + name)},
                       {QStringLiteral("state"), state},
                       {QStringLiteral("fullLoadTotalRows"), rows},
                       {QStringLiteral("cdcInsertCounter"), inserts},
                       {QStringLiteral("cdcUpdateCounter"), updates},
                       {QStringLiteral("cdcDeleteCounter"), deletes},
                       {QStringLiteral("totalChangesApplied"), inserts + updates + deletes}};
}

QJsonObject databaseItem(const QString &db, const QString &state, int completed, int loading, int queued,
                         qint64 applied, qint64 incoming, qint64 latency)
{
    return QJsonObject{{QStringLiteral("resultType"), QStringLiteral("DatabaseLevelOutput")},
                       {QStringLiteral("id"), QString(QStringLiteral("db|") + db)},
                       {QStringLiteral("databaseName"), db},
                       {QStringLiteral("migrationState"), state},
                       {QStringLiteral("fullLoadCompletedTables"), completed},
                       {QStringLiteral("fullLoadLoadingTables"), loading},
                       {QStringLiteral("fullLoadQueuedTables"), queued},
                       {QStringLiteral("fullLoadErroredTables"), 0},
                       {QStringLiteral("appliedChanges"), applied},
                       {QStringLiteral("incomingChanges"), incoming},
                       {QStringLiteral("latency"), latency}};
}

QJsonObject task(const QString &state, const QList<QJsonObject> &items)
{
    QJsonArray output;
    for (const QJsonObject &i : items)
        output.append(i);
    return QJsonObject{{QStringLiteral("taskType"), QStringLiteral("Migrate.PostgreSql.AzureDbForPostgreSql.SyncV2")},
                       {QStringLiteral("state"), state},
                       {QStringLiteral("output"), output}};
}

const MigrationProgress::Check &check(const MigrationProgress::Database &db, const QString &id)
{
    for (const auto &c : db.checks) {
        if (c.id == id)
            return c;
    }
    static const MigrationProgress::Check none;
    return none;
}

class Progress : public ::testing::Test
{
protected:
    void SetUp() override { core::Clock::install(&m_clock); }
    void TearDown() override { core::Clock::install(nullptr); }
    core::ManualClock m_clock;
};

} // namespace

TEST_F(Progress, CopyRateAndEtaComeFromARollingWindow)
{
    MigrationProgress p;
    p.setSettings({60, 0, 10, 100});
    const QString loading = QStringLiteral("FULL_LOAD");
    p.addSnapshot(task(QStringLiteral("Running"),
                       {databaseItem(QStringLiteral("shop"), QStringLiteral("INITIALIAZING"), 0, 2, 0, 0, 0, 0),
                        tableItem(QStringLiteral("shop"), QStringLiteral("a"), loading, 0),
                        tableItem(QStringLiteral("shop"), QStringLiteral("b"), loading, 0)}));
    ASSERT_EQ(p.databases().size(), 1);
    // One snapshot: no rate, no ETA — nothing is made up.
    EXPECT_FALSE(p.databases().at(0).rowsPerSecond.has_value());
    EXPECT_FALSE(p.databases().at(0).tables.at(0).rowsPerSecond.has_value());
    EXPECT_FALSE(p.databases().at(0).rowsTotal.has_value());
    EXPECT_FALSE(p.databases().at(0).etaSeconds.has_value());

    m_clock.advance(2000);
    p.addSnapshot(task(QStringLiteral("Running"),
                       {databaseItem(QStringLiteral("shop"), QStringLiteral("INITIALIAZING"), 0, 2, 0, 0, 0, 0),
                        tableItem(QStringLiteral("shop"), QStringLiteral("a"), loading, 1000),
                        tableItem(QStringLiteral("shop"), QStringLiteral("b"), loading, 500)}));
    m_clock.advance(2000);
    p.addSnapshot(task(QStringLiteral("Running"),
                       {databaseItem(QStringLiteral("shop"), QStringLiteral("INITIALIAZING"), 1, 1, 0, 0, 0, 0),
                        tableItem(QStringLiteral("shop"), QStringLiteral("a"), QStringLiteral("COMPLETED"), 3000),
                        tableItem(QStringLiteral("shop"), QStringLiteral("b"), loading, 1500)}));
    const auto &db = p.databases().at(0);
    EXPECT_EQ(db.rowsCopied, 4500);
    EXPECT_DOUBLE_EQ(*db.rowsPerSecond, 4500.0 / 4.0);
    EXPECT_EQ(db.tablesCompleted, 1);
    EXPECT_EQ(db.tablesTotal, 2);
    // A finished table's total is its final count; a loading one has none.
    EXPECT_EQ(*db.tables.at(0).rowsTotal, 3000);
    EXPECT_EQ(*db.tables.at(0).etaSeconds, 0);
    EXPECT_FALSE(db.tables.at(0).rowsPerSecond.has_value());
    EXPECT_FALSE(db.tables.at(1).rowsTotal.has_value());
    EXPECT_DOUBLE_EQ(*db.tables.at(1).rowsPerSecond, 1500.0 / 4.0);
    EXPECT_FALSE(db.rowsTotal.has_value());

    // Past the window only recent history counts: 10 s later, 2500 more rows of b in 10 s.
    m_clock.advance(10000);
    p.addSnapshot(task(QStringLiteral("Running"),
                       {databaseItem(QStringLiteral("shop"), QStringLiteral("INITIALIAZING"), 1, 1, 0, 0, 0, 0),
                        tableItem(QStringLiteral("shop"), QStringLiteral("a"), QStringLiteral("COMPLETED"), 3000),
                        tableItem(QStringLiteral("shop"), QStringLiteral("b"), loading, 4000)}));
    EXPECT_DOUBLE_EQ(*p.databases().at(0).tables.at(1).rowsPerSecond, 250.0);
    EXPECT_DOUBLE_EQ(*p.databases().at(0).rowsPerSecond, 250.0);
    ASSERT_EQ(p.series().size(), 4);
    EXPECT_DOUBLE_EQ(p.series().at(1).rowsPerSecond, 750.0);
    EXPECT_DOUBLE_EQ(p.series().at(3).rowsPerSecond, 250.0);
}

TEST_F(Progress, TheServersFinishEstimateIsTheEtaWhileTheTotalIsUnknown)
{
    MigrationProgress p;
    QJsonObject t = tableItem(QStringLiteral("shop"), QStringLiteral("a"), QStringLiteral("FULL_LOAD"), 10);
    t.insert(QStringLiteral("fullLoadEstFinishTime"), m_clock.now().addSecs(95).toString(Qt::ISODateWithMs));
    p.addSnapshot(task(QStringLiteral("Running"), {t}));
    EXPECT_EQ(*p.databases().at(0).tables.at(0).etaSeconds, 95);
    EXPECT_EQ(*p.databases().at(0).etaSeconds, 95);
}

TEST_F(Progress, PendingChangesApplyRateDowntimeAndReadiness)
{
    MigrationProgress p;
    p.setSettings({60, 5, 30, 100});
    const auto snapshot = [&](const QString &state, qint64 applied, qint64 incoming, qint64 latency) {
        p.addSnapshot(task(
            QStringLiteral("Running"),
            {databaseItem(QStringLiteral("shop"), state, 2, 0, 0, applied, incoming, latency),
             tableItem(QStringLiteral("shop"), QStringLiteral("a"), QStringLiteral("COMPLETED"), 3000, applied, 0, 0),
             tableItem(QStringLiteral("shop"), QStringLiteral("b"), QStringLiteral("COMPLETED"), 1000)}));
    };
    snapshot(QStringLiteral("RUNNING"), 0, 400, 250);
    const auto &db = p.databases().at(0);
    EXPECT_EQ(*db.pending, 400);
    EXPECT_FALSE(db.changesPerSecond.has_value());
    EXPECT_FALSE(db.projectedDowntimeMs.has_value());
    EXPECT_FALSE(db.ready);
    EXPECT_TRUE(check(db, QStringLiteral("fullLoad")).passed);
    EXPECT_TRUE(check(db, QStringLiteral("replicating")).passed);
    EXPECT_FALSE(check(db, QStringLiteral("caughtUp")).passed);
    EXPECT_EQ(check(db, QStringLiteral("caughtUp")).text.toStdString(),
              "400 changes pending; at most 5 for 1 min 00 s needed");
    EXPECT_FALSE(check(db, QStringLiteral("engineReady")).passed);
    EXPECT_EQ(*db.rowsTotal, 4000);

    // 300 changes applied in 3 s: 100 changes/s; 150 pending take 1.5 s, plus 250 ms latency.
    m_clock.advance(3000);
    snapshot(QStringLiteral("RUNNING"), 300, 450, 250);
    EXPECT_DOUBLE_EQ(*p.databases().at(0).changesPerSecond, 100.0);
    EXPECT_EQ(*p.databases().at(0).pending, 150);
    EXPECT_EQ(*p.databases().at(0).projectedDowntimeMs, 1750);
    EXPECT_EQ(*p.databases().at(0).etaSeconds, 2);
    EXPECT_EQ(p.databases().at(0).inserts, 300);

    // Caught up (3 pending <= 5), and ready for the engine: not ready until it stays so for 60 s.
    m_clock.advance(1000);
    snapshot(QStringLiteral("READY_TO_COMPLETE"), 447, 450, 0);
    EXPECT_FALSE(p.databases().at(0).ready);
    EXPECT_EQ(check(p.databases().at(0), QStringLiteral("caughtUp")).text.toStdString(),
              "3 changes pending; at most 5 for 0 s of 1 min 00 s");
    EXPECT_TRUE(check(p.databases().at(0), QStringLiteral("engineReady")).passed);
    m_clock.advance(30000);
    snapshot(QStringLiteral("READY_TO_COMPLETE"), 450, 450, 0);
    EXPECT_FALSE(p.databases().at(0).ready);
    // A burst over the threshold starts the window again.
    m_clock.advance(20000);
    snapshot(QStringLiteral("READY_TO_COMPLETE"), 450, 470, 0);
    EXPECT_FALSE(check(p.databases().at(0), QStringLiteral("caughtUp")).passed);
    m_clock.advance(10000);
    snapshot(QStringLiteral("READY_TO_COMPLETE"), 470, 470, 0);
    m_clock.advance(59000);
    snapshot(QStringLiteral("READY_TO_COMPLETE"), 470, 470, 0);
    EXPECT_FALSE(p.databases().at(0).ready);
    m_clock.advance(1000);
    snapshot(QStringLiteral("READY_TO_COMPLETE"), 470, 470, 0);
    EXPECT_TRUE(p.databases().at(0).ready);
    EXPECT_EQ(p.readyDatabases(), QStringList{QStringLiteral("shop")});
    EXPECT_EQ(*p.databases().at(0).projectedDowntimeMs, 0);
    EXPECT_EQ(check(p.databases().at(0), QStringLiteral("caughtUp")).text.toStdString(),
              "0 changes pending; at most 5 for 1 min 00 s");

    // An error item makes it not ready, with the server's text.
    QJsonObject props
        = task(QStringLiteral("Running"),
               {databaseItem(QStringLiteral("shop"), QStringLiteral("READY_TO_COMPLETE"), 2, 0, 0, 470, 470, 0),
                QJsonObject{{QStringLiteral("resultType"), QStringLiteral("DatabaseLevelErrorOutput")},
                            {QStringLiteral("id"), QStringLiteral("dberror|shop")},
                            {QStringLiteral("errorMessage"), QStringLiteral("apply worker failed 2 times")}}});
    m_clock.advance(2000);
    p.addSnapshot(props);
    EXPECT_FALSE(p.databases().at(0).ready);
    EXPECT_EQ(check(p.databases().at(0), QStringLiteral("noErrors")).text,
              QStringLiteral("apply worker failed 2 times"));
}

TEST_F(Progress, SeriesIsBoundedAndOlderSnapshotsAreIgnored)
{
    MigrationProgress p;
    p.setSettings({60, 0, 30, 3});
    for (int i = 0; i < 5; ++i) {
        p.addSnapshot(task(QStringLiteral("Running"), {databaseItem(QStringLiteral("shop"), QStringLiteral("RUNNING"),
                                                                    1, 0, 0, i * 10, i * 10 + i, 7 * i)}));
        m_clock.advance(1000);
    }
    ASSERT_EQ(p.series().size(), 3);
    EXPECT_EQ(p.series().last().pending, 4);
    EXPECT_EQ(p.series().last().latencyMs, 28);
    EXPECT_DOUBLE_EQ(p.series().last().changesPerSecond, 10.0);
    EXPECT_EQ(p.series().first().at, p.lastSnapshot().addSecs(-2));
    p.addSnapshot(task(QStringLiteral("Running"), {}), p.lastSnapshot().addSecs(-10));
    EXPECT_EQ(p.series().size(), 3);
}

TEST_F(Progress, RowsModelChangesCellsAndAppendsRowsWithoutResets)
{
    MigrationProgress p;
    MigrationRowsModel model(p);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    p.addSnapshot(task(QStringLiteral("Running"),
                       {databaseItem(QStringLiteral("shop"), QStringLiteral("INITIALIAZING"), 0, 1, 1, 0, 0, 0),
                        tableItem(QStringLiteral("shop"), QStringLiteral("a"), QStringLiteral("FULL_LOAD"), 0)}));
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.rowCount(model.index(0, 0)), 1);
    EXPECT_EQ(inserts.count(), 1);
    m_clock.advance(2000);
    p.addSnapshot(task(QStringLiteral("Running"),
                       {databaseItem(QStringLiteral("shop"), QStringLiteral("INITIALIAZING"), 0, 2, 0, 0, 0, 0),
                        tableItem(QStringLiteral("shop"), QStringLiteral("a"), QStringLiteral("FULL_LOAD"), 2000),
                        tableItem(QStringLiteral("shop"), QStringLiteral("b"), QStringLiteral("FULL_LOAD"), 0)}));
    EXPECT_EQ(model.rowCount(model.index(0, 0)), 2);
    EXPECT_EQ(inserts.count(), 2);
    EXPECT_EQ(changes.count(), 2); // the database row and the table that was there
    const QModelIndex a = model.index(0, 0, model.index(0, 0));
    EXPECT_EQ(a.data().toString(), QStringLiteral("public.a"));
    EXPECT_EQ(a.siblingAtColumn(MigrationRowsModel::CopyRate).data().toString(), QStringLiteral("1,000 rows/s"));
    EXPECT_DOUBLE_EQ(a.siblingAtColumn(MigrationRowsModel::CopyRate).data(models::RawValueRole).toDouble(), 1000.0);
    EXPECT_EQ(a.siblingAtColumn(MigrationRowsModel::Rows).data().toString(), QStringLiteral("2,000"));
    EXPECT_EQ(model.index(0, MigrationRowsModel::Rows).data().toString(), QStringLiteral("2,000 (0 of 2 tables)"));
    EXPECT_EQ(model.index(0, MigrationRowsModel::Pending).data().toString(), QStringLiteral("0"));
    EXPECT_FALSE(a.siblingAtColumn(MigrationRowsModel::Eta).data(models::RawValueRole).isValid());
    EXPECT_EQ(resets.count(), 0);

    m_clock.advance(2000);
    p.addSnapshot(task(QStringLiteral("Running"),
                       {databaseItem(QStringLiteral("shop"), QStringLiteral("INITIALIAZING"), 0, 2, 0, 0, 0, 0),
                        databaseItem(QStringLiteral("crm"), QStringLiteral("CONFIGURING"), 0, 0, 0, 0, 0, 0)}));
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(resets.count(), 0);
    p.clear();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(resets.count(), 1);
}

TEST_F(Progress, RowsModelStateCellsSayTheirKindAndReadinessShowsAsAWarning)
{
    MigrationProgress::Settings settings;
    settings.readinessWindowSeconds = 0;
    MigrationProgress p;
    p.setSettings(settings);
    MigrationRowsModel model(p);
    p.addSnapshot(task(QStringLiteral("Running"),
                       {databaseItem(QStringLiteral("shop"), QStringLiteral("RUNNING"), 1, 1, 0, 0, 0, 0),
                        tableItem(QStringLiteral("shop"), QStringLiteral("a"), QStringLiteral("COMPLETED"), 10),
                        tableItem(QStringLiteral("shop"), QStringLiteral("b"), QStringLiteral("ERROR"), 0)}));
    const QModelIndex shop = model.index(0, MigrationRowsModel::State);
    EXPECT_EQ(shop.data().toString(), QStringLiteral("RUNNING"));
    EXPECT_EQ(shop.data(models::StateKindRole).toInt(), int(models::StateKind::Running));
    EXPECT_EQ(shop.data(Qt::ToolTipRole).toString(), QStringLiteral("State: RUNNING (Running)"));
    const QModelIndex tables = model.index(0, 0);
    // A finished table has no ETA to show (not "0 s" on every loaded row).
    EXPECT_EQ(model.index(0, MigrationRowsModel::Eta, tables).data().toString(), QStringLiteral("—"));
    EXPECT_EQ(model.index(0, MigrationRowsModel::State, tables).data(models::StateKindRole).toInt(),
              int(models::StateKind::Succeeded));
    EXPECT_EQ(model.index(1, MigrationRowsModel::State, tables).data(models::StateKindRole).toInt(),
              int(models::StateKind::Failed));
    EXPECT_FALSE(model.index(0, MigrationRowsModel::Rows, tables).data(models::StateKindRole).isValid());

    m_clock.advance(1000);
    p.addSnapshot(task(QStringLiteral("Running"),
                       {databaseItem(QStringLiteral("shop"), QStringLiteral("READY_TO_COMPLETE"), 2, 0, 0, 5, 5, 0),
                        tableItem(QStringLiteral("shop"), QStringLiteral("a"), QStringLiteral("COMPLETED"), 10),
                        tableItem(QStringLiteral("shop"), QStringLiteral("b"), QStringLiteral("COMPLETED"), 3)}));
    ASSERT_TRUE(p.databases().at(0).ready);
    EXPECT_EQ(shop.data(models::StateKindRole).toInt(), int(models::StateKind::Warning));
    EXPECT_EQ(shop.data(Qt::ToolTipRole).toString(), QStringLiteral("State: READY_TO_COMPLETE (ready for cutover)"));
}

TEST(ProgressFormat, Durations)
{
    EXPECT_EQ(MigrationProgress::formatDuration(42), QStringLiteral("42 s"));
    EXPECT_EQ(MigrationProgress::formatDuration(185), QStringLiteral("3 min 05 s"));
    EXPECT_EQ(MigrationProgress::formatDuration(3720), QStringLiteral("1 h 02 min"));
}

TEST(ProgressFormat, MigrationStatesInWords)
{
    EXPECT_EQ(MigrationProgress::migrationStateText(QStringLiteral("PENDING")),
              QStringLiteral("migration in progress"));
    EXPECT_EQ(MigrationProgress::migrationStateText(QStringLiteral("COMPLETE")), QStringLiteral("migration complete"));
    EXPECT_EQ(MigrationProgress::migrationStateText(QStringLiteral("ACTION_REQUIRED")),
              QStringLiteral("the migration needs action"));
    // A value this build does not know is shown as the service sent it.
    EXPECT_EQ(MigrationProgress::migrationStateText(QStringLiteral("NEW_STATE")), QStringLiteral("NEW_STATE"));
}
