#pragma once

#include <QString>

namespace FactDesk {

/**
 * Decodes HTML character references: the common named ones (the Latin-1
 * set, typographic quotes and dashes, €, …), &#NNN; and &#xHH;. Numeric
 * references to 0x80–0x9F are read as Windows-1252, as browsers do;
 * references to nothing valid give U+FFFD. Unknown names stay as written.
 */
class HtmlEntities
{
public:
    /**
     * text.at(position) is '&'. Appends the decoded character(s) to *out and
     * returns how many characters of text the reference used, or 0 when there
     * is no reference there (then nothing is appended).
     */
    static qsizetype decodeAt(const QString &text, qsizetype position, QString *out);
    static QString decode(const QString &text);
    static void appendCodePoint(uint codePoint, QString *out);
};

} // namespace FactDesk
