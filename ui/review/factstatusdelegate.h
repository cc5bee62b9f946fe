#pragma once

#include "figurestyle.h"

#include <QStyledItemDelegate>

namespace FactDesk {

/**
 * Draws the status column of the fact table with a coloured dot before the
 * status symbol and name: the colour is the one the article view uses to
 * underline figures of that status, so table and text agree, and the symbol
 * and name keep the status readable without colour.
 */
class FactStatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    FactStatusDelegate(const FigureStyle &style, QObject *parent = nullptr);

    void setFigureStyle(const FigureStyle &style);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    FigureStyle m_style;
};

} // namespace FactDesk
