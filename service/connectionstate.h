#pragma once

#include <QMetaType>

namespace godwit::service {

/// What the status bar says about the connection to the current endpoint.
enum class ConnectionState {
    Disconnected, ///< no profile open
    Connecting,   ///< first requests under way
    SigningIn,    ///< waiting for credentials (browser, device code, token refresh)
    Connected,    ///< the last request was answered
    Unauthorized, ///< the server rejected our credentials; sign in again
    Unreachable,  ///< requests fail before an answer (refused, timeout, DNS, TLS); retrying
};

} // namespace godwit::service

Q_DECLARE_METATYPE(godwit::service::ConnectionState)
