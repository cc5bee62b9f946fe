#include "pairlabeler.h"

#include "figures/decimaltext.h"
#include "storyfact.h"

#include <cmath>

namespace FactDesk {

bool PairLabeler::overlap(double lowA, double highA, double lowB, double highB)
{
    return lowA <= highB && lowB <= highA;
}

bool PairLabeler::periodsDiffer(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false; // an unknown period may be the same one
    return !a.startsWith(b) && !b.startsWith(a);
}

PairLabel PairLabeler::label(const StoryFact &a, const StoryFact &b)
{
    for (int axis = 0; axis < qMin(a.qualifiers.size(), b.qualifiers.size()); ++axis) {
        if (a.qualifiers.at(axis) >= 0 && b.qualifiers.at(axis) >= 0
            && a.qualifiers.at(axis) != b.qualifiers.at(axis))
            return PairLabel::NotComparable;
    }
    if (DecimalText::isCanonical(a.value) && DecimalText::isCanonical(b.value)
            ? DecimalText::compare(a.value, b.value) == 0
            : a.value == b.value)
        return PairLabel::Agree;
    // Some value rounds to both: their intervals share more than an end (1,2 and 1,3 milliard
    // meet only at 1,25 milliard, which is written 1,3).
    const double margin = 1e-9 * std::max(std::fabs(a.number), std::fabs(b.number));
    if (a.low < b.high - margin && b.low < a.high - margin)
        return PairLabel::Rounding;
    const StoryFact &small = std::fabs(a.number) < std::fabs(b.number) ? a : b;
    const StoryFact &large = &small == &a ? b : a;
    for (const double factor : { 100.0, 1e3, 1e6 }) {
        // The written precision, and 1 % for what a conversion rounds.
        const double slack = 0.01 * std::fabs(large.number);
        if (overlap(small.number * factor - small.precision * factor - slack,
                small.number * factor + small.precision * factor + slack, large.number - large.precision,
                large.number + large.precision))
            return PairLabel::ScaleTrap;
    }
    if (periodsDiffer(a.asOf, b.asOf) || a.prior != b.prior)
        return PairLabel::Update;
    // One period: the later article updates the earlier one only when it says so.
    if (a.published.isValid() && b.published.isValid() && a.published != b.published) {
        const StoryFact &later = a.published > b.published ? a : b;
        if (later.updateMarker)
            return PairLabel::Update;
    }
    return PairLabel::Conflict;
}

} // namespace FactDesk
