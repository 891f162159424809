#include "service/credentials/cloud.h"

namespace godwit::service {

namespace {

Cloud make(Cloud::Kind kind, const char *arm, const char *authority)
{
    Cloud cloud;
    cloud.kind = kind;
    cloud.armEndpoint = QUrl(QString::fromLatin1(arm));
    cloud.authorityHost = QUrl(QString::fromLatin1(authority));
    cloud.armResource = QString(QString::fromLatin1(arm) + QLatin1Char('/'));
    return cloud;
}

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
           && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace

Cloud Cloud::publicCloud()
{
    return make(Kind::Public, "https://management.azure.com", "https://login.microsoftonline.com");
}

Cloud Cloud::usGovernment()
{
    return make(Kind::UsGovernment, "https://management.usgovcloudapi.net", "https://login.microsoftonline.us");
}

Cloud Cloud::china()
{
    return make(Kind::China, "https://management.chinacloudapi.cn", "https://login.chinacloudapi.cn");
}

Cloud Cloud::custom(const QUrl &armEndpoint, const QUrl &authorityHost, const QString &armResource)
{
    Cloud cloud;
    cloud.kind = Kind::Custom;
    cloud.armEndpoint = armEndpoint;
    cloud.authorityHost = authorityHost;
    if (!armResource.isEmpty()) {
        cloud.armResource = armResource;
    } else {
        QString resource = armEndpoint.toString(QUrl::RemoveQuery | QUrl::RemoveFragment);
        if (!resource.endsWith(QLatin1Char('/')))
            resource += QLatin1Char('/');
        cloud.armResource = resource;
    }
    return cloud;
}

Cloud Cloud::ofKind(Kind kind)
{
    switch (kind) {
    case Kind::Public:
        return publicCloud();
    case Kind::UsGovernment:
        return usGovernment();
    case Kind::China:
        return china();
    case Kind::Custom:
        break;
    }
    Cloud cloud;
    cloud.kind = Kind::Custom;
    return cloud;
}

QString Cloud::armScope() const
{
    QString resource = armResource;
    while (resource.endsWith(QLatin1Char('/')))
        resource.chop(1);
    return QString(resource + QStringLiteral("/.default"));
}

QUrl Cloud::oauthEndpoint(const QString &tenant, const QString &leaf) const
{
    QUrl url = authorityHost;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(QString(path + QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/") + leaf));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

bool Cloud::isValid() const
{
    return isWebUrl(armEndpoint) && isWebUrl(authorityHost) && !armResource.isEmpty();
}

QString Cloud::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Public:
        return QStringLiteral("public");
    case Kind::UsGovernment:
        return QStringLiteral("usgovernment");
    case Kind::China:
        return QStringLiteral("china");
    case Kind::Custom:
        return QStringLiteral("custom");
    }
    return QString();
}

bool Cloud::kindFromName(const QString &name, Kind *kind)
{
    for (Kind k : {Kind::Public, Kind::UsGovernment, Kind::China, Kind::Custom}) {
        if (name == kindName(k)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString Cloud::displayName(Kind kind)
{
    switch (kind) {
    case Kind::Public:
        return tr("Azure (public)");
    case Kind::UsGovernment:
        return tr("Azure US Government");
    case Kind::China:
        return tr("Azure China (21Vianet)");
    case Kind::Custom:
        return tr("Custom endpoints");
    }
    return QString();
}

} // namespace godwit::service
