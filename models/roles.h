#pragma once

#include <Qt>

namespace godwit::models {

/// Roles every Godwit model answers besides Qt's own.
enum Role {
    RawValueRole = Qt::UserRole + 1, ///< numbers and timestamps unformatted, for sorting and charts
    ResourceIdRole,                  ///< the ARM id of the row's resource
    StateRole,                       ///< the wire state (TaskState, provisioningState, migrationState)
    TaskTypeRole,                    ///< the task type discriminator
    JsonRole,                        ///< the row's whole JSON object
    StateKindRole,                   ///< on state cells: the StateKind of the state, as an int
};

} // namespace godwit::models
