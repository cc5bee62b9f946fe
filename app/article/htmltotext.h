#pragma once

#include "markupconversion_p.h"

namespace FactDesk {

/**
 * Turns an HTML page into article text and metadata, in one linear pass that
 * tolerates broken markup (unclosed tags and quotes, deep nesting).
 *
 * Kept: the body text; block elements (p, div, h1–h6, li, br, blockquote, tr,
 * …) end paragraphs. Dropped: comments, script, style, nav, aside, form,
 * noscript, template, svg, iframe, buttons, header/footer outside an
 * <article> or <main> (page chrome; an article's own header holds its title),
 * and containers whose class or id names furniture ("ad", "share", "cookie",
 * "newsletter", "related", …). When the <article> and <main> elements hold at
 * least 30 % of the text, only their text is kept: what surrounds them is the
 * site, not the story.
 *
 * Metadata: title from og:title, else <title>, else the first <h1>; date from
 * article:published_time, datePublished, dc.date*, meta date, or the first
 * <time datetime>; source from og:site_name; url from link rel=canonical, else
 * og:url; language from <html lang>, else meta language.
 */
class HtmlToText
{
public:
    static MarkupConversion convert(const QString &html);
    /// True when the text starts (after blanks) with <!DOCTYPE html or <html.
    static bool looksLikeHtml(const QString &text);
};

} // namespace FactDesk
