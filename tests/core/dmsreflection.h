#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace godwit::core::dms {

/// Copies a document member by member through the typed accessors of its class: what survives is
/// what the typed API can read and write.
using CopyThroughAccessors = QJsonObject (*)(const QJsonObject &);

/// One copier per definition, by definition name (generated).
const QHash<QString, CopyThroughAccessors> &accessorCopiers();

} // namespace godwit::core::dms
