#include "ui/taskmonitorwindow.h"

#include <algorithm>

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTreeView>
#include <QTreeWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include "core/clock.h"
#include "core/redaction.h"
#include "core/resourceid.h"
#include "core/resourcestore.h"
#include "core/taskrules.h"
#include "models/migrationprogress.h"
#include "models/migrationrowsmodel.h"
#include "service/dmsclient.h"
#include "service/taskwatcher.h"
#include "ui/appearance.h"
#include "ui/cutoverdialog.h"
#include "ui/stateicons.h"

namespace godwit::ui {

namespace {

const QString kMongoCancel = QStringLiteral("cancel");
const QString kMongoFinish = QStringLiteral("finish");
const QString kMongoRestart = QStringLiteral("restart");

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QStringLiteral("\"%1\"").arg(quoted);
}

template <typename T>
QString csvNumber(const std::optional<T> &v)
{
    if (!v)
        return QString();
    if constexpr (std::is_floating_point_v<T>)
        return QString::number(*v, 'f', 2);
    else
        return QString::number(*v);
}

template <typename T>
QJsonValue jsonNumber(const std::optional<T> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue(QJsonValue::Null);
}

// The task document for `godwit-cli task create --file`: secrets become null, so the CLI asks.
QJsonValue nullSecrets(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(nullSecrets(v));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        it.value() = core::isSecretMember(it.key()) ? QJsonValue(QJsonValue::Null) : nullSecrets(it.value());
    // The service never returns passwords: put the member back, empty, where a user signs in.
    if (o.value(QLatin1String("type")).toString().endsWith(QLatin1String("ConnectionInfo"))
        && o.contains(QLatin1String("userName")) && !o.contains(QLatin1String("password")))
        o.insert(QStringLiteral("password"), QJsonValue::Null);
    return o;
}

QString shellQuote(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QStringLiteral("'%1'").arg(q);
}

} // namespace

