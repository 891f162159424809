#include "ui/wizards/helpertasks.h"

#include <QJsonArray>
#include <QUuid>

#include "core/taskrules.h"
#include "service/dmsclient.h"
#include "service/httpjob.h"

namespace godwit::ui {

HelperTasks::HelperTasks(service::DmsClient &client, core::ResourceId project, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_project(std::move(project))
{
    m_poll.setSingleShot(true);
    m_poll.setInterval(400);
    connect(&m_poll, &QTimer::timeout, this, &HelperTasks::poll);
}

HelperTasks::~HelperTasks()
{
    abandon();
    // A poll can stop; a PUT is left to finish, so that deleteAll() can remove what it created.
    if (m_job && m_job != m_creating)
        m_job->abort();
}

void HelperTasks::run(const QString &namePrefix, const QJsonObject &body, Done done)
{
    abandon();
    const QString name = QStringLiteral("%1-%2").arg(namePrefix, QUuid::createUuid().toString(QUuid::Id128).left(12));
    m_current = m_project.taskId(name);
    m_done = std::move(done);
    const int generation = ++m_generation;
    m_created.append(m_current.toString());
    m_job = m_client.createOrUpdateTask(m_current, body);
    m_creating = m_job;
    connect(m_job, &service::HttpJob::finished, this, [this, generation](service::HttpJob *job) {
        m_creating = nullptr;
        if (generation != m_generation)
            return;
        if (!job->ok()) {
            m_created.removeAll(m_current.toString());
            finish(false, {}, job->error().userText());
            return;
        }
        m_poll.start();
    });
}

void HelperTasks::abandon()
{
    ++m_generation;
    m_poll.stop();
    m_done = nullptr;
}

void HelperTasks::poll()
{
    const int generation = m_generation;
    m_job = m_client.getTask(m_current);
    connect(m_job, &service::HttpJob::finished, this, [this, generation](service::HttpJob *job) {
        if (generation != m_generation)
            return;
        if (!job->ok()) {
            finish(false, {}, job->error().userText());
            return;
        }
        const QJsonObject task = job->json();
        const QJsonObject properties = task.value(QLatin1String("properties")).toObject();
        const QString state = properties.value(QLatin1String("state")).toString();
        if (!core::TaskRules::isTerminal(state)) {
            m_poll.start();
            return;
        }
        if (state == QLatin1String("Succeeded")) {
            finish(true, task, QString());
            return;
        }
        QStringList messages;
        for (const QJsonValue &e : properties.value(QLatin1String("errors")).toArray())
            messages.append(e.toObject().value(QLatin1String("message")).toString());
        finish(false, task,
               messages.isEmpty() ? tr("The task ended in state %1.").arg(state)
                                  : tr("The task ended in state %1: %2").arg(state, messages.join(QLatin1Char(' '))));
    });
}

void HelperTasks::finish(bool ok, const QJsonObject &task, const QString &error)
{
    Done done = std::move(m_done);
    m_done = nullptr;
    ++m_generation;
    if (done)
        done(ok, task, error);
}

void HelperTasks::deleteAll(std::function<void()> done)
{
    abandon();
    const QStringList ids = m_created;
    m_created.clear();
    service::DmsClient *client = &m_client;
    // Not guarded by this object: the deletes go on when the wizard is gone.
    auto removeAll = [client, ids, done] {
        auto remaining = std::make_shared<int>(int(ids.size()) + 1);
        auto one = [remaining, done] {
            if (--*remaining == 0 && done)
                done();
        };
        for (const QString &id : ids) {
            const auto parsed = core::ResourceId::parse(id);
            if (!parsed) {
                one();
                continue;
            }
            service::HttpJob *job = client->deleteTask(*parsed, true);
            QObject::connect(job, &service::HttpJob::finished, job, [one](service::HttpJob *) { one(); });
        }
        QTimer::singleShot(0, one);
    };
    if (m_creating) // the task may not exist yet: delete it once the server answered the PUT
        connect(m_creating, &service::HttpJob::finished, m_creating, [removeAll](service::HttpJob *) { removeAll(); });
    else
        removeAll();
}

} // namespace godwit::ui
