#pragma once

#include <QMetaType>
#include <QString>
#include <QtGlobal>

namespace FactDesk {

/// What a figure measures. The order is the order shown to users.
enum class FigureKind : quint8 {
    Money,
    Percent,
    Count,
    Quantity,
    Multiplier,
    Date,
    Number,
};

/// How the text qualifies the value: "environ 300", "plus de 13", "jusqu'à 40".
enum class Modifier : quint8 {
    Exact,
    Approx,
    MoreThan,
    LessThan,
    UpTo,
};

/// Which end of a range ("entre 2 et 3 milliards") a figure is.
enum class RangeRole : quint8 {
    None,
    Low,
    High,
};

/**
 * One figure found in a text.
 *
 * Offsets are UTF-16 indexes into the QString the extractor was given (what
 * QString and QTextDocument count); exports convert them to code points.
 *
 * value is an exact decimal string ("13000000000", "4.2", "-3") for numeric
 * kinds, and an ISO 8601 prefix for dates ("2025-10-28", "2025-10", "2025-Q3",
 * "2019") whose unit is then the granularity ("day", "month", "quarter", "year").
 * For money the unit is an ISO 4217 code, for percent "%", "pp" (percentage
 * points) or "bp" (basis points, the value as written: "25 basis points" is 25), for
 * multipliers "x", for counts the counted noun as written, for quantities the
 * unit as written ("t", "GW", "barils"), and empty for a bare number.
 *
 * asOf is the period the figure was true in, as its sentence says ("en
 * septembre", "the third quarter", "mardi 28 octobre", "in 2024"): the ISO prefix
 * of that date ("2025-09", "2024-Q3", "2025-10-28", "2024"; its length gives the
 * granularity), "low/high" for a range of dates, and empty when the sentence
 * names no time (the article's date is then the consumer's fallback). Dates
 * have no asOf.
 */
struct Figure {
    int start = 0;
    int end = 0;
    FigureKind kind = FigureKind::Number;
    Modifier modifier = Modifier::Exact;
    RangeRole range = RangeRole::None;
    QString value;
    QString unit;
    QString asOf;

    int length() const { return end - start; }
    bool operator==(const Figure &other) const;
    bool operator!=(const Figure &other) const { return !(*this == other); }
};

/// Stable, untranslated identifiers used in files, exports and the CLI.
QString toString(FigureKind kind);
QString toString(Modifier modifier);
QString toString(RangeRole role);
bool fromString(const QString &text, FigureKind *kind);
bool fromString(const QString &text, Modifier *modifier);

} // namespace FactDesk

// A Figure holds ints and implicitly shared strings, which Qt relocates with memcpy: lists of
// figures then grow with a realloc instead of moving each figure.
Q_DECLARE_TYPEINFO(FactDesk::Figure, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(FactDesk::Figure)