TaskMonitorWindow::TaskMonitorWindow(service::DmsClient &client, service::TaskWatcher &watcher,
                                     core::ResourceStore &tasks, const QString &taskId, const ConsoleSettings &settings,
                                     QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_client(client)
    , m_watcher(watcher)
    , m_tasks(tasks)
    , m_taskId(taskId)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("taskMonitorWindow"));
    const auto id = core::ResourceId::parse(taskId);
    setWindowTitle(tr("%1 — Task monitor").arg(id ? id->name() : taskId));

    m_progress = new models::MigrationProgress(this);
    models::MigrationProgress::Settings progressSettings;
    progressSettings.readinessWindowSeconds = settings.readinessWindowSeconds;
    progressSettings.readinessPendingThreshold = settings.readinessPendingThreshold;
    m_progress->setSettings(progressSettings);
    m_rowsModel = new models::MigrationRowsModel(*m_progress, this);

    // Header: what the task is and when it is looked at next.
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("monitorTitleLabel"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("monitorStateLabel"));
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refreshLabel = new QLabel;
    m_refreshLabel->setObjectName(QStringLiteral("monitorRefreshLabel"));
    m_refreshButton = new QPushButton(tr("&Refresh"));
    m_refreshButton->setObjectName(QStringLiteral("monitorRefreshButton"));
    m_refreshButton->setShortcut(QKeySequence::Refresh);
    connect(m_refreshButton, &QPushButton::clicked, this, [this] {
        if (!m_watcher.isWatching(m_taskId))
            m_watcher.watch(m_taskId); // polled at once, also after the end (one final look)
        else
            m_watcher.refreshNow();
    });
    auto *headerText = new QVBoxLayout;
    headerText->addWidget(m_title);
    headerText->addWidget(m_state);
    auto *header = new QHBoxLayout;
    header->addLayout(headerText, 1);
    header->addWidget(m_refreshLabel);
    header->addWidget(m_refreshButton);

    // The rows.
    m_rows = new QTreeView;
    m_rows->setObjectName(QStringLiteral("monitorRowsTreeView"));
    m_rows->setAccessibleName(tr("Databases and tables"));
    m_rows->setModel(m_rowsModel);
    m_rows->setItemDelegateForColumn(models::MigrationRowsModel::State, new StateIconDelegate(m_rows));
    m_rows->setAlternatingRowColors(true);
    m_rows->setUniformRowHeights(true);
    m_rows->header()->setStretchLastSection(false);
    m_rows->header()->setSectionResizeMode(models::MigrationRowsModel::Name, QHeaderView::Stretch);
    connect(m_rowsModel, &QAbstractItemModel::rowsInserted, m_rows, [this](const QModelIndex &under) {
        if (!under.isValid()) {
            for (int row = 0; row < m_rowsModel->rowCount(); ++row)
                m_rows->expand(m_rowsModel->index(row, 0));
        }
    });
    auto *rowsLabel = new QLabel(tr("&Databases and tables:"));
    rowsLabel->setBuddy(m_rows);

    // Charts: throughput, and lag (pending changes and latency on their own axes).
    auto makeChart = [](const QString &title) {
        auto *chart = new QChart;
        chart->setTitle(title);
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->setMargins(QMargins(4, 4, 4, 4));
        return chart;
    };
    auto timeAxis = [] {
        auto *axis = new QDateTimeAxis;
        axis->setFormat(QStringLiteral("HH:mm:ss"));
        axis->setTickCount(3);
        return axis;
    };
    QChart *throughput = makeChart(tr("Throughput"));
    m_copySeries = new QLineSeries;
    m_copySeries->setName(tr("Rows copied/s"));
    m_applySeries = new QLineSeries;
    m_applySeries->setName(tr("Changes applied/s"));
    throughput->addSeries(m_copySeries);
    throughput->addSeries(m_applySeries);
    m_throughputTime = timeAxis();
    m_throughputValue = new QValueAxis;
    m_throughputValue->setLabelFormat(QStringLiteral("%.0f"));
    throughput->addAxis(m_throughputTime, Qt::AlignBottom);
    throughput->addAxis(m_throughputValue, Qt::AlignLeft);
    for (QLineSeries *s : {m_copySeries, m_applySeries}) {
        s->attachAxis(m_throughputTime);
        s->attachAxis(m_throughputValue);
    }
    QChart *lag = makeChart(tr("Lag"));
    m_pendingSeries = new QLineSeries;
    m_pendingSeries->setName(tr("Pending changes"));
    m_latencySeries = new QLineSeries;
    m_latencySeries->setName(tr("Latency (ms)"));
    lag->addSeries(m_pendingSeries);
    lag->addSeries(m_latencySeries);
    m_lagTime = timeAxis();
    m_pendingAxis = new QValueAxis;
    m_pendingAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_latencyAxis = new QValueAxis;
    m_latencyAxis->setLabelFormat(QStringLiteral("%.0f"));
    lag->addAxis(m_lagTime, Qt::AlignBottom);
    lag->addAxis(m_pendingAxis, Qt::AlignLeft);
    lag->addAxis(m_latencyAxis, Qt::AlignRight);
    m_pendingSeries->attachAxis(m_lagTime);
    m_pendingSeries->attachAxis(m_pendingAxis);
    m_latencySeries->attachAxis(m_lagTime);
    m_latencySeries->attachAxis(m_latencyAxis);
    m_throughputView = new QChartView(throughput);
    m_throughputView->setObjectName(QStringLiteral("monitorThroughputChartView"));
    m_throughputView->setAccessibleName(tr("Throughput over time"));
    m_throughputView->setRenderHint(QPainter::Antialiasing);
    m_throughputView->setMinimumSize(300, 220);
    m_lagView = new QChartView(lag);
    m_lagView->setObjectName(QStringLiteral("monitorLagChartView"));
    m_lagView->setAccessibleName(tr("Lag over time"));
    m_lagView->setRenderHint(QPainter::Antialiasing);
    m_lagView->setMinimumSize(300, 220);
    applyPalette();
    auto *charts = new QSplitter(Qt::Horizontal);
    charts->addWidget(m_throughputView);
    charts->addWidget(m_lagView);

    // Readiness.
    m_readiness = new QTreeWidget;
    m_readiness->setObjectName(QStringLiteral("monitorReadinessTreeWidget"));
    m_readiness->setAccessibleName(tr("Cutover readiness"));
    m_readiness->setHeaderLabels({tr("Pre-check"), tr("State")});
    // The reasons are sentences: they are shown whole, with a scroll bar in a narrow panel.
    m_readiness->header()->setStretchLastSection(false);
    m_readiness->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_readinessLabel = new QLabel;
    m_readinessLabel->setObjectName(QStringLiteral("monitorReadinessLabel"));
    m_readinessLabel->setWordWrap(true);
    auto *readinessBox = new QGroupBox(tr("Cutover readiness"));
    auto *readinessLayout = new QVBoxLayout(readinessBox);
    readinessLayout->addWidget(m_readinessLabel);
    readinessLayout->addWidget(m_readiness);

    m_errors = new QPlainTextEdit;
    m_errors->setObjectName(QStringLiteral("monitorErrorsTextEdit"));
    m_errors->setAccessibleName(tr("Errors"));
    m_errors->setReadOnly(true);
    m_errors->setMaximumHeight(90);
    m_errors->hide();

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("monitorMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    // Actions.
    auto button = [this](const QString &text, const char *name) {
        auto *b = new QPushButton(text);
        b->setObjectName(QLatin1String(name));
        b->setAutoDefault(false);
        return b;
    };
    m_cutoverButton = button(tr("C&utover…"), "monitorCutoverButton");
    m_cancelButton = button(tr("C&ancel task…"), "monitorCancelButton");
    m_mongoCancelButton = button(tr("Cancel &migration…"), "monitorMongoCancelButton");
    m_mongoFinishButton = button(tr("&Finish…"), "monitorMongoFinishButton");
    m_mongoRestartButton = button(tr("Re&start…"), "monitorMongoRestartButton");
    m_exportCsvButton = button(tr("Export &CSV…"), "monitorExportCsvButton");
    m_exportJsonButton = button(tr("Export &JSON…"), "monitorExportJsonButton");
    m_copyCliButton = button(tr("Copy as godwit-c&li command"), "monitorCopyCliButton");
    connect(m_cutoverButton, &QPushButton::clicked, this, [this] { openCutoverDialog(); });
    connect(m_cancelButton, &QPushButton::clicked, this, &TaskMonitorWindow::cancelTask);
    connect(m_mongoCancelButton, &QPushButton::clicked, this, [this] { sendMongoCommand(kMongoCancel); });
    connect(m_mongoFinishButton, &QPushButton::clicked, this, [this] { sendMongoCommand(kMongoFinish); });
    connect(m_mongoRestartButton, &QPushButton::clicked, this, [this] { sendMongoCommand(kMongoRestart); });
    connect(m_exportCsvButton, &QPushButton::clicked, this, [this] { exportWithDialog(ReportFormat::Csv); });
    connect(m_exportJsonButton, &QPushButton::clicked, this, [this] { exportWithDialog(ReportFormat::Json); });
    connect(m_copyCliButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(cliCommand());
        m_message->setText(tr("The godwit-cli command is on the clipboard; it asks for the passwords."));
    });
    auto *actions = new QHBoxLayout;
    for (QPushButton *b :
         {m_cutoverButton, m_cancelButton, m_mongoCancelButton, m_mongoFinishButton, m_mongoRestartButton})
        actions->addWidget(b);
    actions->addStretch(1);
    for (QPushButton *b : {m_exportCsvButton, m_exportJsonButton, m_copyCliButton})
        actions->addWidget(b);

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(rowsLabel);
    topLayout->addWidget(m_rows);
    auto *bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(charts);
    bottom->addWidget(readinessBox);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    bottom->setSizes({640, 420});
    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("monitorSplitter"));
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({240, 360});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(split, 1);
    layout->addWidget(m_errors);
    layout->addWidget(m_message);
    layout->addLayout(actions);
    resize(1100, 700);

    setTabOrder(m_refreshButton, m_rows);
    setTabOrder(m_rows, m_readiness);
    setTabOrder(m_readiness, m_cutoverButton);

    auto *closeShortcut = new QShortcut(QKeySequence::Close, this);
    connect(closeShortcut, &QShortcut::activated, this, &QWidget::close);

    connect(&watcher, &service::TaskWatcher::updated, this, [this](const QString &task) {
        if (task.compare(m_taskId, Qt::CaseInsensitive) == 0)
            snapshot();
    });
    connect(&watcher, &service::TaskWatcher::finished, this, [this](const QString &task) {
        if (task.compare(m_taskId, Qt::CaseInsensitive) == 0)
            updateHeader();
    });
    connect(&watcher, &service::TaskWatcher::pollFailed, this, [this](const QString &task, const QString &error) {
        if (task.compare(m_taskId, Qt::CaseInsensitive) == 0)
            showError(tr("Refreshing failed: %1").arg(error));
    });
    connect(&watcher, &service::TaskWatcher::nextRefreshIn, this, [this] { updateHeader(); });
    connect(&tasks, &core::ResourceStore::changed, this, [this](int row) {
        if (m_tasks.idAt(row).compare(m_taskId, Qt::CaseInsensitive) == 0) {
            updateHeader();
            updateButtons();
        }
    });
    connect(m_progress, &models::MigrationProgress::updated, this, [this] {
        // Columns follow their contents while that is cheap; with thousands of tables the user sizes them.
        int shown = m_rowsModel->rowCount();
        for (int row = 0; row < m_rowsModel->rowCount(); ++row)
            shown += m_rowsModel->rowCount(m_rowsModel->index(row, 0));
        if (shown <= 300) {
            for (int column = models::MigrationRowsModel::State; column < models::MigrationRowsModel::ColumnCount;
                 ++column)
                m_rows->resizeColumnToContents(column);
        }
        updateCharts();
        updateReadiness();
    });

    if (m_tasks.contains(taskId))
        snapshot();
    // Polled at once (a listing has no output), and on until the task ends.
    if (!watcher.isWatching(taskId))
        watcher.watch(taskId);
    updateHeader();
    updateButtons();
    updateReadiness();
}

