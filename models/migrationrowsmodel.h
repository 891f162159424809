#pragma once

#include <QAbstractItemModel>
#include <QList>

namespace godwit::models {

class MigrationProgress;

/// The task monitor's rows: each database of a MigrationProgress with its tables under it.
/// A snapshot changes cells (one dataChanged per level) and appends rows for new databases or
/// tables; it never resets the model.
class MigrationRowsModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        State,
        Rows,
        CopyRate,
        Eta,
        Inserts,
        Updates,
        Deletes,
        ApplyRate,
        Pending,
        Latency,
        ColumnCount
    };

    explicit MigrationRowsModel(MigrationProgress &progress, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void sync();
    void reset();

    MigrationProgress &m_progress;
    QList<int> m_tableCounts; ///< rows as announced, per database
};

} // namespace godwit::models
