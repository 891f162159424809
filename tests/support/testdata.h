#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace godwit::test {

/// The folder of the committed test documents (tests/data).
QString dataDir();
/// Reads a file under tests/data; fails the current test when it is missing.
QByteArray readData(const QString &relativePath);
/// Reads a JSON object under tests/data.
QJsonObject readJsonObject(const QString &relativePath);
/// Files under a folder of tests/data matching a wildcard, sorted.
QStringList dataFiles(const QString &folder, const QString &pattern);

} // namespace godwit::test
