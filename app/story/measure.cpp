#include "measure.h"

namespace FactDesk {

namespace {

const char *const labelNames[]
    = { "conflict", "scale_trap", "update", "not_comparable", "rounding", "agree" };
const char *const verdictNames[] = { "", "first_right", "second_right", "both_right" };

} // namespace

int Measure::openConflicts() const
{
    int open = 0;
    for (const MeasurePair &pair : pairs)
        open += pair.isOpen();
    return open;
}

QString toString(PairLabel label)
{
    return QLatin1String(labelNames[int(label)]);
}

QString toString(PairVerdict verdict)
{
    return QLatin1String(verdictNames[int(verdict)]);
}

bool fromString(const QString &text, PairLabel *label)
{
    for (int i = 0; i < int(std::size(labelNames)); ++i) {
        if (text == QLatin1String(labelNames[i])) {
            *label = PairLabel(i);
            return true;
        }
    }
    return false;
}

bool fromString(const QString &text, PairVerdict *verdict)
{
    for (int i = 1; i < int(std::size(verdictNames)); ++i) {
        if (text == QLatin1String(verdictNames[i])) {
            *verdict = PairVerdict(i);
            return true;
        }
    }
    return false;
}

} // namespace FactDesk
