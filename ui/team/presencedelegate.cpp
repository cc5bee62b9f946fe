#include "presencedelegate.h"

#include "project/articlelistmodel.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace FactDesk {

PresenceDelegate::PresenceDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

PresenceDelegate::~PresenceDelegate() = default;

void PresenceDelegate::setNames(const QHash<qint64, QStringList> &names)
{
    m_names = names;
}

QStringList PresenceDelegate::names(qint64 articleId) const
{
    return m_names.value(articleId);
}

QString PresenceDelegate::label(const QStringList &names, const QFontMetrics &metrics, int width) const
{
    for (int shown = names.size(); shown >= 1; --shown) {
        QString text = names.mid(0, shown).join(QStringLiteral(", "));
        if (shown < names.size())
            text = tr("%1 +%2", "names of analysts on an article, then how many more")
                       .arg(text)
                       .arg(names.size() - shown);
        if (metrics.horizontalAdvance(text) <= width || shown == 1)
            return metrics.elidedText(text, Qt::ElideRight, width);
    }
    return QString();
}

qint64 PresenceDelegate::articleIdOf(const QModelIndex &index) const
{
    return index.sibling(index.row(), 0).data(ArticleListModel::ArticleIdRole).toLongLong();
}

void PresenceDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QStringList here = names(articleIdOf(index));
    if (here.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics metrics(small);
    const int padding = metrics.averageCharWidth() / 2 + 2;
    // At most half the row: the title stays readable.
    const QString text = label(here, metrics, option.rect.width() / 2 - 2 * padding);
    const int pillWidth = metrics.horizontalAdvance(text) + 2 * padding;

    QStyleOptionViewItem titleOption = option;
    titleOption.rect.setRight(option.rect.right() - pillWidth - padding);
    // The row's background and selection across the whole cell, then the title beside the names.
    QStyleOptionViewItem background = option;
    background.text.clear();
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    option.widget->style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);
    QStyledItemDelegate::paint(painter, titleOption, index);

    const QRect pill(option.rect.right() - pillWidth - padding / 2, option.rect.top() + 2, pillWidth,
        option.rect.height() - 4);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(pill), pill.height() / 2.0, pill.height() / 2.0);
    painter->fillPath(path, QColor(0x2e, 0x7d, 0x32));
    painter->setPen(Qt::white);
    painter->setFont(small);
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

bool PresenceDelegate::helpEvent(
    QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QStringList here = names(articleIdOf(index));
    if (event->type() == QEvent::ToolTip && !here.isEmpty()) {
        QString tip = index.data(Qt::ToolTipRole).toString();
        if (tip.isEmpty())
            tip = index.data(Qt::DisplayRole).toString();
        tip += QLatin1Char('\n')
            + tr("Here now: %1", "analysts who have this article open").arg(here.join(QStringLiteral(", ")));
        QToolTip::showText(event->globalPos(), tip, view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace FactDesk
