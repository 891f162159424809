#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

#include "models/statekind.h"

namespace godwit::ui {

/// The icon of a state kind (resources/icons/state-*.svg): a grey clock, a blue play sign, a
/// green check, a red cross, a grey stop sign, an amber exclamation mark. Null for None.
QIcon stateIcon(models::StateKind kind);

/// Draws a state cell with its icon before the text. The model says the kind on
/// models::StateKindRole; the text, tooltip and accessible text stay the model's.
class StateIconDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace godwit::ui
