#pragma once

#include <QStyledItemDelegate>

namespace FactDesk {

/**
 * Draws the fact table's Context column: the figure's sentence with the
 * figure in bold, slid so that the figure is always shown whole, with as much
 * of the words before and after it as the column holds ("…pour 2026, en
 * hausse de **4,1 %** sur un…"), however narrow the column.
 */
class FactContextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /**
     * The three parts shown in width pixels: the end of what comes before
     * (elided on the left), the figure, the start of what follows (elided on
     * the right). For tests and for paint().
     */
    static QStringList fit(const QString &sentence, int figureStart, int figureEnd,
        const QFontMetrics &normal, const QFontMetrics &bold, int width);

    /**
     * What paint() draws for index in a cell of option.rect: fit()'s three
     * parts, and in room the width they have (the figure is whole when its
     * bold width is no more than room).
     */
    QStringList shownParts(
        const QStyleOptionViewItem &option, const QModelIndex &index, int *room = nullptr) const;

    /// The width a Context cell needs beyond the bold figure: the style's margins and the delegate's.
    static int margins(const QWidget *widget);

private:
    /// The cell's style option with the sentence taken out, and where the sentence goes.
    QRect textRect(QStyleOptionViewItem *opt, const QModelIndex &index) const;
};

} // namespace FactDesk
