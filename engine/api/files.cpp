#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QSaveFile>

#include "core/clock.h"
#include "engine/api/api.h"
#include "engine/api/handlers.h"

namespace godwit::engine {

namespace {

const QLatin1String kProperties("properties");

core::ResourceId fileId(const RouteParams &params)
{
    return params.projectId().fileId(params.file);
}

QString blobName(const QString &fileId)
{
    return QString::fromLatin1(QCryptographicHash::hash(fileId.toLower().toUtf8(), QCryptographicHash::Sha256).toHex());
}

QByteArray signature(const QByteArray &key, const QString &blob, const QString &permissions, qint64 expiry)
{
    return QMessageAuthenticationCode::hash(
               (blob + QLatin1Char('|') + permissions + QLatin1Char('|') + QString::number(expiry)).toUtf8(), key,
               QCryptographicHash::Sha256)
        .toHex();
}

ApiResponse storageInfo(Api &api, const ApiRequest &request, const RouteParams &params, const QString &permissions)
{
    const StoredResource file = api::requireResource(api.store(), fileId(params));
    const qint64 expiry = core::Clock::current().now().toSecsSinceEpoch() + 3600;
    const QString blob = blobName(file.id);
    QUrl uri = request.baseUrl;
    uri.setPath(QStringLiteral("/_blobs/") + blob);
    uri.setQuery(QStringLiteral("sp=%1&se=%2&sig=%3")
                     .arg(permissions)
                     .arg(expiry)
                     .arg(QString::fromLatin1(signature(api.blobKey(), blob, permissions, expiry))));
    return ApiResponse::json(200, QJsonObject{{QStringLiteral("uri"), uri.toString(QUrl::FullyEncoded)},
                                              {QStringLiteral("headers"), QJsonObject{{QStringLiteral("x-ms-blob-type"),
                                                                                       QStringLiteral("BlockBlob")}}}});
}

} // namespace

ApiResponse FilesHandler::list(Api &api, const ApiRequest &request, const RouteParams &params)
{
    api::requireParent(api.store(), params.projectId());
    const int offset = api::pageOffset(request);
    int total = 0;
    const auto items = api.store().children(params.projectId().toString(), QStringLiteral("files"), offset,
                                            api.options().pageSize, &total);
    return api::page(request, items, offset, total, [](const StoredResource &r) { return r.body; });
}

ApiResponse FilesHandler::get(Api &api, const ApiRequest &, const RouteParams &params)
{
    return ApiResponse::json(200, api::requireResource(api.store(), fileId(params)).body);
}

ApiResponse FilesHandler::put(Api &api, const ApiRequest &request, const RouteParams &params)
{
    api::requireValidName(params.file, QStringLiteral("file"));
    api::requireParent(api.store(), params.projectId());
    const QJsonObject incoming = request.jsonObject();
    api::requireValid(incoming, QStringLiteral("ProjectFile"));
    const core::ResourceId id = fileId(params);
    const auto existing = api.store().get(id.toString());
    QJsonObject props = existing ? existing->body.value(kProperties).toObject() : QJsonObject();
    const QJsonObject changes = incoming.value(kProperties).toObject();
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (it.key() != QLatin1String("size") && it.key() != QLatin1String("lastModified"))
            props.insert(it.key(), it.value());
    }
    if (!props.contains(QLatin1String("size")))
        props.insert(QStringLiteral("size"), 0);
    if (!props.contains(QLatin1String("lastModified")))
        props.insert(QStringLiteral("lastModified"), core::Clock::current().now().toUTC().toString(Qt::ISODateWithMs));
    const QJsonObject body{
        {QStringLiteral("id"), existing ? existing->id : id.toString()},
        {QStringLiteral("name"), existing ? existing->body.value(QLatin1String("name")).toString() : params.file},
        {QStringLiteral("type"), id.resourceType()},
        {QStringLiteral("etag"), api::newEtag()},
        {QStringLiteral("systemData"),
         api::systemData(existing ? existing->body.value(QLatin1String("systemData")).toObject() : QJsonObject())},
        {QStringLiteral("properties"), props},
    };
    QString error;
    if (!api.store().put({body.value(QLatin1String("id")).toString(), QStringLiteral("files"),
                          params.projectId().toString(), body, existing ? existing->seq : 0},
                         std::nullopt, &error))
        throw ApiError{500, QStringLiteral("InternalServerError"), error, {}};
    return ApiResponse::json(existing ? 200 : 201, body);
}

ApiResponse FilesHandler::patch(Api &api, const ApiRequest &request, const RouteParams &params)
{
    api::requireResource(api.store(), fileId(params));
    return put(api, request, params);
}

ApiResponse FilesHandler::remove(Api &api, const ApiRequest &, const RouteParams &params)
{
    const auto existing = api.store().get(fileId(params).toString());
    if (!existing)
        return ApiResponse::empty(204);
    api.store().remove(existing->id);
    QFile::remove(QDir(api.options().blobDir).filePath(blobName(existing->id)));
    return ApiResponse::empty(200);
}

ApiResponse FilesHandler::read(Api &api, const ApiRequest &request, const RouteParams &params)
{
    return storageInfo(api, request, params, QStringLiteral("r"));
}

ApiResponse FilesHandler::readWrite(Api &api, const ApiRequest &request, const RouteParams &params)
{
    return storageInfo(api, request, params, QStringLiteral("rw"));
}

ApiResponse FilesHandler::blob(Api &api, const ApiRequest &request, const QString &blob)
{
    bool ok = false;
    const qint64 expiry = request.queryValue(QStringLiteral("se")).toLongLong(&ok);
    const QString permissions = request.queryValue(QStringLiteral("sp"));
    const QByteArray sig = request.queryValue(QStringLiteral("sig")).toLatin1();
    const bool write = request.method == QLatin1String("PUT");
    if (!ok || sig.isEmpty() || signature(api.blobKey(), blob, permissions, expiry) != sig
        || expiry < core::Clock::current().now().toSecsSinceEpoch())
        throw ApiError{403,
                       QStringLiteral("AuthenticationFailed"),
                       QStringLiteral("The signature of this file URI is not valid or has expired; ask for a new one."),
                       {}};
    if (write && permissions != QLatin1String("rw"))
        throw ApiError{403,
                       QStringLiteral("AuthorizationPermissionMismatch"),
                       QStringLiteral("This file URI only allows reading."),
                       {}};
    // Find the file resource the blob belongs to, to keep its size and time current.
    const QString path = QDir(api.options().blobDir).filePath(blob);
    if (write) {
        QDir().mkpath(api.options().blobDir);
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(request.body) != request.body.size() || !out.commit())
            throw ApiError{500,
                           QStringLiteral("InternalServerError"),
                           QStringLiteral("The file content could not be stored."),
                           {}};
        for (const StoredResource &f : api.store().ofKind(QStringLiteral("files"))) {
            if (blobName(f.id) != blob)
                continue;
            api.store().update(f.id, [&](QJsonObject &body) {
                QJsonObject props = body.value(kProperties).toObject();
                props.insert(QStringLiteral("size"), qint64(request.body.size()));
                props.insert(QStringLiteral("lastModified"),
                             core::Clock::current().now().toUTC().toString(Qt::ISODateWithMs));
                body.insert(kProperties, props);
                return true;
            });
        }
        return ApiResponse::empty(201);
    }
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        throw ApiError{404, QStringLiteral("BlobNotFound"), QStringLiteral("The file has no content yet."), {}};
    return ApiResponse::bytes(200, in.readAll(), "application/octet-stream");
}

} // namespace godwit::engine
