#include "models/navigationmodel.h"

#include "core/resourceid.h"
#include "models/roles.h"

namespace godwit::models {

namespace {

constexpr quintptr kServiceLevel = 0;

} // namespace

NavigationModel::NavigationModel(core::ResourceStore &services, core::ResourceStore &projects, QObject *parent)
    : QAbstractItemModel(parent)
    , m_services(&services)
    , m_projects(&projects)
{
    for (int i = 0; i < services.count(); ++i)
        m_tree.append(Service{services.idAt(i).toLower(), {}});
    connect(&services, &core::ResourceStore::added, this, [this](int row) {
        beginInsertRows({}, row, row);
        m_tree.insert(row, Service{m_services->idAt(row).toLower(), {}});
        endInsertRows();
        rebuildProjects();
    });
    connect(&services, &core::ResourceStore::aboutToRemove, this, [this](int row) {
        beginRemoveRows({}, row, row);
        m_tree.removeAt(row);
        endRemoveRows();
    });
    connect(&services, &core::ResourceStore::changed, this,
            [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, 0)); });
    connect(&services, &core::ResourceStore::reset, this, [this] {
        beginResetModel();
        m_tree.clear();
        for (int i = 0; i < m_services->count(); ++i)
            m_tree.append(Service{m_services->idAt(i).toLower(), {}});
        endResetModel();
        rebuildProjects();
    });
    connect(&projects, &core::ResourceStore::added, this, [this](int) { rebuildProjects(); });
    connect(&projects, &core::ResourceStore::removed, this, [this](int) { rebuildProjects(); });
    connect(&projects, &core::ResourceStore::reset, this, [this] { rebuildProjects(); });
    connect(&projects, &core::ResourceStore::changed, this, [this](int row) {
        const QModelIndex i = indexOfId(m_projects->idAt(row));
        if (i.isValid())
            Q_EMIT dataChanged(i, i);
    });
    rebuildProjects();
}

int NavigationModel::serviceRow(const QString &serviceKey) const
{
    for (int i = 0; i < m_tree.size(); ++i) {
        if (m_tree.at(i).key == serviceKey)
            return i;
    }
    return -1;
}

void NavigationModel::rebuildProjects()
{
    // Compute each service's projects, then apply the differences as row signals.
    QList<QStringList> wanted(m_tree.size());
    for (int i = 0; i < m_projects->count(); ++i) {
        const QString key = m_projects->idAt(i).toLower();
        const int s = serviceRow(core::parentIdOf(key));
        if (s >= 0)
            wanted[s].append(key);
    }
    for (int s = 0; s < m_tree.size(); ++s) {
        const QModelIndex parent = index(s, 0);
        QStringList &have = m_tree[s].projectKeys;
        for (int p = int(have.size()) - 1; p >= 0; --p) {
            if (!wanted.at(s).contains(have.at(p))) {
                beginRemoveRows(parent, p, p);
                have.removeAt(p);
                endRemoveRows();
            }
        }
        for (const QString &key : wanted.at(s)) {
            if (!have.contains(key)) {
                const int row = int(have.size());
                beginInsertRows(parent, row, row);
                have.append(key);
                endInsertRows();
            }
        }
    }
}

QModelIndex NavigationModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kServiceLevel);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex NavigationModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kServiceLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kServiceLevel);
}

int NavigationModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_tree.size());
    if (parent.column() != 0 || parent.internalId() != kServiceLevel)
        return 0;
    return int(m_tree.at(parent.row()).projectKeys.size());
}

int NavigationModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QModelIndex NavigationModel::indexOfId(const QString &id) const
{
    const QString key = id.toLower();
    for (int s = 0; s < m_tree.size(); ++s) {
        if (m_tree.at(s).key == key)
            return index(s, 0);
        const int p = int(m_tree.at(s).projectKeys.indexOf(key));
        if (p >= 0)
            return index(p, 0, index(s, 0));
    }
    return {};
}

QVariant NavigationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool service = index.internalId() == kServiceLevel;
    const QString key
        = service ? m_tree.at(index.row()).key : m_tree.at(int(index.internalId() - 1)).projectKeys.at(index.row());
    const QJsonObject resource = service ? m_services->resource(key) : m_projects->resource(key);
    switch (role) {
    case Qt::DisplayRole:
        return resource.value(QLatin1String("name")).toString();
    case Qt::ToolTipRole:
        return service ? tr("Service %1 (%2)")
                             .arg(resource.value(QLatin1String("name")).toString(),
                                  resource.value(QLatin1String("properties"))
                                      .toObject()
                                      .value(QLatin1String("provisioningState"))
                                      .toString())
                       : tr("Project %1").arg(resource.value(QLatin1String("name")).toString());
    case ResourceIdRole:
        return resource.value(QLatin1String("id")).toString();
    case StateRole:
        return resource.value(QLatin1String("properties"))
            .toObject()
            .value(QLatin1String("provisioningState"))
            .toString();
    case JsonRole:
        return resource;
    default:
        return {};
    }
}

} // namespace godwit::models
