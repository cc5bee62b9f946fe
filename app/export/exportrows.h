#pragma once

#include "article/article.h"
#include "review/fact.h"
#include "story/arithmeticcheck.h"
#include "story/measure.h"

#include <QHash>
#include <QPair>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>

class QIODevice;

namespace FactDesk {

class CodePointOffsets;
class Project;
class StoryLedger;

/// One fact as every export writes it: offsets in code points, quote and sentence resolved.
struct ExportRow
{
    const Article *article = nullptr;
    const Fact *fact = nullptr;
    int start = 0; ///< Unicode code points from the start of the article text
    int end = 0;
    QString written; ///< the figure as written in the text
    QString context; ///< the sentence around the figure
    qint64 measureId = 0; ///< the story ledger's measure the fact is in, 0 for none
    QString measure; ///< its name
    /// The other facts it is in an open conflict with (a conflict or scale trap without a verdict).
    QVector<QPair<qint64, PairLabel>> openConflicts;
    QVector<ArithmeticCheck> failedChecks; ///< the inconsistent checks it is in
};

/**
 * Told how far an export got (rows written of total); returns false to stop
 * it. Called from the thread that writes, every few hundred rows.
 */
using ExportProgress = std::function<bool(int done, int total)>;

/**
 * The facts an export holds, in project order: verified ones (confirmed and
 * corrected) by default, all of them on request. Shared by CsvWriter and
 * JsonWriter so that both say exactly the same thing.
 *
 * It keeps its own copy of the project's articles and facts (implicitly
 * shared: taking it costs nothing, and the project may change afterwards), so
 * it can be written on another thread while the window goes on. Rows are
 * resolved one at a time as they are written, not held all at once.
 */
class ExportRows
{
public:
    /// ledger: the project's story ledger, up to date; null builds one (what the command line does).
    ExportRows(const Project &project, bool allFacts, const StoryLedger *ledger = nullptr);
    ~ExportRows();

    int count() const { return int(m_selected.size()); }
    /// Row i (0 <= i < count()); fastest in order.
    ExportRow at(int i) const;

    /// The sentence holding [start, end), trimmed; at most a few hundred characters each side.
    static QString contextSentence(const QString &text, int start, int end);
    /// Where contextSentence() is in text, before trimming: [*first, *last).
    static void sentenceBounds(const QString &text, int start, int end, int *first, int *last);
    /// True for a plain decimal number ("-3", "4.2", "13000000000"): what may keep a leading sign.
    static bool isPlainNumber(const QString &value);
    /**
     * The period the fact was true in: the as-of its sentence names (an ISO
     * prefix such as "2025-Q3", or "low/high"), else the article's date, else
     * empty. The same rule for every export.
     */
    static QString asOf(const Fact &fact, const Article &article);
    /// "conflict:39 scale_trap:42": the open_conflicts column.
    static QString openConflictsText(const ExportRow &row);
    /// "change:31,32,33 computed=61.5 stated=60; …": the failed_checks column.
    static QString failedChecksText(const ExportRow &row);

private:
    struct Selected
    {
        int fact;
        int article;
    };
    QVector<Article> m_articles;
    QVector<Fact> m_facts;
    QVector<Selected> m_selected;
    struct StoryCells
    {
        qint64 measureId = 0;
        QString measure;
        QVector<QPair<qint64, PairLabel>> openConflicts;
        QVector<ArithmeticCheck> failedChecks;
    };
    QHash<qint64, StoryCells> m_story; ///< by fact id, for the facts in a measure or a failed check
    mutable int m_offsetsArticle = -1;
    mutable std::unique_ptr<CodePointOffsets> m_offsets;
};

/// The reason an export gives when its progress callback stopped it.
QString exportCancelledReason();

/**
 * Writes a document to path atomically (QSaveFile): write(device) produces it
 * and returns false to give up (cancelled, or its own error in *error). Either
 * the whole file is there or the earlier one is left untouched. On failure
 * error says why (disk full, permission, cancelled…), prefixed with the file name.
 */
bool saveExportFile(
    const QString &path, const std::function<bool(QIODevice *device, QString *error)> &write, QString *error);

} // namespace FactDesk
