#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include "models/twolevelitemmodel.h"

namespace godwit::models {

/// A task's output as a tree: databases, and under each its tables, with state, rows and change
/// counters. setOutput() applies a new snapshot in place: rows are keyed by database name and
/// table id, so a poll changes cells, never the tree's shape unless items came or went.
class TaskOutputModel final : public TwoLevelItemModel
{
    Q_OBJECT
public:
    enum Column { Name, State, Rows, Inserts, Updates, Deletes, Pending, Latency, ColumnCount };

    explicit TaskOutputModel(QObject *parent = nullptr);

    /// Applies the task's output array (properties.output of GET ?$expand=output).
    void setOutput(const QJsonArray &output);
    /// The migration-level item, if the output has one.
    QJsonObject migration() const { return m_migration; }
    /// Error items (ErrorOutput, DatabaseLevelErrorOutput), for the errors pane.
    QJsonArray errors() const { return m_errors; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Table
    {
        QString key;
        QJsonObject json;
    };
    struct Database
    {
        QString name;
        QJsonObject json;
        QList<Table> tables;
    };
    int databaseCount() const override;
    int tableCount(int database) const override;
    QVariant cell(const QJsonObject &item, bool database, int column, bool raw) const;

    QList<Database> m_databases;
    QJsonObject m_migration;
    QJsonArray m_errors;
};

} // namespace godwit::models
