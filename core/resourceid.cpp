#include "core/resourceid.h"

#include <QCoreApplication>
#include <QList>
#include <QUrl>

namespace godwit::core {

namespace {

const QLatin1String kProvider("Microsoft.DataMigration");

QString segment(const QString &name)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(name));
}

} // namespace

ResourceId ResourceId::forService(QString subscription, QString resourceGroup, QString service)
{
    ResourceId id;
    id.kind = Kind::Service;
    id.subscription = std::move(subscription);
    id.resourceGroup = std::move(resourceGroup);
    id.service = std::move(service);
    return id;
}

ResourceId ResourceId::projectId(QString project) const
{
    ResourceId id = forService(subscription, resourceGroup, service);
    id.kind = Kind::Project;
    id.project = std::move(project);
    return id;
}

ResourceId ResourceId::taskId(QString task) const
{
    ResourceId id = *this;
    id.kind = Kind::Task;
    id.child = std::move(task);
    return id;
}

ResourceId ResourceId::serviceTaskId(QString task) const
{
    ResourceId id = forService(subscription, resourceGroup, service);
    id.kind = Kind::ServiceTask;
    id.child = std::move(task);
    return id;
}

ResourceId ResourceId::fileId(QString file) const
{
    ResourceId id = *this;
    id.kind = Kind::File;
    id.child = std::move(file);
    return id;
}

std::optional<ResourceId> ResourceId::parse(QStringView text)
{
    QList<QStringView> parts = text.split(QLatin1Char('/'));
    if (parts.isEmpty() || !parts.first().isEmpty())
        return std::nullopt;
    parts.removeFirst();
    const auto is = [](QStringView a, const char *b) { return a.compare(QLatin1String(b), Qt::CaseInsensitive) == 0; };
    const auto decode = [](QStringView s) { return QUrl::fromPercentEncoding(s.toUtf8()); };
    if (parts.size() < 8 || !is(parts[0], "subscriptions") || !is(parts[2], "resourceGroups")
        || !is(parts[4], "providers") || parts[5].compare(kProvider, Qt::CaseInsensitive) != 0
        || !is(parts[6], "services"))
        return std::nullopt;
    for (QStringView p : std::as_const(parts)) {
        if (p.isEmpty())
            return std::nullopt;
    }
    ResourceId id = forService(decode(parts[1]), decode(parts[3]), decode(parts[7]));
    if (parts.size() == 8)
        return id;
    if (parts.size() == 10 && is(parts[8], "serviceTasks"))
        return id.serviceTaskId(decode(parts[9]));
    if (!is(parts[8], "projects"))
        return std::nullopt;
    id = id.projectId(decode(parts[9]));
    if (parts.size() == 10)
        return id;
    if (parts.size() == 12 && is(parts[10], "tasks"))
        return id.taskId(decode(parts[11]));
    if (parts.size() == 12 && is(parts[10], "files"))
        return id.fileId(decode(parts[11]));
    return std::nullopt;
}

QString ResourceId::toString() const
{
    QString s = QStringLiteral("/subscriptions/") + segment(subscription) + QStringLiteral("/resourceGroups/")
                + segment(resourceGroup) + QStringLiteral("/providers/") + kProvider + QStringLiteral("/services/")
                + segment(service);
    switch (kind) {
    case Kind::Service:
        break;
    case Kind::ServiceTask:
        s += QStringLiteral("/serviceTasks/") + segment(child);
        break;
    case Kind::Project:
        s += QStringLiteral("/projects/") + segment(project);
        break;
    case Kind::Task:
        s += QStringLiteral("/projects/") + segment(project) + QStringLiteral("/tasks/") + segment(child);
        break;
    case Kind::File:
        s += QStringLiteral("/projects/") + segment(project) + QStringLiteral("/files/") + segment(child);
        break;
    }
    return s;
}

QString ResourceId::name() const
{
    switch (kind) {
    case Kind::Service:
        return service;
    case Kind::Project:
        return project;
    case Kind::Task:
    case Kind::ServiceTask:
    case Kind::File:
        return child;
    }
    return QString();
}

QString ResourceId::resourceType() const
{
    switch (kind) {
    case Kind::Service:
        return QStringLiteral("Microsoft.DataMigration/services");
    case Kind::Project:
        return QStringLiteral("Microsoft.DataMigration/services/projects");
    case Kind::Task:
        return QStringLiteral("Microsoft.DataMigration/services/projects/tasks");
    case Kind::ServiceTask:
        return QStringLiteral("Microsoft.DataMigration/services/serviceTasks");
    case Kind::File:
        return QStringLiteral("Microsoft.DataMigration/services/projects/files");
    }
    return QString();
}

std::optional<ResourceId> ResourceId::parent() const
{
    switch (kind) {
    case Kind::Service:
        return std::nullopt;
    case Kind::Project:
    case Kind::ServiceTask:
        return forService(subscription, resourceGroup, service);
    case Kind::Task:
    case Kind::File:
        return forService(subscription, resourceGroup, service).projectId(project);
    }
    return std::nullopt;
}

QString parentIdOf(const QString &id)
{
    const qsizetype last = id.lastIndexOf(QLatin1Char('/'));
    const qsizetype type = last > 0 ? id.lastIndexOf(QLatin1Char('/'), last - 1) : -1;
    return type > 0 ? id.left(type) : QString();
}

bool isValidResourceName(QStringView name)
{
    if (name.isEmpty() || name.size() > 260)
        return false;
    if (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' ')))
        return false;
    for (QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || QStringView(u"<>%&:\\?/#*").contains(c))
            return false;
    }
    return true;
}

QString resourceNameProblem(QStringView name)
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("godwit::core::ResourceName", "Enter a name.");
    if (!isValidResourceName(name))
        return QCoreApplication::translate("godwit::core::ResourceName",
                                           "Use 1 to 260 characters, none of <>%&:\\?/#* or control characters, "
                                           "not ending in a dot or a space.");
    return QString();
}

} // namespace godwit::core
