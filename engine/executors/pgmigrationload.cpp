#include "engine/executors/pgmigrationload.h"

#include <algorithm>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>

#include "core/secret.h"
#include "engine/drivers/pg/pgconnection.h"
#include "engine/drivers/pg/pgconninfo.h"
#include "engine/drivers/pg/pgcopy.h"
#include "engine/drivers/pg/pgreplication.h"
#include "engine/drivers/pg/pgtools.h"

namespace godwit::engine::pgmigration {

Q_LOGGING_CATEGORY(lcLoad, "godwit.engine.pg.load", QtInfoMsg)

namespace {

using core::dms::ReportableException;

ReportableException warning(const QString &message, const QString &remedy)
{
    ReportableException e;
    e.setMessage(message);
    e.setActionableMessage(remedy);
    return e;
}

QString joinQuoted(const QStringList &names, int limit = 10)
{
    QStringList shown = names.mid(0, limit);
    QString text = shown.join(QStringLiteral(", "));
    if (names.size() > limit)
        text += QStringLiteral(" and %1 more").arg(names.size() - limit);
    return text;
}

// One relation to copy: a leaf of tables[table].
struct Unit
{
    qsizetype table = 0;
    qsizetype leaf = 0;
    qint64 bytes = 0;
};

} // namespace

LoadJob::LoadJob(LoadRequest request)
    : m_request(std::move(request))
{
}

LoadJob::~LoadJob()
{
    stop();
    wait();
}

void LoadJob::start()
{
    m_thread = std::thread([this] { run(); });
}

void LoadJob::stop()
{
    m_stop.store(true);
    m_abortCopies.store(true);
    QMutexLocker lock(&m_connectionsMutex);
    for (pg::Connection *conn : std::as_const(m_connections))
        conn->cancel();
    if (m_replication)
        m_replication->cancel();
}

void LoadJob::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

LoadStatus LoadJob::status() const
{
    QMutexLocker lock(&m_mutex);
    return m_status;
}

void LoadJob::registerConnection(pg::Connection *conn)
{
    QMutexLocker lock(&m_connectionsMutex);
    m_connections.append(conn);
    if (m_stop.load())
        conn->cancel();
}

void LoadJob::unregisterConnection(pg::Connection *conn)
{
    QMutexLocker lock(&m_connectionsMutex);
    m_connections.removeAll(conn);
}

void LoadJob::fail(const QString &error, const QString &remedy)
{
    QMutexLocker lock(&m_mutex);
    if (m_status.phase == LoadStatus::Phase::Failed)
        return;
    m_status.phase = LoadStatus::Phase::Failed;
    m_status.error = error;
    m_status.remedy = remedy;
}

void LoadJob::run()
{
    QElapsedTimer clock;
    clock.start();
    const auto step = [&](const char *what) {
        qCDebug(lcLoad).noquote() << m_request.sourceDatabase << what << "after" << clock.elapsed() << "ms";
    };
    const auto finish = [this] {
        QMutexLocker lock(&m_mutex);
        m_status.stopped = m_stop.load() && m_status.phase != LoadStatus::Phase::Done;
        m_status.finished = true;
    };
    const auto connectTo = [this](const core::dms::PostgreSqlConnectionInfo &info, const QString &database,
                                  const QString &role) -> std::unique_ptr<pg::Connection> {
        QString error;
        auto conn = pg::Connection::open(info, database, &error);
        if (!conn)
            fail(QStringLiteral("Could not connect to the %1 database %2 on %3: %4")
                     .arg(role, database.isEmpty() ? info.databaseName() : database,
                          pg::Connection::describeServer(info), error),
                 QStringLiteral("Check that the %1 server is reachable and accepts this user.").arg(role));
        return conn;
    };

    auto source = connectTo(m_request.source, m_request.sourceDatabase, QStringLiteral("source"));
    if (!source || stopRequested())
        return finish();
    registerConnection(source.get());
    const auto releaseSource = qScopeGuard([&] { unregisterConnection(source.get()); });

    // The target database: created when missing, with the source's encoding.
    {
        auto admin = connectTo(m_request.target, QString(), QStringLiteral("target"));
        if (!admin)
            return finish();
        QString error;
        const pg::QueryResult exists
            = admin->exec(QStringLiteral("SELECT 1 FROM pg_catalog.pg_database WHERE datname = $1"),
                          {QVariant(m_request.targetDatabase)}, &error);
        if (!exists.ok) {
            fail(QStringLiteral("Could not read the target server's databases: %1").arg(error));
            return finish();
        }
        if (exists.rowCount() == 0) {
            const QString sourceEncoding
                = source
                      ->exec(
                          QStringLiteral("SELECT pg_catalog.pg_encoding_to_char(encoding) FROM pg_catalog.pg_database"
                                         " WHERE datname = pg_catalog.current_database()"))
                      .value(0, 0);
            const QString targetEncoding
                = admin
                      ->exec(
                          QStringLiteral("SELECT pg_catalog.pg_encoding_to_char(encoding) FROM pg_catalog.pg_database"
                                         " WHERE datname = 'template1'"))
                      .value(0, 0);
            QString create = QString(QStringLiteral("CREATE DATABASE ") + quoteIdent(m_request.targetDatabase));
            if (!sourceEncoding.isEmpty() && sourceEncoding != targetEncoding)
                create += QString(QStringLiteral(" TEMPLATE template0 ENCODING ") + quoteLiteral(sourceEncoding)
                                  + QStringLiteral(" LC_COLLATE 'C' LC_CTYPE 'C'"));
            if (!admin->exec(create, {}, &error).ok) {
                fail(QStringLiteral("Could not create the target database %1: %2").arg(m_request.targetDatabase, error),
                     QStringLiteral("Create the database on the target server, or let this user create databases "
                                    "(ALTER ROLE ... CREATEDB)."));
                return finish();
            }
            qCInfo(lcLoad).noquote() << "created target database" << m_request.targetDatabase;
        }
    }
    auto target = connectTo(m_request.target, m_request.targetDatabase, QStringLiteral("target"));
    if (!target || stopRequested())
        return finish();
    registerConnection(target.get());
    const auto releaseTarget = qScopeGuard([&] { unregisterConnection(target.get()); });

    if (!prepareSource(*source, *target) || stopRequested())
        return finish();

    // The slot, with the snapshot every later read of the source uses. The connection that
    // created it keeps the snapshot alive: it stays open and idle until the copy is done.
    QString error;
    auto replication = pg::ReplicationConnection::open(pg::ConnectionSettings::of(source->raw()), &error);
    if (!replication) {
        fail(QStringLiteral("Could not open a replication connection to the source database %1: %2")
                 .arg(m_request.sourceDatabase, error),
             QStringLiteral(
                 "Allow replication connections for this user in the source's pg_hba.conf (a \"host\" line "
                 "for the database, or \"replication\" on PostgreSQL before 10), and check max_wal_senders."));
        return finish();
    }
    {
        QMutexLocker lock(&m_connectionsMutex);
        m_replication = replication.get();
    }
    const auto releaseReplication = qScopeGuard([&] {
        QMutexLocker lock(&m_connectionsMutex);
        m_replication = nullptr;
    });
    const auto slot = replication->createLogicalSlot(m_request.objectName, QStringLiteral("pgoutput"), &error);
    if (!slot) {
        if (!stopRequested())
            fail(QStringLiteral("Could not create the replication slot %1 on the source: %2")
                     .arg(m_request.objectName, error),
                 QStringLiteral("Check that the source has a free replication slot (max_replication_slots) and that "
                                "the user has the REPLICATION attribute."));
        return finish();
    }
    qCInfo(lcLoad).noquote() << "slot" << m_request.objectName << "created at" << slot->consistentPoint;

    QTemporaryDir work;
    if (!work.isValid()) {
        fail(QStringLiteral("Could not create a temporary directory for the schema: %1").arg(work.errorString()));
        return finish();
    }
    if (!dumpSchema(*source, slot->snapshotName, work.path()) || stopRequested())
        return finish();
    step("schema dumped");

    if (m_request.cleanFirst) {
        // What an interrupted attempt created: its tables go with everything attached to them;
        // pg_restore --clean removes the rest of the pre-data objects before creating them again.
        QStringList idents;
        for (const QString &ident : m_status.allTables)
            idents.append(ident);
        if (!idents.isEmpty()
            && !target
                    ->exec(QString(QStringLiteral("DROP TABLE IF EXISTS ") + idents.join(QStringLiteral(", "))
                                   + QStringLiteral(" CASCADE")),
                           {}, &error)
                    .ok) {
            fail(QStringLiteral("Could not remove the tables an earlier attempt created in the target database %1: %2")
                     .arg(m_request.targetDatabase, error));
            return finish();
        }
    }
    if (!applySchema(work.path(), true) || stopRequested())
        return finish();
    step("pre-data applied");
    {
        QMutexLocker lock(&m_mutex);
        m_status.schemaApplied = true;
        m_status.phase = LoadStatus::Phase::Copying;
    }

    if (!copyTables(slot->snapshotName) || stopRequested())
        return finish();
    step("tables copied");
    // The snapshot is no longer needed; the slot stays.
    {
        QMutexLocker lock(&m_connectionsMutex);
        m_replication = nullptr;
    }
    replication.reset();

    {
        QMutexLocker lock(&m_mutex);
        m_status.phase = LoadStatus::Phase::Indexing;
    }
    if (!applySchema(work.path(), false) || stopRequested())
        return finish();
    step("post-data applied");

    {
        QMutexLocker lock(&m_mutex);
        m_status.phase = LoadStatus::Phase::Subscribing;
    }
    if (!createSubscription(*source, *target))
        return finish();
    {
        QMutexLocker lock(&m_mutex);
        m_status.phase = LoadStatus::Phase::Done;
    }
    qCInfo(lcLoad).noquote() << "database" << m_request.sourceDatabase << "loaded; subscription" << m_request.objectName
                             << "replicates from" << slot->consistentPoint;
    finish();
}

bool LoadJob::prepareSource(pg::Connection &source, pg::Connection &target)
{
    QString error;
    const auto all = listTables(source, &error);
    if (!all) {
        fail(QStringLiteral("Could not read the tables of the source database %1: %2")
                 .arg(m_request.sourceDatabase, error));
        return false;
    }
    QStringList missing;
    const QList<Table> tables = selectTables(source, *all, m_request.selection, &missing);
    if (!missing.isEmpty()) {
        fail(QStringLiteral("The source database %1 has no table %2.")
                 .arg(m_request.sourceDatabase, joinQuoted(missing)),
             QStringLiteral("Select tables by their \"schema.table\" names as the source lists them."));
        return false;
    }
    QStringList allIdents;
    for (const Table &table : *all)
        allIdents.append(table.ident);

    if (!m_request.cleanFirst) {
        // Never mix into tables that are already there: the copy would duplicate rows.
        const pg::QueryResult present = target.exec(
            QStringLiteral("SELECT x FROM unnest($1::text[]) AS x WHERE pg_catalog.to_regclass(x) IS NOT NULL"),
            {QVariant(textArray(allIdents))}, &error);
        if (!present.ok) {
            fail(QStringLiteral("Could not read the tables of the target database %1: %2")
                     .arg(m_request.targetDatabase, error));
            return false;
        }
        if (present.rowCount() > 0) {
            QStringList names;
            for (const QStringList &row : present.rows)
                names.append(row.at(0));
            fail(QStringLiteral("The target database %1 already has the table(s) %2, which the migration creates.")
                     .arg(m_request.targetDatabase, joinQuoted(names)),
                 QStringLiteral("Drop them from the target database, or migrate into another (new) database."));
            return false;
        }
    }

    {
        QMutexLocker lock(&m_mutex);
        m_status.tables = tables;
        m_status.loads = QList<TableLoad>(tables.size());
        m_status.allTables = allIdents;
    }

    // Stale objects of an earlier attempt of this task go first.
    if (!dropPublication(source, m_request.objectName, &error) || !dropSlot(source, m_request.objectName, &error)) {
        fail(QStringLiteral("Could not remove the publication or slot %1 left by an earlier attempt: %2")
                 .arg(m_request.objectName, error));
        return false;
    }

    // Updates and deletes of a table without a key reach the subscriber only with the whole old row.
    source.exec(QStringLiteral("SET lock_timeout = '30s'"));
    QStringList published;
    QStringList unlogged;
    QStringList leafOids;
    for (const Table &table : tables) {
        if (table.unlogged()) {
            unlogged.append(table.displayName);
        } else {
            published.append(table.partitioned ? table.ident : QString(QStringLiteral("ONLY ") + table.ident));
        }
        for (const Leaf &leaf : table.leaves) {
            leafOids.append(leaf.oid);
            if (leaf.unlogged || !leaf.needsFullIdentity())
                continue;
            ReplicaIdentityChange change;
            change.table = table.displayName;
            change.relation = leaf.ident;
            change.original
                = leaf.replicaIdentity == QLatin1Char('n') ? QStringLiteral("NOTHING") : QStringLiteral("DEFAULT");
            change.changedAt = QDateTime::currentDateTimeUtc();
            {
                // Recorded before it is made, so a change is never forgotten.
                QMutexLocker lock(&m_mutex);
                m_status.identityChanges.append(change);
            }
            if (!source
                     .exec(QString(QStringLiteral("ALTER TABLE ") + leaf.ident
                                   + QStringLiteral(" REPLICA IDENTITY FULL")),
                           {}, &error)
                     .ok) {
                QMutexLocker lock(&m_mutex);
                m_status.identityChanges.removeLast();
                lock.unlock();
                fail(QStringLiteral("Could not set REPLICA IDENTITY FULL on %1 (it has no primary key): %2")
                         .arg(leaf.ident, error),
                     QStringLiteral("Add a primary key to the table, or let the migration user own it."));
                return false;
            }
        }
        if (stopRequested())
            return false;
    }
    if (!unlogged.isEmpty()) {
        QMutexLocker lock(&m_mutex);
        m_status.warnings.append(
            warning(QStringLiteral("Unlogged tables cannot be replicated: %1 is copied once, and later changes to it "
                                   "are not migrated.")
                        .arg(joinQuoted(unlogged)),
                    QStringLiteral("Make the table logged (ALTER TABLE ... SET LOGGED) before the migration, or copy "
                                   "it again at the cutover.")));
    }

    const QString create = QString(
        QStringLiteral("CREATE PUBLICATION ") + quoteIdent(m_request.objectName)
        + (published.isEmpty() ? QString()
                               : QString(QStringLiteral(" FOR TABLE ") + published.join(QStringLiteral(", ")))));
    const bool created = source.exec(create, {}, &error).ok;
    source.exec(QStringLiteral("RESET lock_timeout"));
    if (!created) {
        fail(QStringLiteral("Could not create the publication %1 on the source: %2").arg(m_request.objectName, error),
             QStringLiteral("The migration user must own the migrated tables (or be a superuser) and may create "
                            "objects in the database."));
        return false;
    }

    const pg::QueryResult changes
        = source.exec(QStringLiteral("SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0)::bigint"
                                     "  FROM pg_catalog.pg_stat_user_tables WHERE relid = ANY($1::oid[])"),
                      {QVariant(QString(QLatin1Char('{') + leafOids.join(QLatin1Char(',')) + QLatin1Char('}')))});
    QMutexLocker lock(&m_mutex);
    m_status.sourceChangesAtSnapshot = changes.ok ? changes.value(0, 0).toLongLong() : 0;
    return true;
}

bool LoadJob::dumpSchema(pg::Connection &source, const QString &snapshot, const QString &directory)
{
    const QString pgDump = pg::clientProgram(QStringLiteral("pg_dump"));
    const QString pgRestore = pg::clientProgram(QStringLiteral("pg_restore"));
    if (pgDump.isEmpty() || pgRestore.isEmpty()) {
        fail(QStringLiteral("pg_dump and pg_restore were not found."),
             QStringLiteral("Install the PostgreSQL client programs (Debian: postgresql-client-15), or set "
                            "GODWIT_PG_BINDIR to their directory."));
        return false;
    }
    const pg::ConnectionSettings settings = pg::ConnectionSettings::of(source.raw());
    const QStringList secrets{settings.password()};
    const QString dumpFile = QDir(directory).filePath(QStringLiteral("schema.dump"));
    const auto stop = [this] { return stopRequested(); };
    const pg::ProgramRun dump = pg::runClientProgram(
        pgDump,
        {QStringLiteral("--schema-only"), QStringLiteral("--no-publications"), QStringLiteral("--no-subscriptions"),
         QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"), QStringLiteral("--format=custom"),
         QString(QStringLiteral("--snapshot=") + snapshot), QString(QStringLiteral("--file=") + dumpFile),
         QStringLiteral("--dbname"), pg::ConnectionSettings::databaseArgument(m_request.sourceDatabase)},
        settings.environment(), stop, secrets);
    if (!dump.ok) {
        if (!dump.stopped)
            fail(QStringLiteral("pg_dump could not read the schema of the source database %1: %2")
                     .arg(m_request.sourceDatabase, dump.output));
        return false;
    }
    const QString listFile = QDir(directory).filePath(QStringLiteral("schema.list"));
    const pg::ProgramRun list = pg::runClientProgram(
        pgRestore, {QStringLiteral("--list"), QString(QStringLiteral("--file=") + listFile), dumpFile},
        settings.environment(), stop, secrets);
    QFile listText(listFile);
    if (!list.ok || !listText.open(QIODevice::ReadOnly)) {
        if (!list.stopped)
            fail(QStringLiteral("pg_restore could not list the schema of the source database: %1").arg(list.output));
        return false;
    }
    const QStringList lines = QString::fromUtf8(listText.readAll()).split(QLatin1Char('\n'));

    // Foreign keys from a migrated table to one that is not migrated would reject the copied rows.
    QSet<QString> skippedKeys;
    const LoadStatus current = status();
    if (!m_request.selection.isEmpty()) {
        QStringList oids;
        for (const Table &table : current.tables) {
            oids.append(table.oid);
            for (const Leaf &leaf : table.leaves)
                oids.append(leaf.oid);
        }
        const QString array = QString(QLatin1Char('{') + oids.join(QLatin1Char(',')) + QLatin1Char('}'));
        QString error;
        const pg::QueryResult keys = source.exec(
            QString(QStringLiteral("SELECT c.oid, c.conname, c.conrelid::pg_catalog.regclass::text,"
                                   "       c.confrelid::pg_catalog.regclass::text"
                                   "  FROM pg_catalog.pg_constraint c"
                                   " WHERE c.contype = 'f' AND c.conrelid = ANY($1::oid[])"
                                   "   AND NOT c.confrelid = ANY($1::oid[])")
                    + (source.serverVersionNum() >= 110000 ? QStringLiteral(" AND c.conparentid = 0") : QString())),
            {QVariant(array)}, &error);
        if (!keys.ok) {
            fail(QStringLiteral("Could not read the foreign keys of the source database: %1").arg(error));
            return false;
        }
        QMutexLocker lock(&m_mutex);
        for (qsizetype row = 0; row < keys.rowCount(); ++row) {
            skippedKeys.insert(keys.value(row, 0));
            m_status.warnings.append(warning(
                QStringLiteral("The foreign key %1 of %2 references %3, which is not migrated: it is not created on "
                               "the target.")
                    .arg(keys.value(row, 1), keys.value(row, 2), keys.value(row, 3)),
                QStringLiteral("Migrate %1 too, or create the key on the target once its rows are there.")
                    .arg(keys.value(row, 3))));
        }
    }

    // A TOC line: "<dump id>; <catalog table oid> <object oid> <kind> <schema> <name> <owner>".
    static const QRegularExpression entry(QStringLiteral("^(\\d+); (\\d+) (\\d+) (.*)$"));
    QStringList pre;
    QStringList post;
    for (const QString &line : lines) {
        const QRegularExpressionMatch m = entry.match(line);
        if (!m.hasMatch()) {
            pre.append(line);
            post.append(line);
            continue;
        }
        const QString kind = m.captured(4);
        // An extension is created with IF NOT EXISTS; dropping it again (--clean) could take objects
        // of the target with it, so a second attempt leaves extensions alone.
        const bool extension
            = kind.startsWith(QLatin1String("EXTENSION ")) || kind.startsWith(QLatin1String("COMMENT - EXTENSION "));
        pre.append(m_request.cleanFirst && extension ? QString(QLatin1Char(';') + line) : line);
        const bool skippedKey = kind.startsWith(QLatin1String("FK CONSTRAINT ")) && skippedKeys.contains(m.captured(3));
        post.append(skippedKey ? QString(QLatin1Char(';') + line) : line);
    }
    for (const auto &[name, content] :
         {std::pair{QStringLiteral("pre.list"), pre}, std::pair{QStringLiteral("post.list"), post}}) {
        QFile file(QDir(directory).filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content.join(QLatin1Char('\n')).toUtf8()) < 0) {
            fail(QStringLiteral("Could not write %1: %2").arg(file.fileName(), file.errorString()));
            return false;
        }
    }
    return true;
}

