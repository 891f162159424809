#include "models/statekind.h"

#include <QCoreApplication>
#include <QHash>

namespace godwit::models {

StateKind stateKind(const QString &wireState)
{
    static const QHash<QString, StateKind> kinds = [] {
        QHash<QString, StateKind> k;
        const auto add = [&k](std::initializer_list<const char *> names, StateKind kind) {
            for (const char *name : names)
                k.insert(QString::fromLatin1(name).toLower(), kind);
        };
        add({"Queued", "BEFORE_LOAD", "CONFIGURING", "INITIALIAZING", "INITIALIZING", "INITIAL", "STARTING", "None",
             "Creating", "Accepted", "Starting"},
            StateKind::Queued);
        add({"Running",
             "FULL_LOAD",
             "LOADING",
             "RUNNING",
             "COMPLETING",
             "VALIDATING",
             "VALIDATION_COMPLETE",
             "RESTORE_IN_PROGRESS",
             "RESTORE_COMPLETED",
             "BACKUP_IN_PROGRESS",
             "BACKUP_COMPLETED",
             "InProgress",
             "FULL_BACKUP_UPLOAD_START",
             "LOG_SHIPPING_START",
             "UPLOAD_LOG_FILES_START",
             "CUTOVER_START",
             "Updating",
             "Deploying",
             "Deleting",
             "Stopping",
             "CANCELLING"},
            StateKind::Running);
        add({"Succeeded", "COMPLETED", "COMPLETE", "Completed", "POST_CUTOVER_COMPLETE"}, StateKind::Succeeded);
        add({"Failed", "FailedInputValidation", "Faulted", "FAILED", "ERROR", "VALIDATION_FAILED", "FailedToStart",
             "FailedToStop"},
            StateKind::Failed);
        add({"Canceled", "Cancelled", "CANCELED", "CANCELLED", "Skipped", "Stopped"}, StateKind::Canceled);
        add({"READY_TO_COMPLETE", "Warning"}, StateKind::Warning);
        return k;
    }();
    return kinds.value(wireState.toLower(), StateKind::None);
}

QString stateKindText(StateKind kind)
{
    switch (kind) {
    case StateKind::None:
        return QString();
    case StateKind::Queued:
        return QCoreApplication::translate("godwit::models::StateKind", "Waiting");
    case StateKind::Running:
        return QCoreApplication::translate("godwit::models::StateKind", "Running");
    case StateKind::Succeeded:
        return QCoreApplication::translate("godwit::models::StateKind", "Succeeded");
    case StateKind::Failed:
        return QCoreApplication::translate("godwit::models::StateKind", "Failed");
    case StateKind::Canceled:
        return QCoreApplication::translate("godwit::models::StateKind", "Canceled");
    case StateKind::Warning:
        return QCoreApplication::translate("godwit::models::StateKind", "Needs attention");
    }
    return QString();
}

} // namespace godwit::models
