#pragma once

#include <QDate>
#include <QString>

namespace FactDesk {

/**
 * Finds a title and a publication date in plain text, and reads the dates
 * written in metadata (HTML meta tags, Markdown front matter).
 *
 * Title: the first line when it holds at most maximumTitleLength characters
 * and a blank line follows it (the usual shape of a saved article). The line
 * stays in the text, so offsets still match the file.
 *
 * Date: the first date on the first dateSearchLines lines, looking only at
 * lines of at most maximumDateLineLength characters (bylines and datelines,
 * not body paragraphs, whose dates are news) and at a longer line that opens
 * with a date, bare or labelled ("date 2025-10-29 …", "Publié le …",
 * "Updated on …"). Dates are written as ISO-like numbers
 * (2025-10-29, 2025/05/12 19:15:08, 2025.10.29), in French ("29 octobre
 * 2025", "1er mai 2025") or in English ("October 29, 2025", "29 October 2025").
 */
class MetadataScanner
{
public:
    static constexpr int maximumTitleLength = 200;
    static constexpr int dateSearchLines = 10;
    static constexpr int maximumDateLineLength = 120;

    static QString findTitle(const QString &text);
    static QDate findDate(const QString &text);
    /// The first date anywhere in a short metadata value ("2025-10-29T08:00:00Z").
    static QDate parseDate(const QString &value);
    /// "fr-FR", "FR", "fr_CA" → "fr"; anything that is not French or English → "".
    static QString normalizeLanguage(const QString &value);
};

} // namespace FactDesk
