#include "models/migrationrowsmodel.h"

#include <QLocale>

#include "models/migrationprogress.h"
#include "models/roles.h"
#include "models/statekind.h"

namespace godwit::models {

namespace {

QString dash()
{
    return QStringLiteral("—");
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

QString stateTip(const QString &state, StateKind kind)
{
    if (state.isEmpty())
        return MigrationRowsModel::tr("No state reported");
    if (kind == StateKind::None)
        return MigrationRowsModel::tr("State: %1").arg(state);
    return MigrationRowsModel::tr("State: %1 (%2)").arg(state, stateKindText(kind));
}

template <typename T>
QVariant rawValue(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}

QString rate(const std::optional<double> &perSecond, const QString &unit, int decimals)
{
    return perSecond ? unit.arg(QLocale().toString(*perSecond, 'f', decimals)) : dash();
}

QVariant counter(qint64 n, bool raw)
{
    return raw ? QVariant(n) : QVariant(count(n));
}

/// The cells a database and a table show alike: shown as text, or raw for sorting and export.
template <typename Item>
QVariant sharedCell(const Item &item, int column, bool raw)
{
    switch (column) {
    case MigrationRowsModel::Name:
        return item.name;
    case MigrationRowsModel::State:
        return item.state;
    case MigrationRowsModel::CopyRate:
        return raw ? rawValue(item.rowsPerSecond) : rate(item.rowsPerSecond, MigrationRowsModel::tr("%1 rows/s"), 0);
    case MigrationRowsModel::Inserts:
        return counter(item.inserts, raw);
    case MigrationRowsModel::Updates:
        return counter(item.updates, raw);
    case MigrationRowsModel::Deletes:
        return counter(item.deletes, raw);
    default:
        return raw ? QVariant() : QVariant(QString());
    }
}

QVariant cell(const MigrationProgress::Table &t, int column, bool raw)
{
    switch (column) {
    case MigrationRowsModel::Rows:
        if (raw)
            return t.rowsCopied;
        return t.rowsTotal && *t.rowsTotal != t.rowsCopied
                   ? MigrationRowsModel::tr("%1 of %2").arg(count(t.rowsCopied), count(*t.rowsTotal))
                   : count(t.rowsCopied);
    case MigrationRowsModel::Eta:
        if (raw)
            return rawValue(t.etaSeconds);
        // A loaded table has nothing left to wait for: no "0 s" on every finished row.
        return t.etaSeconds && (*t.etaSeconds > 0 || !t.rowsTotal) ? MigrationProgress::formatDuration(*t.etaSeconds)
                                                                   : dash();
    default:
        return sharedCell(t, column, raw);
    }
}

QVariant cell(const MigrationProgress::Database &db, int column, bool raw)
{
    switch (column) {
    case MigrationRowsModel::Rows:
        if (raw)
            return db.rowsCopied;
        return MigrationRowsModel::tr("%1 (%2 of %3 tables)")
            .arg(count(db.rowsCopied))
            .arg(db.tablesCompleted)
            .arg(db.tablesTotal);
    case MigrationRowsModel::Eta:
        if (raw)
            return rawValue(db.etaSeconds);
        return db.etaSeconds ? MigrationProgress::formatDuration(*db.etaSeconds) : dash();
    case MigrationRowsModel::ApplyRate:
        return raw ? rawValue(db.changesPerSecond)
                   : rate(db.changesPerSecond, MigrationRowsModel::tr("%1 changes/s"), 1);
    case MigrationRowsModel::Pending:
        if (raw)
            return rawValue(db.pending);
        return db.pending ? count(*db.pending) : dash();
    case MigrationRowsModel::Latency:
        if (raw)
            return rawValue(db.latencyMs);
        return db.latencyMs ? MigrationRowsModel::tr("%1 ms").arg(count(*db.latencyMs)) : dash();
    default:
        return sharedCell(db, column, raw);
    }
}

} // namespace

MigrationRowsModel::MigrationRowsModel(MigrationProgress &progress, QObject *parent)
    : TwoLevelItemModel(ColumnCount, parent)
    , m_progress(progress)
{
    connect(&progress, &MigrationProgress::updated, this, &MigrationRowsModel::sync);
    connect(&progress, &MigrationProgress::cleared, this, &MigrationRowsModel::reset);
    for (const auto &db : progress.databases())
        m_tableCounts.append(int(db.tables.size()));
}

void MigrationRowsModel::reset()
{
    beginResetModel();
    m_tableCounts.clear();
    for (const auto &db : m_progress.databases())
        m_tableCounts.append(int(db.tables.size()));
    endResetModel();
}

void MigrationRowsModel::sync()
{
    const auto &databases = m_progress.databases();
    const int known = int(m_tableCounts.size());
    // Cells of the rows already shown: one range per level.
    if (known > 0)
        Q_EMIT dataChanged(index(0, 0), index(known - 1, ColumnCount - 1));
    for (int row = 0; row < known; ++row) {
        const QModelIndex parent = index(row, 0);
        const int had = m_tableCounts.at(row);
        if (had > 0)
            Q_EMIT dataChanged(index(0, 0, parent), index(had - 1, ColumnCount - 1, parent));
        const int now = int(databases.at(row).tables.size());
        if (now > had) {
            beginInsertRows(parent, had, now - 1);
            m_tableCounts[row] = now;
            endInsertRows();
        }
    }
    if (databases.size() > known) {
        beginInsertRows({}, known, int(databases.size()) - 1);
        for (int row = known; row < databases.size(); ++row)
            m_tableCounts.append(int(databases.at(row).tables.size()));
        endInsertRows();
    }
}

int MigrationRowsModel::databaseCount() const
{
    return int(m_tableCounts.size());
}

int MigrationRowsModel::tableCount(int database) const
{
    return m_tableCounts.at(database);
}

QVariant MigrationRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return column >= Rows ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    const MigrationProgress::Database &db = m_progress.databases().at(databaseRow(index));
    if (isTable(index)) {
        const MigrationProgress::Table &t = db.tables.at(index.row());
        if (role == StateRole)
            return t.state;
        if (column == State && role == StateKindRole)
            return int(stateKind(t.state));
        if (column == State && role == Qt::ToolTipRole)
            return stateTip(t.state, stateKind(t.state));
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == RawValueRole)
            return cell(t, column, role == RawValueRole);
        return {};
    }
    if (role == StateRole)
        return db.state;
    // A database whose every pre-check passes is ready for its cutover, whatever its state says.
    const StateKind kind = db.ready ? StateKind::Warning : stateKind(db.state);
    if (column == State && role == StateKindRole)
        return int(kind);
    if (column == State && role == Qt::ToolTipRole)
        return db.ready ? tr("State: %1 (ready for cutover)").arg(db.state) : stateTip(db.state, kind);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == RawValueRole)
        return cell(db, column, role == RawValueRole);
    return {};
}

QVariant MigrationRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Database / table");
    case State:
        return tr("State");
    case Rows:
        return tr("Rows copied");
    case CopyRate:
        return tr("Copy rate");
    case Eta:
        return tr("ETA");
    case Inserts:
        return tr("Inserts");
    case Updates:
        return tr("Updates");
    case Deletes:
        return tr("Deletes");
    case ApplyRate:
        return tr("Apply rate");
    case Pending:
        return tr("Pending");
    case Latency:
        return tr("Latency");
    default:
        return {};
    }
}

} // namespace godwit::models
