#include "core/resourcestore.h"

#include <QSet>

#include "core/resourceid.h"

namespace godwit::core {

namespace {

QString idOf(const QJsonObject &resource)
{
    return resource.value(QLatin1String("id")).toString();
}

} // namespace

ResourceStore::ResourceStore(QObject *parent)
    : QObject(parent)
{
}

QString ResourceStore::idAt(int row) const
{
    return idOf(m_rows.at(row));
}

int ResourceStore::indexOf(const QString &id) const
{
    return m_index.value(keyOf(id), -1);
}

QJsonObject ResourceStore::resource(const QString &id) const
{
    const int row = indexOf(id);
    return row < 0 ? QJsonObject() : m_rows.at(row);
}

bool ResourceStore::upsert(const QJsonObject &resource)
{
    const QString id = idOf(resource);
    if (id.isEmpty())
        return false;
    const int row = indexOf(id);
    if (row >= 0) {
        if (m_rows.at(row) == resource)
            return false;
        m_rows[row] = resource;
        Q_EMIT changed(row);
        return true;
    }
    const int newRow = count();
    Q_EMIT aboutToAdd(newRow);
    m_rows.append(resource);
    m_index.insert(keyOf(id), newRow);
    Q_EMIT added(newRow);
    return true;
}

bool ResourceStore::remove(const QString &id)
{
    const int row = indexOf(id);
    if (row < 0)
        return false;
    Q_EMIT aboutToRemove(row);
    m_index.remove(keyOf(id));
    m_rows.removeAt(row);
    reindexFrom(row);
    Q_EMIT removed(row);
    return true;
}

void ResourceStore::clear()
{
    Q_EMIT aboutToReset();
    m_rows.clear();
    m_index.clear();
    Q_EMIT reset();
}

void ResourceStore::reindexFrom(int row)
{
    for (int i = row; i < count(); ++i)
        m_index.insert(keyOf(idOf(m_rows.at(i))), i);
}

QStringList ResourceStore::childIds(const QString &parentId) const
{
    const QString parentKey = keyOf(parentId);
    QStringList ids;
    for (const QJsonObject &r : m_rows) {
        const auto id = ResourceId::parse(idOf(r));
        const auto parent = id ? id->parent() : std::nullopt;
        if (parent && parent->key() == parentKey)
            ids.append(idOf(r));
    }
    return ids;
}

int ResourceStore::applySnapshot(const QString &parentId, const QList<QJsonObject> &resources)
{
    int changes = 0;
    QSet<QString> present;
    for (const QJsonObject &r : resources) {
        present.insert(keyOf(idOf(r)));
        if (upsert(r))
            ++changes;
    }
    const QStringList existing = childIds(parentId);
    for (const QString &id : existing) {
        if (!present.contains(keyOf(id)) && remove(id))
            ++changes;
    }
    return changes;
}

} // namespace godwit::core