bool LoadJob::applySchema(const QString &directory, bool preData)
{
    auto target = pg::Connection::open(m_request.target, m_request.targetDatabase, nullptr);
    if (!target) {
        fail(QStringLiteral("Could not connect to the target database %1.").arg(m_request.targetDatabase));
        return false;
    }
    pg::ConnectionSettings settings = pg::ConnectionSettings::of(target->raw());
    target.reset();
    QProcessEnvironment env = settings.environment();
    // The schema's statements commit without waiting for the target's disk, like the copy.
    env.insert(
        QStringLiteral("PGOPTIONS"),
        QString(env.value(QStringLiteral("PGOPTIONS")) + QStringLiteral(" -c synchronous_commit=off")).trimmed());
    QStringList args{
        QString(QStringLiteral("--section=") + (preData ? QStringLiteral("pre-data") : QStringLiteral("post-data"))),
        QStringLiteral("--exit-on-error"),
        QStringLiteral("--no-owner"),
        QStringLiteral("--no-privileges"),
        QStringLiteral("--no-tablespaces"),
        QString(QStringLiteral("--use-list=")
                + QDir(directory).filePath(preData ? QStringLiteral("pre.list") : QStringLiteral("post.list")))};
    if (preData) {
        args.append(QStringLiteral("--single-transaction"));
        if (m_request.cleanFirst)
            args += {QStringLiteral("--clean"), QStringLiteral("--if-exists")};
    } else {
        args.append(QStringLiteral("--jobs=%1").arg(std::max(1, m_request.maxWorkers)));
    }
    args += {QStringLiteral("--dbname"), pg::ConnectionSettings::databaseArgument(m_request.targetDatabase),
             QDir(directory).filePath(QStringLiteral("schema.dump"))};
    const pg::ProgramRun run = pg::runClientProgram(pg::clientProgram(QStringLiteral("pg_restore")), args, env,
                                                    [this] { return stopRequested(); }, {settings.password()});
    if (!run.ok && !run.stopped)
        fail(QStringLiteral("pg_restore could not create the %1 of the schema in the target database %2: %3")
                 .arg(preData ? QStringLiteral("tables and types") : QStringLiteral("indexes and constraints"),
                      m_request.targetDatabase, run.output),
             preData ? QStringLiteral("Check that the target has the extensions and roles the schema uses.")
                     : QStringLiteral("Check the rows the constraint rejects on the target."));
    return run.ok;
}

