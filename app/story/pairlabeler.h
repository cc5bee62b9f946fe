#pragma once

#include "measure.h"

namespace FactDesk {

struct StoryFact;

/**
 * Labels two facts of one measure from different articles, in this order:
 * a qualifier that differs makes them not comparable; the same value agrees;
 * precision intervals that share more than an end are a rounding; a ratio of 100, 1,000 or
 * 10⁶ is a scale trap; then a later as-of period, a value from before
 * against one from after ("de 20 % à 8 %"), or a later article whose
 * sentence says the value moved, is an update, and anything else a conflict.
 */
class PairLabeler
{
public:
    static PairLabel label(const StoryFact &a, const StoryFact &b);
    /// True when the periods differ ("2025-05" and "2025-10"); a period contains its days.
    static bool periodsDiffer(const QString &a, const QString &b);
    static bool overlap(double lowA, double highA, double lowB, double highB);
};

} // namespace FactDesk
