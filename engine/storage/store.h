#pragma once

#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

#include "engine/storage/secretbox.h"

namespace godwit::engine {

/// One stored resource: its id (casing as created), kind, parent and the body clients see.
struct StoredResource
{
    QString id;
    QString kind; ///< "services", "projects", "tasks", "serviceTasks", "files"
    QString parentKey;
    QJsonObject body; ///< the resource as returned, secrets removed, output included for tasks
    qint64 seq = 0;   ///< creation order, for stable listings
};

/// The engine's durable state: SQLite in WAL mode under the data directory. Every change is
/// one transaction; secrets live only sealed (SecretBox), never in a body. Thread-safe: the
/// HTTP thread and task workers use it concurrently.
class Store final
{
public:
    static std::unique_ptr<Store> open(const QString &dataDir, QString *error);
    ~Store();

    std::optional<StoredResource> get(const QString &id) const;
    /// Children of a parent of one kind, in creation order; `total` gets the unpaged count.
    QList<StoredResource> children(const QString &parentId, const QString &kind, int offset, int limit, int *total,
                                   const QString &taskType = {}) const;
    /// Services of a subscription, or of one resource group when `resourceGroup` is set.
    QList<StoredResource> services(const QString &subscription, const QString &resourceGroup, int offset, int limit,
                                   int *total) const;
    /// Every resource of a kind, in creation order.
    QList<StoredResource> ofKind(const QString &kind) const;
    /// Every task (project and service tasks) in any of the given states.
    QList<StoredResource> tasksInStates(const QStringList &states) const;

    /// Creates or replaces a resource. `sealedSecrets` (when set) replaces the stored secrets of
    /// the resource: the full document whose secrets were removed from the body.
    bool put(const StoredResource &resource, const std::optional<QJsonObject> &secretDocument, QString *error);
    /// Reads, changes and writes one resource body in a single transaction. Returns false when
    /// it does not exist (or the change function returns false: nothing is written).
    bool update(const QString &id, const std::function<bool(QJsonObject &body)> &change);
    /// Removes a resource and everything under it.
    bool remove(const QString &id);

    /// The full document stored with put() for a resource (secrets included), if any.
    std::optional<QJsonObject> secretDocument(const QString &id) const;

    /// Long-running operation status documents (ARM operation-status resources).
    void putOperation(const QString &operationId, const QJsonObject &status);
    std::optional<QJsonObject> operation(const QString &operationId) const;

private:
    Store(QString path, SecretBox box);
    QString connectionName() const;
    bool ensureSchema(QString *error);

    QString m_path;
    SecretBox m_box;
    mutable QMutex m_mutex; // one writer at a time; SQLite WAL lets readers run alongside
    mutable qint64 m_nextSeq = 0;
};

} // namespace godwit::engine
