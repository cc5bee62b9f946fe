#include "projectimporter.h"

#include "figures/extractor.h"
#include "figures/extractorcache.h"
#include "project.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>


namespace FactDesk {

namespace {

// How far from its old place an exact quote is still "the same place".
constexpr int nearWindow = 160;
// Context characters that must agree before a quote found far away, or a
// different figure at a similar place, is taken for the fact.
constexpr int minimumFarScore = 6;
constexpr int minimumChangedScore = 8;

/// Characters of the old prefix and suffix that agree with the text around [start, end).
int contextScore(const QString &text, int start, int end, const Fact &fact)
{
    int score = 0;
    const QString prefix = fact.prefix();
    for (int i = 1; i <= prefix.size() && start - i >= 0; ++i) {
        if (text.at(start - i) != prefix.at(prefix.size() - i))
            break;
        ++score;
    }
    const QString suffix = fact.suffix();
    for (int i = 0; i < suffix.size() && end + i < text.size(); ++i) {
        if (text.at(end + i) != suffix.at(i))
            break;
        ++score;
    }
    return score;
}

/// Where the fact's quote is in text, or -1.
int findQuote(const QString &text, const Fact &fact)
{
    if (fact.quote.isEmpty())
        return -1;
    const int oldStart = fact.figure.start;
    int bestNear = -1, bestNearScore = -1, bestNearDistance = 0;
    int bestFar = -1, bestFarScore = -1, bestFarDistance = 0;
    int occurrences = 0;
    for (int at = text.indexOf(fact.quote); at >= 0; at = text.indexOf(fact.quote, at + 1)) {
        ++occurrences;
        const int score = contextScore(text, at, at + int(fact.quote.size()), fact);
        const int distance = qAbs(at - oldStart);
        auto better = [&](int bestScore, int bestDistance) {
            return score > bestScore || (score == bestScore && distance < bestDistance);
        };
        if (distance <= nearWindow && better(bestNearScore, bestNearDistance)) {
            bestNear = at;
            bestNearScore = score;
            bestNearDistance = distance;
        }
        if (better(bestFarScore, bestFarDistance)) {
            bestFar = at;
            bestFarScore = score;
            bestFarDistance = distance;
        }
    }
    if (bestNear >= 0 && bestNearScore >= bestFarScore / 2)
        return bestNear;
    if (bestFar >= 0 && (occurrences == 1 || bestFarScore >= minimumFarScore))
        return bestFar;
    return -1;
}

bool sameReading(const Figure &a, const Figure &b)
{
    return a.kind == b.kind && a.value == b.value && a.unit == b.unit && a.modifier == b.modifier
        && a.range == b.range;
}

bool overlaps(const Figure &figure, int start, int end)
{
    return figure.start < end && start < figure.end;
}

} // namespace

// A batch of new articles is written when it holds this many, this much text,
// or has waited this long: few disk syncs, and the window never waits long.
constexpr int defaultBatchArticles = 100;
constexpr qint64 batchTextSize = 4 * 1024 * 1024;
constexpr qint64 batchMilliseconds = 250;

class ProjectImporterPrivate
{
public:
    Project *project = nullptr;
    ImportOptions options;
    ProjectImporter::OutcomeCallback outcomeCallback;
    std::atomic<bool> cancelled { false };
    mutable ExtractorCache extractors;

    // The batch of new articles not yet written, and the outcomes that wait
    // for it so that they are reported in file order.
    QVector<Article> batch;
    QVector<QVector<Figure>> batchFigures;
    QVector<QByteArray> batchSha256s; ///< the batch's Article::sha256(), computed once on reading
    QVector<ArticleOutcome> waitingOutcomes;
    QSet<QByteArray> batchTexts;
    QSet<QString> batchNames; ///< URLs, file names and titles of the batch
    qint64 batchSize = 0;
    QElapsedTimer batchAge;
    int batchArticles = defaultBatchArticles;

