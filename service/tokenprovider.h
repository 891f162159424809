#pragma once

#include <QObject>
#include <QString>

namespace godwit::service {

/// Supplies bearer tokens for one endpoint. Access tokens live only in memory.
class TokenProvider : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// The token to send now, or empty when there is none yet (then call refresh()).
    virtual QString currentToken() const = 0;
    /// Gets a new token (e.g. after a 401). Asynchronous: ends with refreshed().
    virtual void refresh() = 0;

Q_SIGNALS:
    /// A refresh ended; on failure `error` says why, for a person.
    void refreshed(bool ok, const QString &error);
};

/// A fixed token, as an engine hands out: a refresh cannot produce another one.
class StaticTokenProvider final : public TokenProvider
{
    Q_OBJECT
public:
    explicit StaticTokenProvider(QString token, QObject *parent = nullptr);
    QString currentToken() const override { return m_token; }
    void refresh() override;

private:
    QString m_token;
};

} // namespace godwit::service
