#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QMap>
#include <QPointer>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace godwit::service {
class DmsClient;
class ListJob;
} // namespace godwit::service

namespace godwit::ui {

/// File › New service: the service's name, region, SKU and virtual subnet. The regions and SKUs
/// the endpoint offers are loaded when the dialog opens (both stay editable when they cannot be).
class NewServiceDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `subnetRequired`: the endpoint is Azure, which places a service in a virtual subnet.
    NewServiceDialog(service::DmsClient &client, const QString &subscription, bool subnetRequired,
                     QWidget *parent = nullptr);
    ~NewServiceDialog() override;

    QString serviceName() const;
    /// The body of the create request: location, sku and properties.
    QJsonObject body() const;
    /// The first problem of the input, naming the field; empty when it can be sent.
    QString validationError() const;
    /// Whether the regions and SKUs have been asked for and answered (or the question failed).
    bool catalogLoaded() const { return m_job.isNull(); }

private:
    void onCatalog(service::ListJob *job);
    void fillSkus();
    void validate();

    QPointer<service::ListJob> m_job;
    bool m_subnetRequired = false;
    QMap<QString, QStringList> m_skusByLocation; ///< lower-case region -> SKU names offered there
    QLineEdit *m_name = nullptr;
    QComboBox *m_location = nullptr;
    QComboBox *m_sku = nullptr;
    QLineEdit *m_subnet = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

/// File › New project: name, source and target platform; the project lives in the service's region.
class NewProjectDialog final : public QDialog
{
    Q_OBJECT
public:
    NewProjectDialog(const QString &serviceName, const QString &location, QWidget *parent = nullptr);

    QString projectName() const;
    QJsonObject body() const;
    QString validationError() const;

private:
    void fillTargets();
    void validate();

    QString m_location;
    QLineEdit *m_name = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_target = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

/// Asks before a service or project is deleted, with everything in it; offers to cancel the
/// tasks that still run (the request is refused while tasks run, unless they are cancelled).
class DeleteResourceDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Service, Project };
    DeleteResourceDialog(Kind kind, const QString &name, QWidget *parent = nullptr);

    bool deleteRunningTasks() const;

private:
    QCheckBox *m_cancelRunning = nullptr;
};

} // namespace godwit::ui
