#pragma once

#include <QWidget>

#include "models/taskinput/connectionsettings.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace godwit::ui {

/// Edits one ConnectionInfo of any type of the API: the fields of its type only, mandatory ones
/// marked, TLS options and authentication types. `role` ("source"/"target") prefixes the object
/// names so that tests and screen readers tell two forms apart.
class ConnectionForm final : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionForm(const QString &role, QWidget *parent = nullptr);

    void setSettings(const models::taskinput::ConnectionSettings &settings);
    models::taskinput::ConnectionSettings settings() const;
    /// Shows only the fields of this type (keeps what was typed in the others).
    void setType(models::taskinput::ConnectionType type);
    models::taskinput::ConnectionType type() const { return m_type; }
    /// Shows the SQL Server source platform choice (sources only).
    void setSqlSource(bool source);

    /// Marks the fields named by issues and focuses the first; clears earlier marks.
    void showIssues(const models::taskinput::FieldIssues &issues);
    /// The editor of a field name of ConnectionSettings ("serverName"), or null.
    QWidget *editorFor(const QString &field) const;

Q_SIGNALS:
    void edited();

private:
    QLabel *addRow(const QString &text, QWidget *editor, const QString &objectName, const QString &accessible);
    void updateVisibility();

    QString m_role;
    models::taskinput::ConnectionType m_type = models::taskinput::ConnectionType::PostgreSql;
    bool m_sqlSource = false;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_server = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_service = nullptr;
    QLineEdit *m_connectionString = nullptr;
    QLineEdit *m_miResourceId = nullptr;
    QLineEdit *m_appId = nullptr;
    QLineEdit *m_tenantId = nullptr;
    QLineEdit *m_appKey = nullptr;
    QComboBox *m_authentication = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_encrypt = nullptr;
    QCheckBox *m_trust = nullptr;
    QCheckBox *m_enforceSsl = nullptr;
    QCheckBox *m_onPrem = nullptr;
    QLineEdit *m_resourceId = nullptr;
    QLineEdit *m_additional = nullptr;
    QString m_savedName;
    bool m_ignoreAzurePermissions = false;
};

} // namespace godwit::ui
