#include "reviewer.h"

#include "figures/extractor.h"
#include "figures/extractorcache.h"
#include "figures/lexicon.h"
#include "project/project.h"
#include "project/unchangedreview.h"
#include "review/factmodel.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>

namespace FactDesk {

namespace {

/// The fact with its review cleared (status, correction, reason), keeping the figure and the note.
Fact withoutReview(const Fact &fact)
{
    Fact cleared = fact;
    cleared.status = ReviewStatus::Pending;
    cleared.correctedValue.clear();
    cleared.correctedUnit.clear();
    cleared.correctedKind = fact.figure.kind;
    cleared.rejectReason = RejectReason::None;
    return cleared;
}

bool joinsWords(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

ReviewDecision refused(const QString &message)
{
    ReviewDecision decision;
    decision.outcome = ReviewDecision::Outcome::Refused;
    decision.message = message;
    return decision;
}

/// Nothing to write: the step names what was asked and the fact as it stands, for its audit line.
ReviewDecision noChange(ReviewAction action, const Fact &fact)
{
    ReviewDecision decision;
    decision.step.action = action;
    decision.step.before = fact;
    decision.step.after = fact;
    return decision;
}

} // namespace

class ReviewerPrivate
{
public:
    Project *project = nullptr;
    mutable ExtractorCache extractors;

