#include "service/jobs.h"

#include "service/session.h"

namespace godwit::service {

ListJob::ListJob(Session &session, QUrl url, QObject *parent)
    : HttpJob(session, Request{"GET", std::move(url), {}, true}, parent)
{
}

void ListJob::onResponse()
{
    ++m_pages;
    const QJsonValue value = json().value(QLatin1String("value"));
    if (!value.isArray() && !value.isUndefined()) {
        finish(ServiceError::protocol(status(), tr("a list without a value array")));
        return;
    }
    for (const QJsonValue &item : value.toArray())
        m_items.append(item);
    const QString next = json().value(QLatin1String("nextLink")).toString();
    if (next.isEmpty()) {
        finish();
        return;
    }
    const QUrl nextUrl(next);
    if (!nextUrl.isValid() || !session().isSameOrigin(nextUrl)) {
        finish(ServiceError::protocol(status(),
                                      tr("the next page is on another server (%1); not followed").arg(nextUrl.host())));
        return;
    }
    if (m_pages > 10000) {
        finish(ServiceError::protocol(status(), tr("the list does not end")));
        return;
    }
    sendNext(Request{"GET", nextUrl, {}, true});
}

LroJob::LroJob(Session &session, Request request, QObject *parent)
    : HttpJob(session, request, parent)
    , m_resourceUrl(request.url)
    , m_method(request.method)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &LroJob::poll);
}

void LroJob::poll()
{
    sendNext(Request{"GET", m_pollUrl, {}, true});
}

void LroJob::onResponse()
{
    const auto wait = [this] {
        bool ok = false;
        const int seconds = header("Retry-After").trimmed().toInt(&ok);
        m_pollTimer.start(std::max(ok ? seconds * 1000 : session().lroMinPollMs, session().lroMinPollMs));
    };
    switch (m_stage) {
    case Stage::Initial: {
        const QUrl async(QString::fromUtf8(header("Azure-AsyncOperation")));
        const QUrl location(QString::fromUtf8(header("Location")));
        if (async.isValid() && !async.isEmpty()) {
            m_stage = Stage::PollingStatus;
            m_pollUrl = async;
        } else if (location.isValid() && !location.isEmpty() && status() == 202) {
            m_stage = Stage::PollingLocation;
            m_pollUrl = location;
        } else {
            finish(); // done at once
            return;
        }
        m_status = QStringLiteral("InProgress");
        Q_EMIT progress(m_status);
        wait();
        return;
    }
    case Stage::PollingStatus: {
        m_status = json().value(QLatin1String("status")).toString();
        Q_EMIT progress(m_status);
        if (m_status == QLatin1String("Succeeded")) {
            if (m_method == "PUT" || m_method == "PATCH") {
                m_stage = Stage::FinalGet;
                sendNext(Request{"GET", m_resourceUrl, {}, true});
            } else {
                finish();
            }
            return;
        }
        if (m_status == QLatin1String("Failed") || m_status == QLatin1String("Canceled")) {
            const QJsonObject error = json().value(QLatin1String("error")).toObject();
            finish(ServiceError::http(
                status(), error.value(QLatin1String("code")).toString(m_status),
                error.value(QLatin1String("message")).toString(tr("The operation ended as %1.").arg(m_status))));
            return;
        }
        wait();
        return;
    }
    case Stage::PollingLocation:
        if (status() == 202) {
            wait();
            return;
        }
        m_status = QStringLiteral("Succeeded");
        Q_EMIT progress(m_status);
        if ((m_method == "PUT" || m_method == "PATCH") && json().isEmpty()) {
            m_stage = Stage::FinalGet;
            sendNext(Request{"GET", m_resourceUrl, {}, true});
            return;
        }
        finish();
        return;
    case Stage::FinalGet:
        finish();
        return;
    }
}

} // namespace godwit::service
