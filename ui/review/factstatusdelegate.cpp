#include "factstatusdelegate.h"

#include "review/factmodel.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QPixmap>
#include <QToolTip>

namespace FactDesk {

FactStatusDelegate::FactStatusDelegate(const FigureStyle &style, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_style(style)
{ }

void FactStatusDelegate::setFigureStyle(const FigureStyle &style)
{
    m_style = style;
}

void FactStatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant status = index.data(FactModel::StatusRole);
    if (!status.isValid())
        return;
    const int size = option->fontMetrics.height() * 2 / 3;
    QPixmap dot(size, size);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    // The text's status colours are made for the article's background; the
    // table may have another (a dark theme in a light window): the same
    // meaning, contrasted for the table.
    painter.setBrush(FigureStyle::readableOn(
        m_style.statusColor(ReviewStatus(status.toInt())), option->palette.color(QPalette::Base)));
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
    painter.end();
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = QIcon(dot);
    option->decorationSize = QSize(size, size);
    if (!m_namesShown)
        option->text = option->text.section(QLatin1Char(' '), 0, 0); // the symbol: ○ ✓ ✎ ✗
    if (!m_flagged.isEmpty() && m_flagged.contains(index.data(FactModel::FactIdRole).toLongLong()))
        option->text = QStringLiteral("\u26A0 ") + option->text;
}

bool FactStatusDelegate::helpEvent(
    QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (m_namesShown || event->type() != QEvent::ToolTip || !index.data(FactModel::StatusRole).isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    // The name the cell has no room for, before what the model tells of the fact.
    QString tip = index.data(Qt::DisplayRole).toString();
    const QString more = index.data(Qt::ToolTipRole).toString();
    if (!more.isEmpty())
        tip += QLatin1Char('\n') + more;
    QToolTip::showText(event->globalPos(), tip, view);
    return true;
}

} // namespace FactDesk
