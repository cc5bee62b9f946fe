#pragma once

#include "article/article.h"
#include "review/fact.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace FactDesk {

class Project;

/// One fact as every export writes it: offsets in code points, quote and sentence resolved.
struct ExportRow
{
    const Article *article = nullptr;
    const Fact *fact = nullptr;
    int start = 0; ///< Unicode code points from the start of the article text
    int end = 0;
    QString written; ///< the figure as written in the text
    QString context; ///< the sentence around the figure
};

/**
 * The facts an export holds, in project order: verified ones (confirmed and
 * corrected) by default, all of them on request. Shared by CsvWriter and
 * JsonWriter so that both say exactly the same thing. Refers to the project's
 * data: keep the project unchanged while using it.
 */
class ExportRows
{
public:
    ExportRows(const Project &project, bool allFacts);

    const QVector<ExportRow> &rows() const { return m_rows; }

    /// UTF-16 index → code point index, counting each surrogate pair once.
    static int codePointOffset(const QString &text, int utf16Offset);
    /// The sentence holding [start, end), trimmed; at most a few hundred characters each side.
    static QString contextSentence(const QString &text, int start, int end);
    /// Where contextSentence() is in text, before trimming: [*first, *last).
    static void sentenceBounds(const QString &text, int start, int end, int *first, int *last);
    /// True for a plain decimal number ("-3", "4.2", "13000000000"): what may keep a leading sign.
    static bool isPlainNumber(const QString &value);

private:
    QVector<ExportRow> m_rows;
};

/**
 * Writes data to path atomically (QSaveFile): either the whole file is there or
 * the earlier one is left untouched. On failure error says why (disk full,
 * permission, …), prefixed with the file name.
 */
bool saveExportFile(const QString &path, const QByteArray &data, QString *error);

} // namespace FactDesk
