#include "engine/drivers/pg/pgcopy.h"

#include <QByteArray>

namespace godwit::engine::pg {

namespace {

constexpr qint64 kProgressEveryRows = 2048;

QString messageOf(const PGresult *res, PGconn *conn)
{
    if (res && PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY)) {
        QString message = QString::fromUtf8(PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY)).trimmed();
        if (const char *detail = PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL))
            message += QString(QStringLiteral("\nDETAIL: ") + QString::fromUtf8(detail).trimmed());
        if (const char *context = PQresultErrorField(res, PG_DIAG_CONTEXT))
            message += QString(QStringLiteral("\nCONTEXT: ") + QString::fromUtf8(context).trimmed());
        return message;
    }
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}

// Collects every remaining result of a command; the first error, if any, in *error.
bool drain(PGconn *conn, QString *error, qint64 *rows = nullptr)
{
    bool ok = true;
    while (PGresult *res = PQgetResult(conn)) {
        const ExecStatusType status = PQresultStatus(res);
        if (status == PGRES_COMMAND_OK) {
            if (rows)
                *rows = QByteArray(PQcmdTuples(res)).toLongLong();
        } else if (status != PGRES_COPY_OUT && status != PGRES_COPY_IN) {
            if (ok && error)
                *error = messageOf(res, conn);
            ok = false;
        }
        PQclear(res);
        if (PQstatus(conn) == CONNECTION_BAD)
            break;
    }
    return ok;
}

// Runs a statement whose result is a COPY state; false with the message otherwise.
bool startCopy(PGconn *conn, const QString &sql, ExecStatusType expected, QString *error)
{
    PGresult *res = PQexec(conn, sql.toUtf8().constData());
    const bool ok = res && PQresultStatus(res) == expected;
    if (!ok)
        *error = messageOf(res, conn);
    PQclear(res);
    if (!ok)
        drain(conn, nullptr);
    return ok;
}

// Ends a COPY FROM STDIN that must not be kept, and rolls the target transaction back.
void abandonTarget(Connection &target)
{
    PQputCopyEnd(target.raw(), "copy abandoned");
    drain(target.raw(), nullptr);
    target.exec(QStringLiteral("ROLLBACK"));
}

// Reads what the source still sends after a cancel, so the connection is usable again.
void drainSource(Connection &source)
{
    char *buffer = nullptr;
    int n = 0;
    while ((n = PQgetCopyData(source.raw(), &buffer, 0)) > 0)
        PQfreemem(buffer);
    drain(source.raw(), nullptr);
}

CopyOutcome copy(Connection &source, Connection &target, const CopySpec &spec,
                 const std::function<void(qint64 rows)> &progress, const std::atomic<bool> &stop)
{
    CopyOutcome out;
    const QString columns
        = spec.columns.isEmpty() ? QString() : QString(QStringLiteral(" (") + spec.columns + QLatin1Char(')'));
    const QString format = spec.binary ? QStringLiteral("FORMAT binary") : QStringLiteral("FORMAT text");

    QString error;
    if (!target.exec(QStringLiteral("BEGIN"), {}, &error).ok) {
        out.error = error;
        return out;
    }
    if (spec.truncateAndFreeze
        && !target.exec(QString(QStringLiteral("TRUNCATE ONLY ") + spec.targetTable), {}, &error).ok) {
        out.error = error;
        target.exec(QStringLiteral("ROLLBACK"));
        return out;
    }
    const QString into
        = QString(QStringLiteral("COPY ") + spec.targetTable + columns + QStringLiteral(" FROM STDIN (") + format
                  + (spec.truncateAndFreeze ? QStringLiteral(", FREEZE true)") : QStringLiteral(")")));
    if (!startCopy(target.raw(), into, PGRES_COPY_IN, &error)) {
        out.error = error;
        target.exec(QStringLiteral("ROLLBACK"));
        return out;
    }
    const QString from = QString(QStringLiteral("COPY ") + spec.sourceTable + columns + QStringLiteral(" TO STDOUT (")
                                 + format + QLatin1Char(')'));
    if (!startCopy(source.raw(), from, PGRES_COPY_OUT, &error)) {
        out.error = error;
        abandonTarget(target);
        return out;
    }

    qint64 messages = 0;
    bool stopped = false;
    QString failure;
    for (;;) {
        if (!stopped && stop.load(std::memory_order_relaxed)) {
            stopped = true;
            source.cancel();
        }
        char *buffer = nullptr;
        const int n = PQgetCopyData(source.raw(), &buffer, 0);
        if (n == -1)
            break; // the source is done
        if (n == -2) {
            if (!stopped)
                failure = QString::fromUtf8(PQerrorMessage(source.raw())).trimmed();
            break;
        }
        if (stopped) {
            PQfreemem(buffer);
            continue;
        }
        const int put = PQputCopyData(target.raw(), buffer, n);
        PQfreemem(buffer);
        if (put != 1) {
            failure = QString::fromUtf8(PQerrorMessage(target.raw())).trimmed();
            source.cancel();
            drainSource(source);
            abandonTarget(target);
            out.stopped = stop.load();
            out.error = out.stopped ? QStringLiteral("the copy was stopped") : failure;
            return out;
        }
        if (++messages % kProgressEveryRows == 0 && progress)
            progress(messages);
    }

    QString sourceError;
    const bool sourceOk = drain(source.raw(), &sourceError);
    // A stop cancels the connections, so the copy may have ended with their error first.
    stopped = stopped || stop.load();
    if (stopped || !sourceOk || !failure.isEmpty()) {
        abandonTarget(target);
        out.stopped = stopped;
        out.error = stopped ? QStringLiteral("the copy was stopped") : (failure.isEmpty() ? sourceError : failure);
        return out;
    }
    if (PQputCopyEnd(target.raw(), nullptr) != 1) {
        out.error = QString::fromUtf8(PQerrorMessage(target.raw())).trimmed();
        drain(target.raw(), nullptr);
        target.exec(QStringLiteral("ROLLBACK"));
        return out;
    }
    qint64 rows = 0;
    if (!drain(target.raw(), &error, &rows)) {
        out.error = error;
        target.exec(QStringLiteral("ROLLBACK"));
        return out;
    }
    if (!target.exec(QStringLiteral("COMMIT"), {}, &error).ok) {
        out.error = error;
        return out;
    }
    out.ok = true;
    out.rows = rows;
    if (progress)
        progress(rows);
    return out;
}

} // namespace

CopyOutcome copyTable(Connection &source, Connection &target, const CopySpec &spec,
                      const std::function<void(qint64 rows)> &progress, const std::atomic<bool> &stop)
{
    CopyOutcome out = copy(source, target, spec, progress, stop);
    // A stop cancels the connections, so whatever failed after it failed because of it.
    if (!out.ok && stop.load()) {
        out.stopped = true;
        out.error = QStringLiteral("the copy was stopped");
    }
    return out;
}

} // namespace godwit::engine::pg
