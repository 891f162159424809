#pragma once

#include <QDialog>
#include <QPointer>

#include "service/profiles.h"

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace godwit::ui {

/// Adds or edits one saved profile: a remote engine (address and token) or Azure (cloud,
/// tenant, subscription, resource group, sign-in method). Secrets go only to the keychain,
/// asynchronously; the profile is saved once its secret is stored. Each field is checked with a
/// message naming it.
class ProfileEditorDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `profile`: an existing profile to edit, or a new one of the kind to add (no id yet).
    ProfileEditorDialog(service::ProfileStore &store, service::Keychain &keychain, service::Profile profile,
                        QWidget *parent = nullptr);

    /// The profile as the fields describe it.
    service::Profile profile() const;
    /// The message shown for the last failed save, naming the field (empty: none).
    QString errorText() const;
    /// Checks the fields, stores the secret and saves the profile (asynchronous; accepted()
    /// follows on success, the error label otherwise).
    void save();

Q_SIGNALS:
    /// The profile was saved.
    void saved(const godwit::service::Profile &profile);

private:
    QLineEdit *lineEdit(const QString &objectName, const QString &accessibleName);
    void updateVisibility();
    /// The first wrong field with its message, or a null field when all is well.
    QWidget *check(const service::Profile &profile, QString *message) const;
    QString secretName() const;
    QLineEdit *secretField() const;
    void showError(QWidget *field, const QString &message);
    void setBusy(bool busy, const QString &text = {});
    void store(service::Profile profile);

    service::ProfileStore &m_store;
    QPointer<service::Keychain> m_keychain;
    const service::Profile m_original;
    const bool m_isNew;

    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_engineUrl = nullptr;
    QLineEdit *m_engineToken = nullptr;
    QComboBox *m_cloud = nullptr;
    QLineEdit *m_armEndpoint = nullptr;
    QLineEdit *m_authorityHost = nullptr;
    QLineEdit *m_tenant = nullptr;
    QLineEdit *m_subscription = nullptr;
    QLineEdit *m_resourceGroup = nullptr;
    QComboBox *m_signIn = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

/// The profiles: the built-in Local one first, then the saved remote engines and Azure
/// accounts; add, edit, forget (with every keychain entry, after a confirmation) and open.
class ProfilesDialog final : public QDialog
{
    Q_OBJECT
public:
    ProfilesDialog(service::ProfileStore &store, service::Keychain &keychain, QWidget *parent = nullptr);

    /// Selects a profile in the list.
    void setCurrentProfile(const QString &id);
    QString currentProfileId() const;

    /// Opens the editor for a new profile of `kind` (RemoteEngine or Azure).
    ProfileEditorDialog *addProfile(service::Profile::Kind kind);
    /// Opens the editor for the selected profile.
    ProfileEditorDialog *editProfile();
    /// Asks for confirmation, then forgets the selected profile and its keychain entries.
    void forgetProfile();

Q_SIGNALS:
    /// The person asked to open (switch to) a profile.
    void openRequested(const QString &profileId);
    /// A profile was added or changed.
    void profileSaved(const godwit::service::Profile &profile);
    /// A profile was forgotten; `error` is empty when its keychain entries are gone too.
    void forgotten(const QString &profileId, const QString &error);

private:
    void reload();
    void updateButtons();
    ProfileEditorDialog *openEditor(const service::Profile &profile);

    service::ProfileStore &m_store;
    service::Keychain &m_keychain;
    QListWidget *m_list = nullptr;
    QPushButton *m_addEngine = nullptr;
    QPushButton *m_addAzure = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_forget = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    bool m_busy = false;
};

} // namespace godwit::ui
