#include "engine/storage/store.h"

#include <QDir>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

namespace godwit::engine {

Q_LOGGING_CATEGORY(lcStore, "godwit.engine.store", QtInfoMsg)

namespace {

QString keyOf(const QString &id)
{
    return id.toLower();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

StoredResource fromRow(const QSqlQuery &q)
{
    StoredResource r;
    r.id = q.value(0).toString();
    r.kind = q.value(1).toString();
    r.parentKey = q.value(2).toString();
    r.body = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
    r.seq = q.value(4).toLongLong();
    return r;
}

const char kColumns[] = "id, kind, parent, body, seq";

// A statement prepared on `db` with `values` bound in order.
QSqlQuery prepared(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    return q;
}

// What a SELECT COUNT(*) statement counts; 0 when it fails.
int countOf(QSqlQuery q)
{
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

// The resources a statement selects (kColumns), in its order; none when it fails.
QList<StoredResource> resourcesOf(QSqlQuery q)
{
    QList<StoredResource> out;
    if (q.exec()) {
        while (q.next())
            out.append(fromRow(q));
    }
    return out;
}

} // namespace

Store::Store(QString path, SecretBox box)
    : m_path(std::move(path))
    , m_box(std::move(box))
{
}

Store::~Store()
{
    // Connections are per thread; remove the ones this object made that are still registered.
    const QStringList names = QSqlDatabase::connectionNames();
    const QString prefix = QStringLiteral("godwit-store-%1-").arg(quintptr(this));
    for (const QString &name : names) {
        if (name.startsWith(prefix)) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
}

std::unique_ptr<Store> Store::open(const QString &dataDir, QString *error)
{
    if (!QDir().mkpath(dataDir)) {
        *error = QStringLiteral("cannot create the data directory %1").arg(dataDir);
        return nullptr;
    }
    QFile::setPermissions(dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    auto box = SecretBox::open(QDir(dataDir).filePath(QStringLiteral("secrets.key")), error);
    if (!box)
        return nullptr;
    std::unique_ptr<Store> store(new Store(QDir(dataDir).filePath(QStringLiteral("engine.sqlite")), std::move(*box)));
    if (!store->ensureSchema(error))
        return nullptr;
    return store;
}

QString Store::connectionName() const
{
    const QString name
        = QStringLiteral("godwit-store-%1-%2").arg(quintptr(this)).arg(quintptr(QThread::currentThread()));
    if (!QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            qCWarning(lcStore) << "cannot open the store:" << db.lastError().text();
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    }
    return name;
}

bool Store::ensureSchema(QString *error)
{
    QMutexLocker lock(&m_mutex);
    QSqlDatabase db = QSqlDatabase::database(connectionName());
    if (!db.isOpen()) {
        *error = QStringLiteral("cannot open the store %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QSqlQuery q(db);
    const QStringList statements = {
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS resources (key TEXT PRIMARY KEY, id TEXT NOT NULL, kind TEXT NOT NULL,"
            " parent TEXT NOT NULL, body TEXT NOT NULL, seq INTEGER NOT NULL, secrets BLOB)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS resources_parent ON resources(parent, kind, seq)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS operations (id TEXT PRIMARY KEY, body TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("INSERT OR IGNORE INTO meta(key, value) VALUES ('schemaVersion', '1')"),
    };
    for (const QString &s : statements) {
        if (!q.exec(s)) {
            *error = QStringLiteral("cannot prepare the store %1: %2").arg(m_path, q.lastError().text());
            return false;
        }
    }
    if (q.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM resources")) && q.next())
        m_nextSeq = q.value(0).toLongLong() + 1;
    return true;
}

std::optional<StoredResource> Store::get(const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    q.prepare(QStringLiteral("SELECT %1 FROM resources WHERE key = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(keyOf(id));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

QList<StoredResource> Store::children(const QString &parentId, const QString &kind, int offset, int limit, int *total,
                                      const QString &taskType) const
{
    QSqlDatabase db = QSqlDatabase::database(connectionName());
    const QString filter
        = taskType.isEmpty() ? QString() : QStringLiteral(" AND json_extract(body, '$.properties.taskType') = ?");
    QVariantList values{keyOf(parentId), kind};
    if (!taskType.isEmpty())
        values.append(taskType);
    *total = countOf(prepared(
        db, QString(QStringLiteral("SELECT COUNT(*) FROM resources WHERE parent = ? AND kind = ?") + filter), values));
    return resourcesOf(prepared(
        db,
        QString(QStringLiteral("SELECT %1 FROM resources WHERE parent = ? AND kind = ?").arg(QLatin1String(kColumns))
                + filter + QStringLiteral(" ORDER BY seq LIMIT ? OFFSET ?")),
        values + QVariantList{limit, offset}));
}

QList<StoredResource> Store::services(const QString &subscription, const QString &resourceGroup, int offset, int limit,
                                      int *total) const
{
    QString prefix = QStringLiteral("/subscriptions/") + subscription + QLatin1Char('/');
    if (!resourceGroup.isEmpty())
        prefix += QStringLiteral("resourcegroups/") + resourceGroup + QLatin1Char('/');
    prefix = prefix.toLower();
    QSqlDatabase db = QSqlDatabase::database(connectionName());
    const QVariantList values{prefix.size(), prefix};
    *total = countOf(
        prepared(db, QStringLiteral("SELECT COUNT(*) FROM resources WHERE kind = 'services' AND substr(key, 1, ?) = ?"),
                 values));
    return resourcesOf(
        prepared(db,
                 QStringLiteral("SELECT %1 FROM resources WHERE kind = 'services' AND substr(key, 1, ?) = ?"
                                " ORDER BY seq LIMIT ? OFFSET ?")
                     .arg(QLatin1String(kColumns)),
                 values + QVariantList{limit, offset}));
}

QList<StoredResource> Store::ofKind(const QString &kind) const
{
    return resourcesOf(prepared(
        QSqlDatabase::database(connectionName()),
        QStringLiteral("SELECT %1 FROM resources WHERE kind = ? ORDER BY seq").arg(QLatin1String(kColumns)), {kind}));
}

QList<StoredResource> Store::tasksInStates(const QStringList &states) const
{
    QList<StoredResource> out = resourcesOf(
        prepared(QSqlDatabase::database(connectionName()),
                 QStringLiteral("SELECT %1 FROM resources WHERE kind IN ('tasks', 'serviceTasks') ORDER BY seq")
                     .arg(QLatin1String(kColumns)),
                 {}));
    out.removeIf([&states](const StoredResource &r) {
        return !states.contains(
            r.body.value(QLatin1String("properties")).toObject().value(QLatin1String("state")).toString());
    });
    return out;
}

bool Store::put(const StoredResource &resource, const std::optional<QJsonObject> &secretDocument, QString *error)
{
    QMutexLocker lock(&m_mutex);
    QSqlDatabase db = QSqlDatabase::database(connectionName());
    db.transaction();
    QSqlQuery existing(db);
    existing.prepare(QStringLiteral("SELECT seq FROM resources WHERE key = ?"));
    existing.addBindValue(keyOf(resource.id));
    const bool exists = existing.exec() && existing.next();
    const qint64 seq = exists ? existing.value(0).toLongLong() : m_nextSeq++;
    QSqlQuery q(db);
    if (exists && !secretDocument) {
        q.prepare(QStringLiteral("UPDATE resources SET body = ? WHERE key = ?"));
        q.addBindValue(compact(resource.body));
        q.addBindValue(keyOf(resource.id));
    } else {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO resources(key, id, kind, parent, body, seq, secrets)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(keyOf(resource.id));
        q.addBindValue(resource.id);
        q.addBindValue(resource.kind);
        // Top-level resources have no parent: store "" (the column is NOT NULL).
        q.addBindValue(resource.parentKey.isEmpty() ? QStringLiteral("") : keyOf(resource.parentKey));
        q.addBindValue(compact(resource.body));
        q.addBindValue(seq);
        q.addBindValue(secretDocument ? QVariant(m_box.seal(compact(*secretDocument)))
                                      : QVariant(QMetaType(QMetaType::QByteArray)));
    }
    if (!q.exec() || !db.commit()) {
        if (error)
            *error = q.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool Store::update(const QString &id, const std::function<bool(QJsonObject &body)> &change)
{
    QMutexLocker lock(&m_mutex);
    QSqlDatabase db = QSqlDatabase::database(connectionName());
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT body FROM resources WHERE key = ?"));
    q.addBindValue(keyOf(id));
    if (!q.exec() || !q.next()) {
        db.rollback();
        return false;
    }
    QJsonObject body = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
    if (!change(body)) {
        db.rollback();
        return false;
    }
    QSqlQuery w(db);
    w.prepare(QStringLiteral("UPDATE resources SET body = ? WHERE key = ?"));
    w.addBindValue(compact(body));
    w.addBindValue(keyOf(id));
    if (!w.exec() || !db.commit()) {
        qCWarning(lcStore) << "cannot update" << id << w.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool Store::remove(const QString &id)
{
    QMutexLocker lock(&m_mutex);
    QSqlDatabase db = QSqlDatabase::database(connectionName());
    const QString key = keyOf(id);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM resources WHERE key = ? OR substr(key, 1, ?) = ?"));
    q.addBindValue(key);
    q.addBindValue(key.size() + 1);
    q.addBindValue(QString(key + QLatin1Char('/')));
    if (!q.exec() || !db.commit()) {
        db.rollback();
        return false;
    }
    return q.numRowsAffected() > 0;
}

std::optional<QJsonObject> Store::secretDocument(const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    q.prepare(QStringLiteral("SELECT secrets FROM resources WHERE key = ?"));
    q.addBindValue(keyOf(id));
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return std::nullopt;
    const auto plain = m_box.unseal(q.value(0).toByteArray());
    if (!plain) {
        qCWarning(lcStore) << "the sealed secrets of" << id << "cannot be opened with this engine's key";
        return std::nullopt;
    }
    return QJsonDocument::fromJson(*plain).object();
}

void Store::putOperation(const QString &operationId, const QJsonObject &status)
{
    QMutexLocker lock(&m_mutex);
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO operations(id, body) VALUES (?, ?)"));
    q.addBindValue(operationId.toLower());
    q.addBindValue(compact(status));
    if (!q.exec())
        qCWarning(lcStore) << "cannot record operation" << operationId << q.lastError().text();
}

std::optional<QJsonObject> Store::operation(const QString &operationId) const
{
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    q.prepare(QStringLiteral("SELECT body FROM operations WHERE id = ?"));
    q.addBindValue(operationId.toLower());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return QJsonDocument::fromJson(q.value(0).toByteArray()).object();
}

} // namespace godwit::engine
