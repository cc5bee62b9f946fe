#pragma once

#include "markupconversion_p.h"

namespace FactDesk {

/**
 * Turns Markdown into article text and metadata.
 *
 * Front matter ("---" lines around "key: value" pairs) gives title, date,
 * source, url and lang. Headings, list items, block quotes, table rows and
 * fenced code blocks each become paragraphs; emphasis, code spans and link
 * syntax are removed ("[text](url)" keeps "text"); images, reference
 * definitions and inline HTML tags are dropped; entities are decoded.
 * Ordered-list numbers of one to three digits are dropped, longer ones
 * ("2025. ") are kept because they are usually years.
 * Without a front-matter title, the first level-1 heading is the title.
 * Every step is linear in the input, whatever the input: lines are classified
 * by hand-written scans (no backtracking pattern), and each inline construct
 * is found with one pass or a cached search.
 */
class MarkdownToText
{
public:
    /**
     * steps, when given, receives the number of characters the conversion
     * looked at (counting each library search by the length it may scan):
     * the measure the tests use to prove the promise above without a clock.
     */
    static MarkupConversion convert(const QString &markdown, qint64 *steps = nullptr);
    /// The inline part alone, for one line of Markdown.
    static QString inlineText(const QString &line, qint64 *steps = nullptr);
};

} // namespace FactDesk
