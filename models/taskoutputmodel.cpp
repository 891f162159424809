#include "models/taskoutputmodel.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include "models/resourcetablemodel.h"
#include "models/roles.h"

namespace godwit::models {

namespace {

qint64 number(const QJsonObject &o, const char *member)
{
    const QJsonValue v = o.value(QLatin1String(member));
    if (v.isString())
        return v.toString().toLongLong(); // the MySQL sync output sends counters as strings
    return v.toInteger(-1);
}

QString tableKey(const QJsonObject &table)
{
    const QString id = table.value(QLatin1String("id")).toString();
    return id.isEmpty() ? table.value(QLatin1String("tableName")).toString() : id;
}

} // namespace

TaskOutputModel::TaskOutputModel(QObject *parent)
    : TwoLevelItemModel(ColumnCount, parent)
{
}

void TaskOutputModel::setOutput(const QJsonArray &output)
{
    // Sort the snapshot into databases and their tables.
    QList<Database> next;
    QHash<QString, int> byName;
    QJsonObject migration;
    QJsonArray errors;
    const auto databaseRow = [&](const QString &name) {
        auto it = byName.constFind(name);
        if (it != byName.constEnd())
            return *it;
        next.append(Database{name, {}, {}});
        byName.insert(name, int(next.size() - 1));
        return int(next.size() - 1);
    };
    for (const QJsonValue &v : output) {
        const QJsonObject item = v.toObject();
        const QString type = item.value(QLatin1String("resultType")).toString();
        if (type == QLatin1String("MigrationLevelOutput")) {
            migration = item;
        } else if (type == QLatin1String("DatabaseLevelOutput")) {
            const QString name = item.value(QLatin1String("databaseName"))
                                     .toString(item.value(QLatin1String("sourceDatabaseName")).toString());
            next[databaseRow(name)].json = item;
        } else if (type == QLatin1String("TableLevelOutput")) {
            next[databaseRow(item.value(QLatin1String("databaseName")).toString())].tables.append(
                Table{tableKey(item), item});
        } else if (type == QLatin1String("ErrorOutput") || type == QLatin1String("DatabaseLevelErrorOutput")) {
            errors.append(item);
        }
    }
    m_migration = migration;
    m_errors = errors;

    // Databases that went away.
    for (int row = int(m_databases.size()) - 1; row >= 0; --row) {
        if (!byName.contains(m_databases.at(row).name)) {
            beginRemoveRows({}, row, row);
            m_databases.removeAt(row);
            endRemoveRows();
        }
    }
    for (const Database &incoming : std::as_const(next)) {
        int row = -1;
        for (int i = 0; i < m_databases.size(); ++i) {
            if (m_databases.at(i).name == incoming.name) {
                row = i;
                break;
            }
        }
        if (row < 0) {
            row = int(m_databases.size());
            beginInsertRows({}, row, row);
            m_databases.append(incoming);
            endInsertRows();
            continue;
        }
        Database &db = m_databases[row];
        if (db.json != incoming.json) {
            db.json = incoming.json;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        const QModelIndex parentIndex = index(row, 0);
        QSet<QString> keys;
        for (const Table &t : incoming.tables)
            keys.insert(t.key);
        for (int t = int(db.tables.size()) - 1; t >= 0; --t) {
            if (!keys.contains(db.tables.at(t).key)) {
                beginRemoveRows(parentIndex, t, t);
                db.tables.removeAt(t);
                endRemoveRows();
            }
        }
        for (const Table &table : incoming.tables) {
            int at = -1;
            for (int t = 0; t < db.tables.size(); ++t) {
                if (db.tables.at(t).key == table.key) {
                    at = t;
                    break;
                }
            }
            if (at < 0) {
                const int t = int(db.tables.size());
                beginInsertRows(parentIndex, t, t);
                db.tables.append(table);
                endInsertRows();
            } else if (db.tables.at(at).json != table.json) {
                db.tables[at].json = table.json;
                Q_EMIT dataChanged(index(at, 0, parentIndex), index(at, ColumnCount - 1, parentIndex));
            }
        }
    }
}

int TaskOutputModel::databaseCount() const
{
    return int(m_databases.size());
}

int TaskOutputModel::tableCount(int database) const
{
    return int(m_databases.at(database).tables.size());
}

QVariant TaskOutputModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Database / table");
    case State:
        return tr("State");
    case Rows:
        return tr("Rows");
    case Inserts:
        return tr("Inserts");
    case Updates:
        return tr("Updates");
    case Deletes:
        return tr("Deletes");
    case Pending:
        return tr("Pending changes");
    case Latency:
        return tr("Latency");
    default:
        return {};
    }
}

QVariant TaskOutputModel::cell(const QJsonObject &item, bool database, int column, bool raw) const
{
    const auto count = [&](qint64 n) -> QVariant {
        if (n < 0)
            return {};
        return raw ? QVariant(n) : QVariant(QLocale().toString(n));
    };
    switch (column) {
    case Name:
        return database ? item.value(QLatin1String("databaseName"))
                              .toString(item.value(QLatin1String("sourceDatabaseName")).toString())
                        : item.value(QLatin1String("tableName")).toString();
    case State: {
        const QString s
            = (database ? item.value(QLatin1String("migrationState")) : item.value(QLatin1String("state"))).toString();
        return s;
    }
    case Rows:
        if (database) {
            const qint64 done = number(item, "fullLoadCompletedTables");
            const qint64 total = done + std::max<qint64>(0, number(item, "fullLoadLoadingTables"))
                                 + std::max<qint64>(0, number(item, "fullLoadQueuedTables"))
                                 + std::max<qint64>(0, number(item, "fullLoadErroredTables"));
            if (done < 0)
                return {};
            return raw ? QVariant(done) : QVariant(tr("%1 of %2 tables").arg(done).arg(total));
        }
        return count(number(item, "fullLoadTotalRows"));
    case Inserts:
        return count(number(item, "cdcInsertCounter"));
    case Updates:
        return count(number(item, "cdcUpdateCounter"));
    case Deletes:
        return count(number(item, "cdcDeleteCounter"));
    case Pending:
        if (!database)
            return {};
        if (item.contains(QLatin1String("incomingChanges")) && item.contains(QLatin1String("appliedChanges")))
            return count(std::max<qint64>(0, number(item, "incomingChanges") - number(item, "appliedChanges")));
        return {};
    case Latency: {
        if (!database)
            return {};
        const qint64 latency = number(item, "latency");
        if (latency < 0)
            return {};
        return raw ? QVariant(latency) : QVariant(tr("%1 s").arg(latency));
    }
    default:
        return {};
    }
}

QVariant TaskOutputModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool database = !isTable(index);
    const Database &db = m_databases.at(databaseRow(index));
    const QJsonObject &item = database ? db.json : db.tables.at(index.row()).json;
    switch (role) {
    case Qt::DisplayRole:
        return cell(item, database, index.column(), false);
    case RawValueRole:
        return cell(item, database, index.column(), true);
    case StateRole:
        return cell(item, database, State, true);
    case JsonRole:
        return item;
    default:
        return {};
    }
}

} // namespace godwit::models
