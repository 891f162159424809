#pragma once

#include "engine/api/common.h"

namespace godwit::engine {

class Api;

/// Microsoft.DataMigration/services: CRUD as long-running operations, start/stop, status, SKUs,
/// child name availability.
class ServicesHandler final
{
public:
    static ApiResponse list(Api &api, const ApiRequest &request, const RouteParams &params);
    static ApiResponse get(Api &api, const ApiRequest &request, const RouteParams &params);
    static ApiResponse put(Api &api, const ApiRequest &request, const RouteParams &params);
    static ApiResponse patch(Api &api, const ApiRequest &request, const RouteParams &params);
    static ApiResponse remove(Api &api, const ApiRequest &request, const RouteParams &params);
    static ApiResponse start(Api &api, const ApiRequest &request, const RouteParams &params);
    static ApiResponse stop(Api &api, const ApiRequest &request, const RouteParams &params);
    static ApiResponse checkStatus(Api &api, const ApiRequest &request, const RouteParams &params);
    static ApiResponse skus(Api &api, const ApiRequest &request, const RouteParams &params);
    static ApiResponse checkChildrenName(Api &api, const ApiRequest &request, const RouteParams &params);
};

/// .../services/{s}/projects
class ProjectsHandler final
{
public:
    static ApiResponse list(Api &api, const ApiRequest &request, const RouteParams &params);
    static ApiResponse get(Api &api, const ApiRequest &request, const RouteParams &params);
    static ApiResponse put(Api &api, const ApiRequest &request, const RouteParams &params);
    static ApiResponse patch(Api &api, const ApiRequest &request, const RouteParams &params);
    static ApiResponse remove(Api &api, const ApiRequest &request, const RouteParams &params);
};

/// .../projects/{p}/tasks and .../services/{s}/serviceTasks (the same resource shape).
class TasksHandler final
{
public:
    static ApiResponse list(Api &api, const ApiRequest &request, const RouteParams &params);
    static ApiResponse get(Api &api, const ApiRequest &request, const RouteParams &params);
    static ApiResponse put(Api &api, const ApiRequest &request, const RouteParams &params);
    static ApiResponse patch(Api &api, const ApiRequest &request, const RouteParams &params);
    static ApiResponse remove(Api &api, const ApiRequest &request, const RouteParams &params);
    static ApiResponse cancel(Api &api, const ApiRequest &request, const RouteParams &params);
    static ApiResponse command(Api &api, const ApiRequest &request, const RouteParams &params);

    /// Whether any task under a service or project is Queued or Running.
    static bool hasActiveTasks(Api &api, const core::ResourceId &scope);
    /// Cancels every active task under a service or project.
    static void cancelActiveTasks(Api &api, const core::ResourceId &scope);
};

/// .../projects/{p}/files: metadata, and SAS-like URIs for the content.
class FilesHandler final
{
public:
    static ApiResponse list(Api &api, const ApiRequest &request, const RouteParams &params);
    static ApiResponse get(Api &api, const ApiRequest &request, const RouteParams &params);
    static ApiResponse put(Api &api, const ApiRequest &request, const RouteParams &params);
    static ApiResponse patch(Api &api, const ApiRequest &request, const RouteParams &params);
    static ApiResponse remove(Api &api, const ApiRequest &request, const RouteParams &params);
    static ApiResponse read(Api &api, const ApiRequest &request, const RouteParams &params);
    static ApiResponse readWrite(Api &api, const ApiRequest &request, const RouteParams &params);
    /// GET/PUT of a file's content through the signed URI that read/readWrite hand out.
    static ApiResponse blob(Api &api, const ApiRequest &request, const QString &blob);
};

/// Subscription- and location-level operations: SKUs, usages, name availability, the
/// operations list and long-running operation status.
class CatalogHandler final
{
public:
    static ApiResponse resourceSkus(Api &api, const ApiRequest &request, const RouteParams &params);
    static ApiResponse usages(Api &api, const ApiRequest &request, const RouteParams &params);
    static ApiResponse checkName(Api &api, const ApiRequest &request, const RouteParams &params);
    static ApiResponse operations(Api &api, const ApiRequest &request, const RouteParams &params);
    static ApiResponse operationStatus(Api &api, const ApiRequest &request, const RouteParams &params);
    static ApiResponse operationResult(Api &api, const ApiRequest &request, const RouteParams &params);
};

} // namespace godwit::engine
