#include "engine/drivers/pg/pgconninfo.h"

namespace godwit::engine::pg {

ConnectionSettings ConnectionSettings::of(PGconn *conn)
{
    ConnectionSettings settings;
    PQconninfoOption *options = conn ? PQconninfo(conn) : nullptr;
    if (!options)
        return settings;
    for (const PQconninfoOption *option = options; option->keyword; ++option) {
        if (!option->val || !*option->val)
            continue;
        settings.m_entries.append({QByteArray(option->keyword), QByteArray(option->val),
                                   option->envvar ? QByteArray(option->envvar) : QByteArray()});
    }
    PQconninfoFree(options);
    return settings;
}

QByteArray ConnectionSettings::value(const QByteArray &keyword) const
{
    for (const Entry &entry : m_entries) {
        if (entry.keyword == keyword)
            return entry.value;
    }
    return {};
}

void ConnectionSettings::set(const QByteArray &keyword, const QByteArray &value)
{
    for (Entry &entry : m_entries) {
        if (entry.keyword == keyword) {
            entry.value = value;
            return;
        }
    }
    // The environment variable of a keyword is libpq's to say; look it up once for new keywords.
    QByteArray envvar;
    if (PQconninfoOption *defaults = PQconndefaults()) {
        for (const PQconninfoOption *option = defaults; option->keyword; ++option) {
            if (keyword == option->keyword && option->envvar)
                envvar = QByteArray(option->envvar);
        }
        PQconninfoFree(defaults);
    }
    m_entries.append({keyword, value, envvar});
}

void ConnectionSettings::remove(const QByteArray &keyword)
{
    m_entries.removeIf([&keyword](const Entry &entry) { return entry.keyword == keyword; });
}

PGconn *ConnectionSettings::connect() const
{
    QList<const char *> keywords;
    QList<const char *> values;
    for (const Entry &entry : m_entries) {
        keywords.append(entry.keyword.constData());
        values.append(entry.value.constData());
    }
    keywords.append(nullptr);
    values.append(nullptr);
    return PQconnectdbParams(keywords.constData(), values.constData(), 0);
}

QProcessEnvironment ConnectionSettings::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Whatever the engine was started with must not reach the program: only these settings do.
    for (const QString &name : env.keys()) {
        if (name.startsWith(QLatin1String("PG")))
            env.remove(name);
    }
    for (const Entry &entry : m_entries) {
        if (!entry.envvar.isEmpty())
            env.insert(QString::fromLatin1(entry.envvar), QString::fromUtf8(entry.value));
    }
    return env;
}

QString ConnectionSettings::connectionString() const
{
    QStringList parts;
    for (const Entry &entry : m_entries)
        parts.append(QString(QString::fromLatin1(entry.keyword) + QLatin1Char('=')
                             + quoteConnectionValue(QString::fromUtf8(entry.value))));
    return parts.join(QLatin1Char(' '));
}

QString ConnectionSettings::databaseArgument(const QString &database)
{
    return QString(QStringLiteral("dbname=") + quoteConnectionValue(database));
}

QString quoteConnectionValue(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    quoted.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QString(QLatin1Char('\'') + quoted + QLatin1Char('\''));
}

} // namespace godwit::engine::pg
