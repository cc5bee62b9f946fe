#pragma once

#include <QDialog>

class QTextEdit;

namespace FactDesk {

class FigureStyle;

/**
 * Help ▸ Figure Marks: what the tints and underlines of the article text
 * mean, drawn with the colours of the theme in use (the same formats the
 * article views paint with), in the interface's language.
 */
class LegendDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LegendDialog(QWidget *parent = nullptr);

    /// Draws the legend with style's colours; call again after a theme change.
    void setFigureStyle(const FigureStyle &style);
    /// The legend as plain text (for tests).
    QString legendText() const;

private:
    QTextEdit *m_text;
};

} // namespace FactDesk
