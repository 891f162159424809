// ARM resource ids: parsing, building, parents, names.

#include <gtest/gtest.h>

#include "support/printers.h"

#include "core/clock.h"
#include "core/resourceid.h"

using namespace godwit::core;

TEST(ResourceId, ParsesEveryKindCaseInsensitively)
{
    const auto task = ResourceId::parse(u"/subscriptions/0000/RESOURCEGROUPS/rg/providers/microsoft.datamigration/"
                                        u"services/svc/projects/proj/tasks/my%20task");
    ASSERT_TRUE(task.has_value());
    EXPECT_EQ(task->kind, ResourceId::Kind::Task);
    EXPECT_EQ(task->name(), QStringLiteral("my task"));
    EXPECT_EQ(task->resourceType(), QStringLiteral("Microsoft.DataMigration/services/projects/tasks"));
    EXPECT_EQ(task->toString(), QStringLiteral("/subscriptions/0000/resourceGroups/rg/providers/"
                                               "Microsoft.DataMigration/services/svc/projects/proj/tasks/my%20task"));
    EXPECT_EQ(task->parent()->kind, ResourceId::Kind::Project);
    EXPECT_EQ(task->parent()->parent()->kind, ResourceId::Kind::Service);
    EXPECT_FALSE(task->parent()->parent()->parent().has_value());

    const auto serviceTask = ResourceId::parse(
        u"/subscriptions/s/resourceGroups/g/providers/Microsoft.DataMigration/services/svc/serviceTasks/check");
    ASSERT_TRUE(serviceTask.has_value());
    EXPECT_EQ(serviceTask->kind, ResourceId::Kind::ServiceTask);
    const auto file = ResourceId::parse(
        u"/subscriptions/s/resourceGroups/g/providers/Microsoft.DataMigration/services/svc/projects/p/files/f");
    ASSERT_TRUE(file.has_value());
    EXPECT_EQ(file->kind, ResourceId::Kind::File);

    for (const char16_t *bad :
         {u"", u"subscriptions/s", u"/subscriptions/s/resourceGroups/g/providers/Microsoft.Sql/services/x",
          u"/subscriptions/s/resourceGroups/g/providers/Microsoft.DataMigration/services/svc/projects/p/other/x",
          u"/subscriptions//resourceGroups/g/providers/Microsoft.DataMigration/services/svc"})
        EXPECT_FALSE(ResourceId::parse(bad).has_value()) << QString::fromUtf16(bad).toStdString();
}

TEST(ResourceId, BuildsChildrenAndComparesLikeArm)
{
    const ResourceId service
        = ResourceId::forService(QStringLiteral("sub"), QStringLiteral("rg"), QStringLiteral("Svc"));
    const ResourceId task = service.projectId(QStringLiteral("P")).taskId(QStringLiteral("T"));
    EXPECT_EQ(ResourceId::parse(task.toString()), task);
    EXPECT_EQ(*ResourceId::parse(task.toString().toLower()), task);
    EXPECT_EQ(task.key(), task.toString().toLower());
}

TEST(ResourceId, ValidNames)
{
    EXPECT_TRUE(isValidResourceName(u"inventory-migration_01"));
    EXPECT_TRUE(isValidResourceName(u"Ümlaut task"));
    EXPECT_FALSE(isValidResourceName(u""));
    EXPECT_FALSE(isValidResourceName(u"a/b"));
    EXPECT_FALSE(isValidResourceName(u"ends."));
    EXPECT_FALSE(isValidResourceName(u"tab\there"));
    EXPECT_FALSE(isValidResourceName(QString(261, QLatin1Char('x'))));
}

TEST(Clock, ManualClockMovesOnlyWhenTold)
{
    ManualClock clock;
    Clock::install(&clock);
    const QDateTime start = Clock::current().now();
    EXPECT_EQ(Clock::current().now(), start);
    clock.advance(1500);
    EXPECT_EQ(Clock::current().now(), start.addMSecs(1500));
    EXPECT_EQ(Clock::current().elapsedMs(), 1500);
    Clock::install(nullptr);
    EXPECT_GE(Clock::current().now(), QDateTime::currentDateTimeUtc().addSecs(-5));
}

TEST(ResourceId, ParentIdFromTheIdAlone)
{
    EXPECT_EQ(
        parentIdOf(QStringLiteral(
            "/subscriptions/s/resourceGroups/g/providers/Microsoft.DataMigration/services/v/projects/p/tasks/t")),
        QStringLiteral("/subscriptions/s/resourceGroups/g/providers/Microsoft.DataMigration/services/v/projects/p"));
    EXPECT_EQ(parentIdOf(QStringLiteral(
                  "/subscriptions/s/resourceGroups/g/providers/Microsoft.DataMigration/services/v/projects/p")),
              QStringLiteral("/subscriptions/s/resourceGroups/g/providers/Microsoft.DataMigration/services/v"));
    EXPECT_EQ(parentIdOf(QStringLiteral("nothing")), QString());
}