TaskMonitorWindow::~TaskMonitorWindow() = default;

QJsonObject TaskMonitorWindow::task() const
{
    return m_tasks.resource(m_taskId);
}

void TaskMonitorWindow::snapshot()
{
    const QJsonObject t = task();
    if (t.isEmpty())
        return;
    m_progress->addSnapshot(t.value(QLatin1String("properties")).toObject());
    updateHeader();
    updateButtons();
}

void TaskMonitorWindow::updateHeader()
{
    const QJsonObject t = task();
    const QJsonObject props = t.value(QLatin1String("properties")).toObject();
    const QString state = props.value(QLatin1String("state")).toString();
    m_title->setText(QStringLiteral("<b style='font-size:large'>%1</b>  %2")
                         .arg(t.value(QLatin1String("name")).toString().toHtmlEscaped(),
                              props.value(QLatin1String("taskType")).toString().toHtmlEscaped()));
    QString migrationState;
    for (const QJsonValue &v : props.value(QLatin1String("output")).toArray()) {
        if (v.toObject().value(QLatin1String("resultType")).toString() == QLatin1String("MigrationLevelOutput"))
            migrationState = v.toObject().value(QLatin1String("state")).toString();
    }
    const QString migration = models::MigrationProgress::migrationStateText(migrationState);
    m_state->setText(migrationState.isEmpty() ? tr("State: %1").arg(state.isEmpty() ? tr("unknown") : state)
                                              : tr("State: %1 (%2)").arg(state, migration));
    m_state->setToolTip(
        migrationState.isEmpty() ? QString() : tr("Migration state reported by the service: %1").arg(migrationState));
    if (core::TaskRules::isTerminal(state) || !m_watcher.isWatching(m_taskId)) {
        m_refreshLabel->setText(core::TaskRules::isTerminal(state) ? tr("Finished; not refreshed any more")
                                                                   : tr("Not refreshed"));
    } else {
        const int seconds = m_watcher.secondsToNextRefresh();
        m_refreshLabel->setText(seconds <= 0 ? tr("Refreshing…") : tr("Next refresh in %1 s").arg(seconds));
    }

    QStringList errors;
    for (const QJsonValue &e : props.value(QLatin1String("errors")).toArray()) {
        const QJsonObject o = e.toObject();
        errors.append(QStringLiteral("%1: %2").arg(o.value(QLatin1String("code")).toString(),
                                                   o.value(QLatin1String("message")).toString()));
    }
    for (const auto &db : m_progress->databases()) {
        for (const QString &e : db.errors)
            errors.append(QStringLiteral("%1: %2").arg(db.name, e));
    }
    m_errors->setPlainText(errors.join(QLatin1Char('\n')));
    m_errors->setVisible(!errors.isEmpty());
}

