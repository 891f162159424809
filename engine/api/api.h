#pragma once

#include <QObject>
#include <QString>

#include <functional>

#include "engine/api/request.h"

namespace godwit::engine {

class Store;
class TaskRunner;

/// Settings of the API surface.
struct ApiOptions
{
    int pageSize = 100;            ///< items per list page before a nextLink
    int lroDelayMs = 300;          ///< how long service operations stay InProgress
    qint64 maxBodyBytes = 4 << 20; ///< larger request bodies get 413
    QString defaultLocation = QStringLiteral("local");
    QString blobDir; ///< where file contents are kept
    QString token;   ///< the bearer token every request must carry (empty: none)
};

/// The DMS REST API of version 2025-06-30: routes every request to the handler of its resource
/// and turns every failure into the ARM error envelope. Independent of the HTTP server, so it is
/// tested and embedded the same way.
class Api final : public QObject
{
    Q_OBJECT
public:
    Api(Store &store, TaskRunner &runner, ApiOptions options, QObject *parent = nullptr);
    ~Api() override;

    /// Handles one request. Never throws.
    ApiResponse handle(const ApiRequest &request);

    const ApiOptions &options() const { return m_options; }
    Store &store() { return m_store; }
    /// Signs the file URIs of this engine run.
    const QByteArray &blobKey() const { return m_blobKey; }
    TaskRunner &runner() { return m_runner; }

    /// Runs `done` after the LRO delay, recording an ARM operation-status resource meanwhile.
    /// Returns the headers (Azure-AsyncOperation, Location, Retry-After) for the response.
    QList<std::pair<QByteArray, QByteArray>> startOperation(const ApiRequest &request, const QString &subscription,
                                                            const QString &location, std::function<void()> done);

private:
    struct Route;
    ApiResponse dispatch(const ApiRequest &request);

    Store &m_store;
    TaskRunner &m_runner;
    ApiOptions m_options;
    QList<Route> *m_routes;
    QByteArray m_blobKey;
    /// Answers to recent commands and cancels by client request id: a transport that sends one
    /// again gets the first answer instead of a second execution.
    QList<std::pair<QByteArray, ApiResponse>> m_recentActions;
};

} // namespace godwit::engine
