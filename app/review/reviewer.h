#pragma once

#include "reviewdecision.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace FactDesk {

class Project;
class ReviewerPrivate;
struct UnchangedReview;

/**
 * Where every review rule of FactDesk is decided, for the window and
 * factdesk-cli alike. The window's undo commands and each command-line action
 * ask it for a decision, then have it write the step; nothing else decides a
 * review.
 *
 * Deciding never writes. A decided step holds the whole fact before and after,
 * the after stamped with the project's editor and the time (a fact back to
 * pending has neither: it is not reviewed). Writing a step goes through the
 * Project to its ProjectStore: one transaction with the audit row, named by
 * the action ("confirm"; "undo confirm", "redo confirm" for the undo stack).
 *
 * The rules:
 * - confirm says the figure as read is right: a correction or a rejection
 *   reason is cleared (confirming a corrected fact drops the correction);
 * - correct reads what was typed in the article's language ("4,2", "4.2",
 *   "13 milliards", "$13bn"); a typed value without a unit keeps the fact's
 *   final kind and unit (so a corrected fact corrected again stays what the
 *   first correction made it), except on a date, which a bare number is not;
 *   a kind implied by the typed text that differs from the fact's final kind
 *   is not written until the analyst accepts it (Outcome::KindChange), while a
 *   kind chosen by hand is; a fact of kind Number (no kind known) takes any;
 * - reject records a reason (Other when none is given);
 * - back to pending clears the review, keeping the note;
 * - a note changes only the note;
 * - a figure added by hand is read by the extractor from its span, widened to
 *   whole words ("ix-huit mois" is "dix-huit mois") and narrowed to the figure
 *   read; a span in which no figure can be read is refused;
 * - only figures added by hand can be deleted: a figure found in the text is
 *   rejected instead, so the audit keeps it.
 */
class Reviewer
{
    Q_DECLARE_TR_FUNCTIONS(FactDesk::Reviewer)
public:
    explicit Reviewer(Project *project);
    ~Reviewer();
    Reviewer(const Reviewer &) = delete;
    Reviewer &operator=(const Reviewer &) = delete;

    Project *project() const;

    ReviewDecision confirm(qint64 factId) const;
    ReviewDecision correct(qint64 factId, const CorrectionRequest &request) const;
    ReviewDecision reject(qint64 factId, RejectReason reason) const;
    ReviewDecision resetToPending(qint64 factId) const;
    ReviewDecision setNote(qint64 factId, const QString &note) const;
    /// [start, end) in UTF-16 offsets of the article's text.
    ReviewDecision addFigure(qint64 articleId, int start, int end) const;
    ReviewDecision deleteFigure(qint64 factId) const;

    /**
     * How a correction typed for a fact reads, in its article's language, with
     * the kind and unit the rules above give it; nothing when the text holds no
     * number.
     */
    std::optional<Figure> readCorrection(qint64 factId, const QString &typed) const;

    /**
     * [start, end) widened to whole words and stripped of the spaces around it:
     * a sloppy mouse selection ("ix-huit mois ") becomes "dix-huit mois".
     * Inside a number, "," and "." between digits join ("4,2"), and so does a space
     * that groups thousands ("4 000").
     */
    static std::pair<int, int> wholeWords(const QString &text, int start, int end);

    /**
     * Writes a decided step for the first time. For AddFigure the step's after
     * gets the id the project gives. On failure nothing is written and error
     * says why.
     */
    bool apply(ReviewStep &step, QString *error) const;
    /**
     * A decision of Outcome::NoChange (the fact already is what was asked):
     * writes its audit line only, "unchanged", so that the log holds every
     * attempt, and fills *already with who decided so first ("Anna already
     * confirmed this fact 8 s ago"). When someone changed the fact since it was
     * read, it is a conflict: false, and Project::lastConflict() says who.
     */
    bool recordUnchanged(const ReviewDecision &decision, UnchangedReview *already, QString *error) const;
    /// Writes the step again after revert() ("redo confirm").
    bool reapply(ReviewStep &step, QString *error) const;
    /// Writes back the fact before the step ("undo confirm"), the same way.
    bool revert(ReviewStep &step, QString *error) const;

private:
    std::unique_ptr<ReviewerPrivate> d;
};

} // namespace FactDesk
