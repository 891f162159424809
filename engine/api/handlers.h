#pragma once

#include "engine/api/common.h"

namespace godwit::engine {

class Api;

/// What a route runs: the request and its path parameters in, the response out.
using RouteHandler = ApiResponse(Api &api, const ApiRequest &request, const RouteParams &params);

/// Microsoft.DataMigration/services: CRUD as long-running operations, start/stop, status, SKUs,
/// child name availability.
class ServicesHandler final
{
public:
    static RouteHandler list, get, put, patch, remove, start, stop, checkStatus, skus, checkChildrenName;
};

/// .../services/{s}/projects
class ProjectsHandler final
{
public:
    static RouteHandler list, get, put, patch, remove;
};

/// .../projects/{p}/tasks and .../services/{s}/serviceTasks (the same resource shape).
class TasksHandler final
{
public:
    static RouteHandler list, get, put, patch, remove, cancel, command;

    /// Whether any task under a service or project is Queued or Running.
    static bool hasActiveTasks(Api &api, const core::ResourceId &scope);
    /// Cancels every active task under a service or project.
    static void cancelActiveTasks(Api &api, const core::ResourceId &scope);
};

/// .../projects/{p}/files: metadata, and SAS-like URIs for the content.
class FilesHandler final
{
public:
    static RouteHandler list, get, put, patch, remove, read, readWrite;
    /// GET/PUT of a file's content through the signed URI that read/readWrite hand out.
    static ApiResponse blob(Api &api, const ApiRequest &request, const QString &blob);
};

/// Subscription- and location-level operations: SKUs, usages, name availability, the
/// operations list and long-running operation status.
class CatalogHandler final
{
public:
    static RouteHandler resourceSkus, usages, checkName, operations, operationStatus, operationResult;
};

} // namespace godwit::engine
