#include "ui/cutoverdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/resourceid.h"
#include "core/resourcestore.h"
#include "core/taskrules.h"
#include "models/migrationprogress.h"
#include "service/dmsclient.h"
#include "service/taskwatcher.h"

namespace godwit::ui {

namespace {

const QString kCompleteCommand = QStringLiteral("Migrate.Sync.Complete.Database");

// "code: message" lines of a command's errors (ODataError) and of its output's (ReportableException).
QStringList commandErrors(const QJsonObject &command)
{
    QStringList out;
    for (const QJsonValue &v : command.value(QLatin1String("errors")).toArray()) {
        const QJsonObject e = v.toObject();
        const QString code = e.value(QLatin1String("code")).toString();
        const QString message = e.value(QLatin1String("message")).toString();
        out.append(code.isEmpty() ? message : QStringLiteral("%1: %2").arg(code, message));
    }
    for (const QJsonValue &v :
         command.value(QLatin1String("output")).toObject().value(QLatin1String("errors")).toArray()) {
        const QJsonObject e = v.toObject();
        QString line = e.value(QLatin1String("message")).toString();
        const QString action = e.value(QLatin1String("actionableMessage")).toString();
        if (!action.isEmpty())
            line = QStringLiteral("%1 (%2)").arg(line, action);
        out.append(line);
    }
    return out;
}

QString databaseState(const QJsonObject &properties, const QString &database)
{
    for (const QJsonValue &v : properties.value(QLatin1String("output")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("resultType")).toString() == QLatin1String("DatabaseLevelOutput")
            && o.value(QLatin1String("databaseName")).toString() == database)
            return o.value(QLatin1String("migrationState")).toString();
    }
    return {};
}

} // namespace

