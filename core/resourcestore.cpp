#include "core/resourcestore.h"

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
    return m_rows.at(row).id;
}

int ResourceStore::indexOf(const QString &id) const
{
    const int exact = m_exactIndex.value(id, -1);
    return exact >= 0 ? exact : m_index.value(keyOf(id), -1);
}

QJsonObject ResourceStore::resource(const QString &id) const
{
    const int row = indexOf(id);
    return row < 0 ? QJsonObject() : m_rows.at(row).json;
}

bool ResourceStore::upsert(const QJsonObject &resource)
{
    return upsert(idOf(resource), resource);
}

bool ResourceStore::upsert(const QString &id, const QJsonObject &resource)
{
    bool wasChanged = false;
    upsertRow(id, resource, &wasChanged);
    return wasChanged;
}

int ResourceStore::upsertRow(const QString &id, const QJsonObject &resource, bool *wasChanged)
{
    *wasChanged = false;
    if (id.isEmpty())
        return -1;
    int row = m_exactIndex.value(id, -1);
    if (row < 0)
        row = m_index.value(keyOf(id), -1);
    if (row >= 0) {
        if (m_rows.at(row).json == resource)
            return row;
        const QString previousId = m_rows.at(row).id;
        if (previousId != id) {
            m_exactIndex.remove(previousId);
            m_exactIndex.insert(id, row);
            m_rows[row].id = id;
        }
        m_rows[row].json = resource;
        *wasChanged = true;
        Q_EMIT changed(row);
        return row;
    }
    const QString key = keyOf(id);
    const int newRow = count();
    Q_EMIT aboutToAdd(newRow);
    m_rows.append(Row{resource, id, key, parentIdOf(key), 0});
    m_index.insert(key, newRow);
    m_exactIndex.insert(id, newRow);
    *wasChanged = true;
    Q_EMIT added(newRow);
    return newRow;
}

bool ResourceStore::remove(const QString &id)
{
    const int row = indexOf(id);
    if (row < 0)
        return false;
    Q_EMIT aboutToRemove(row);
    m_index.remove(m_rows.at(row).key);
    m_exactIndex.remove(m_rows.at(row).id);
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
    m_exactIndex.clear();
    Q_EMIT reset();
}

void ResourceStore::reindexFrom(int row)
{
    for (int i = row; i < count(); ++i) {
        m_index.insert(m_rows.at(i).key, i);
        m_exactIndex.insert(m_rows.at(i).id, i);
    }
}

QStringList ResourceStore::childIds(const QString &parentId) const
{
    const QString parentKey = keyOf(parentId);
    QStringList ids;
    for (const Row &r : m_rows) {
        if (r.parentKey == parentKey)
            ids.append(r.id);
    }
    return ids;
}

int ResourceStore::applySnapshot(const QString &parentId, const QList<QJsonObject> &resources)
{
    // Each listed row is marked with this snapshot's number; the parent's unmarked rows are gone.
    const quint64 snapshot = ++m_snapshot;
    int changes = 0;
    for (const QJsonObject &r : resources) {
        bool wasChanged = false;
        const int row = upsertRow(idOf(r), r, &wasChanged);
        if (row >= 0)
            m_rows[row].seen = snapshot;
        if (wasChanged)
            ++changes;
    }
    const QString parentKey = keyOf(parentId);
    QStringList gone;
    for (const Row &r : std::as_const(m_rows)) {
        if (r.seen != snapshot && r.parentKey == parentKey)
            gone.append(r.key);
    }
    for (const QString &key : std::as_const(gone)) {
        if (remove(key))
            ++changes;
    }
    return changes;
}

} // namespace godwit::core
