#include "models/navigationmodel.h"

#include "core/resourceid.h"
#include "models/roles.h"

namespace godwit::models {

namespace {

// internalId: the profile root, a service (child of the root), or a project (service row + 2).
constexpr quintptr kProfileLevel = 0;
constexpr quintptr kServiceLevel = 1;
constexpr quintptr kProjectBase = 2;

} // namespace

NavigationModel::NavigationModel(core::ResourceStore &services, core::ResourceStore &projects, QObject *parent)
    : QAbstractItemModel(parent)
    , m_services(&services)
    , m_projects(&projects)
{
    for (int i = 0; i < services.count(); ++i)
        m_tree.append(Service{services.idAt(i).toLower(), {}});
    connect(&services, &core::ResourceStore::added, this, [this](int row) {
        beginInsertRows(profileIndex(), row, row);
        m_tree.insert(row, Service{m_services->idAt(row).toLower(), {}});
        endInsertRows();
        rebuildProjects();
    });
    connect(&services, &core::ResourceStore::aboutToRemove, this, [this](int row) {
        beginRemoveRows(profileIndex(), row, row);
        m_tree.removeAt(row);
        endRemoveRows();
    });
    connect(&services, &core::ResourceStore::changed, this,
            [this](int row) { Q_EMIT dataChanged(index(row, 0, profileIndex()), index(row, 0, profileIndex())); });
    connect(&services, &core::ResourceStore::reset, this, [this] {
        if (!m_tree.isEmpty()) {
            beginRemoveRows(profileIndex(), 0, int(m_tree.size()) - 1);
            m_tree.clear();
            endRemoveRows();
        }
        if (m_services->count() > 0) {
            beginInsertRows(profileIndex(), 0, m_services->count() - 1);
            for (int i = 0; i < m_services->count(); ++i)
                m_tree.append(Service{m_services->idAt(i).toLower(), {}});
            endInsertRows();
        }
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
        const QModelIndex parent = index(s, 0, profileIndex());
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
        return createIndex(row, column, kProfileLevel);
    if (parent.internalId() == kProfileLevel)
        return createIndex(row, column, kServiceLevel);
    return createIndex(row, column, quintptr(parent.row()) + kProjectBase);
}

QModelIndex NavigationModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kProfileLevel)
        return {};
    if (child.internalId() == kServiceLevel)
        return createIndex(0, 0, kProfileLevel);
    return createIndex(int(child.internalId() - kProjectBase), 0, kServiceLevel);
}

int NavigationModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return 1;
    if (parent.column() != 0)
        return 0;
    if (parent.internalId() == kProfileLevel)
        return int(m_tree.size());
    if (parent.internalId() != kServiceLevel)
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
        const QModelIndex service = index(s, 0, profileIndex());
        if (m_tree.at(s).key == key)
            return service;
        const int p = int(m_tree.at(s).projectKeys.indexOf(key));
        if (p >= 0)
            return index(p, 0, service);
    }
    return {};
}

void NavigationModel::setProfile(const QString &name, const QString &description)
{
    if (name == m_profileName && description == m_profileDescription)
        return;
    m_profileName = name;
    m_profileDescription = description;
    Q_EMIT dataChanged(profileIndex(), profileIndex());
}

QVariant NavigationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kProfileLevel) {
        switch (role) {
        case Qt::DisplayRole:
            return m_profileName.isEmpty() ? tr("Services") : m_profileName;
        case Qt::ToolTipRole:
            return m_profileDescription.isEmpty() ? QVariant() : QVariant(m_profileDescription);
        default:
            return {};
        }
    }
    const bool service = index.internalId() == kServiceLevel;
    const QString key = service ? m_tree.at(index.row()).key
                                : m_tree.at(int(index.internalId() - kProjectBase)).projectKeys.at(index.row());
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