    const Article *previousVersion(const Article &article) const;
    bool namedInBatch(const Article &article) const;
    void reimport(const Article &previous, Article article, const QVector<Figure> &figures,
        ProjectImportSummary *summary);
    void report(ArticleOutcome outcome, ProjectImportSummary *summary);
    void flush(ProjectImportSummary *summary);
};

const Article *ProjectImporterPrivate::previousVersion(const Article &article) const
{
    if (const Article *byUrl = project->findArticleByUrl(article.url))
        return byUrl;
    if (const Article *byFile = project->findArticleByFileName(article.fileName))
        return byFile;
    return project->findArticleByTitle(article.title);
}

bool ProjectImporterPrivate::namedInBatch(const Article &article) const
{
    const QString fileName = QFileInfo(article.fileName).fileName();
    return (!article.url.isEmpty() && batchNames.contains(QLatin1String("u:") + article.url))
        || (!fileName.isEmpty() && batchNames.contains(QLatin1String("f:") + fileName))
        || (!article.title.isEmpty() && batchNames.contains(QLatin1String("t:") + article.title));
}

void ProjectImporterPrivate::report(ArticleOutcome outcome, ProjectImportSummary *summary)
{
    switch (outcome.kind) {
    case ArticleOutcome::Kind::Imported:
        summary->importedArticleIds.append(outcome.articleId);
        summary->imported.append(outcome.fileName);
        break;
    case ArticleOutcome::Kind::Updated:
        summary->updated.append(outcome.fileName);
        break;
    case ArticleOutcome::Kind::Skipped:
        summary->skippedDuplicates.append(outcome.fileName);
        break;
    case ArticleOutcome::Kind::Failed:
        summary->failed.append({ outcome.fileName, outcome.reason });
        break;
    }
    outcome.processed = summary->processed();
    outcome.filesTotal = summary->filesTotal;
    if (outcomeCallback)
        outcomeCallback(outcome);
}

void ProjectImporterPrivate::flush(ProjectImportSummary *summary)
{
    if (batch.isEmpty() && waitingOutcomes.isEmpty())
        return;
    QVector<Article> articles;
    QVector<QVector<Figure>> figures;
    QVector<QByteArray> sha256s;
    QVector<ArticleOutcome> outcomes;
    articles.swap(batch);
    figures.swap(batchFigures);
    sha256s.swap(batchSha256s);
    outcomes.swap(waitingOutcomes);
    batchTexts.clear();
    batchNames.clear();
    batchSize = 0;

    const QVector<qint64> ids
        = articles.isEmpty() ? QVector<qint64>() : project->addArticles(articles, figures, sha256s);
    const QString error = articles.size() > 0 && ids.isEmpty() ? project->lastError() : QString();
    int stored = 0;
    for (ArticleOutcome &outcome : outcomes) {
        if (outcome.kind == ArticleOutcome::Kind::Imported) {
            if (error.isEmpty()) {
                outcome.articleId = ids.at(stored);
            } else {
                outcome.kind = ArticleOutcome::Kind::Failed;
                outcome.reason = error;
            }
            ++stored;
        }
        report(outcome, summary);
    }
}


void ProjectImporterPrivate::reimport(
    const Article &previous, Article article, const QVector<Figure> &figures, ProjectImportSummary *summary)
{
    article.id = previous.id;
    const QString &text = article.text;
    QVector<bool> claimed(figures.size(), false);
    QVector<Fact> facts;
    QVector<FactChange> changes;
    const QVector<const Fact *> oldFacts = project->factsOfArticle(previous.id);
    facts.reserve(oldFacts.size());

    auto claimOverlapping = [&](int start, int end) -> int {
        int match = -1;
        for (int i = 0; i < figures.size(); ++i) {
            if (!claimed.at(i) && overlaps(figures.at(i), start, end)) {
                claimed[i] = true;
                if (match < 0)
                    match = i;
            }
        }
        return match;
    };
    auto resetReview = [](Fact *fact) {
        fact->status = ReviewStatus::Pending;
        fact->correctedValue.clear();
        fact->correctedUnit.clear();
        fact->correctedKind = FigureKind::Number;
        fact->rejectReason = RejectReason::None;
        fact->editor.clear();
        fact->reviewedAt = QDateTime();
    };

    // First every fact whose quote is still there, so that a changed figure
    // cannot take the place of one that merely moved.
    QVector<const Fact *> unplaced;
    for (const Fact *old : oldFacts) {
        const int at = findQuote(text, *old);
        if (at < 0) {
            unplaced.append(old);
            continue;
        }
        Fact fact = *old;
        const int shift = at - old->figure.start;
        fact.figure.start += shift;
        fact.figure.end += shift;
        const int match = claimOverlapping(fact.figure.start, fact.figure.end);
        if (old->origin == FactOrigin::Extracted && match >= 0
            && !sameReading(figures.at(match), old->figure)) {
            fact.figure = figures.at(match);
            resetReview(&fact);
            fact.anchorIn(text);
            changes.append({ FactChange::Kind::FigureChanged, article.id, *old, fact });
        } else {
            fact.anchorIn(text);
        }
        facts.append(fact);
    }
    for (const Fact *old : std::as_const(unplaced)) {
        int best = -1;
        int bestScore = minimumChangedScore - 1;
        for (int i = 0; i < figures.size(); ++i) {
            if (claimed.at(i))
                continue;
            const int score = contextScore(text, figures.at(i).start, figures.at(i).end, *old);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        Fact fact = *old;
        if (best >= 0) {
            claimed[best] = true;
            fact.figure = figures.at(best);
            resetReview(&fact);
            fact.anchorIn(text);
            changes.append({ FactChange::Kind::FigureChanged, article.id, *old, fact });
        } else {
            // Kept with its review and old quote, as an empty span near where it was.
            const int at = qBound(0, old->figure.start, int(text.size()));
            fact.figure.start = at;
            fact.figure.end = at;
            changes.append({ FactChange::Kind::Disappeared, article.id, *old, fact });
        }
        facts.append(fact);
    }
    QVector<Figure> newFigures;
    for (int i = 0; i < figures.size(); ++i) {
        if (!claimed.at(i))
            newFigures.append(figures.at(i));
    }
    ArticleOutcome outcome;
    outcome.fileName = article.fileName;
    outcome.articleId = article.id;
    if (!project->replaceArticleText(article, facts, newFigures)) {
        outcome.kind = ArticleOutcome::Kind::Failed;
        outcome.reason = project->lastError();
        report(outcome, summary);
        return;
    }
    summary->needsAttention += changes;
    outcome.kind = ArticleOutcome::Kind::Updated;
    report(outcome, summary);
}

ProjectImporter::ProjectImporter(Project *project)
    : d(std::make_unique<ProjectImporterPrivate>())
{
    d->project = project;
}

ProjectImporter::~ProjectImporter() = default;

void ProjectImporter::setOptions(const ImportOptions &options)
{
    d->options = options;
}

void ProjectImporter::setOutcomeCallback(OutcomeCallback callback)
{
    d->outcomeCallback = std::move(callback);
}

void ProjectImporter::setBatchSize(int articles)
{
    d->batchArticles = qMax(1, articles);
}

ExtractorCache *ProjectImporter::extractors() const
{
    return &d->extractors;
}

void ProjectImporter::cancel()
{
    d->cancelled = true;
}

QStringList ProjectImporter::collectFiles(
    const QStringList &paths, QVector<ProjectImportSummary::Failure> *errors)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, ArticleImporter::nameFilters(), QDir::Files | QDir::Readable,
                QDirIterator::Subdirectories);
            while (it.hasNext())
                found.append(it.next());
            found.sort();
            files += found;
        } else if (info.exists()) {
            files.append(path);
        } else if (errors) {
            errors->append({ path,
                QCoreApplication::translate("FactDesk::ProjectImporter", "No such file or folder.") });
        }
    }
    return files;
}