void TaskMonitorWindow::updateCharts()
{
    const auto &series = m_progress->series();
    QList<QPointF> copy, apply, pending, latency;
    // At least 0..10 on each axis, so a quiet migration does not draw noise as a cliff.
    double maxRate = 10, maxPending = 10, maxLatency = 10;
    for (const auto &s : series) {
        const double x = double(s.at.toMSecsSinceEpoch());
        copy.append({x, s.rowsPerSecond});
        apply.append({x, s.changesPerSecond});
        pending.append({x, double(s.pending)});
        latency.append({x, double(s.latencyMs)});
        maxRate = std::max({maxRate, s.rowsPerSecond, s.changesPerSecond});
        maxPending = std::max(maxPending, double(s.pending));
        maxLatency = std::max(maxLatency, double(s.latencyMs));
    }
    m_copySeries->replace(copy);
    m_applySeries->replace(apply);
    m_pendingSeries->replace(pending);
    m_latencySeries->replace(latency);
    if (series.isEmpty())
        return;
    QDateTime from = series.first().at;
    QDateTime to = series.last().at;
    if (from.secsTo(to) < 60)
        from = to.addSecs(-60);
    for (QDateTimeAxis *axis : {m_throughputTime, m_lagTime})
        axis->setRange(from.toLocalTime(), to.toLocalTime());
    m_throughputValue->setRange(0, maxRate * 1.1);
    m_pendingAxis->setRange(0, maxPending * 1.1);
    m_latencyAxis->setRange(0, maxLatency * 1.1);
    for (QValueAxis *axis : {m_throughputValue, m_pendingAxis, m_latencyAxis})
        axis->applyNiceNumbers();
}

