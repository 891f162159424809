#include "ui/stateicons.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

#include "models/roles.h"

namespace godwit::ui {

namespace {

QString iconPath(models::StateKind kind)
{
    switch (kind) {
    case models::StateKind::None:
        return QString();
    case models::StateKind::Queued:
        return QStringLiteral(":/godwit/icons/state-queued.svg");
    case models::StateKind::Running:
        return QStringLiteral(":/godwit/icons/state-running.svg");
    case models::StateKind::Succeeded:
        return QStringLiteral(":/godwit/icons/state-succeeded.svg");
    case models::StateKind::Failed:
        return QStringLiteral(":/godwit/icons/state-failed.svg");
    case models::StateKind::Canceled:
        return QStringLiteral(":/godwit/icons/state-canceled.svg");
    case models::StateKind::Warning:
        return QStringLiteral(":/godwit/icons/state-warning.svg");
    }
    return QString();
}

// Rendered with QSvgRenderer at the sizes views ask for, so no icon engine plugin is needed.
QIcon render(const QString &path)
{
    QSvgRenderer renderer(path);
    if (!renderer.isValid())
        return QIcon();
    QIcon icon;
    for (const int size : {16, 20, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QIcon stateIcon(models::StateKind kind)
{
    static QHash<int, QIcon> cache;
    const auto found = cache.constFind(int(kind));
    if (found != cache.constEnd())
        return *found;
    const QString path = iconPath(kind);
    const QIcon icon = path.isEmpty() ? QIcon() : render(path);
    cache.insert(int(kind), icon);
    return icon;
}

void StateIconDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant kind = index.data(models::StateKindRole);
    if (!kind.isValid())
        return;
    const QIcon icon = stateIcon(models::StateKind(kind.toInt()));
    if (icon.isNull())
        return;
    option->icon = icon;
    option->features |= QStyleOptionViewItem::HasDecoration;
    const int side = option->fontMetrics.height() < 20 ? 16 : 20;
    option->decorationSize = QSize(side, side);
}

} // namespace godwit::ui
