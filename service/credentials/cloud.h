#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace godwit::service {

/// The Azure Active Directory application id of the Azure CLI: a public client Microsoft
/// registers in every tenant, used by default for browser and device-code sign-in.
inline constexpr char kAzureCliClientId[] = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";

/// One Azure cloud: where Resource Manager answers, where Entra ID signs in, and the audience
/// tokens must be issued for.
struct Cloud
{
    Q_DECLARE_TR_FUNCTIONS(godwit::service::Cloud)
public:
    enum class Kind { Public, UsGovernment, China, Custom };

    Kind kind = Kind::Public;
    QUrl armEndpoint;    ///< e.g. https://management.azure.com
    QUrl authorityHost;  ///< e.g. https://login.microsoftonline.com
    QString armResource; ///< the v1 resource (audience), e.g. https://management.azure.com/

    static Cloud publicCloud();
    static Cloud usGovernment();
    static Cloud china();
    /// Both URLs given (Azure Stack, a sovereign cloud not listed, a test server). The audience
    /// defaults to the Resource Manager URL.
    static Cloud custom(const QUrl &armEndpoint, const QUrl &authorityHost, const QString &armResource = {});
    /// The well-known cloud of a kind (Custom gives an empty cloud).
    static Cloud ofKind(Kind kind);

    /// The v2 scope for Resource Manager: `<resource>/.default`.
    QString armScope() const;
    /// `<authority>/<tenant>/oauth2/v2.0/<leaf>`, leaf being token, devicecode or authorize.
    QUrl oauthEndpoint(const QString &tenant, const QString &leaf) const;
    /// Both URLs usable (absolute http or https).
    bool isValid() const;

    /// Stable names for settings files: public, usgovernment, china, custom.
    static QString kindName(Kind kind);
    static bool kindFromName(const QString &name, Kind *kind);
    /// For people.
    static QString displayName(Kind kind);
};

} // namespace godwit::service
