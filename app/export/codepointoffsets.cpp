#include "codepointoffsets.h"

#include <algorithm>

namespace FactDesk {

CodePointOffsets::CodePointOffsets(const QString &text)
    : m_size(int(text.size()))
{
    for (int i = 1; i < m_size; ++i) {
        if (text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate())
            m_lowSurrogates.append(i);
    }
    m_count = m_size - int(m_lowSurrogates.size());
}

int CodePointOffsets::offset(int utf16Index) const
{
    const int index = qBound(0, utf16Index, m_size);
    const auto below = std::lower_bound(m_lowSurrogates.cbegin(), m_lowSurrogates.cend(), index);
    return index - int(below - m_lowSurrogates.cbegin());
}

} // namespace FactDesk
