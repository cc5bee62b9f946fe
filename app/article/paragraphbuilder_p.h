#pragma once

#include <QString>

namespace FactDesk {

/**
 * Collects the text of markup converters: collapses runs of ASCII whitespace
 * into one space inside a paragraph and separates paragraphs by "\n\n".
 * NBSP and U+202F are not collapsed: they are part of French numbers.
 */
class ParagraphBuilder
{
public:
    void append(QChar c);
    void append(const QString &text);
    /// Closes the current paragraph; an empty or blank one is dropped.
    void endParagraph();
    /// The paragraph being built, trimmed (used to read a heading as a title).
    QString currentParagraph() const { return m_current.trimmed(); }
    /// Ends the last paragraph and hands the text over.
    QString takeText();

    static bool isCollapsible(QChar c)
    {
        return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n')
            || c == QLatin1Char('\r') || c == QLatin1Char('\f') || c == QLatin1Char('\v');
    }

private:
    QString m_text;
    QString m_current;
    bool m_pendingSpace = false;
};

} // namespace FactDesk
