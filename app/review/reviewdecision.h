#pragma once

#include "reviewstep.h"

#include <QString>

#include <optional>

namespace FactDesk {

/**
 * What the analyst typed as a correction, with the kind and unit they chose
 * by hand, if any. A kind chosen by hand is a decision already taken; a kind
 * that only the typed text implies ("13 milliards" over a date) is a change
 * the analyst must accept (kindChangeAccepted) before it is written.
 */
struct CorrectionRequest
{
    QString typed;
    std::optional<FigureKind> kind;
    std::optional<QString> unit;
    bool kindChangeAccepted = false;
};

/**
 * The answer of the Reviewer to one review action: a step to write, nothing
 * to do, a refusal with its reason, or a correction that changes the fact's
 * kind and waits for the analyst's word.
 */
struct ReviewDecision
{
    enum class Outcome
    {
        Change, ///< step holds what to write
        NoChange, ///< the fact already is what was asked: nothing to write, not an error (step names the
                  ///< action and the fact as it stands, for Reviewer::recordUnchanged)
        Refused, ///< message says why
        KindChange, ///< a correction that changes the kind: message says from what to what
    };

    Outcome outcome = Outcome::NoChange;
    ReviewStep step;
    /// Translated: why it was refused, or "The kind changes from Date to Money."
    QString message;
    /// For KindChange: the fact's kind now and the kind the correction gives.
    FigureKind fromKind = FigureKind::Number;
    FigureKind toKind = FigureKind::Number;

    bool isChange() const { return outcome == Outcome::Change; }
};

} // namespace FactDesk
