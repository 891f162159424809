#pragma once

#include "engine/runner/executor.h"

namespace godwit::engine {

/// The executors this engine ships: the PostgreSQL family.
class BuiltinExecutors final : public ExecutorFactory
{
public:
    std::unique_ptr<Executor> create(const QString &taskType) const override;
    QStringList supportedTaskTypes() const override;
};

} // namespace godwit::engine
