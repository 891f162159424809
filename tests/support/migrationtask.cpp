#include "support/migrationtask.h"

namespace godwit::test {

QJsonObject taskBody(const QString &taskType, const QJsonObject &input)
{
    return QJsonObject{{QStringLiteral("properties"),
                        QJsonObject{{QStringLiteral("taskType"), taskType}, {QStringLiteral("input"), input}}}};
}

QJsonObject migrationInput(const QJsonObject &source, const QJsonObject &target, const QJsonArray &databases)
{
    return QJsonObject{{QStringLiteral("sourceConnectionInfo"), source},
                       {QStringLiteral("targetConnectionInfo"), target},
                       {QStringLiteral("selectedDatabases"), databases}};
}

QJsonObject selectedDatabase(const QString &name, const QString &targetName)
{
    return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("targetDatabaseName"), targetName}};
}

} // namespace godwit::test
