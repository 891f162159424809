#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace godwit::test {

/// The body of a task (as PUT takes it) of `taskType` with `input`.
QJsonObject taskBody(const QString &taskType, const QJsonObject &input);

/// The input of a migration task from `source` to `target` (connection infos as JSON) of `databases`
/// (selectedDatabases entries).
QJsonObject migrationInput(const QJsonObject &source, const QJsonObject &target, const QJsonArray &databases);

/// A selectedDatabases entry: the source database `name` migrated into `targetName`.
QJsonObject selectedDatabase(const QString &name, const QString &targetName);

} // namespace godwit::test
