#pragma once

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

#include "core/dmstypes.h"
#include "engine/executors/executorcommon.h"

namespace godwit::engine::mysql {

/// What went wrong when a connection could not be opened, and what the user can do about it.
struct ConnectFailure
{
    QString message;
    QString remedy;
    /// The whole server is out of reach for these settings (not one database).
    bool serverWide = true;
};

/// Explains a failed connect by its MySQL error number (0: the settings themselves were bad).
ConnectFailure classifyConnectError(unsigned code, const QString &error, const core::dms::MySqlConnectionInfo &info);

/// What the schema cannot say about a connection info (appends "input.<member>.…: …").
void checkConnectionInfo(const core::dms::MySqlConnectionInfo &info, const QString &member, QStringList *errors);

/// A table of a tableMap entry without its database ("shop.items" and "items" both mean items).
QString tableOf(const QString &entry, const QString &database);

/// A selected database as the MySQL migrations run it.
struct SelectedDatabase
{
    QString name;
    QString targetName;              ///< the source's name when none is given
    QMap<QString, QString> tableMap; ///< source table → target table; empty: every table
};

/// The selected databases of a migration input (offline or online), with what the schema cannot
/// say appended to `errors`: none selected, an empty or a repeated name.
template <typename Database>
QList<SelectedDatabase> selectedDatabases(const QList<Database> &selected, QStringList *errors)
{
    if (selected.isEmpty())
        errors->append(QStringLiteral("input.selectedDatabases: select at least one database"));
    QList<SelectedDatabase> result;
    QSet<QString> names;
    for (qsizetype i = 0; i < selected.size(); ++i) {
        const auto &db = selected.at(i);
        if (db.name().isEmpty())
            errors->append(QStringLiteral("input.selectedDatabases[%1].name: must not be empty").arg(i));
        else if (names.contains(db.name()))
            errors->append(
                QStringLiteral("input.selectedDatabases[%1].name: %2 is selected twice").arg(i).arg(db.name()));
        names.insert(db.name());
        SelectedDatabase run;
        run.name = db.name();
        run.targetName = db.targetDatabaseName().isEmpty() ? db.name() : db.targetDatabaseName();
        const auto map = db.tableMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            run.tableMap.insert(tableOf(it.key(), run.name),
                                tableOf(it.value().isEmpty() ? it.key() : it.value(), run.targetName));
        result.append(run);
    }
    return result;
}

/// Checks what the schema cannot say about a migration input (offline or online): both connection
/// infos and the selected databases, each appended to `databases` as a `Run` (anything with a name,
/// a targetName and a tableMap).
template <typename Input, typename Run>
std::optional<ExecutionResult> checkMigrationInput(const Input &input, QList<Run> *databases)
{
    QStringList errors;
    checkConnectionInfo(input.sourceConnectionInfo(), QStringLiteral("sourceConnectionInfo"), &errors);
    checkConnectionInfo(input.targetConnectionInfo(), QStringLiteral("targetConnectionInfo"), &errors);
    for (const SelectedDatabase &selected : selectedDatabases(input.selectedDatabases(), &errors)) {
        Run run;
        run.name = selected.name;
        run.targetName = selected.targetName;
        run.tableMap = selected.tableMap;
        databases->append(run);
    }
    return executors::invalidIfAny(errors);
}

/// A user as MySQL writes it in GRANT statements: 'name'@'host'.
QString accountName(const QString &currentUser);

/// Databases every MySQL or MariaDB server has for itself; never listed or migrated.
bool isSystemDatabase(const QString &name);

/// "10.11.19" from "10.11.19-MariaDB-0+deb12u1-log".
QString shortVersion(const QString &version);

} // namespace godwit::engine::mysql