PreparedArticle ProjectImporter::prepareFile(
    const QString &file, const ImportOptions &options, ExtractorCache *extractors)
{
    PreparedArticle prepared;
    prepared.fileName = file;
    prepared.read = ArticleImporter::importFile(file, options);
    if (!prepared.read.ok)
        return prepared;
    Article &article = prepared.read.article;
    if (article.fileName.isEmpty())
        article.fileName = file;
    prepared.figures = extractors->forLanguage(article.language).extract(article.text, article.date);
    prepared.sha256 = article.sha256();
    return prepared;
}

ProjectImportSummary ProjectImporter::importPaths(const QStringList &paths)
{
    ProjectImportSummary summary;
    d->cancelled = false;
    QVector<ProjectImportSummary::Failure> missing;
    const QStringList files = collectFiles(paths, &missing);
    summary.filesTotal = int(files.size() + missing.size());
    for (const ProjectImportSummary::Failure &failure : std::as_const(missing))
        d->report({ ArticleOutcome::Kind::Failed, failure.fileName, 0, failure.reason }, &summary);
    for (const QString &file : files) {
        if (d->cancelled) {
            summary.cancelled = true;
            break;
        }
        add(prepareFile(file, d->options, &d->extractors), &summary);
    }
    flush(&summary);
    return summary;
}

