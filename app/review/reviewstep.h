#pragma once

#include "review/fact.h"

#include <QString>

#include <optional>

namespace FactDesk {

/// The review actions an analyst takes on a fact, in the audit log's words.
enum class ReviewAction
{
    Confirm,
    Correct,
    Reject,
    Reset, ///< back to pending
    Note,
    AddFigure, ///< a figure the extractor missed, added from a span of the text
    DeleteFigure, ///< a figure added by hand, taken out again
};

/// The untranslated name the audit log records: "confirm", "correct", "reset", "add fact", …
QString toString(ReviewAction action);

/**
 * One decided review step on one fact: the fact before and after, both whole
 * (with editor and time), so that undo writes back exactly what was there.
 * before is empty for AddFigure, after for DeleteFigure.
 */
struct ReviewStep
{
    ReviewAction action = ReviewAction::Confirm;
    std::optional<Fact> before;
    std::optional<Fact> after;

    /// The fact the step changes; 0 for an AddFigure not applied yet.
    qint64 factId() const { return after ? after->id : before ? before->id : 0; }
};

} // namespace FactDesk
