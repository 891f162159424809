#include "engine/runner/executor.h"

namespace godwit::engine {

QJsonObject odataError(const QString &code, const QString &message, const QJsonArray &details)
{
    QJsonObject e{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!details.isEmpty())
        e.insert(QStringLiteral("details"), details);
    return e;
}

ExecutionResult ExecutionResult::failed(const QString &code, const QString &message)
{
    return {QStringLiteral("Failed"), QJsonArray{odataError(code, message)}, false};
}

ExecutionResult ExecutionResult::invalidInput(const QString &code, const QString &message)
{
    return {QStringLiteral("FailedInputValidation"), QJsonArray{odataError(code, message)}, false};
}

} // namespace godwit::engine
