#pragma once

#include <QString>
#include <QVector>

namespace FactDesk {

/**
 * Turns UTF-16 indexes into a text (what QString and the extractor count)
 * into Unicode code point offsets (what every export and factdesk-cli print):
 * a character outside the BMP is two UTF-16 units but one code point. Built
 * once per text; each lookup is a binary search among the text's surrogate
 * pairs, of which most texts have none.
 */
class CodePointOffsets
{
public:
    explicit CodePointOffsets(const QString &text);

    /// Code points before utf16Index (clamped to the text).
    int offset(int utf16Index) const;
    /// Code points in the whole text.
    int count() const { return m_count; }

private:
    QVector<int> m_lowSurrogates; ///< indexes of the second unit of each pair, ascending
    int m_size = 0;
    int m_count = 0;
};

} // namespace FactDesk
