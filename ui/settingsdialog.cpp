#include "ui/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace godwit::ui {

namespace {

QDoubleSpinBox *pollSpinBox(const QString &objectName, const QString &accessibleName)
{
    auto *box = new QDoubleSpinBox;
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setDecimals(1);
    box->setSingleStep(0.5);
    box->setRange(ConsoleSettings::kMinPollMs / 1000.0, ConsoleSettings::kMaxPollMs / 1000.0);
    box->setSuffix(SettingsDialog::tr(" s"));
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(const ConsoleSettings &settings, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));

    m_runningPoll = pollSpinBox(QStringLiteral("runningPollSpinBox"), tr("Refresh running tasks every"));
    m_queuedPoll = pollSpinBox(QStringLiteral("queuedPollSpinBox"), tr("Refresh queued tasks every"));
    auto *polling = new QGroupBox(tr("Task refresh"));
    auto *pollingForm = new QFormLayout(polling);
    pollingForm->addRow(tr("&Running tasks every:"), m_runningPoll);
    pollingForm->addRow(tr("&Queued tasks every:"), m_queuedPoll);

    m_readinessWindow = new QSpinBox;
    m_readinessWindow->setObjectName(QStringLiteral("readinessWindowSpinBox"));
    m_readinessWindow->setAccessibleName(tr("Caught up for at least"));
    m_readinessWindow->setRange(0, 24 * 3600);
    m_readinessWindow->setSuffix(tr(" s"));
    m_readinessThreshold = new QSpinBox;
    m_readinessThreshold->setObjectName(QStringLiteral("readinessThresholdSpinBox"));
    m_readinessThreshold->setAccessibleName(tr("Pending changes still counted as caught up"));
    m_readinessThreshold->setRange(0, std::numeric_limits<int>::max());
    m_readinessThreshold->setGroupSeparatorShown(true);
    m_notifications = new QCheckBox(tr("&Notify when a watched task finishes or waits for cutover"));
    m_notifications->setObjectName(QStringLiteral("notificationsCheckBox"));
    auto *readiness = new QGroupBox(tr("Online migrations"));
    auto *readinessForm = new QFormLayout(readiness);
    readinessForm->addRow(tr("Ready for cutover when caught up for &at least:"), m_readinessWindow);
    readinessForm->addRow(tr("Pending changes still counted as caught &up:"), m_readinessThreshold);
    readinessForm->addRow(m_notifications);

    m_appearance = new QComboBox;
    m_appearance->setObjectName(QStringLiteral("appearanceComboBox"));
    m_appearance->setAccessibleName(tr("Colours"));
    m_appearance->addItem(tr("Follow the desktop"), int(ConsoleSettings::Appearance::System));
    m_appearance->addItem(tr("Light"), int(ConsoleSettings::Appearance::Light));
    m_appearance->addItem(tr("Dark"), int(ConsoleSettings::Appearance::Dark));
    auto *appearance = new QGroupBox(tr("Appearance"));
    auto *appearanceForm = new QFormLayout(appearance);
    appearanceForm->addRow(tr("&Colours:"), m_appearance);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel
                                     | QDialogButtonBox::RestoreDefaults);
    m_buttons->setObjectName(QStringLiteral("settingsButtonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("settingsOkButton"));
    m_buttons->button(QDialogButtonBox::Apply)->setObjectName(QStringLiteral("settingsApplyButton"));
    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setObjectName(QStringLiteral("settingsDefaultsButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        Q_EMIT applied(this->settings());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            [this] { Q_EMIT applied(this->settings()); });
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setSettings(ConsoleSettings{}); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(polling);
    layout->addWidget(readiness);
    layout->addWidget(appearance);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setSettings(settings);
}

void SettingsDialog::setSettings(const ConsoleSettings &settings)
{
    m_runningPoll->setValue(settings.runningPollMs / 1000.0);
    m_queuedPoll->setValue(settings.queuedPollMs / 1000.0);
    m_readinessWindow->setValue(settings.readinessWindowSeconds);
    m_readinessThreshold->setValue(
        int(std::min<qint64>(settings.readinessPendingThreshold, std::numeric_limits<int>::max())));
    m_notifications->setChecked(settings.notifications);
    m_appearance->setCurrentIndex(std::max(0, m_appearance->findData(int(settings.appearance))));
}

ConsoleSettings SettingsDialog::settings() const
{
    ConsoleSettings s;
    s.runningPollMs = int(m_runningPoll->value() * 1000.0 + 0.5);
    s.queuedPollMs = int(m_queuedPoll->value() * 1000.0 + 0.5);
    s.readinessWindowSeconds = m_readinessWindow->value();
    s.readinessPendingThreshold = m_readinessThreshold->value();
    s.notifications = m_notifications->isChecked();
    s.appearance = static_cast<ConsoleSettings::Appearance>(m_appearance->currentData().toInt());
    return s;
}

} // namespace godwit::ui