    const Extractor &extractorFor(const Article &article) const;
    /**
     * Reads the figure in a span of an article, offsets in the span. The
     * extractor reads number words only before a scale ("dix millions"); a
     * span the analyst picked that starts with one ("dix-huit mois") is read
     * as if the word were written in digits.
     */
    std::optional<Figure> readSpan(const Article &article, const QString &span) const;
    /// A step from before to after, after stamped with who and when (nobody for a pending fact).
    ReviewDecision change(ReviewAction action, const Fact &before, Fact after) const;
    /// The fact, or a refusal naming the id.
    const Fact *factOr(qint64 factId, ReviewDecision *refusal) const;
    bool write(ReviewStep &step, const QString &action, bool forward, QString *error) const;
};

const Extractor &ReviewerPrivate::extractorFor(const Article &article) const
{
    return extractors.forLanguage(article.language);
}

std::optional<Figure> ReviewerPrivate::readSpan(const Article &article, const QString &span) const
{
    const Extractor &extractor = extractorFor(article);
    std::optional<Figure> read = extractor.readValue(span, article.date);
    if (read && !read->value.isEmpty())
        return read;
    const QJsonObject words = Lexicon::builtin(extractor.language())
                                  .data()
                                  .value(QLatin1String("numbers"))
                                  .toObject()
                                  .value(QLatin1String("words"))
                                  .toObject();
    QString word;
    for (auto it = words.constBegin(); it != words.constEnd(); ++it) {
        const QString &candidate = it.key();
        if (candidate.size() <= word.size() || !span.startsWith(candidate, Qt::CaseInsensitive))
            continue;
        if (span.size() == candidate.size() || !span.at(candidate.size()).isLetter())
            word = candidate;
    }
    if (word.isEmpty())
        return std::nullopt;
    const QString digits = QString::number(words.value(word).toInt());
    read = extractor.readValue(digits + span.mid(word.size()), article.date);
    if (!read || read->value.isEmpty() || read->start != 0)
        return std::nullopt;
    read->end += int(word.size() - digits.size());
    return read;
}

ReviewDecision ReviewerPrivate::change(ReviewAction action, const Fact &before, Fact after) const
{
    if (after.status == ReviewStatus::Pending) {
        after.editor.clear();
        after.reviewedAt = QDateTime();
    } else {
        // When is the store's to say, on the project's clock (a team project's server), the same
        // time as the audit line's: a review without a time is stamped as it is written.
        after.editor = project->editor();
        after.reviewedAt = QDateTime();
    }
    ReviewDecision decision;
    decision.outcome = ReviewDecision::Outcome::Change;
    decision.step.action = action;
    decision.step.before = before;
    decision.step.after = after;
    return decision;
}

const Fact *ReviewerPrivate::factOr(qint64 factId, ReviewDecision *refusal) const
{
    const Fact *fact = project->fact(factId);
    if (!fact)
        *refusal = refused(Reviewer::tr("There is no fact %1.").arg(factId));
    return fact;
}

Reviewer::Reviewer(Project *project)
    : d(std::make_unique<ReviewerPrivate>())
{
    Q_ASSERT(project);
    d->project = project;
}

Reviewer::~Reviewer() = default;

Project *Reviewer::project() const
{
    return d->project;
}

ReviewDecision Reviewer::confirm(qint64 factId) const
{
    ReviewDecision decision;
    const Fact *fact = d->factOr(factId, &decision);
    if (!fact)
        return decision;
    if (fact->status == ReviewStatus::Confirmed)
        return noChange(ReviewAction::Confirm, *fact);
    Fact after = withoutReview(*fact);
    after.status = ReviewStatus::Confirmed;
    return d->change(ReviewAction::Confirm, *fact, after);
}

std::optional<Figure> Reviewer::readCorrection(qint64 factId, const QString &typed) const
{
    const Fact *fact = d->project->fact(factId);
    const Article *article = fact ? d->project->article(fact->articleId) : nullptr;
    if (!article)
        return std::nullopt;
    std::optional<Figure> figure = d->extractorFor(*article).readValue(typed.trimmed(), article->date);
    if (!figure || figure->value.isEmpty())
        return std::nullopt;
    // "4,2" typed over "4,1 %" is still a percentage, and "14" typed over a fact
    // corrected to 13 milliards USD is still in USD: a bare number keeps the
    // fact's final kind and unit. A date is not a bare number: "28" over a date
    // reads as a number, and the kind change is then the analyst's call.
    const bool bare = figure->kind == FigureKind::Number && figure->unit.isEmpty();
    if (bare && fact->finalKind() != FigureKind::Date) {
        figure->kind = fact->finalKind();
        figure->unit = fact->finalUnit();
    }
    // Over a year, four digits are a year.
    static const QRegularExpression fourDigits(QStringLiteral("^[0-9]{4}$"));
    if (bare && fact->finalKind() == FigureKind::Date && fact->finalUnit() == QLatin1String("year")
        && fourDigits.match(figure->value).hasMatch()) {
        figure->kind = FigureKind::Date;
        figure->unit = fact->finalUnit();
    }
    return figure;
}

ReviewDecision Reviewer::correct(qint64 factId, const CorrectionRequest &request) const
{
    ReviewDecision decision;
    const Fact *fact = d->factOr(factId, &decision);
    if (!fact)
        return decision;
    const QString typed = request.typed.trimmed();
    if (typed.isEmpty())
        return refused(tr("Type the correct value."));
    const std::optional<Figure> read = readCorrection(factId, typed);
    if (!read)
        return refused(tr("\u201C%1\u201D cannot be read as a number.").arg(typed));

    Fact after = withoutReview(*fact);
    after.status = ReviewStatus::Corrected;
    after.correctedValue = read->value;
    after.correctedKind = request.kind.value_or(read->kind);
    after.correctedUnit = request.unit.value_or(read->unit);

    const FigureKind from = fact->finalKind();
    const bool kindFromText = !request.kind.has_value();
    if (kindFromText && after.correctedKind != from && from != FigureKind::Number
        && !request.kindChangeAccepted) {
        decision.outcome = ReviewDecision::Outcome::KindChange;
        decision.fromKind = from;
        decision.toKind = after.correctedKind;
        //: %1 and %2 are kinds of figure: "The kind changes from Date to Number."
        decision.message = tr("The kind changes from %1 to %2.")
                               .arg(FactModel::kindName(from), FactModel::kindName(after.correctedKind));
        return decision;
    }
    if (after.sameReview(*fact))
        return noChange(ReviewAction::Correct, *fact);
    return d->change(ReviewAction::Correct, *fact, after);
}

ReviewDecision Reviewer::reject(qint64 factId, RejectReason reason) const
{
    ReviewDecision decision;
    const Fact *fact = d->factOr(factId, &decision);
    if (!fact)
        return decision;
    Fact after = withoutReview(*fact);
    after.status = ReviewStatus::Rejected;
    after.rejectReason = reason == RejectReason::None ? RejectReason::Other : reason;
    if (after.sameReview(*fact))
        return noChange(ReviewAction::Reject, *fact);
    return d->change(ReviewAction::Reject, *fact, after);
}

ReviewDecision Reviewer::resetToPending(qint64 factId) const
{
    ReviewDecision decision;
    const Fact *fact = d->factOr(factId, &decision);
    if (!fact)
        return decision;
    if (fact->status == ReviewStatus::Pending)
        return noChange(ReviewAction::Reset, *fact);
    return d->change(ReviewAction::Reset, *fact, withoutReview(*fact));
}

ReviewDecision Reviewer::setNote(qint64 factId, const QString &note) const
{
    ReviewDecision decision;
    const Fact *fact = d->factOr(factId, &decision);
    if (!fact)
        return decision;
    if (fact->note == note)
        return noChange(ReviewAction::Note, *fact);
    Fact after = *fact;
    after.note = note;
    return d->change(ReviewAction::Note, *fact, after);
}

std::pair<int, int> Reviewer::wholeWords(const QString &text, int start, int end)
{
    const int size = int(text.size());
    end = qBound(0, end, size);
    start = qBound(0, start, end);
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    if (start == end)
        return { start, end };
    const auto isDigitAt = [&text, size](int i) { return i >= 0 && i < size && text.at(i).isDigit(); };
    const auto isNumberJoint = [&text, &isDigitAt](int i) {
        if (!isDigitAt(i - 1) || !isDigitAt(i + 1))
            return false;
        const QChar c = text.at(i);
        // "4,2" and "1.5": a separator between two digits is inside a number.
        if (c == QLatin1Char(',') || c == QLatin1Char('.'))
            return true;
        // "4 000": a space that groups thousands, after one to three digits and before three.
        if (c != QLatin1Char(' ') && c != QChar(u'\u00A0') && c != QChar(u'\u202F'))
            return false;
        int lead = 0;
        while (isDigitAt(i - 1 - lead))
            ++lead;
        return lead <= 3 && isDigitAt(i + 2) && isDigitAt(i + 3) && !isDigitAt(i + 4);
    };
    const auto inWord = [&text, &isNumberJoint](int i) { return joinsWords(text.at(i)) || isNumberJoint(i); };
    while (start > 0 && inWord(start) && inWord(start - 1))
        --start;
    while (end < size && inWord(end - 1) && inWord(end))
        ++end;
    return { start, end };
}

ReviewDecision Reviewer::addFigure(qint64 articleId, int start, int end) const
{
    const Article *article = d->project->article(articleId);
    if (!article)
        return refused(tr("There is no article %1.").arg(articleId));
    if (start < 0 || end <= start || end > article->text.size())
        return refused(tr("Select the figure in the article text first."));
    const auto [wordStart, wordEnd] = wholeWords(article->text, start, end);
    if (wordStart >= wordEnd)
        return refused(tr("Select the figure in the article text first."));
    const QString span = article->text.mid(wordStart, wordEnd - wordStart);
    const std::optional<Figure> read = d->readSpan(*article, span);
    if (!read)
        return refused(
            tr("No figure can be read in \u201C%1\u201D: select the number with what it counts.").arg(span));
    Fact fact;
    fact.articleId = articleId;
    fact.origin = FactOrigin::Manual;
    fact.figure = *read;
    // The figure read may be a part of the span ("pendant dix-huit mois"): the
    // fact is that part, so the text marks what was read.
    fact.figure.start = wordStart + read->start;
    fact.figure.end = wordStart + read->end;
    for (const Fact *existing : d->project->factsOfArticle(articleId)) {
        if (existing->figure.start == fact.figure.start && existing->figure.end == fact.figure.end)
            return refused(tr("\u201C%1\u201D is already a fact.")
                               .arg(article->text.mid(fact.figure.start, fact.figure.length())));
    }
    fact.anchorIn(article->text);

    ReviewDecision decision;
    decision.outcome = ReviewDecision::Outcome::Change;
    decision.step.action = ReviewAction::AddFigure;
    decision.step.after = fact;
    return decision;
}

ReviewDecision Reviewer::deleteFigure(qint64 factId) const
{
    ReviewDecision decision;
    const Fact *fact = d->factOr(factId, &decision);
    if (!fact)
        return decision;
    if (fact->origin != FactOrigin::Manual)
        return refused(
            tr("Only figures added by hand can be deleted; reject a figure found in the text instead."));
    decision.outcome = ReviewDecision::Outcome::Change;
    decision.step.action = ReviewAction::DeleteFigure;
    decision.step.before = *fact;
    return decision;
}

bool ReviewerPrivate::write(ReviewStep &step, const QString &action, bool forward, QString *error) const
{
    const std::optional<Fact> &target = forward ? step.after : step.before;
    const std::optional<Fact> &source = forward ? step.before : step.after;
    bool written = false;
    if (target && source) {
        written = project->updateFact(*target, action);
        // The step's undo and redo write over the version this write produced, and are
        // refused (ProjectStore::updateFact) when someone else changed the fact since.
        if (written) {
            if (const Fact *stored = project->fact(target->id)) {
                step.before->version = stored->version;
                step.after->version = stored->version;
                // The time the store gave the review: a redo writes it back as it was.
                (forward ? step.after : step.before)->reviewedAt = stored->reviewedAt;
            }
        }
    } else if (target) {
        // The fact comes (back) into the project: an addition, or the undo of a deletion.
        if (target->id == 0) {
            const qint64 id = project->addFact(*target, action);
            written = id != 0;
            if (written)
                step.after = *project->fact(id);
        } else {
            written = project->restoreFact(*target, action);
        }
    } else if (source) {
        // Keep what the project holds (a note typed since), so that putting the fact back restores it
        // exactly.
        if (const Fact *current = project->fact(source->id))
            (forward ? step.before : step.after) = *current;
        written = project->removeFact(source->id, action);
    }
    if (!written && error)
        *error = project->lastError();
    return written;
}

bool Reviewer::apply(ReviewStep &step, QString *error) const
{
    return d->write(step, toString(step.action), true, error);
}

bool Reviewer::recordUnchanged(const ReviewDecision &decision, UnchangedReview *already, QString *error) const
{
    Q_ASSERT(decision.outcome == ReviewDecision::Outcome::NoChange);
    if (!decision.step.after) {
        if (error)
            *error = tr("There is no fact to review.");
        return false;
    }
    const bool logged
        = d->project->recordUnchanged(*decision.step.after, toString(decision.step.action), already);
    if (!logged && error)
        *error = d->project->lastError();
    return logged;
}

bool Reviewer::reapply(ReviewStep &step, QString *error) const
{
    return d->write(step, QStringLiteral("redo ") + toString(step.action), true, error);
}

bool Reviewer::revert(ReviewStep &step, QString *error) const
{
    return d->write(step, QStringLiteral("undo ") + toString(step.action), false, error);
}

} // namespace FactDesk
