#pragma once

#include <QString>

namespace godwit::models {

/// What a state means to a person, whatever enum it comes from (TaskState, provisioningState,
/// SyncDatabaseMigrationReportingState, SyncTableMigrationState, MigrationState,
/// DatabaseMigrationState). Views show an icon per kind beside the state's text.
enum class StateKind {
    None,      ///< no state, or one that says nothing (Unknown, UNDEFINED)
    Queued,    ///< waiting to start
    Running,   ///< working
    Succeeded, ///< finished well
    Failed,    ///< finished badly
    Canceled,  ///< stopped by someone
    Warning,   ///< needs attention: ready for its cutover, or done with warnings
};

/// The kind of a wire state; matching ignores case. An unknown value is None.
StateKind stateKind(const QString &wireState);

/// A short translated name of a kind ("Running", "Ready for cutover or needs attention").
QString stateKindText(StateKind kind);

} // namespace godwit::models
