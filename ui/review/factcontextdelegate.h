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
};

} // namespace FactDesk
