#pragma once

#include <QDebug>
#include <QString>

namespace godwit::core {

/// A password, key or token. It never converts implicitly to text and prints as a mask in debug
/// output, so it cannot slip into logs; reveal() is the one explicit way to read it.
class Secret final
{
public:
    Secret() = default;
    explicit Secret(QString value)
        : m_value(std::move(value))
    {
    }

    /// The clear text, for the one place that must send or store it.
    const QString &reveal() const { return m_value; }
    bool isEmpty() const { return m_value.isEmpty(); }
    bool isNull() const { return m_value.isNull(); }

    friend bool operator==(const Secret &a, const Secret &b) { return a.m_value == b.m_value; }

    static QString mask() { return QStringLiteral("********"); }

private:
    QString m_value;
};

inline QDebug operator<<(QDebug debug, const Secret &secret)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Secret(" << (secret.isEmpty() ? "empty" : "********") << ')';
    return debug;
}

} // namespace godwit::core
