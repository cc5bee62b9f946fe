#include "figurehighlighter.h"

#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>
#include <utility>

namespace FactDesk {

FigureHighlighter::FigureHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{ }

FigureHighlighter::~FigureHighlighter() = default;

void FigureHighlighter::setRanges(QVector<Range> ranges)
{
    m_ranges = std::move(ranges);
    rehighlight();
}

void FigureHighlighter::clearRanges()
{
    m_ranges.clear();
}

void FigureHighlighter::setRangeFormat(int index, const QTextCharFormat &format)
{
    if (index < 0 || index >= m_ranges.size())
        return;
    Range &range = m_ranges[index];
    range.format = format;
    const QTextDocument *doc = document();
    if (!doc)
        return;
    const QTextBlock last = doc->findBlock(std::max(range.start, range.end - 1));
    for (QTextBlock block = doc->findBlock(range.start); block.isValid(); block = block.next()) {
        rehighlightBlock(block);
        if (block == last)
            break;
    }
}

void FigureHighlighter::highlightBlock(const QString &text)
{
    const int blockStart = currentBlock().position();
    const int blockEnd = blockStart + int(text.size());
    // The first range that ends inside or after this block.
    auto it = std::upper_bound(m_ranges.cbegin(), m_ranges.cend(), blockStart,
        [](int position, const Range &range) { return position < range.end; });
    for (; it != m_ranges.cend() && it->start < blockEnd; ++it) {
        const int start = std::max(it->start, blockStart);
        const int end = std::min(it->end, blockEnd);
        if (start < end)
            setFormat(start - blockStart, end - start, it->format);
    }
}

} // namespace FactDesk
