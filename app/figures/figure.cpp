#include "figure.h"

#include "enumnames_p.h"

namespace FactDesk {

namespace {
constexpr std::array<const char *, 7> kindNames = {"money", "percent", "count", "quantity", "multiplier", "date", "number"};
constexpr std::array<const char *, 5> modifierNames = {"exact", "approx", "more_than", "less_than", "up_to"};
constexpr std::array<const char *, 3> rangeNames = {"", "low", "high"};

} // namespace

bool Figure::operator==(const Figure &other) const
{
    return start == other.start && end == other.end && kind == other.kind && value == other.value
        && unit == other.unit && modifier == other.modifier && range == other.range && asOf == other.asOf;
}

QString toString(FigureKind kind)
{
    return enumName(kindNames, kind);
}

QString toString(Modifier modifier)
{
    return enumName(modifierNames, modifier);
}

QString toString(RangeRole role)
{
    return enumName(rangeNames, role);
}

bool fromString(const QString &text, FigureKind *kind)
{
    return enumFromName(text, kindNames, kind);
}

bool fromString(const QString &text, Modifier *modifier)
{
    return enumFromName(text, modifierNames, modifier);
}

} // namespace FactDesk
