#pragma once

#include <QAbstractItemModel>

namespace godwit::models {

/// A tree of databases with their tables under them, two levels deep: the index bookkeeping the
/// task output and the task monitor's rows share. A subclass says how many databases and tables
/// there are; an index says which level it is on and which database it belongs to.
class TwoLevelItemModel : public QAbstractItemModel
{
public:
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

protected:
    TwoLevelItemModel(int columnCount, QObject *parent);

    virtual int databaseCount() const = 0;
    virtual int tableCount(int database) const = 0;

    /// Whether `index` is a table's (under a database) rather than a database's.
    static bool isTable(const QModelIndex &index);
    /// The row of the database `index` is, or belongs to.
    static int databaseRow(const QModelIndex &index);

private:
    int m_columnCount;
};

} // namespace godwit::models