CutoverDialog::CutoverDialog(service::DmsClient &client, service::TaskWatcher &watcher, core::ResourceStore &tasks,
                             const QString &taskId, models::MigrationProgress *progress, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_watcher(watcher)
    , m_tasks(tasks)
    , m_taskId(taskId)
    , m_progress(progress)
{
    setObjectName(QStringLiteral("cutoverDialog"));
    const auto id = core::ResourceId::parse(taskId);
    setWindowTitle(tr("Complete cutover — %1").arg(id ? id->name() : taskId));

    m_databaseBox = new QComboBox;
    m_databaseBox->setObjectName(QStringLiteral("cutoverDatabaseComboBox"));
    m_databaseBox->setAccessibleName(tr("Database to cut over"));
    auto *databaseLabel = new QLabel(tr("&Database:"));
    databaseLabel->setBuddy(m_databaseBox);

    m_checks = new QTreeWidget;
    m_checks->setObjectName(QStringLiteral("cutoverChecksTreeWidget"));
    m_checks->setAccessibleName(tr("Cutover pre-checks"));
    m_checks->setHeaderLabels({tr("Pre-check"), tr("State")});
    m_checks->setRootIsDecorated(false);
    m_checks->setColumnWidth(0, 200);
    auto *checksLabel = new QLabel(tr("&Pre-checks:"));
    checksLabel->setBuddy(m_checks);

    m_downtime = new QLabel;
    m_downtime->setObjectName(QStringLiteral("cutoverDowntimeLabel"));
    m_warning = new QLabel;
    m_warning->setObjectName(QStringLiteral("cutoverWarningLabel"));
    m_warning->setWordWrap(true);

    m_stoppedWrites = new QCheckBox(tr("I have &stopped writes to the source database"));
    m_stoppedWrites->setObjectName(QStringLiteral("cutoverConfirmCheckBox"));
    m_typedName = new QLineEdit;
    m_typedName->setObjectName(QStringLiteral("cutoverConfirmLineEdit"));
    m_typedName->setAccessibleName(tr("Type the database name to confirm"));
    m_typedLabel = new QLabel(tr("Not every pre-check passes: &type the database name to confirm:"));
    m_typedLabel->setWordWrap(true);
    m_typedLabel->setBuddy(m_typedName);

    m_status = new QLabel(tr("Stop writes to the source, then complete. The engine waits until every change has "
                             "reached the target, copies sequence values and stops replication."));
    m_status->setObjectName(QStringLiteral("cutoverStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_completeButton = m_buttons->addButton(tr("&Complete cutover"), QDialogButtonBox::ActionRole);
    m_completeButton->setObjectName(QStringLiteral("cutoverCompleteButton"));
    m_completeButton->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("cutoverCloseButton"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_completeButton, &QPushButton::clicked, this, &CutoverDialog::complete);

    auto *form = new QFormLayout;
    form->addRow(databaseLabel, m_databaseBox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(checksLabel);
    layout->addWidget(m_checks, 1);
    layout->addWidget(m_downtime);
    layout->addWidget(m_warning);
    layout->addWidget(m_stoppedWrites);
    layout->addWidget(m_typedLabel);
    layout->addWidget(m_typedName);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(560, 460);

    connect(m_databaseBox, &QComboBox::currentIndexChanged, this, [this] {
        updateChecks();
        updateButtons();
    });
    connect(m_stoppedWrites, &QCheckBox::toggled, this, &CutoverDialog::updateButtons);
    connect(m_typedName, &QLineEdit::textChanged, this, &CutoverDialog::updateButtons);
    connect(&tasks, &core::ResourceStore::changed, this, [this](int row) {
        if (m_tasks.idAt(row).compare(m_taskId, Qt::CaseInsensitive) == 0)
            refresh();
    });
    if (m_progress)
        connect(m_progress, &models::MigrationProgress::updated, this, &CutoverDialog::refresh);
    if (!m_watcher.isWatching(taskId))
        m_watcher.watch(taskId);
    refresh();
}

QJsonObject CutoverDialog::properties() const
{
    return m_tasks.resource(m_taskId).value(QLatin1String("properties")).toObject();
}

void CutoverDialog::setDatabase(const QString &name)
{
    const int i = m_databaseBox->findText(name);
    if (i >= 0)
        m_databaseBox->setCurrentIndex(i);
}

QString CutoverDialog::database() const
{
    return m_databaseBox->currentText();
}

QString CutoverDialog::statusText() const
{
    return m_status->text();
}

QJsonObject CutoverDialog::commandBody() const
{
    return QJsonObject{{QStringLiteral("commandType"), kCompleteCommand},
                       {QStringLiteral("input"), QJsonObject{{QStringLiteral("databaseName"), database()}}}};
}

void CutoverDialog::refresh()
{
    // Every database of the migration that is not complete yet, in output order.
    const QJsonObject props = properties();
    for (const QJsonValue &v : props.value(QLatin1String("output")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("resultType")).toString() != QLatin1String("DatabaseLevelOutput"))
            continue;
        const QString name = o.value(QLatin1String("databaseName")).toString();
        if (m_databaseBox->findText(name) < 0)
            m_databaseBox->addItem(name);
    }
    // The pre-checks are what the person confirmed against: once the command is on its way they
    // stay as they were (a completed database no longer "replicates").
    if (m_phase == Phase::Confirming || m_phase == Phase::Failed)
        updateChecks();
    updateButtons();
    if (m_phase == Phase::Following)
        follow();
}

void CutoverDialog::updateChecks()
{
    m_checks->clear();
    const QString db = database();
    QList<models::MigrationProgress::Check> checks;
    std::optional<qint64> downtime;
    if (m_progress) {
        const int i = m_progress->indexOfDatabase(db);
        if (i >= 0) {
            checks = m_progress->databases().at(i).checks;
            downtime = m_progress->databases().at(i).projectedDowntimeMs;
        }
    }
    if (checks.isEmpty()) {
        // Without a history only the engine's own word is known.
        const QString state = databaseState(properties(), db);
        checks.append({QStringLiteral("engineReady"), tr("Engine ready to complete"),
                       state == QLatin1String("READY_TO_COMPLETE"),
                       tr("The database is %1").arg(state.isEmpty() ? tr("without a state") : state)});
    }
    bool othersFail = false;
    for (const auto &c : std::as_const(checks)) {
        auto *item = new QTreeWidgetItem(m_checks, {c.title, c.text});
        item->setIcon(0, style()->standardIcon(c.passed ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning));
        item->setData(0, Qt::UserRole, c.passed);
        item->setData(0, Qt::UserRole + 1, c.id);
        item->setToolTip(1, c.text);
        othersFail = othersFail || (!c.passed && c.id != QLatin1String("engineReady"));
    }
    m_checks->resizeColumnToContents(0);
    m_downtime->setText(
        downtime ? tr("Projected downtime: %1").arg(models::MigrationProgress::formatDuration((*downtime + 999) / 1000))
                 : tr("Projected downtime: not known yet"));
    m_warning->setText(othersFail ? tr("Not every pre-check passes. Complete only if you know why: changes that "
                                       "reach the source after the cutover are not migrated.")
                                  : QString());
    m_warning->setVisible(othersFail);
    // Ticking the box confirms a cutover every check agrees with; overriding a failed check also
    // takes typing the database's name.
    m_othersFail = othersFail;
    m_typedLabel->setVisible(othersFail);
    m_typedName->setVisible(othersFail);
}

void CutoverDialog::updateButtons()
{
    const bool idle = m_phase == Phase::Confirming || m_phase == Phase::Failed;
    const bool accepted = !core::TaskRules::checkCommand(properties(), commandBody()).has_value();
    const bool confirmed
        = m_stoppedWrites->isChecked() && !database().isEmpty() && (!m_othersFail || m_typedName->text() == database());
    m_completeButton->setEnabled(idle && accepted && confirmed);
    m_databaseBox->setEnabled(idle);
    m_stoppedWrites->setEnabled(idle);
    m_typedName->setEnabled(idle);
}

int CutoverDialog::matchingCommands(const QJsonObject &props) const
{
    int n = 0;
    for (const QJsonValue &v : props.value(QLatin1String("commands")).toArray()) {
        const QJsonObject c = v.toObject();
        if (c.value(QLatin1String("commandType")).toString() == kCompleteCommand
            && c.value(QLatin1String("input")).toObject().value(QLatin1String("databaseName")).toString()
                   == m_sentDatabase)
            ++n;
    }
    return n;
}

void CutoverDialog::complete()
{
    const auto id = core::ResourceId::parse(m_taskId);
    if (!id || !m_completeButton->isEnabled())
        return;
    m_sentDatabase = database();
    m_baseline = matchingCommands(properties());
    setPhase(Phase::Sending, tr("Sending the cutover of %1…").arg(m_sentDatabase));
    auto *job = m_client.sendCommand(*id, commandBody());
    connect(job, &service::HttpJob::finished, this, [this](service::HttpJob *done) {
        if (!done->ok()) {
            const service::ServiceError &e = done->error();
            setPhase(Phase::Failed, e.code.isEmpty()
                                        ? tr("The cutover was not started: %1").arg(e.userText())
                                        : tr("The cutover was not started: %1: %2").arg(e.code, e.message));
            return;
        }
        const QStringList errors = commandErrors(done->json());
        if (done->json().value(QLatin1String("state")).toString() == QLatin1String("Failed")) {
            setPhase(Phase::Failed, tr("The cutover failed: %1").arg(errors.join(QLatin1Char('\n'))));
            return;
        }
        setPhase(Phase::Following,
                 tr("Accepted. Waiting until every change of %1 has reached the target…").arg(m_sentDatabase));
        m_watcher.refreshNow();
    });
}

void CutoverDialog::follow()
{
    const QJsonObject props = properties();
    QJsonObject command;
    int n = 0;
    for (const QJsonValue &v : props.value(QLatin1String("commands")).toArray()) {
        const QJsonObject c = v.toObject();
        if (c.value(QLatin1String("commandType")).toString() == kCompleteCommand
            && c.value(QLatin1String("input")).toObject().value(QLatin1String("databaseName")).toString()
                   == m_sentDatabase
            && n++ == m_baseline)
            command = c;
    }
    const QString taskState = props.value(QLatin1String("state")).toString();
    const QString dbState = databaseState(props, m_sentDatabase);
    const QString state = command.value(QLatin1String("state")).toString();
    if (state == QLatin1String("Succeeded")) {
        setPhase(Phase::Succeeded, tr("Cutover complete: %1 is %2; the task is %3.")
                                       .arg(m_sentDatabase, dbState.isEmpty() ? tr("complete") : dbState, taskState));
    } else if (state == QLatin1String("Failed")) {
        const QStringList errors = commandErrors(command);
        setPhase(Phase::Failed, tr("The cutover failed: %1")
                                    .arg(errors.isEmpty() ? tr("no reason given") : errors.join(QLatin1Char('\n'))));
    } else if (core::TaskRules::isTerminal(taskState)) {
        setPhase(Phase::Failed, tr("The task ended (%1) before the cutover finished.").arg(taskState));
    } else {
        m_status->setText(tr("Cutover of %1: command %2, database %3…")
                              .arg(m_sentDatabase, state.isEmpty() ? tr("sent") : state,
                                   dbState.isEmpty() ? tr("without a state") : dbState));
    }
}

void CutoverDialog::setPhase(Phase phase, const QString &text)
{
    m_status->setText(text);
    if (m_phase == phase)
        return;
    m_phase = phase;
    updateButtons();
    Q_EMIT phaseChanged(phase);
}

} // namespace godwit::ui