void TaskMonitorWindow::updateReadiness()
{
    m_readiness->clear();
    QStringList ready;
    QStringList lines;
    for (const auto &db : m_progress->databases()) {
        auto *item = new QTreeWidgetItem(m_readiness, {db.name, db.ready ? tr("Ready for cutover") : db.state});
        item->setIcon(0, stateIcon(db.ready ? models::StateKind::Succeeded : models::StateKind::Queued));
        item->setToolTip(1, item->text(1));
        for (const auto &c : db.checks) {
            auto *check = new QTreeWidgetItem(item, {c.title, c.text});
            check->setIcon(0, stateIcon(c.passed ? models::StateKind::Succeeded : models::StateKind::Warning));
            check->setData(0, Qt::UserRole, c.passed);
            check->setData(0, Qt::UserRole + 1, c.id);
            check->setToolTip(1, c.text);
        }
        item->setExpanded(db.state != QLatin1String("COMPLETE"));
        if (db.ready) {
            ready.append(db.name);
            lines.append(db.projectedDowntimeMs ? tr("%1 is ready for cutover; projected downtime %2.")
                                                      .arg(db.name, models::MigrationProgress::formatDuration(
                                                                        (*db.projectedDowntimeMs + 999) / 1000))
                                                : tr("%1 is ready for cutover.").arg(db.name));
        }
    }
    m_readiness->resizeColumnToContents(0);
    if (m_progress->databases().isEmpty())
        m_readinessLabel->setText(tr("No databases reported yet."));
    else if (ready.isEmpty())
        m_readinessLabel->setText(tr("Not ready for cutover: see the pre-checks below."));
    else
        m_readinessLabel->setText(lines.join(QLatin1Char(' ')));
    if (ready != m_ready) {
        m_ready = ready;
        Q_EMIT readyDatabasesChanged(m_taskId, ready);
    }
}

void TaskMonitorWindow::updateButtons()
{
    const QJsonObject props = task().value(QLatin1String("properties")).toObject();
    const QString type = props.value(QLatin1String("taskType")).toString();
    const QString state = props.value(QLatin1String("state")).toString();
    const QStringList types = core::TaskRules::commandTypesFor(type);
    QStringList available;
    for (const auto &c : core::TaskRules::availableCommands(props))
        available.append(c.commandType);
    const bool completes = types.contains(QLatin1String("Migrate.Sync.Complete.Database"));
    m_cutoverButton->setVisible(completes);
    m_cutoverButton->setEnabled(available.contains(QLatin1String("Migrate.Sync.Complete.Database")));
    m_cancelButton->setEnabled(core::TaskRules::canCancel(state));
    const std::pair<QPushButton *, QString> mongo[] = {{m_mongoCancelButton, kMongoCancel},
                                                       {m_mongoFinishButton, kMongoFinish},
                                                       {m_mongoRestartButton, kMongoRestart}};
    for (const auto &[b, command] : mongo) {
        b->setVisible(types.contains(command));
        b->setEnabled(available.contains(command));
    }
}

CutoverDialog *TaskMonitorWindow::openCutoverDialog(const QString &database)
{
    if (!m_cutover) {
        m_cutover = new CutoverDialog(m_client, m_watcher, m_tasks, m_taskId, m_progress, this);
        m_cutover->setAttribute(Qt::WA_DeleteOnClose);
        const QStringList ready = m_progress->readyDatabases();
        if (!ready.isEmpty())
            m_cutover->setDatabase(ready.first());
    }
    if (!database.isEmpty())
        m_cutover->setDatabase(database);
    m_cutover->show();
    m_cutover->raise();
    m_cutover->activateWindow();
    return m_cutover;
}

