#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QPointer>

#include "core/resourcestore.h"

namespace godwit::models {

/// A table over a resource store: one row per stored resource, in the store's order. Every store
/// change becomes the exact model signal (insert, remove, dataChanged of one row); no resets on
/// polls. Subclasses define the columns.
class ResourceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ResourceTableModel(core::ResourceStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    core::ResourceStore &store() const { return *m_store; }
    /// The row of a resource id, or an invalid index.
    QModelIndex indexOfId(const QString &id, int column = 0) const;

protected:
    /// Display text of a cell.
    virtual QVariant display(const QJsonObject &resource, int column) const = 0;
    /// The raw value of a cell, for sorting (defaults to the display text).
    virtual QVariant raw(const QJsonObject &resource, int column) const;
    virtual QVariant state(const QJsonObject &resource) const;
    /// The column that shows the state (it answers StateKindRole), or -1.
    virtual int stateColumn() const { return -1; }

    static QJsonObject properties(const QJsonObject &resource)
    {
        return resource.value(QLatin1String("properties")).toObject();
    }

private:
    QPointer<core::ResourceStore> m_store;
};

/// Services: name, location, provisioning state, SKU.
class ServicesModel final : public ResourceTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Location, State, Sku, ColumnCount };
    using ResourceTableModel::ResourceTableModel;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QVariant display(const QJsonObject &resource, int column) const override;
    QVariant state(const QJsonObject &resource) const override;
    int stateColumn() const override { return State; }
};

/// Projects: name, source and target platform, creation time.
class ProjectsModel final : public ResourceTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Source, Target, Created, ColumnCount };
    using ResourceTableModel::ResourceTableModel;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QVariant display(const QJsonObject &resource, int column) const override;
    QVariant raw(const QJsonObject &resource, int column) const override;
};

/// Tasks: name, task type, state, created, project.
class TasksModel final : public ResourceTableModel
{
    Q_OBJECT
public:
    enum Column { Name, TaskType, State, Created, Project, ColumnCount };
    using ResourceTableModel::ResourceTableModel;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// A readable name for a task state ("Failed input validation" for FailedInputValidation).
    static QString stateText(const QString &state);

protected:
    QVariant display(const QJsonObject &resource, int column) const override;
    QVariant raw(const QJsonObject &resource, int column) const override;
    QVariant state(const QJsonObject &resource) const override;
    int stateColumn() const override { return State; }
};

} // namespace godwit::models
