#include "projectimporter.h"

#include "figures/extractor.h"
#include "project.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <map>

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
    for (int i = 1; i <= fact.prefix.size() && start - i >= 0; ++i) {
        if (text.at(start - i) != fact.prefix.at(fact.prefix.size() - i))
            break;
        ++score;
    }
    for (int i = 0; i < fact.suffix.size() && end + i < text.size(); ++i) {
        if (text.at(end + i) != fact.suffix.at(i))
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

class ProjectImporterPrivate
{
public:
    Project *project = nullptr;
    ImportOptions options;
    ProjectImporter::ProgressCallback progress;
    std::atomic<bool> cancelled { false };
    std::map<QString, Extractor> extractors;

    const Extractor &extractorFor(const QString &articleLanguage)
    {
        // An article whose language could not be told is read as English, the
        // same default factdesk-cli review uses for its corrections.
        const QString language = articleLanguage.isEmpty() ? QStringLiteral("en") : articleLanguage;
        auto it = extractors.find(language);
        if (it == extractors.end())
            it = extractors.emplace(language, Extractor(language)).first;
        return it->second;
    }

    const Article *previousVersion(const Article &article) const;
    void reimport(const Article &previous, Article article, const QVector<Figure> &figures,
        ProjectImportSummary *summary);
};

const Article *ProjectImporterPrivate::previousVersion(const Article &article) const
{
    const QVector<Article> &articles = project->articles();
    if (!article.url.isEmpty()) {
        for (const Article &candidate : articles) {
            if (candidate.url == article.url)
                return &candidate;
        }
    }
    const QString fileName = QFileInfo(article.fileName).fileName();
    if (!fileName.isEmpty()) {
        for (const Article &candidate : articles) {
            if (QFileInfo(candidate.fileName).fileName() == fileName)
                return &candidate;
        }
    }
    if (!article.title.isEmpty()) {
        for (const Article &candidate : articles) {
            if (candidate.title == article.title)
                return &candidate;
        }
    }
    return nullptr;
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
    if (!project->replaceArticleText(article, facts, newFigures)) {
        summary->failed.append({ article.fileName, project->lastError() });
        return;
    }
    summary->updated.append(article.fileName);
    summary->needsAttention += changes;
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

void ProjectImporter::setProgressCallback(ProgressCallback callback)
{
    d->progress = std::move(callback);
}

void ProjectImporter::cancel()
{
    d->cancelled = true;
}

bool ProjectImporter::isCancelled() const
{
    return d->cancelled;
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

ProjectImportSummary ProjectImporter::importPaths(const QStringList &paths)
{
    ProjectImportSummary summary;
    d->cancelled = false;
    const QStringList files = collectFiles(paths, &summary.failed);
    summary.filesTotal = int(files.size() + summary.failed.size());
    for (int i = 0; i < files.size(); ++i) {
        if (d->progress)
            d->progress(i, int(files.size()), files.at(i));
        if (d->cancelled) {
            summary.cancelled = true;
            break;
        }
        const QString &file = files.at(i);
        const ImportResult result = ArticleImporter::importFile(file, d->options);
        // The importer's warnings name their file already ("latin1.txt: decoded as …").
        summary.warnings += result.warnings;
        if (!result.ok) {
            summary.failed.append({ file, result.error });
            continue;
        }
        Article article = result.article;
        if (article.fileName.isEmpty())
            article.fileName = file;
        importArticle(article, &summary);
    }
    return summary;
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
    const QVector<Figure> figures = d->extractorFor(article.language).extract(article.text, article.date);
    const int failures = int(summary->failed.size());
    d->reimport(article, article, figures, summary);
    if (summary->failed.size() > failures)
        return false;
    summary->updated.removeLast(); // not a file that was imported
    return true;
}

void ProjectImporter::importArticle(const Article &article, ProjectImportSummary *summary)
{
    if (d->project->findArticleBySha256(article.sha256())) {
        summary->skippedDuplicates.append(article.fileName);
        return;
    }
    const QVector<Figure> figures = d->extractorFor(article.language).extract(article.text, article.date);
    if (const Article *previous = d->previousVersion(article)) {
        d->reimport(*previous, article, figures, summary);
        return;
    }
    const qint64 id = d->project->addArticle(article, figures);
    if (id == 0) {
        summary->failed.append({ article.fileName, d->project->lastError() });
        return;
    }
    summary->importedArticleIds.append(id);
    summary->imported.append(article.fileName);
}

} // namespace FactDesk
