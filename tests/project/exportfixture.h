#pragma once

// Helpers shared by the export tests (CSV and JSON writers, export dialog):
// figures placed by the text they are written as, and code-point slicing to
// check the offsets the writers give for W3C annotations.

#include "figures/figure.h"

#include <QChar>
#include <QString>

namespace FactDesk::Test {

/// The count code points of text from code point start.
inline QString codePointSlice(const QString &text, int start, int count)
{
    const auto ucs4 = text.toUcs4();
    QString result;
    for (int i = start; i < start + count && i < int(ucs4.size()); ++i) {
        const uint codePoint = ucs4.at(i);
        if (QChar::requiresSurrogates(codePoint)) {
            result += QChar(QChar::highSurrogate(codePoint));
            result += QChar(QChar::lowSurrogate(codePoint));
        } else {
            result += QChar(codePoint);
        }
    }
    return result;
}

/// The figure written as written in text (its first occurrence).
inline Figure figureAt(
    const QString &text, const QString &written, FigureKind kind, const QString &value, const QString &unit)
{
    Figure figure;
    figure.start = int(text.indexOf(written));
    figure.end = figure.start + int(written.size());
    figure.kind = kind;
    figure.value = value;
    figure.unit = unit;
    return figure;
}

} // namespace FactDesk::Test