void TaskMonitorWindow::cancelTask()
{
    const auto id = core::ResourceId::parse(m_taskId);
    if (!id)
        return;
    auto *confirm = new QMessageBox(
        QMessageBox::Question, tr("Cancel task"),
        tr("Cancel the task %1? A migration that is cancelled stops and removes its replication objects; it cannot "
           "be resumed. What was copied stays in the target.")
            .arg(id->name()),
        QMessageBox::Yes | QMessageBox::No, this);
    confirm->setObjectName(QStringLiteral("cancelConfirmMessageBox"));
    confirm->setDefaultButton(QMessageBox::No);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::finished, this, [this, confirm, id = *id] {
        if (confirm->standardButton(confirm->clickedButton()) != QMessageBox::Yes)
            return;
        m_message->setText(tr("Cancelling…"));
        auto *job = m_client.cancelTask(id);
        connect(job, &service::HttpJob::finished, this, [this](service::HttpJob *done) {
            if (!done->ok()) {
                const service::ServiceError &e = done->error();
                showError(e.code.isEmpty() ? tr("The task was not cancelled: %1").arg(e.userText())
                                           : tr("The task was not cancelled: %1: %2").arg(e.code, e.message));
                return;
            }
            m_message->setText(tr("Cancel accepted; the engine is cleaning up."));
            m_tasks.upsert(done->json());
            if (!m_watcher.isWatching(m_taskId))
                m_watcher.watch(m_taskId);
            m_watcher.refreshNow();
        });
    });
    confirm->open();
}

void TaskMonitorWindow::sendMongoCommand(const QString &commandType)
{
    const auto id = core::ResourceId::parse(m_taskId);
    if (!id)
        return;
    QString question;
    if (commandType == kMongoCancel)
        question = tr("Cancel the MongoDB migration %1?").arg(id->name());
    else if (commandType == kMongoFinish)
        question = tr("Finish the MongoDB migration %1? Replication stops once it has caught up.").arg(id->name());
    else
        question = tr("Restart the MongoDB migration %1 from the beginning?").arg(id->name());
    auto *confirm = new QMessageBox(QMessageBox::Question, tr("MongoDB migration"), question,
                                    QMessageBox::Yes | QMessageBox::No, this);
    confirm->setObjectName(QStringLiteral("mongoCommandConfirmMessageBox"));
    confirm->setDefaultButton(QMessageBox::No);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::finished, this, [this, confirm, commandType, id = *id] {
        if (confirm->standardButton(confirm->clickedButton()) != QMessageBox::Yes)
            return;
        QJsonObject input;
        if (commandType == kMongoFinish)
            input.insert(QStringLiteral("immediate"), false);
        auto *job = m_client.sendCommand(
            id, QJsonObject{{QStringLiteral("commandType"), commandType}, {QStringLiteral("input"), input}});
        connect(job, &service::HttpJob::finished, this, [this, commandType](service::HttpJob *done) {
            if (!done->ok()) {
                const service::ServiceError &e = done->error();
                showError(e.code.isEmpty()
                              ? tr("The command %1 was not accepted: %2").arg(commandType, e.userText())
                              : tr("The command %1 was not accepted: %2: %3").arg(commandType, e.code, e.message));
                return;
            }
            m_message->setText(tr("The command %1 was accepted.").arg(commandType));
            m_watcher.refreshNow();
        });
    });
    confirm->open();
}

void TaskMonitorWindow::showError(const QString &text)
{
    m_errorText = text;
    m_message->setText(
        QStringLiteral("<span style='color:%1'>%2</span>").arg(errorTextColor(palette()).name(), text.toHtmlEscaped()));
    m_message->setToolTip(text);
}

void TaskMonitorWindow::applySettings(const ConsoleSettings &settings)
{
    m_settings = settings;
    models::MigrationProgress::Settings progressSettings = m_progress->settings();
    progressSettings.readinessWindowSeconds = settings.readinessWindowSeconds;
    progressSettings.readinessPendingThreshold = settings.readinessPendingThreshold;
    m_progress->setSettings(progressSettings);
}

void TaskMonitorWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyPalette();
}

