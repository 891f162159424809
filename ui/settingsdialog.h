#pragma once

#include <QDialog>

#include "ui/consolesettings.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QSpinBox;

namespace godwit::ui {

/// Edits the console's preferences (ConsoleSettings): polling, cutover readiness, notifications
/// and colours. OK and Apply announce them with applied(); the caller saves and applies them.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const ConsoleSettings &settings, QWidget *parent = nullptr);

    /// What the fields say now.
    ConsoleSettings settings() const;
    void setSettings(const ConsoleSettings &settings);

Q_SIGNALS:
    void applied(const godwit::ui::ConsoleSettings &settings);

private:
    QDoubleSpinBox *m_runningPoll = nullptr;
    QDoubleSpinBox *m_queuedPoll = nullptr;
    QSpinBox *m_readinessWindow = nullptr;
    QSpinBox *m_readinessThreshold = nullptr;
    QCheckBox *m_notifications = nullptr;
    QComboBox *m_appearance = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace godwit::ui
