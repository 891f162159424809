#pragma once

#include <QList>

#include "models/twolevelitemmodel.h"

namespace godwit::models {

class MigrationProgress;

/// The task monitor's rows: each database of a MigrationProgress with its tables under it.
/// A snapshot changes cells (one dataChanged per level) and appends rows for new databases or
/// tables; it never resets the model.
class MigrationRowsModel final : public TwoLevelItemModel
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

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int databaseCount() const override;
    int tableCount(int database) const override;
    void sync();
    void reset();

    MigrationProgress &m_progress;
    QList<int> m_tableCounts; ///< rows as announced, per database
};

} // namespace godwit::models
