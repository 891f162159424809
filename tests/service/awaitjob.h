#pragma once

#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

#include "service/httpjob.h"
#include "service/jobs.h"

namespace godwit::test {

/// What a finished job reported, captured before it deleted itself.
struct JobOutcome
{
    bool finished = false;
    bool ok = false;
    int status = 0;
    QJsonObject json;
    QJsonArray items;
    service::ServiceError error;
    int attempts = 0;
    int finishedSignals = 0;
};

/// Runs the event loop until the job finishes (or 30 s pass).
inline JobOutcome await(service::HttpJob *job)
{
    JobOutcome out;
    QEventLoop loop;
    QObject::connect(job, &service::HttpJob::finished, &loop, [&](service::HttpJob *done) {
        ++out.finishedSignals;
        out.finished = true;
        out.ok = done->ok();
        out.status = done->status();
        out.json = done->json();
        out.error = done->error();
        out.attempts = done->attempts();
        if (auto *list = qobject_cast<service::ListJob *>(done))
            out.items = list->items();
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    // Let deleteLater run and any stray second signal arrive.
    QEventLoop settle;
    QTimer::singleShot(20, &settle, &QEventLoop::quit);
    settle.exec();
    return out;
}

/// Runs the event loop until every job finishes; outcomes in the same order.
inline QList<JobOutcome> awaitAll(const QList<service::HttpJob *> &jobs)
{
    QList<JobOutcome> out(jobs.size());
    int pending = int(jobs.size());
    QEventLoop loop;
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        QObject::connect(jobs[i], &service::HttpJob::finished, &loop, [&, i](service::HttpJob *done) {
            out[i].finished = true;
            out[i].ok = done->ok();
            out[i].status = done->status();
            out[i].json = done->json();
            out[i].error = done->error();
            out[i].attempts = done->attempts();
            if (--pending == 0)
                loop.quit();
        });
    }
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    return out;
}

} // namespace godwit::test
