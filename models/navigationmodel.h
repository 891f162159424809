#pragma once

#include <QAbstractItemModel>
#include <QPointer>
#include <QStringList>

#include "core/resourcestore.h"

namespace godwit::models {

/// The navigation tree: one root row for the profile (the connection), under it the services,
/// and under each its projects, over the two stores. Store changes become the exact row signals.
class NavigationModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    NavigationModel(core::ResourceStore &services, core::ResourceStore &projects, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// The index of a service or project id, or invalid.
    QModelIndex indexOfId(const QString &id) const;
    /// The root row: the profile the services belong to.
    QModelIndex profileIndex() const { return index(0, 0); }
    /// What the root row shows: the profile's name, and a tooltip (e.g. where it connects).
    void setProfile(const QString &name, const QString &description);
    QString profileName() const { return m_profileName; }

private:
    struct Service
    {
        QString key;
        QStringList projectKeys; // lower-case ids, in project-store order
    };
    void rebuildProjects();
    int serviceRow(const QString &serviceKey) const;

    QPointer<core::ResourceStore> m_services;
    QPointer<core::ResourceStore> m_projects;
    QList<Service> m_tree;
    QString m_profileName;
    QString m_profileDescription;
};

} // namespace godwit::models
