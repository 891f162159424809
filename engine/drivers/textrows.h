#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace godwit::engine::drivers {

/// The rows of a result as both database drivers return them: every value as text, a NULL read as
/// an empty string (see isNull()). Column names match as the server compares them (`ColumnCase`).
template <Qt::CaseSensitivity ColumnCase>
struct TextRows
{
    QStringList columns;
    QList<QStringList> rows;
    /// nulls[row][column] is true where the value is SQL NULL.
    QList<QList<bool>> nulls;

    qsizetype rowCount() const { return rows.size(); }

    /// The index of a column by name, or -1.
    int columnIndex(QStringView name) const
    {
        for (int i = 0; i < columns.size(); ++i) {
            if (columns.at(i).compare(name, ColumnCase) == 0)
                return i;
        }
        return -1;
    }

    QString value(qsizetype row, int column) const
    {
        if (row < 0 || row >= rows.size() || column < 0 || column >= rows.at(row).size())
            return QString();
        return rows.at(row).at(column);
    }

    QString value(qsizetype row, QStringView column) const { return value(row, columnIndex(column)); }

    bool isNull(qsizetype row, int column) const
    {
        if (row < 0 || row >= nulls.size() || column < 0 || column >= nulls.at(row).size())
            return true;
        return nulls.at(row).at(column);
    }

    bool isNull(qsizetype row, QStringView column) const { return isNull(row, columnIndex(column)); }
};

} // namespace godwit::engine::drivers
