#include "models/taskfilterproxymodel.h"

#include "core/resourceid.h"
#include "models/roles.h"

namespace godwit::models {

TaskFilterProxyModel::TaskFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void TaskFilterProxyModel::setParentId(const QString &id)
{
    m_parentKey = id.toLower();
    invalidateRowsFilter();
}

void TaskFilterProxyModel::setTaskTypes(const QSet<QString> &types)
{
    m_types = types;
    invalidateRowsFilter();
}

void TaskFilterProxyModel::setStates(const QSet<QString> &states)
{
    m_states = states;
    invalidateRowsFilter();
}

void TaskFilterProxyModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool TaskFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_parentKey.isEmpty()) {
        if (core::parentIdOf(index.data(ResourceIdRole).toString()).toLower() != m_parentKey)
            return false;
    }
    const QString taskType = index.data(TaskTypeRole).toString();
    if (!m_types.isEmpty() && !m_types.contains(taskType))
        return false;
    if (!m_states.isEmpty() && !m_states.contains(index.data(StateRole).toString()))
        return false;
    if (!m_text.isEmpty() && !index.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive)
        && !taskType.contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace godwit::models
