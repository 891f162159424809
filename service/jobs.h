#pragma once

#include <QJsonArray>

#include "service/httpjob.h"

namespace godwit::service {

/// A list operation: follows nextLink to the end and collects every item.
class ListJob final : public HttpJob
{
    Q_OBJECT
public:
    ListJob(Session &session, QUrl url, QObject *parent = nullptr);
    /// Every item of every page, in order.
    const QJsonArray &items() const { return m_items; }
    int pages() const { return m_pages; }

protected:
    void onResponse() override;

private:
    QJsonArray m_items;
    int m_pages = 0;
};

/// A long-running ARM operation (service create/update/delete/start/stop): the first request,
/// then the Azure-AsyncOperation status (or Location) polled until it ends, then for PUT/PATCH the
/// resource itself. json() is the final resource, or empty.
class LroJob final : public HttpJob
{
    Q_OBJECT
public:
    LroJob(Session &session, Request request, QObject *parent = nullptr);
    /// The last operation status seen ("InProgress", "Succeeded", ...).
    QString operationStatus() const { return m_status; }

Q_SIGNALS:
    void progress(const QString &status);

protected:
    void onResponse() override;

private:
    enum class Stage { Initial, PollingStatus, PollingLocation, FinalGet };
    void poll();

    Stage m_stage = Stage::Initial;
    QUrl m_resourceUrl;
    QUrl m_pollUrl;
    QByteArray m_method;
    QString m_status;
    QTimer m_pollTimer;
};

} // namespace godwit::service
