#include "support/testdata.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <gtest/gtest.h>

namespace godwit::test {

QString dataDir()
{
    const QByteArray env = qgetenv("GODWIT_TEST_DATA");
    return env.isEmpty() ? QStringLiteral(GODWIT_TEST_DATA_DIR) : QString::fromLocal8Bit(env);
}

QByteArray readData(const QString &relativePath)
{
    QFile f(dataDir() + QLatin1Char('/') + relativePath);
    if (!f.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "missing test data " << qPrintable(f.fileName());
        return QByteArray();
    }
    return f.readAll();
}

QJsonObject readJsonObject(const QString &relativePath)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(readData(relativePath), &error);
    if (!doc.isObject())
        ADD_FAILURE() << qPrintable(relativePath) << ": " << qPrintable(error.errorString());
    return doc.object();
}

QStringList dataFiles(const QString &folder, const QString &pattern)
{
    QDir dir(dataDir() + QLatin1Char('/') + folder);
    QStringList files = dir.entryList({pattern}, QDir::Files, QDir::Name);
    for (QString &f : files)
        f = folder + QLatin1Char('/') + f;
    return files;
}

} // namespace godwit::test
