#pragma once

#include "article/article.h"
#include "article/articleimporter.h"
#include "review/fact.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>

namespace FactDesk {

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

/**
 * Imports article files and folders into a Project: reads each with
 * ArticleImporter, finds its figures with an Extractor for the article's
 * language, and adds it with one pending fact per figure in one transaction.
 *
 * - An article whose text (SHA-256) is already in the project is skipped.
 * - An article with the same URL, or else the same file name, or else the same
 *   title as one in the project but a different text is an updated version: its
 *   facts are re-anchored by quote, prefix and suffix (exact match near the old
 *   place first, then anywhere with the best context agreement), keep their
 *   review, new figures become pending facts, and facts whose figure changed or
 *   disappeared are listed in the summary (needsAttention).
 * - cancel() (from any thread, or from the progress callback) stops between two
 *   articles: no article is ever half imported.
 */
class ProjectImporter
{
public:
    /// index counts from 0; called before each file is read.
    using ProgressCallback = std::function<void(int index, int count, const QString &fileName)>;

    explicit ProjectImporter(Project *project);
    ~ProjectImporter();
    ProjectImporter(const ProjectImporter &) = delete;
    ProjectImporter &operator=(const ProjectImporter &) = delete;

    void setOptions(const ImportOptions &options);
    void setProgressCallback(ProgressCallback callback);

    /// Files and folders (folders are read recursively for the files ArticleImporter can read).
    ProjectImportSummary importPaths(const QStringList &paths);
    /// Imports one article already read (its id is ignored); adds to summary.
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

    void cancel();
    bool isCancelled() const;

    /// The importable files in paths, folders expanded and sorted; missing paths in errors.
    static QStringList collectFiles(const QStringList &paths, QVector<ProjectImportSummary::Failure> *errors);

private:
    std::unique_ptr<ProjectImporterPrivate> d;
};

} // namespace FactDesk
