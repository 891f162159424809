#include "models/twolevelitemmodel.h"

namespace godwit::models {

namespace {

// internalId: 0 for databases, database row + 1 for tables.
constexpr quintptr kDatabaseLevel = 0;

} // namespace

TwoLevelItemModel::TwoLevelItemModel(int columnCount, QObject *parent)
    : QAbstractItemModel(parent)
    , m_columnCount(columnCount)
{
}

bool TwoLevelItemModel::isTable(const QModelIndex &index)
{
    return index.isValid() && index.internalId() != kDatabaseLevel;
}

int TwoLevelItemModel::databaseRow(const QModelIndex &index)
{
    return isTable(index) ? int(index.internalId() - 1) : index.row();
}

QModelIndex TwoLevelItemModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kDatabaseLevel);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex TwoLevelItemModel::parent(const QModelIndex &child) const
{
    if (!isTable(child))
        return {};
    return createIndex(databaseRow(child), 0, kDatabaseLevel);
}

int TwoLevelItemModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return databaseCount();
    if (parent.column() != 0 || isTable(parent) || parent.row() >= databaseCount())
        return 0;
    return tableCount(parent.row());
}

int TwoLevelItemModel::columnCount(const QModelIndex &) const
{
    return m_columnCount;
}

} // namespace godwit::models
