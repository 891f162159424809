#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

namespace godwit::core {

/// An observable collection of ARM resources (services, projects or tasks) keyed by resource id.
///
/// The service layer fills it, models observe it. Rows keep their position; every change is
/// announced once, before and after, so a model can make the exact begin/end calls. Ids compare
/// case-insensitively, as in ARM.
class ResourceStore final : public QObject
{
    Q_OBJECT
public:
    explicit ResourceStore(QObject *parent = nullptr);

    int count() const { return int(m_rows.size()); }
    const QJsonObject &at(int row) const { return m_rows.at(row).json; }
    QString idAt(int row) const;
    /// -1 when the id is not in the store.
    int indexOf(const QString &id) const;
    bool contains(const QString &id) const { return indexOf(id) >= 0; }
    /// The resource, or an empty object.
    QJsonObject resource(const QString &id) const;

    /// Adds a resource or replaces the one with the same id. Returns false (and emits nothing)
    /// when the stored resource is already equal, or when the resource has no id.
    bool upsert(const QJsonObject &resource);
    /// upsert() with the id already read.
    bool upsert(const QString &id, const QJsonObject &resource);
    bool remove(const QString &id);
    void clear();

    /// Makes the resources under a parent id (e.g. the tasks of a project) equal to a listing:
    /// new ones are added, changed ones replaced, missing ones removed, equal ones untouched.
    /// Returns the number of rows that changed.
    int applySnapshot(const QString &parentId, const QList<QJsonObject> &resources);

    /// Ids of the stored resources directly under a parent id.
    QStringList childIds(const QString &parentId) const;

Q_SIGNALS:
    void aboutToAdd(int row);
    void added(int row);
    void changed(int row);
    void aboutToRemove(int row);
    void removed(int row);
    void aboutToReset();
    void reset();

private:
    struct Row
    {
        QJsonObject json;
        QString id;        ///< as last stored
        QString key;       ///< lower-case id
        QString parentKey; ///< lower-case id of the parent (the id without its last two segments)
        quint64 seen = 0;  ///< the snapshot that last listed it
    };
    /// upsert() that also says where the resource is (-1 without an id).
    int upsertRow(const QString &id, const QJsonObject &resource, bool *wasChanged);
    static QString keyOf(const QString &id) { return id.toLower(); }
    void reindexFrom(int row);

    QList<Row> m_rows;
    quint64 m_snapshot = 0;
    QHash<QString, int> m_index;      // lower-case id -> row
    QHash<QString, int> m_exactIndex; // id as last stored -> row: polls repeat the same casing
};

/// The stores one connection fills: services, projects, tasks (project and service tasks).
struct Stores
{
    ResourceStore services;
    ResourceStore projects;
    ResourceStore tasks;
};

} // namespace godwit::core