void TaskMonitorWindow::applyPalette()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    for (QChartView *view : {m_throughputView, m_lagView}) {
        if (view && view->chart()->theme() != theme)
            view->chart()->setTheme(theme);
    }
    // The message keeps its text; only an error's colour follows the palette.
    if (!m_errorText.isEmpty() && m_message && m_message->text().startsWith(QLatin1String("<span style='color:")))
        showError(m_errorText);
}

void TaskMonitorWindow::exportWithDialog(ReportFormat format)
{
    const auto id = core::ResourceId::parse(m_taskId);
    const QString suffix = format == ReportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("json");
    auto *dialog
        = new QFileDialog(this, format == ReportFormat::Csv ? tr("Export report as CSV") : tr("Export report as JSON"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    dialog->setNameFilter(format == ReportFormat::Csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    dialog->selectFile(QStringLiteral("%1-report.%2").arg(id ? id->name() : QStringLiteral("task"), suffix));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, format](const QString &path) {
        QString error;
        if (exportReport(path, format, &error))
            m_message->setText(tr("Report written to %1").arg(path));
        else
            showError(tr("The report was not written: %1").arg(error));
    });
    dialog->open();
}

bool TaskMonitorWindow::exportReport(const QString &path, ReportFormat format, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(format == ReportFormat::Csv ? csvReport() : jsonReport());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QByteArray TaskMonitorWindow::csvReport() const
{
    QStringList lines{QStringLiteral("level,database,table,state,rows_copied,rows_total,copy_rows_per_second,"
                                     "eta_seconds,cdc_inserts,cdc_updates,cdc_deletes,changes_applied,"
                                     "changes_per_second,pending_changes,latency_ms,ready_for_cutover,"
                                     "projected_downtime_ms")};
    for (const auto &db : m_progress->databases()) {
        lines.append(QStringList{QStringLiteral("database"), csvField(db.name), QString(), csvField(db.state),
                                 QString::number(db.rowsCopied), csvNumber(db.rowsTotal), csvNumber(db.rowsPerSecond),
                                 csvNumber(db.etaSeconds), QString::number(db.inserts), QString::number(db.updates),
                                 QString::number(db.deletes), csvNumber(db.applied), csvNumber(db.changesPerSecond),
                                 csvNumber(db.pending), csvNumber(db.latencyMs),
                                 db.ready ? QStringLiteral("true") : QStringLiteral("false"),
                                 csvNumber(db.projectedDowntimeMs)}
                         .join(QLatin1Char(',')));
        for (const auto &t : db.tables) {
            lines.append(QStringList{QStringLiteral("table"), csvField(db.name), csvField(t.name), csvField(t.state),
                                     QString::number(t.rowsCopied), csvNumber(t.rowsTotal), csvNumber(t.rowsPerSecond),
                                     csvNumber(t.etaSeconds), QString::number(t.inserts), QString::number(t.updates),
                                     QString::number(t.deletes), QString::number(t.applied), QString(), QString(),
                                     QString(), QString(), QString()}
                             .join(QLatin1Char(',')));
        }
    }
    return QString(lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

QByteArray TaskMonitorWindow::jsonReport() const
{
    const QJsonObject t = task();
    const QJsonObject props = t.value(QLatin1String("properties")).toObject();
    QJsonArray databases;
    for (const auto &db : m_progress->databases()) {
        QJsonArray checks;
        for (const auto &c : db.checks)
            checks.append(QJsonObject{{QStringLiteral("id"), c.id},
                                      {QStringLiteral("title"), c.title},
                                      {QStringLiteral("passed"), c.passed},
                                      {QStringLiteral("text"), c.text}});
        QJsonArray tables;
        for (const auto &tb : db.tables)
            tables.append(QJsonObject{{QStringLiteral("name"), tb.name},
                                      {QStringLiteral("state"), tb.state},
                                      {QStringLiteral("rowsCopied"), double(tb.rowsCopied)},
                                      {QStringLiteral("rowsTotal"), jsonNumber(tb.rowsTotal)},
                                      {QStringLiteral("copyRowsPerSecond"), jsonNumber(tb.rowsPerSecond)},
                                      {QStringLiteral("etaSeconds"), jsonNumber(tb.etaSeconds)},
                                      {QStringLiteral("cdcInserts"), double(tb.inserts)},
                                      {QStringLiteral("cdcUpdates"), double(tb.updates)},
                                      {QStringLiteral("cdcDeletes"), double(tb.deletes)},
                                      {QStringLiteral("changesApplied"), double(tb.applied)}});
        databases.append(QJsonObject{{QStringLiteral("name"), db.name},
                                     {QStringLiteral("state"), db.state},
                                     {QStringLiteral("tablesTotal"), db.tablesTotal},
                                     {QStringLiteral("tablesCompleted"), db.tablesCompleted},
                                     {QStringLiteral("rowsCopied"), double(db.rowsCopied)},
                                     {QStringLiteral("rowsTotal"), jsonNumber(db.rowsTotal)},
                                     {QStringLiteral("copyRowsPerSecond"), jsonNumber(db.rowsPerSecond)},
                                     {QStringLiteral("etaSeconds"), jsonNumber(db.etaSeconds)},
                                     {QStringLiteral("cdcInserts"), double(db.inserts)},
                                     {QStringLiteral("cdcUpdates"), double(db.updates)},
                                     {QStringLiteral("cdcDeletes"), double(db.deletes)},
                                     {QStringLiteral("changesApplied"), jsonNumber(db.applied)},
                                     {QStringLiteral("changesPerSecond"), jsonNumber(db.changesPerSecond)},
                                     {QStringLiteral("pendingChanges"), jsonNumber(db.pending)},
                                     {QStringLiteral("latencyMs"), jsonNumber(db.latencyMs)},
                                     {QStringLiteral("readyForCutover"), db.ready},
                                     {QStringLiteral("projectedDowntimeMs"), jsonNumber(db.projectedDowntimeMs)},
                                     {QStringLiteral("checks"), checks},
                                     {QStringLiteral("errors"), QJsonArray::fromStringList(db.errors)},
                                     {QStringLiteral("tables"), tables}});
    }
    QJsonArray series;
    for (const auto &s : m_progress->series())
        series.append(QJsonObject{{QStringLiteral("at"), s.at.toUTC().toString(Qt::ISODateWithMs)},
                                  {QStringLiteral("copyRowsPerSecond"), s.rowsPerSecond},
                                  {QStringLiteral("changesPerSecond"), s.changesPerSecond},
                                  {QStringLiteral("pendingChanges"), double(s.pending)},
                                  {QStringLiteral("latencyMs"), double(s.latencyMs)}});
    const QJsonObject report{
        {QStringLiteral("task"), QJsonObject{{QStringLiteral("id"), t.value(QLatin1String("id"))},
                                             {QStringLiteral("name"), t.value(QLatin1String("name"))},
                                             {QStringLiteral("taskType"), props.value(QLatin1String("taskType"))},
                                             {QStringLiteral("state"), props.value(QLatin1String("state"))},
                                             {QStringLiteral("errors"), props.value(QLatin1String("errors"))}}},
        {QStringLiteral("generatedAt"), core::Clock::current().now().toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("databases"), databases},
        {QStringLiteral("series"), series}};
    return QJsonDocument(report).toJson(QJsonDocument::Indented);
}

QString TaskMonitorWindow::cliCommand() const
{
    const auto id = core::ResourceId::parse(m_taskId);
    if (!id)
        return QString();
    const QJsonObject props = task().value(QLatin1String("properties")).toObject();
    const QJsonObject body{{QStringLiteral("properties"),
                            QJsonObject{{QStringLiteral("taskType"), props.value(QLatin1String("taskType"))},
                                        {QStringLiteral("input"), nullSecrets(props.value(QLatin1String("input")))}}}};
    const QString file = QStringLiteral("%1.task.json").arg(id->name());
    const QString create = id->kind == core::ResourceId::Kind::ServiceTask
                               ? QStringLiteral("service-task create --service %1 --name %2")
                                     .arg(shellQuote(id->service), shellQuote(id->name()))
                               : QStringLiteral("task create --service %1 --project %2 --name %3")
                                     .arg(shellQuote(id->service), shellQuote(id->project), shellQuote(id->name()));
    return QStringLiteral("# Connection: add --profile NAME, or set GODWIT_ENDPOINT and GODWIT_TOKEN_FILE.\n"
                          "# Passwords are null in the file: godwit-cli asks for them.\n"
                          "cat > %1 <<'EOF'\n%2EOF\n"
                          "godwit-cli --subscription %3 --resource-group %4 %5 --file %1\n")
        .arg(shellQuote(file), QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented)),
             shellQuote(id->subscription), shellQuote(id->resourceGroup), create);
}

} // namespace godwit::ui
