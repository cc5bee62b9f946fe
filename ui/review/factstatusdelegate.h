#pragma once

#include "figurestyle.h"

#include <QSet>
#include <QStyledItemDelegate>

namespace FactDesk {

/**
 * Draws the status column of the fact table with a coloured dot before the
 * status symbol and name: the colour is the one the article view uses to
 * underline figures of that status, so table and text agree, and the symbol
 * and name keep the status readable without colour. A fact in an open
 * conflict or a failed check of the story ledger is marked with \u26A0.
 * In a narrow table the names may give way to the marks alone (the dot, the
 * sign and the symbol), the name then in the cell's tooltip.
 */
class FactStatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    FactStatusDelegate(const FigureStyle &style, QObject *parent = nullptr);

    void setFigureStyle(const FigureStyle &style);
    /// Facts in an open conflict or a failed check: their status gets a warning sign.
    void setFlaggedFacts(const QSet<qint64> &factIds) { m_flagged = factIds; }
    /// Whether the status names are drawn after their marks (true) or only told by the tooltip.
    void setNamesShown(bool shown) { m_namesShown = shown; }
    bool namesShown() const { return m_namesShown; }

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    FigureStyle m_style;
    QSet<qint64> m_flagged;
    bool m_namesShown = true;
};

} // namespace FactDesk