void ProjectImporter::add(PreparedArticle prepared, ProjectImportSummary *summary)
{
    // The importer's warnings name their file already ("latin1.txt: decoded as …").
    summary->warnings += prepared.read.warnings;
    ArticleOutcome outcome;
    outcome.fileName = prepared.fileName;
    auto note = [&] {
        if (d->batch.isEmpty())
            d->report(outcome, summary);
        else
            d->waitingOutcomes.append(outcome); // reported after the articles read before it
    };
    if (!prepared.read.ok) {
        outcome.kind = ArticleOutcome::Kind::Failed;
        outcome.reason = prepared.read.error;
        note();
        return;
    }
    Article &article = prepared.read.article;
    if (prepared.sha256.isEmpty())
        prepared.sha256 = article.sha256();
    if (d->batchTexts.contains(prepared.sha256) || d->project->findArticleBySha256(prepared.sha256)) {
        outcome.kind = ArticleOutcome::Kind::Skipped;
        note();
        return;
    }
    // An updated version (of an article in the project or still in the batch)
    // is stored after the batch, so that outcomes keep the order of the files.
    if (d->namedInBatch(article) || d->previousVersion(article)) {
        flush(summary);
        if (const Article *previous = d->previousVersion(article)) {
            d->reimport(*previous, article, prepared.figures, summary);
            return;
        }
    }
    if (d->batch.isEmpty())
        d->batchAge.start();
    d->batchTexts.insert(prepared.sha256);
    d->batchSha256s.append(prepared.sha256);
    if (!article.url.isEmpty())
        d->batchNames.insert(QLatin1String("u:") + article.url);
    const QString fileName = QFileInfo(article.fileName).fileName();
    if (!fileName.isEmpty())
        d->batchNames.insert(QLatin1String("f:") + fileName);
    if (!article.title.isEmpty())
        d->batchNames.insert(QLatin1String("t:") + article.title);
    d->batchSize += article.text.size() + article.rawSource.size();
    d->batch.append(std::move(article));
    d->batchFigures.append(std::move(prepared.figures));
    outcome.kind = ArticleOutcome::Kind::Imported;
    d->waitingOutcomes.append(outcome);
    if (d->batch.size() >= d->batchArticles || d->batchSize * 2 >= batchTextSize
        || d->batchAge.elapsed() >= batchMilliseconds)
        flush(summary);
}

void ProjectImporter::flush(ProjectImportSummary *summary)
{
    d->flush(summary);
}

bool ProjectImporter::rereadArticle(qint64 articleId, ProjectImportSummary *summary)
{
    const Article *stored = d->project->article(articleId);
    if (!stored) {
        summary->failed.append(
            { QString(), QCoreApplication::translate("FactDesk::Project", "No such article.") });
        return false;
    }
    // A copy: the reimport replaces the project's article under the reference.
    const Article article = *stored;
    const QVector<Figure> figures
        = d->extractors.forLanguage(article.language).extract(article.text, article.date);
    const int failures = int(summary->failed.size());
    d->reimport(article, article, figures, summary);
    if (summary->failed.size() > failures)
        return false;
    summary->updated.removeLast(); // not a file that was imported
    return true;
}

void ProjectImporter::importArticle(const Article &article, ProjectImportSummary *summary)
{
    PreparedArticle prepared;
    prepared.fileName = article.fileName;
    prepared.read.ok = true;
    prepared.read.article = article;
    prepared.figures = d->extractors.forLanguage(article.language).extract(article.text, article.date);
    add(std::move(prepared), summary);
    flush(summary);
}

} // namespace FactDesk
