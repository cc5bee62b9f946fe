#include "factcontextdelegate.h"

#include "review/factmodel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace FactDesk {

QStringList FactContextDelegate::fit(const QString &sentence, int figureStart, int figureEnd,
    const QFontMetrics &normal, const QFontMetrics &bold, int width)
{
    figureStart = std::clamp(figureStart, 0, int(sentence.size()));
    figureEnd = std::clamp(figureEnd, figureStart, int(sentence.size()));
    const QString before = sentence.left(figureStart);
    const QString figure = sentence.mid(figureStart, figureEnd - figureStart);
    const QString after = sentence.mid(figureEnd);
    const int figureWidth = bold.horizontalAdvance(figure);
    const int left = std::max(0, width - figureWidth);
    // The words before get what they need, leaving a quarter of the rest to
    // the words after, which say what the figure counts ("de 4,1 % sur un an").
    const int afterWidth = std::min(normal.horizontalAdvance(after), left / 4);
    const int beforeWidth = std::min(normal.horizontalAdvance(before), left - afterWidth);
    const QString shownBefore = normal.elidedText(before, Qt::ElideLeft, beforeWidth);
    const int rest = std::max(0, left - normal.horizontalAdvance(shownBefore));
    return { shownBefore, figure, normal.elidedText(after, Qt::ElideRight, rest) };
}

int FactContextDelegate::margins(const QWidget *widget)
{
    const QStyle *style = widget ? widget->style() : QApplication::style();
    // The style's text margin and the delegate's own inset, on both sides.
    return 4 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1);
}

QRect FactContextDelegate::textRect(QStyleOptionViewItem *opt, const QModelIndex &index) const
{
    initStyleOption(opt, index);
    opt->text.clear();
    // The cell has no check box and no icon: the text goes from margin to
    // margin, the style's text margin and the delegate's own inset (margins()).
    const int inset = margins(opt->widget) / 2;
    return opt->rect.adjusted(inset, 0, -inset, 0);
}

QStringList FactContextDelegate::shownParts(
    const QStyleOptionViewItem &option, const QModelIndex &index, int *room) const
{
    QStyleOptionViewItem opt = option;
    const QRect rect = textRect(&opt, index);
    if (room)
        *room = rect.width();
    QFont boldFont = opt.font;
    boldFont.setBold(true);
    return fit(index.data(Qt::DisplayRole).toString(), index.data(FactModel::ContextFigureStartRole).toInt(),
        index.data(FactModel::ContextFigureEndRole).toInt(), QFontMetrics(opt.font), QFontMetrics(boldFont),
        rect.width());
}

void FactContextDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    const QRect textRect = this->textRect(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QFont boldFont = opt.font;
    boldFont.setBold(true);
    const QFontMetrics normal(opt.font);
    const QFontMetrics bold(boldFont);
    const QStringList parts = shownParts(option, index);

    painter->save();
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group
        = opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setClipRect(textRect);
    int x = textRect.left();
    const int flags = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine;
    for (int i = 0; i < parts.size(); ++i) {
        painter->setFont(i == 1 ? boldFont : opt.font);
        const QFontMetrics &metrics = i == 1 ? bold : normal;
        painter->drawText(
            QRect(x, textRect.top(), textRect.right() - x + 1, textRect.height()), flags, parts.at(i));
        x += metrics.horizontalAdvance(parts.at(i));
    }
    painter->restore();
}

} // namespace FactDesk
