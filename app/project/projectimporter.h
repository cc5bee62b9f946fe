#pragma once

#include "article/article.h"
#include "article/articleimporter.h"
#include "figures/figure.h"
#include "review/fact.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>

namespace FactDesk {

class ExtractorCache;
class Project;
class ProjectImporterPrivate;

/// A fact that a re-import could not carry over unchanged: the analyst must look at it.
struct FactChange
{
    enum class Kind
    {
        /// The figure at the fact's place reads differently now; the fact follows
        /// the new reading and is pending again (its earlier review is in `before`).
        FigureChanged,
        /// The quote is nowhere in the new text; the fact is kept with its review,
        /// its old quote and an empty span where it was.
        Disappeared,
    };
    Kind kind = Kind::FigureChanged;
    qint64 articleId = 0;
    Fact before;
    Fact after;
};

/// What an import did, file by file.
struct ProjectImportSummary
{
    struct Failure
    {
        QString fileName;
        QString reason; ///< translated, for the analyst
    };
    QVector<qint64> importedArticleIds; ///< new articles
    QStringList imported; ///< their files
    QStringList skippedDuplicates; ///< files whose text is already in the project
    QStringList updated; ///< files that replaced an earlier version of their article
    QVector<Failure> failed;
    QVector<FactChange> needsAttention;
    QStringList warnings; ///< "file: warning" from the importer (e.g. encoding guesses)
    bool cancelled = false;
    int filesTotal = 0;

    int processed() const
    {
        return int(imported.size() + skippedDuplicates.size() + updated.size() + failed.size());
    }
};

/// An article read and its figures found, not yet stored: what a reading thread hands to the project.
struct PreparedArticle
{
    QString fileName; ///< as given to the importer
    ImportResult read; ///< read.ok false: read.error says why
    QVector<Figure> figures;
    QByteArray sha256; ///< of read.article's text
};

/// What became of one file, reported as soon as it is known (once stored, for a new article).
struct ArticleOutcome
{
    enum class Kind
    {
        Imported,
        Updated, ///< replaced an earlier version of its article
        Skipped, ///< its text is already in the project
        Failed,
    };
    Kind kind = Kind::Imported;
    QString fileName;
    qint64 articleId = 0; ///< imported or updated article
    QString reason; ///< why it failed, translated
    int processed = 0; ///< files done in this run, this one included
    int filesTotal = 0; ///< files in this run, when known (0 before)
};

/**
 * Imports article files and folders into a Project: reads each with
 * ArticleImporter, finds its figures with the Extractor for the article's
 * language, and adds it with one pending fact per figure.
 *
 * - An article whose text (SHA-256) is already in the project is skipped.
 * - An article with the same URL, or else the same file name, or else the same
 *   title as one in the project but a different text is an updated version: its
 *   facts are re-anchored by quote, prefix and suffix (exact match near the old
 *   place first, then anywhere with the best context agreement), keep their
 *   review, new figures become pending facts, and facts whose figure changed or
 *   disappeared are listed in the summary (needsAttention).
 * - New articles are written in batches (one transaction, so one disk sync, for
 *   up to a hundred articles or a quarter of a second of work): either a whole
 *   article is stored or none of it. The outcome callback hears of each file
 *   once its fate is final, in the order of the files.
 * - cancel() (from any thread, or from the outcome callback) stops between two
 *   articles; what was read before is stored, no article is half imported.
 *
 * Reading and extracting (prepareFile) touch no project and may run on another
 * thread; add() and flush() change the project and belong to its thread.
 */
class ProjectImporter
{
public:
    using OutcomeCallback = std::function<void(const ArticleOutcome &outcome)>;

    explicit ProjectImporter(Project *project);
    ~ProjectImporter();
    ProjectImporter(const ProjectImporter &) = delete;
    ProjectImporter &operator=(const ProjectImporter &) = delete;

    void setOptions(const ImportOptions &options);
    void setOutcomeCallback(OutcomeCallback callback);
    /// The most new articles written in one transaction (100 by default; 1 writes each at once).
    void setBatchSize(int articles);

    /// Files and folders (folders are read recursively for the files ArticleImporter can read).
    ProjectImportSummary importPaths(const QStringList &paths);
    /// Imports one article already read (its id is ignored), stored before it returns; adds to summary.
    void importArticle(const Article &article, ProjectImportSummary *summary);
    /**
     * Reads an article of the project again, with the language and date it
     * has now (after they were corrected: "billion" is 10⁹ in English and
     * 10¹² in French, "mardi" depends on the date). Its facts keep their
     * review where the figure reads the same; those that changed are pending
     * again and listed in summary->needsAttention, as for an updated version.
     * Returns false (the reason in summary->failed) when the project refused.
     */
    bool rereadArticle(qint64 articleId, ProjectImportSummary *summary);

    /// Reads a file and finds its figures; thread-safe (extractors is shared and locked).
    static PreparedArticle prepareFile(
        const QString &file, const ImportOptions &options, ExtractorCache *extractors);
    /// The extractors this importer reads with, for prepareFile on another thread.
    ExtractorCache *extractors() const;
    /**
     * Takes one prepared article: a failure or duplicate is noted, an updated
     * version replaces its article at once, a new article waits in the batch
     * (written when the batch is full or old enough). Adds to summary.
     */
    void add(PreparedArticle prepared, ProjectImportSummary *summary);
    /// Writes the waiting batch now (at the end of a run, or before a pause).
    void flush(ProjectImportSummary *summary);

    void cancel();

    /// The importable files in paths, folders expanded and sorted; missing paths in errors.
    static QStringList collectFiles(const QStringList &paths, QVector<ProjectImportSummary::Failure> *errors);

private:
    std::unique_ptr<ProjectImporterPrivate> d;
};

} // namespace FactDesk
