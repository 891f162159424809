#include "service/tokenprovider.h"

#include <QTimer>

namespace godwit::service {

StaticTokenProvider::StaticTokenProvider(QString token, QObject *parent)
    : TokenProvider(parent)
    , m_token(std::move(token))
{
}

void StaticTokenProvider::refresh()
{
    QTimer::singleShot(0, this, [this] {
        Q_EMIT refreshed(false, tr("The server rejected the access token. Check the engine's token for this profile."));
    });
}

} // namespace godwit::service
