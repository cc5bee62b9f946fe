#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <QVector>

namespace FactDesk {

/**
 * Paints the figures of an article view: each range of the document gets its
 * format (tint by kind, underline or strike-out by status) as the blocks'
 * additional formats, the way syntax highlighters work.
 *
 * A block looks up its ranges by binary search, so an article of tens of
 * thousands of figures costs one pass when it is shown, and a review
 * repaints only the block its figure is in. The document itself, its undo
 * history and its cursors are never touched.
 */
class FigureHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    struct Range
    {
        int start; ///< document position
        int end; ///< exclusive
        QTextCharFormat format;
    };

    explicit FigureHighlighter(QTextDocument *document);
    ~FigureHighlighter() override;

    /// Ranges sorted by start and not overlapping; repaints the whole document.
    void setRanges(QVector<Range> ranges);
    /// Forgets every range without repainting: for a document about to be replaced.
    void clearRanges();
    /// Changes the format of ranges().at(index) and repaints only the blocks it covers.
    void setRangeFormat(int index, const QTextCharFormat &format);
    const QVector<Range> &ranges() const { return m_ranges; }

protected:
    void highlightBlock(const QString &text) override;

private:
    QVector<Range> m_ranges;
};

} // namespace FactDesk