bool LoadJob::copyTables(const QString &snapshot)
{
    const LoadStatus current = status();
    QList<Unit> units;
    for (qsizetype t = 0; t < current.tables.size(); ++t) {
        const Table &table = current.tables.at(t);
        for (qsizetype l = 0; l < table.leaves.size(); ++l)
            units.append({t, l, table.leaves.at(l).bytes});
    }
    // Largest first, so the longest copy starts at once and the small ones fill the gaps.
    std::stable_sort(units.begin(), units.end(), [](const Unit &a, const Unit &b) { return a.bytes > b.bytes; });
    {
        QMutexLocker lock(&m_mutex);
        for (qsizetype t = 0; t < current.tables.size(); ++t) {
            if (current.tables.at(t).leaves.isEmpty()) {
                m_status.loads[t].state = TableLoad::State::Done;
                m_status.loads[t].started = m_status.loads[t].ended = QDateTime::currentDateTimeUtc();
            }
        }
    }
    if (units.isEmpty())
        return true;

    // Rows copied so far per leaf, to show a table's progress while several leaves load at once.
    QList<QList<qint64>> leafRows;
    for (const Table &table : current.tables)
        leafRows.append(QList<qint64>(table.leaves.size(), 0));
    std::atomic<qsizetype> next{0};
    const auto worker = [&] {
        QString error;
        auto source = pg::Connection::open(m_request.source, m_request.sourceDatabase, &error);
        auto target = source ? pg::Connection::open(m_request.target, m_request.targetDatabase, &error) : nullptr;
        if (!source || !target) {
            fail(QStringLiteral("Could not open a copy connection: %1").arg(error));
            m_abortCopies.store(true);
            return;
        }
        registerConnection(source.get());
        registerConnection(target.get());
        const auto release = qScopeGuard([&] {
            unregisterConnection(source.get());
            unregisterConnection(target.get());
        });
        if (!source->exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"), {}, &error).ok
            || !source->exec(QString(QStringLiteral("SET TRANSACTION SNAPSHOT ") + quoteLiteral(snapshot)), {}, &error)
                    .ok) {
            if (!m_abortCopies.load())
                fail(QStringLiteral("Could not read the source under the migration's snapshot: %1").arg(error));
            m_abortCopies.store(true);
            return;
        }
        target->exec(QStringLiteral("SET synchronous_commit = off"));
        for (;;) {
            if (m_abortCopies.load())
                break;
            const qsizetype i = next.fetch_add(1);
            if (i >= units.size())
                break;
            const Unit unit = units.at(i);
            const Table &table = current.tables.at(unit.table);
            const Leaf &leaf = table.leaves.at(unit.leaf);
            {
                QMutexLocker lock(&m_mutex);
                TableLoad &load = m_status.loads[unit.table];
                if (load.state == TableLoad::State::Queued) {
                    load.state = TableLoad::State::Loading;
                    load.started = QDateTime::currentDateTimeUtc();
                }
            }
            const pg::CopySpec spec{leaf.ident, leaf.ident, leaf.columns, leaf.binary, true};
            const pg::CopyOutcome outcome = pg::copyTable(
                *source, *target, spec,
                [&](qint64 rows) {
                    QMutexLocker lock(&m_mutex);
                    leafRows[unit.table][unit.leaf] = rows;
                    qint64 sum = 0;
                    for (const qint64 n : std::as_const(leafRows.at(unit.table)))
                        sum += n;
                    m_status.loads[unit.table].rows = sum;
                },
                m_abortCopies);
            if (!outcome.ok) {
                QMutexLocker lock(&m_mutex);
                m_status.loads[unit.table].state
                    = outcome.stopped ? TableLoad::State::Stopped : TableLoad::State::Failed;
                lock.unlock();
                if (!outcome.stopped && !m_abortCopies.load())
                    fail(QStringLiteral("Could not copy %1: %2").arg(leaf.ident, outcome.error),
                         QStringLiteral("Check the target server's log for the rows it rejected."));
                m_abortCopies.store(true);
                break;
            }
            // Fresh statistics for the planner, as pg_restore would leave them after a data load.
            target->exec(QString(QStringLiteral("ANALYZE ") + leaf.ident));
            QMutexLocker lock(&m_mutex);
            TableLoad &load = m_status.loads[unit.table];
            if (++load.leavesDone == table.leaves.size()) {
                load.state = TableLoad::State::Done;
                load.ended = QDateTime::currentDateTimeUtc();
            }
        }
        source->exec(QStringLiteral("COMMIT"));
    };

    const qsizetype count = std::min<qsizetype>(std::max(1, m_request.maxWorkers), units.size());
    std::vector<std::thread> threads;
    threads.reserve(size_t(count));
    for (qsizetype i = 0; i < count; ++i)
        threads.emplace_back(worker);
    for (std::thread &thread : threads)
        thread.join();
    const LoadStatus after = status();
    return after.phase != LoadStatus::Phase::Failed && !stopRequested();
}

