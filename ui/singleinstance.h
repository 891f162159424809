#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace godwit::ui {

/// One console per user: the first process listens on a local socket in the user's runtime
/// directory; a later one hands its arguments over (the first raises its window) and exits.
class SingleInstance final : public QObject
{
    Q_OBJECT
public:
    /// `serverName`: the socket (a path or a name); empty: defaultServerName().
    explicit SingleInstance(QString serverName = {}, QObject *parent = nullptr);
    ~SingleInstance() override;

    /// `$XDG_RUNTIME_DIR/godwit-console.socket`.
    static QString defaultServerName();

    /// True when this process is the first and now listens. False when another one answered:
    /// it got `arguments` and raises its window; this process should exit. Waits at most a
    /// couple of seconds for the other process (before any window exists).
    bool claim(const QStringList &arguments);
    bool isListening() const;
    QString serverName() const { return m_name; }

Q_SIGNALS:
    /// Another start of the console handed over its arguments.
    void activated(const QStringList &arguments);

private:
    void onConnection();

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace godwit::ui
