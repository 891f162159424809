#include "models/resourcetablemodel.h"

#include <QDateTime>
#include <QLocale>

#include "core/record.h"
#include "core/resourceid.h"
#include "models/roles.h"
#include "models/statekind.h"

namespace godwit::models {

namespace {

QString formatTime(const QString &iso)
{
    const QDateTime dt = core::dms::parseDateTime(iso);
    return dt.isValid() ? QLocale().toString(dt.toLocalTime(), QLocale::ShortFormat) : QString();
}

QVariant timeValue(const QString &iso)
{
    const QDateTime dt = core::dms::parseDateTime(iso);
    return dt.isValid() ? QVariant(dt) : QVariant();
}

} // namespace

ResourceTableModel::ResourceTableModel(core::ResourceStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(&store)
{
    connect(&store, &core::ResourceStore::aboutToAdd, this, [this](int row) { beginInsertRows({}, row, row); });
    connect(&store, &core::ResourceStore::added, this, [this](int) { endInsertRows(); });
    connect(&store, &core::ResourceStore::aboutToRemove, this, [this](int row) { beginRemoveRows({}, row, row); });
    connect(&store, &core::ResourceStore::removed, this, [this](int) { endRemoveRows(); });
    connect(&store, &core::ResourceStore::changed, this,
            [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1)); });
    connect(&store, &core::ResourceStore::aboutToReset, this, [this] { beginResetModel(); });
    connect(&store, &core::ResourceStore::reset, this, [this] { endResetModel(); });
}

int ResourceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_store ? 0 : m_store->count();
}

QModelIndex ResourceTableModel::indexOfId(const QString &id, int column) const
{
    const int row = m_store ? m_store->indexOf(id) : -1;
    return row < 0 ? QModelIndex() : index(row, column);
}

QVariant ResourceTableModel::raw(const QJsonObject &resource, int column) const
{
    return display(resource, column);
}

QVariant ResourceTableModel::state(const QJsonObject &) const
{
    return QVariant();
}

QVariant ResourceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_store)
        return QVariant();
    const QJsonObject &resource = m_store->at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(resource, index.column());
    case RawValueRole:
        return raw(resource, index.column());
    case ResourceIdRole:
        return resource.value(QLatin1String("id")).toString();
    case StateRole:
        return state(resource);
    case StateKindRole:
        return index.column() == stateColumn() ? QVariant(int(stateKind(state(resource).toString()))) : QVariant();
    case TaskTypeRole:
        return properties(resource).value(QLatin1String("taskType")).toString();
    case JsonRole:
        return resource;
    default:
        return QVariant();
    }
}

// ---- services

int ServicesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Name:
        return tr("Service");
    case Location:
        return tr("Location");
    case State:
        return tr("State");
    case Sku:
        return tr("SKU");
    default:
        return QVariant();
    }
}

QVariant ServicesModel::display(const QJsonObject &resource, int column) const
{
    switch (column) {
    case Name:
        return resource.value(QLatin1String("name")).toString();
    case Location:
        return resource.value(QLatin1String("location")).toString();
    case State:
        return properties(resource).value(QLatin1String("provisioningState")).toString();
    case Sku:
        return resource.value(QLatin1String("sku")).toObject().value(QLatin1String("name")).toString();
    default:
        return QVariant();
    }
}

QVariant ServicesModel::state(const QJsonObject &resource) const
{
    return properties(resource).value(QLatin1String("provisioningState")).toString();
}

// ---- projects

int ProjectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Name:
        return tr("Project");
    case Source:
        return tr("Source");
    case Target:
        return tr("Target");
    case Created:
        return tr("Created");
    default:
        return QVariant();
    }
}

QVariant ProjectsModel::display(const QJsonObject &resource, int column) const
{
    const QJsonObject props = properties(resource);
    switch (column) {
    case Name:
        return resource.value(QLatin1String("name")).toString();
    case Source:
        return props.value(QLatin1String("sourcePlatform")).toString();
    case Target:
        return props.value(QLatin1String("targetPlatform")).toString();
    case Created:
        return formatTime(props.value(QLatin1String("creationTime")).toString());
    default:
        return QVariant();
    }
}

QVariant ProjectsModel::raw(const QJsonObject &resource, int column) const
{
    if (column == Created)
        return timeValue(properties(resource).value(QLatin1String("creationTime")).toString());
    return display(resource, column);
}

// ---- tasks

int TasksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TasksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Name:
        return tr("Task");
    case TaskType:
        return tr("Type");
    case State:
        return tr("State");
    case Created:
        return tr("Created");
    case Project:
        return tr("Project");
    default:
        return QVariant();
    }
}

QString TasksModel::stateText(const QString &state)
{
    if (state == QLatin1String("Queued"))
        return tr("Queued");
    if (state == QLatin1String("Running"))
        return tr("Running");
    if (state == QLatin1String("Succeeded"))
        return tr("Succeeded");
    if (state == QLatin1String("Failed"))
        return tr("Failed");
    if (state == QLatin1String("FailedInputValidation"))
        return tr("Failed input validation");
    if (state == QLatin1String("Faulted"))
        return tr("Faulted");
    if (state == QLatin1String("Canceled"))
        return tr("Canceled");
    if (state == QLatin1String("Unknown"))
        return tr("Unknown");
    return state;
}

QVariant TasksModel::data(const QModelIndex &index, int role) const
{
    if ((role == Qt::AccessibleTextRole || role == Qt::ToolTipRole) && index.isValid() && index.column() == State)
        return tr("State: %1").arg(display(store().at(index.row()), State).toString());
    return ResourceTableModel::data(index, role);
}

QVariant TasksModel::display(const QJsonObject &resource, int column) const
{
    const QJsonObject props = properties(resource);
    switch (column) {
    case Name:
        return resource.value(QLatin1String("name")).toString();
    case TaskType:
        return props.value(QLatin1String("taskType")).toString();
    case State:
        return stateText(props.value(QLatin1String("state")).toString());
    case Created: {
        const QString created = props.value(QLatin1String("createdOn"))
                                    .toString(resource.value(QLatin1String("systemData"))
                                                  .toObject()
                                                  .value(QLatin1String("createdAt"))
                                                  .toString());
        return formatTime(created);
    }
    case Project: {
        const auto id = core::ResourceId::parse(resource.value(QLatin1String("id")).toString());
        return id ? id->project : QString();
    }
    default:
        return QVariant();
    }
}

QVariant TasksModel::raw(const QJsonObject &resource, int column) const
{
    if (column == State)
        return properties(resource).value(QLatin1String("state")).toString();
    if (column == Created)
        return timeValue(properties(resource)
                             .value(QLatin1String("createdOn"))
                             .toString(resource.value(QLatin1String("systemData"))
                                           .toObject()
                                           .value(QLatin1String("createdAt"))
                                           .toString()));
    return display(resource, column);
}

QVariant TasksModel::state(const QJsonObject &resource) const
{
    return properties(resource).value(QLatin1String("state")).toString();
}

} // namespace godwit::models