bool LoadJob::createSubscription(pg::Connection &source, pg::Connection &target)
{
    pg::ConnectionSettings settings = pg::ConnectionSettings::of(source.raw());
    // The subscription names itself (application_name) and picks its own encoding and protocol.
    for (const char *keyword :
         {"application_name", "fallback_application_name", "replication", "client_encoding", "passfile", "service"})
        settings.remove(keyword);
    const QString name = quoteIdent(m_request.objectName);
    // The statement holds the source's password, which PostgreSQL keeps in the target's catalog:
    // it is never logged.
    const QString sql
        = QString(QStringLiteral("CREATE SUBSCRIPTION ") + name + QStringLiteral(" CONNECTION ")
                  + quoteLiteral(settings.connectionString()) + QStringLiteral(" PUBLICATION ") + name
                  + QStringLiteral(" WITH (create_slot = false, slot_name = ") + quoteLiteral(m_request.objectName)
                  + QStringLiteral(", copy_data = false, enabled = true)"));
    QString error;
    if (!target.exec(sql, {}, &error).ok) {
        const QString password = settings.password();
        if (!password.isEmpty())
            error.replace(password, core::Secret::mask());
        fail(QStringLiteral("Could not create the subscription %1 in the target database %2: %3")
                 .arg(m_request.objectName, m_request.targetDatabase, error),
             QStringLiteral("The target user must be a superuser (or, from PostgreSQL 16, a member of "
                            "pg_create_subscription), and the target server must reach the source at the address "
                            "this engine uses."));
        return false;
    }
    return true;
}

} // namespace godwit::engine::pgmigration
