#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace godwit::core {

/// An ARM resource id of Microsoft.DataMigration: a service, project, task, service task or file.
struct ResourceId
{
    enum class Kind { Service, Project, Task, ServiceTask, File };

    Kind kind = Kind::Service;
    QString subscription;
    QString resourceGroup;
    QString service;
    QString project; // Project, Task, File
    QString child;   // the task, service task or file name

    static ResourceId forService(QString subscription, QString resourceGroup, QString service);
    ResourceId projectId(QString project) const;
    ResourceId taskId(QString task) const;
    ResourceId serviceTaskId(QString task) const;
    ResourceId fileId(QString file) const;

    /// Parses "/subscriptions/{s}/resourceGroups/{g}/providers/Microsoft.DataMigration/services/..."
    /// (names compared case-insensitively, as ARM does). nullopt when it is no such id.
    static std::optional<ResourceId> parse(QStringView id);

    QString toString() const;
    /// The id in lower case: the key under which ARM treats two ids as the same resource.
    QString key() const { return toString().toLower(); }
    /// The last name in the id.
    QString name() const;
    /// "Microsoft.DataMigration/services/projects/tasks" and so on.
    QString resourceType() const;
    /// The service of a project, the project of a task or file, the service of a service task.
    std::optional<ResourceId> parent() const;

    friend bool operator==(const ResourceId &a, const ResourceId &b) { return a.key() == b.key(); }
};

/// The id of a resource's parent from its id alone: the id without its last "/type/name" pair
/// (".../projects/p/tasks/t" -> ".../projects/p"). Cheap: no parsing, for polls of many ids.
QString parentIdOf(const QString &id);

/// Whether a string is a valid resource name for this API (1-260 characters, none of <>%&:\?/
/// nor control characters, not ending in a dot or space).
bool isValidResourceName(QStringView name);
/// What is wrong with a resource name, in words for people (translated); empty when it is valid.
QString resourceNameProblem(QStringView name);

} // namespace godwit::core
