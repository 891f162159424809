#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace godwit::models {

/// Filters a TasksModel by parent (project or service), task types, states and free text, and
/// sorts on raw values (times as times, not as text).
class TaskFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TaskFilterProxyModel(QObject *parent = nullptr);

    /// Only tasks directly under this project or service id (empty: all).
    void setParentId(const QString &id);
    /// Only these task types (empty: all).
    void setTaskTypes(const QSet<QString> &types);
    /// Only these wire states (empty: all).
    void setStates(const QSet<QString> &states);
    /// Case-insensitive text found in the name or type (empty: all).
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_parentKey;
    QSet<QString> m_types;
    QSet<QString> m_states;
    QString m_text;
};

} // namespace godwit::models
